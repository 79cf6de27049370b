import type { LocalUser } from '../../auth/signInMethods';
import type { Role } from '../../gql/graphql';

const GROUPS: readonly { role: Role; heading: string }[] = [
  { role: 'COORDINATOR', heading: 'Coordinators' },
  { role: 'OWNER', heading: 'Owning bodies' },
  { role: 'MEMBER_STATE', heading: 'Member states' },
  { role: 'VIEWER', heading: 'Viewers' },
];

export interface UserGroup {
  role: Role;
  heading: string;
  users: LocalUser[];
}

/** The local users by role, in the order of the roles' reach; a role with no user is left out. */
export function groupUsersByRole(users: readonly LocalUser[]): UserGroup[] {
  return GROUPS.map(({ role, heading }) => ({ role, heading, users: users.filter((user) => user.role === role) })).filter(
    (group) => group.users.length > 0,
  );
}
