import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import type { UpdateActionInput } from '../../gql/graphql';
import { OverviewDashboardDocument, RecordReviewConferenceHeldDocument, ReviewConferenceActionDocument } from './api.generated';
import { REVIEW_CONFERENCE_ACTION_ID } from './conference-held';
import { overviewKeys } from './keys';
import { afterWrite } from '../../app/afterWrite';

/**
 * The overview's data access: documents in api.graphql (typed in api.generated.ts), query
 * keys in keys.ts, and here its query options and hooks. Other
 * features invalidate `overviewKeys.all` after a write that changes the figures; the route
 * preloads `overviewDashboardOptions` while the page's chunk is still on its way.
 */
export { overviewKeys };

/** Everything the overview shows, as of a date (the API's today when asOf is null). */
export function overviewDashboardOptions(client: GraphQLClient, asOf: string | null) {
  return queryOptions({
    queryKey: overviewKeys.dashboard(asOf),
    queryFn: ({ signal }) => client.request(OverviewDashboardDocument, { asOf }, { signal }),
  });
}

/** The review conference's own action, for "recorded as held" and the coordinator's shortcut. */
export function conferenceActionOptions(client: GraphQLClient) {
  return queryOptions({
    queryKey: overviewKeys.conferenceAction(),
    queryFn: ({ signal }) => client.request(ReviewConferenceActionDocument, { id: REVIEW_CONFERENCE_ACTION_ID }, { signal }),
  });
}

/** The figures as of a date; while another date's figures load, the last ones stay in place. */
export function useOverviewDashboard(asOf: string | null) {
  const client = useGraphQLClient();
  return useQuery({ ...overviewDashboardOptions(client, asOf), placeholderData: keepPreviousData });
}

export function useConferenceAction() {
  return useQuery(conferenceActionOptions(useGraphQLClient()));
}

/** Recording the conference as held is an update of the conference's action: that action and every figure derived from actions are read again. */
export function useRecordConferenceHeld() {
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateActionInput) => client.request(RecordReviewConferenceHeldDocument, { input }),
    onSuccess: async () => (await afterWrite()).invalidateActionWrite(queryClient, REVIEW_CONFERENCE_ACTION_ID),
  });
}
