import { useQuery } from '@tanstack/react-query';
import { useGraphQLClient } from '../api/GraphQLClientContext';
import { graphql } from '../api/graphql';

/** What the header of every signed-in page shows: who is signed in, and which strategy. */
export const ShellQuery = graphql(`
  query Shell {
    me {
      id
      name
      role
      actor
      country
    }
    strategy {
      reference
      title
      reviewDate
      actors {
        id
        name
      }
    }
    memberStates {
      code
      name
    }
  }
`);

export const shellQueryKey = ['shell'] as const;

/**
 * The signed-in user, the strategy's names and the member states, shared by every page
 * (one request, cached for the session). Pages decide what to offer from `me.role`; the
 * server decides what is allowed.
 */
export function useShell() {
  const client = useGraphQLClient();
  return useQuery({ queryKey: shellQueryKey, queryFn: ({ signal }) => client.request(ShellQuery, {}, { signal }), staleTime: Infinity });
}
