import type { Role } from '../domain/model.js';

/**
 * Who receives reminders. Cognito is the directory in the cloud (groups for roles, custom
 * attributes for the actor and country bindings); local mode uses its seeded users.
 */
export interface Recipient {
  id: string;
  name: string;
  email: string;
}

export interface Directory {
  coordinators(): Promise<Recipient[]>;
  /** Users of the OWNER role bound to this actor. */
  owners(actor: string): Promise<Recipient[]>;
  /** Users of the MEMBER_STATE role bound to this country. */
  memberStateContacts(country: string): Promise<Recipient[]>;
}

export interface DirectoryUser {
  id: string;
  name: string;
  role: Role;
  actor?: string;
  country?: string;
  email?: string;
}

/** Local users have no mailbox; the local job only writes the outbox, so a placeholder address does. */
export const localEmail = (userId: string) => `${userId}@localhost.invalid`;

export function createLocalDirectory(users: readonly DirectoryUser[]): Directory {
  const recipients = (match: (user: DirectoryUser) => boolean) =>
    Promise.resolve(users.filter(match).map((user) => ({ id: user.id, name: user.name, email: user.email ?? localEmail(user.id) })));
  return {
    coordinators: () => recipients((user) => user.role === 'COORDINATOR'),
    owners: (actor) => recipients((user) => user.role === 'OWNER' && user.actor === actor),
    memberStateContacts: (country) => recipients((user) => user.role === 'MEMBER_STATE' && user.country?.toUpperCase() === country.toUpperCase()),
  };
}

/** The request and response of Cognito's ListUsersInGroup, as the AWS SDK types them. */
export interface ListUsersInGroupInput {
  UserPoolId: string;
  GroupName: string;
  Limit?: number;
  NextToken?: string;
}

export interface CognitoUser {
  Username?: string;
  Attributes?: { Name?: string; Value?: string }[];
  Enabled?: boolean;
  UserStatus?: string;
}

export interface ListUsersInGroupOutput {
  Users?: CognitoUser[];
  NextToken?: string;
}

export type ListUsersInGroup = (input: ListUsersInGroupInput) => Promise<ListUsersInGroupOutput>;

interface GroupMember extends Recipient {
  actor?: string;
  country?: string;
}

function memberFromCognito(user: CognitoUser): GroupMember | undefined {
  const attributes = new Map((user.Attributes ?? []).map((attribute) => [attribute.Name, attribute.Value]));
  const id = attributes.get('sub');
  const email = attributes.get('email');
  if (user.Enabled === false || !id || !email) return undefined;
  if (user.UserStatus === 'ARCHIVED' || user.UserStatus === 'COMPROMISED') return undefined;
  return {
    id,
    email,
    name: attributes.get('name') ?? email,
    actor: attributes.get('custom:actor'),
    country: attributes.get('custom:country')?.toUpperCase(),
  };
}

/** Reads each group once per directory instance (one per job run). */
export function createCognitoDirectory({ listUsersInGroup, userPoolId }: { listUsersInGroup: ListUsersInGroup; userPoolId: string }): Directory {
  const groups = new Map<Role, Promise<GroupMember[]>>();

  async function readGroup(group: Role): Promise<GroupMember[]> {
    const members: GroupMember[] = [];
    let nextToken: string | undefined;
    do {
      const page = await listUsersInGroup({ UserPoolId: userPoolId, GroupName: group, Limit: 60, NextToken: nextToken });
      for (const user of page.Users ?? []) {
        const member = memberFromCognito(user);
        if (member) members.push(member);
      }
      nextToken = page.NextToken;
    } while (nextToken);
    return members;
  }

  function group(role: Role): Promise<GroupMember[]> {
    let members = groups.get(role);
    if (!members) {
      members = readGroup(role);
      groups.set(role, members);
    }
    return members;
  }

  const recipients = (members: GroupMember[]): Recipient[] => members.map(({ id, name, email }) => ({ id, name, email }));
  return {
    coordinators: async () => recipients(await group('COORDINATOR')),
    owners: async (actor) => recipients((await group('OWNER')).filter((member) => member.actor === actor)),
    memberStateContacts: async (country) => recipients((await group('MEMBER_STATE')).filter((member) => member.country === country.toUpperCase())),
  };
}
