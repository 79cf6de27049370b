import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../api/graphql';
import { useGraphQLClient } from '../../api/GraphQLClientContext';

const StrategyAdoptedQuery = graphql(`
  query StrategyAdopted {
    strategy {
      adopted
    }
  }
`);

/** The strategy's adoption (catalogue data, read once): the earliest day a change may be dated. */
export function useAdopted(): string | undefined {
  const client = useGraphQLClient();
  const query = useQuery({
    queryKey: ['strategy', 'adopted'],
    queryFn: ({ signal }) => client.request(StrategyAdoptedQuery, {}, { signal }),
    staleTime: Infinity,
  });
  return query.data?.strategy.adopted;
}
