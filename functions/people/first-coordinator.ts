import type { Viewer } from '../domain/model.js';
import type { PersonRecord } from '../domain/people.js';
import type { PeopleService } from './service.js';

/**
 * The first coordinator of a new deployment (issue 12), invited through the same service as
 * everyone after them, so their account, group and record are made the product's way and the
 * invitation is in their history. Once anyone is an active or invited coordinator, this does
 * nothing: from then on coordinators invite people from the People page.
 */
export const DEPLOYMENT_AUTHOR: Viewer = { id: 'system:deployment', name: 'Deployment', role: 'COORDINATOR' };

export async function ensureFirstCoordinator(
  people: PeopleService,
  list: () => Promise<PersonRecord[]>,
  coordinator: { email: string; name: string },
): Promise<{ invited: PersonRecord } | { existing: PersonRecord }> {
  const existing = (await list()).find((person) => person.role === 'COORDINATOR' && person.status !== 'DISABLED');
  if (existing) return { existing };
  return { invited: await people.invite(DEPLOYMENT_AUTHOR, { ...coordinator, role: 'COORDINATOR' }) };
}
