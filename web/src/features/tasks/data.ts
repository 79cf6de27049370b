import { useQuery } from '@tanstack/react-query';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { MyTasksQuery } from './queries';

export const myTasksQueryKey = ['myTasks'] as const;

/** The signed-in person's tasks; read afresh whenever a page asks (a write elsewhere may have done one). */
export function useMyTasks() {
  const client = useGraphQLClient();
  return useQuery({
    queryKey: myTasksQueryKey,
    queryFn: async ({ signal }) => (await client.request(MyTasksQuery, {}, { signal })).myTasks,
    staleTime: 0,
  });
}
