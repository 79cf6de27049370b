import { CognitoIdentityProviderClient, ListUsersInGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { ListUsersInGroup } from './directory.js';

/** Cognito's ListUsersInGroup through the AWS SDK, narrowed to what the directory reads. */
export function createListUsersInGroup(client: CognitoIdentityProviderClient): ListUsersInGroup {
  return async (input) => {
    const { Users, NextToken } = await client.send(new ListUsersInGroupCommand(input));
    return { Users: Users as Awaited<ReturnType<ListUsersInGroup>>['Users'], NextToken };
  };
}

export { CognitoIdentityProviderClient };
