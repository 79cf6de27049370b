import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { MyTasksDocument } from './api.generated';
import { tasksKeys } from './keys';

/**
 * The task list's data access: documents in api.graphql (typed in api.generated.ts), keys in
 * keys.ts. Any write that changes an action or a report refreshes it (app/writes.ts).
 */
export { tasksKeys };

export function myTasksOptions(client: GraphQLClient) {
  return queryOptions({
    queryKey: tasksKeys.mine(),
    queryFn: async ({ signal }) => (await client.request(MyTasksDocument, {}, { signal })).myTasks,
    staleTime: 0,
  });
}

/** The signed-in person's tasks; read afresh whenever a page asks (a write elsewhere may have done one). */
export function useMyTasks() {
  return useQuery(myTasksOptions(useGraphQLClient()));
}
