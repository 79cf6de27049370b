import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { LateRecordsDocument } from './api.generated';
import { lateRecordsKeys } from './keys';

/** The late-records note's data access (documents in api.graphql, keys in keys.ts). A write that carries an effective day refreshes it (app/writes.ts). */
export { lateRecordsKeys };

/** How many changes counted in the figures as of a day were recorded after the day they took effect. */
export function lateRecordsOptions(client: GraphQLClient, asOf: string | null) {
  return queryOptions({
    queryKey: lateRecordsKeys.asOf(asOf),
    queryFn: ({ signal }) => client.request(LateRecordsDocument, { asOf }, { signal }),
  });
}

export function useLateRecords(asOf: string | null) {
  return useQuery(lateRecordsOptions(useGraphQLClient(), asOf));
}
