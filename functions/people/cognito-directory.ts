import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { ROLES, type Role } from '../domain/model.js';
import { DirectoryRefused, type DirectoryAccount, type DirectoryPerson, type ListableDirectory } from './directory.js';

type Send = Pick<CognitoIdentityProviderClient, 'send'>['send'];

const errorName = (error: unknown) => (error as { name?: string }).name ?? 'Error';

/** The binding attributes as Cognito holds them: set when present, deleted when absent. */
function bindingAttributes(person: DirectoryPerson) {
  return [
    ...(person.actor ? [{ Name: 'custom:actor', Value: person.actor }] : []),
    ...(person.country ? [{ Name: 'custom:country', Value: person.country }] : []),
  ];
}

/**
 * Cognito: AdminCreateUser (Cognito e-mails the temporary password; MFA is set up at first
 * sign-in), the role group and the binding attributes set by the server, a role change moves
 * groups, disabling is AdminDisableUser and AdminUserGlobalSignOut. The pool signs in by e-mail,
 * so the account's username is its `sub`, which is the person's id everywhere else.
 */
export function createCognitoDirectory({
  client,
  userPoolId,
}: {
  client: Pick<CognitoIdentityProviderClient, 'send'>;
  userPoolId: string;
}): ListableDirectory {
  const send: Send = client.send.bind(client) as Send;

  /** Runs the calls of one operation in order; a refusal names its step and whether earlier ones went through. */
  async function steps(calls: { step: string; run: () => Promise<unknown> }[]) {
    for (const [index, { step, run }] of calls.entries()) {
      try {
        await run();
      } catch (error) {
        throw new DirectoryRefused(step, index > 0, errorName(error));
      }
    }
  }

  return {
    kind: 'cognito',

    async invite(person) {
      let created;
      try {
        created = await send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: person.email,
            UserAttributes: [
              { Name: 'email', Value: person.email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'name', Value: person.name },
              ...bindingAttributes(person),
            ],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
      } catch (error) {
        throw new DirectoryRefused('AdminCreateUser', false, errorName(error), errorName(error) === 'UsernameExistsException');
      }
      const id = created.User?.Attributes?.find((attribute) => attribute.Name === 'sub')?.Value ?? created.User?.Username;
      if (!id) throw new DirectoryRefused('AdminCreateUser', true, 'NoSub');
      try {
        await send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: id, GroupName: person.role }));
      } catch (error) {
        // An account without a group cannot use the product; take it back so the invitation can be sent again.
        try {
          await send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: id }));
        } catch {
          throw new DirectoryRefused('AdminAddUserToGroup', true, errorName(error));
        }
        throw new DirectoryRefused('AdminAddUserToGroup', false, errorName(error));
      }
      return id;
    },

    async update(id, before, after) {
      const removed = [...(before.actor && !after.actor ? ['custom:actor'] : []), ...(before.country && !after.country ? ['custom:country'] : [])];
      const changedAttributes = [
        ...(after.name !== before.name ? [{ Name: 'name', Value: after.name }] : []),
        ...bindingAttributes(after).filter((attribute) => attribute.Value !== (attribute.Name === 'custom:actor' ? before.actor : before.country)),
      ];
      await steps([
        ...(changedAttributes.length > 0
          ? [
              {
                step: 'AdminUpdateUserAttributes',
                run: () => send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: id, UserAttributes: changedAttributes })),
              },
            ]
          : []),
        ...(removed.length > 0
          ? [
              {
                step: 'AdminDeleteUserAttributes',
                run: () => send(new AdminDeleteUserAttributesCommand({ UserPoolId: userPoolId, Username: id, UserAttributeNames: removed })),
              },
            ]
          : []),
        ...(after.role !== before.role
          ? [
              {
                step: 'AdminAddUserToGroup',
                run: () => send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: id, GroupName: after.role })),
              },
              ...(before.role
                ? [
                    {
                      step: 'AdminRemoveUserFromGroup',
                      run: () => send(new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: id, GroupName: before.role })),
                    },
                  ]
                : []),
            ]
          : []),
      ]);
    },

    async disable(id) {
      await steps([
        { step: 'AdminDisableUser', run: () => send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: id })) },
        { step: 'AdminUserGlobalSignOut', run: () => send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: id })) },
      ]);
    },

    /** Every account with its group (the first in the groups' precedence), for reconciling: ListUsers and ListUsersInGroup, paged. */
    async list() {
      const attributes = (user: { Attributes?: { Name?: string; Value?: string }[] }) =>
        new Map((user.Attributes ?? []).map((attribute) => [attribute.Name, attribute.Value]));
      const roleOf = new Map<string, Role>();
      for (const role of [...ROLES].reverse()) {
        let token: string | undefined;
        do {
          let page;
          try {
            page = await send(new ListUsersInGroupCommand({ UserPoolId: userPoolId, GroupName: role, NextToken: token }));
          } catch (error) {
            // A group deleted in the console has no members; its people show as differing.
            if (errorName(error) === 'ResourceNotFoundException') break;
            throw error;
          }
          for (const user of page.Users ?? []) {
            const sub = attributes(user).get('sub') ?? user.Username;
            if (sub) roleOf.set(sub, role);
          }
          token = page.NextToken;
        } while (token);
      }
      const accounts: DirectoryAccount[] = [];
      let token: string | undefined;
      do {
        const page = await send(new ListUsersCommand({ UserPoolId: userPoolId, PaginationToken: token }));
        for (const user of page.Users ?? []) {
          const found = attributes(user);
          const id = found.get('sub') ?? user.Username;
          if (!id) continue;
          const actor = found.get('custom:actor');
          const country = found.get('custom:country');
          accounts.push({
            id,
            email: found.get('email') ?? '',
            name: found.get('name') ?? found.get('email') ?? id,
            role: roleOf.get(id) ?? ('' as Role),
            enabled: user.Enabled !== false,
            ...(actor ? { actor } : {}),
            ...(country ? { country } : {}),
          });
        }
        token = page.PaginationToken;
      } while (token);
      return accounts;
    },

    async enable(id) {
      await steps([{ step: 'AdminEnableUser', run: () => send(new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: id })) }]);
    },
  };
}

/** The Cognito admin calls the API function makes, for its IAM grant (infra/constructs/graphql-api.ts). */
export const COGNITO_ADMIN_ACTIONS = [
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:ListUsers',
  'cognito-idp:ListUsersInGroup',
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminDeleteUserAttributes',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminUserGlobalSignOut',
] as const;
