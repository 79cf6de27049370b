import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, type GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { fetchAllPages } from '../../api/paginate';
import { afterWrite } from '../../app/afterWrite';
import type { WriteCallbacks } from '../../app/writes';
import {
  ReportActionsDocument,
  ReportChangeSummaryDocument,
  ReportFreezeSnapshotDocument,
  ReportLiveDocument,
  ReportSnapshotDocument,
  ReportSnapshotsDocument,
  type ReportFreezeSnapshotMutation,
} from './api.generated';
import { reportKeys } from './keys';
import { annexOf, reportFromLive, reportFromSnapshot, type ReportModel } from './report-model';

/**
 * The conference report's data access: documents in api.graphql (typed in api.generated.ts),
 * keys in keys.ts; here the reads, turned into the report's view model (report-model.ts), and
 * the one write, freezing a snapshot.
 */
export { reportKeys };

/** The report of a frozen snapshot (it never changes), or of the live state as of a date (`null`: the API's today). */
export function reportOptions(client: GraphQLClient, state: { snapshotId: string | null; asOf: string | null; notFound: string }) {
  const { snapshotId, asOf } = state;
  return queryOptions({
    queryKey: snapshotId ? reportKeys.snapshot(snapshotId) : reportKeys.live(asOf),
    staleTime: snapshotId ? Infinity : 0,
    queryFn: async ({ signal }): Promise<ReportModel> => {
      if (snapshotId) {
        const { snapshot } = await client.request(ReportSnapshotDocument, { id: snapshotId }, { signal });
        if (!snapshot) throw new ApiError(state.notFound, 'NOT_FOUND');
        return reportFromSnapshot(snapshot);
      }
      const [live, actions] = await Promise.all([
        client.request(ReportLiveDocument, { asOf }, { signal }),
        fetchAllPages(async (after) => {
          const page = await client.request(ReportActionsDocument, { asOf, after: after ?? null }, { signal });
          return { items: page.actions.edges.map((edge) => edge.node), ...page.actions.pageInfo };
        }),
      ]);
      return reportFromLive({
        strategy: live.strategy,
        memberStates: live.memberStates,
        rounds: live.reportingRounds,
        dashboard: live.dashboard,
        actions,
        now: new Date().toISOString(),
      });
    },
  });
}

/** The annex: what changed in [from, to), counted up to the report's own last change. */
export function annexOptions(client: GraphQLClient, period: { from: string; to: string }, changesUntil: string) {
  return queryOptions({
    queryKey: reportKeys.annex(period.from, period.to, changesUntil),
    queryFn: async ({ signal }) => {
      const { changeSummary } = await client.request(ReportChangeSummaryDocument, period, { signal });
      return annexOf(changeSummary, changesUntil);
    },
  });
}

export function useSnapshots() {
  const client = useGraphQLClient();
  return useQuery({ queryKey: reportKeys.snapshots(), queryFn: ({ signal }) => client.request(ReportSnapshotsDocument, {}, { signal }) });
}

/** Freezes the state as of a date: the list of snapshots and what the conference pages open on are read again before the mutation settles. */
export function useFreezeSnapshot(callbacks: WriteCallbacks<ReportFreezeSnapshotMutation, { name: string; asOf: string | null }> = {}) {
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; asOf: string | null }) =>
      client.request(ReportFreezeSnapshotDocument, { input: { ...input, clientMutationId: crypto.randomUUID() } }),
    onSuccess: async (result, input) => {
      callbacks.onSuccess?.(result, input);
      await (await afterWrite()).invalidateSnapshotFrozen(queryClient);
    },
    onError: (error) => callbacks.onError?.(error),
  });
}
