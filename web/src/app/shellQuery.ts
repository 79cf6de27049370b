import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../api/client';
import { useGraphQLClient } from '../api/GraphQLClientContext';
import { ShellDocument } from './api.generated';

export const shellKeys = { all: ['shell'] as const };

/** Who is signed in and the strategy's names: read once a session (no write of the web app changes them). */
export function shellQueryOptions(client: GraphQLClient) {
  return queryOptions({ queryKey: shellKeys.all, queryFn: ({ signal }) => client.request(ShellDocument, {}, { signal }), staleTime: Infinity });
}

/**
 * The signed-in user, the strategy's names and the member states, shared by every page
 * (one request, cached for the session). Pages decide what to offer from `me.role`; the
 * server decides what is allowed.
 */
export function useShell() {
  return useQuery(shellQueryOptions(useGraphQLClient()));
}
