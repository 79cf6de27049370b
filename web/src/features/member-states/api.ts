import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { fetchAllPages } from '../../api/paginate';
import { afterWrite } from '../../app/afterWrite';
import type { WriteCallbacks } from '../../app/writes';
import type { MemberStateReportInput, OpenReportingRoundInput, ReviewMemberStateReportInput } from '../../gql/graphql';
import {
  ActiveContactsDocument,
  MemberStatesActionsDocument,
  MemberStatesCloseRoundDocument,
  MemberStatesOpenRoundDocument,
  MemberStatesReviewReportDocument,
  MemberStatesRoundsDocument,
  MemberStatesSubmitReportDocument,
  StrategyAdoptedDocument,
  type MemberStatesActionsQuery as ActionsResult,
  type MemberStatesRoundsQuery as RoundsResult,
} from './api.generated';
import { memberStatesKeys } from './keys';
import { reportingActions } from './matrix';

/**
 * The member-states page's data access: documents in api.graphql (typed in api.generated.ts),
 * keys in keys.ts; here the reads, their options and hooks, and the writes, each of which
 * refreshes what it changed (app/writes.ts) once the API has accepted it.
 */
export { memberStatesKeys };

/** The API's cap on `first`. */
const PAGE_SIZE = 100;

export type ReportingAction = ActionsResult['actions']['edges'][number]['node'];
export type Report = ReportingAction['memberStateReports'][number];
export type Round = RoundsResult['reportingRounds'][number];
export type Coverage = RoundsResult['dashboard']['coverage'];

export interface MemberStatesData {
  /** The actions addressed to the member states, with each country's current report. */
  actions: ReportingAction[];
  rounds: Round[];
  coverage: Coverage;
}

export async function loadMemberStates(client: GraphQLClient, signal?: AbortSignal): Promise<MemberStatesData> {
  const [rounds, actions] = await Promise.all([
    client.request(MemberStatesRoundsDocument, {}, { signal }),
    fetchAllPages(async (after) => {
      const page = await client.request(MemberStatesActionsDocument, { first: PAGE_SIZE, after }, { signal });
      return {
        items: page.actions.edges.map((edge) => edge.node),
        hasNextPage: page.actions.pageInfo.hasNextPage,
        endCursor: page.actions.pageInfo.endCursor,
      };
    }),
  ]);
  return { actions: reportingActions(actions), rounds: rounds.reportingRounds, coverage: rounds.dashboard.coverage };
}

export function memberStatesOptions(client: GraphQLClient) {
  return queryOptions({ queryKey: memberStatesKeys.data(), queryFn: ({ signal }) => loadMemberStates(client, signal) });
}

export function useMemberStates() {
  return useQuery(memberStatesOptions(useGraphQLClient()));
}

/** The page's data read again: after a refused write, what the person saw may have moved (someone wrote first). */
export function useReloadMemberStates(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: memberStatesKeys.data() });
}

/** The active national contacts, for coordinators (issue 12): which countries nobody can report for. */
export function useActiveContacts(enabled: boolean) {
  const client = useGraphQLClient();
  return useQuery({
    queryKey: memberStatesKeys.contacts(),
    queryFn: ({ signal }) => client.request(ActiveContactsDocument, {}, { signal }),
    enabled,
  });
}

/** The strategy's adoption (catalogue data, read once): the earliest day a report may be dated. */
export function useAdopted(): string | undefined {
  const client = useGraphQLClient();
  const query = useQuery({
    queryKey: memberStatesKeys.adopted(),
    queryFn: ({ signal }) => client.request(StrategyAdoptedDocument, {}, { signal }),
    staleTime: Infinity,
  });
  return query.data?.strategy.adopted;
}

export function useSubmitReport(callbacks: WriteCallbacks<unknown, MemberStateReportInput> = {}) {
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MemberStateReportInput) => client.request(MemberStatesSubmitReportDocument, { input }),
    onSuccess: async (result, input) => {
      callbacks.onSuccess?.(result, input);
      await (await afterWrite()).invalidateReportWrite(queryClient, String(input.actionId));
    },
    onError: (error) => callbacks.onError?.(error),
  });
}

export function useReviewReport(callbacks: WriteCallbacks<unknown, ReviewMemberStateReportInput> = {}) {
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewMemberStateReportInput) => client.request(MemberStatesReviewReportDocument, { input }),
    onSuccess: async (result, input) => {
      callbacks.onSuccess?.(result, input);
      await (await afterWrite()).invalidateReportWrite(queryClient, String(input.actionId));
    },
    onError: (error) => callbacks.onError?.(error),
  });
}

export function useOpenRound(callbacks: WriteCallbacks<{ openReportingRound: { name: string } }, OpenReportingRoundInput> = {}) {
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OpenReportingRoundInput) => client.request(MemberStatesOpenRoundDocument, { input }),
    onSuccess: async (result, input) => {
      callbacks.onSuccess?.(result, input);
      await (await afterWrite()).invalidateRoundWrite(queryClient);
    },
    onError: (error) => callbacks.onError?.(error),
  });
}

export function useCloseRound(callbacks: WriteCallbacks<unknown, string> = {}) {
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.request(MemberStatesCloseRoundDocument, { id }),
    onSuccess: async (result, id) => {
      callbacks.onSuccess?.(result, id);
      await (await afterWrite()).invalidateRoundWrite(queryClient);
    },
    onError: (error) => callbacks.onError?.(error),
  });
}
