import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { ConferenceDefaultDocument } from './api.generated';
import { conferenceKeys } from './keys';

/**
 * What the conference pages (overview, report, forecast, slides) open on when the address names
 * no state: a folder of its own, so that each of those pages carries this one document and
 * none of the others' (documents in api.graphql, keys in keys.ts). Freezing a snapshot refreshes it.
 */
export { conferenceKeys };

export function conferenceDefaultOptions(client: GraphQLClient) {
  return queryOptions({
    queryKey: conferenceKeys.default(),
    queryFn: ({ signal }) => client.request(ConferenceDefaultDocument, {}, { signal }),
    staleTime: 30_000,
  });
}

/** The newest frozen snapshot, the review date and the API's today; not asked while `enabled` is false. */
export function useConferenceDefault(enabled = true) {
  return useQuery({ ...conferenceDefaultOptions(useGraphQLClient()), enabled });
}
