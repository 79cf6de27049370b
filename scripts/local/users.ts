import type { Role } from '../../functions/domain/model.js';
import type { PersonRecord } from '../../functions/domain/people.js';
import { localEmail } from '../../functions/notify/directory.js';
import type { StrategyRecord } from '../../functions/store/store.js';

/**
 * Local mode's users: one per role, an owner for each owning body and a national contact for
 * each member state, derived from the catalogue so that a new body or country gets a login.
 * Local mode only: nothing here is deployed.
 */
export interface LocalUser {
  id: string;
  name: string;
  role: Role;
  actor?: string;
  country?: string;
}

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function localUsers(strategy: Pick<StrategyRecord, 'actors' | 'memberStates'>): LocalUser[] {
  return [
    { id: 'coordinator', name: 'Commission coordinator', role: 'COORDINATOR' },
    { id: 'coordinator-2', name: 'Commission coordinator (second desk)', role: 'COORDINATOR' },
    ...strategy.actors
      .filter((actor) => actor.owningBody)
      .map((actor): LocalUser => ({ id: `owner-${slug(actor.id)}`, name: `${actor.name}: owner`, role: 'OWNER', actor: actor.id })),
    ...strategy.memberStates.map((state): LocalUser => ({
      id: `contact-${state.code.toLowerCase()}`,
      name: `${state.name}: national contact`,
      role: 'MEMBER_STATE',
      country: state.code,
    })),
    { id: 'viewer', name: 'Review conference viewer', role: 'VIEWER' },
  ];
}

/** The first start's people (issue 12): the local users as records in the table, active, with placeholder addresses. */
export function localPeople(strategy: Pick<StrategyRecord, 'actors' | 'memberStates'>): PersonRecord[] {
  return localUsers(strategy).map((user) => ({ ...user, email: localEmail(user.id), status: 'ACTIVE', version: 1 }));
}

/** What local sign-in lists and puts in a token. */
export const localUserOf = ({ id, name, role, actor, country }: PersonRecord): LocalUser => ({
  id,
  name,
  role,
  ...(actor ? { actor } : {}),
  ...(country ? { country } : {}),
});
