import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { MyAccountDocument } from './api.generated';
import { accountKeys } from './keys';

/** The account page's data access (documents in api.graphql, keys in keys.ts). A person's write refreshes it (app/writes.ts). */
export { accountKeys };

/** The signed-in person's e-mail address, status and last sign-in; nothing is asked until the shell knows who they are. */
export function myAccountOptions(client: GraphQLClient, id: string | undefined) {
  return queryOptions({
    queryKey: accountKeys.person(id ?? ''),
    queryFn: id ? ({ signal }) => client.request(MyAccountDocument, { id }, { signal }) : skipToken,
  });
}

export function useMyAccount(id: string | undefined) {
  return useQuery(myAccountOptions(useGraphQLClient(), id));
}
