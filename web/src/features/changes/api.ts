import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { ChangeSummaryDocument } from './api.generated';
import { changesKeys } from './keys';

/** The changes page's data access (documents in api.graphql, keys in keys.ts). Every write refreshes it (app/writes.ts). */
export { changesKeys };

/** What changed in [from, to). */
export function changeSummaryOptions(client: GraphQLClient, period: { from: string; to: string }) {
  return queryOptions({
    queryKey: changesKeys.summary(period.from, period.to),
    queryFn: ({ signal }) => client.request(ChangeSummaryDocument, period, { signal }),
  });
}

/** While another period loads, the last one stays in place. */
export function useChangeSummary(period: { from: string; to: string }) {
  return useQuery({ ...changeSummaryOptions(useGraphQLClient(), period), placeholderData: keepPreviousData });
}
