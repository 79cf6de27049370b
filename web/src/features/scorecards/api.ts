import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { fetchAllPages } from '../../api/paginate';
import { ScorecardActionsDocument, ScorecardContextDocument } from './api.generated';
import { scorecardsKeys } from './keys';
import type { ScorecardData } from './scorecard';

/** The API's cap on `first`. */
const PAGE_SIZE = 100;

/**
 * The scorecards' data access: documents in api.graphql (typed in api.generated.ts), keys in
 * keys.ts. One read serves the list and every body's scorecard; any write that changes an
 * action or a report refreshes it (app/writes.ts).
 */
export { scorecardsKeys };

/** Everything the scorecards count: the actors, member states, rounds and every action. */
export async function loadScorecardData(client: GraphQLClient, signal?: AbortSignal): Promise<ScorecardData> {
  const [context, actions] = await Promise.all([
    client.request(ScorecardContextDocument, {}, { signal }),
    fetchAllPages(async (after) => {
      const page = await client.request(ScorecardActionsDocument, { first: PAGE_SIZE, after }, { signal });
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

export function scorecardDataOptions(client: GraphQLClient) {
  return queryOptions({ queryKey: scorecardsKeys.all, queryFn: ({ signal }) => loadScorecardData(client, signal) });
}

export function useScorecardData() {
  return useQuery(scorecardDataOptions(useGraphQLClient()));
}
