import type { GraphQLClient } from '../../api/client';
import { fetchAllPages } from '../../api/paginate';
import type { MemberStatesActionsQuery as ActionsResult, MemberStatesRoundsQuery as RoundsResult } from '../../gql/graphql';
import { reportingActions } from './matrix';
import { MemberStatesActionsQuery, MemberStatesRoundsQuery } from './queries';

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

/** Every query of this page starts with this key, so a write refreshes them together. */
export const memberStatesQueryKey = ['member-states'] as const;

export async function loadMemberStates(client: GraphQLClient, signal?: AbortSignal): Promise<MemberStatesData> {
  const [rounds, actions] = await Promise.all([
    client.request(MemberStatesRoundsQuery, {}, { signal }),
    fetchAllPages(async (after) => {
      const page = await client.request(MemberStatesActionsQuery, { first: PAGE_SIZE, after }, { signal });
      return {
        items: page.actions.edges.map((edge) => edge.node),
        hasNextPage: page.actions.pageInfo.hasNextPage,
        endCursor: page.actions.pageInfo.endCursor,
      };
    }),
  ]);
  return { actions: reportingActions(actions), rounds: rounds.reportingRounds, coverage: rounds.dashboard.coverage };
}
