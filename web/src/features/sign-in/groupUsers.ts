import type { LocalUser } from '../../auth/signInMethods';
import type { Role } from '../../gql/graphql';

const GROUPS: readonly Pick<UserGroup, 'role' | 'heading'>[] = [
  { role: 'COORDINATOR', heading: 'signIn.coordinators' },
  { role: 'OWNER', heading: 'signIn.owners' },
  { role: 'MEMBER_STATE', heading: 'signIn.memberStateContacts' },
  { role: 'VIEWER', heading: 'signIn.viewers' },
];

export interface UserGroup {
  role: Role;
  /** The translation key of the group's heading. */
  heading: 'signIn.coordinators' | 'signIn.owners' | 'signIn.memberStateContacts' | 'signIn.viewers';
  users: LocalUser[];
}

/** The local users by role, in the order of the roles' reach; a role with no user is left out. */
export function groupUsersByRole(users: readonly LocalUser[]): UserGroup[] {
  return GROUPS.map(({ role, heading }) => ({ role, heading, users: users.filter((user) => user.role === role) })).filter(
    (group) => group.users.length > 0,
  );
}
