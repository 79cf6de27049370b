import { describe, expect, it } from 'vitest';
import type { LocalUser } from '../../auth/signInMethods';
import { groupUsersByRole } from './groupUsers';

const users: LocalUser[] = [
  { id: 'viewer', name: 'Conference observer', role: 'VIEWER' },
  { id: 'ms-fr', name: 'France contact', role: 'MEMBER_STATE', country: 'FR' },
  { id: 'enisa', name: 'ENISA staff', role: 'OWNER', actor: 'ENISA' },
  { id: 'coordinator', name: 'Strategy coordinator', role: 'COORDINATOR' },
  { id: 'ms-at', name: 'Austria contact', role: 'MEMBER_STATE', country: 'AT' },
];

describe('groupUsersByRole', () => {
  it('puts the roles in a fixed order, each user under their own role, as the server listed them', () => {
    expect(groupUsersByRole(users).map((g) => [g.heading, g.users.map((u) => u.name)])).toEqual([
      ['signIn.coordinators', ['Strategy coordinator']],
      ['signIn.owners', ['ENISA staff']],
      ['signIn.memberStateContacts', ['France contact', 'Austria contact']],
      ['signIn.viewers', ['Conference observer']],
    ]);
  });

  it('leaves out a role with nobody in it', () => {
    expect(groupUsersByRole([users[0]!]).map((g) => g.heading)).toEqual(['signIn.viewers']);
  });
});
