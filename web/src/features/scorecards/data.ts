import { useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { fetchAllPages } from '../../api/paginate';
import { ScorecardActionsQuery, ScorecardContextQuery } from './queries';
import type { ScorecardData } from './scorecard';

/** The API's cap on `first`. */
const PAGE_SIZE = 100;

export const scorecardDataQueryKey = ['scorecards'] as const;

/** Everything the scorecards count: the actors, member states, rounds and every action. */
export async function loadScorecardData(client: GraphQLClient, signal?: AbortSignal): Promise<ScorecardData> {
  const [context, actions] = await Promise.all([
    client.request(ScorecardContextQuery, {}, { signal }),
    fetchAllPages(async (after) => {
      const page = await client.request(ScorecardActionsQuery, { first: PAGE_SIZE, after }, { signal });
      return {
        items: page.actions.edges.map((edge) => edge.node),
        hasNextPage: page.actions.pageInfo.hasNextPage,
        endCursor: page.actions.pageInfo.endCursor,
      };
    }),
  ]);
  return {
    asOf: context.dashboard.asOf,
    actors: context.strategy.actors,
    memberStates: context.memberStates,
    rounds: context.reportingRounds,
    actions,
  };
}

export function useScorecardData() {
  const client = useGraphQLClient();
  return useQuery({ queryKey: scorecardDataQueryKey, queryFn: ({ signal }) => loadScorecardData(client, signal) });
}
