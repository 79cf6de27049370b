import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { afterWrite } from '../../app/afterWrite';
import type { ReviseDeadlineInput, UpdateActionInput } from '../../gql/graphql';
import {
  ActionHistoryDocument,
  ActionPageDocument,
  ReviseDeadlineFromPageDocument,
  UpdateActionFromPageDocument,
  type ActionPageFieldsFragment,
  type ActionPageQuery,
} from './api.generated';
import { actionKeys } from './keys';

/**
 * The action page's data access: its documents are in api.graphql (typed by codegen in
 * api.generated.ts), its keys in keys.ts; here are the query options, hooks and writes.
 */
export { actionKeys };
export type Action = ActionPageFieldsFragment;

export const HISTORY_PAGE_SIZE = 10;

/** The action with the strategy's sections, owning bodies and adoption. */
export function actionPageOptions(client: GraphQLClient, id: string) {
  return queryOptions({
    queryKey: actionKeys.page(id),
    queryFn: ({ signal }) => client.request(ActionPageDocument, { id }, { signal }),
  });
}

export function useActionPage(id: string) {
  return useQuery(actionPageOptions(useGraphQLClient(), id));
}

/** The action's history, newest first, a page at a time. */
export function actionHistoryOptions(client: GraphQLClient, id: string) {
  return infiniteQueryOptions({
    queryKey: actionKeys.history(id),
    queryFn: ({ pageParam, signal }) => client.request(ActionHistoryDocument, { id, first: HISTORY_PAGE_SIZE, after: pageParam ?? null }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => {
      const pageInfo = page.action?.history.pageInfo;
      return pageInfo?.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined;
    },
  });
}

export function useActionHistory(id: string) {
  return useInfiniteQuery(actionHistoryOptions(useGraphQLClient(), id));
}

/** Who changed the action last, and when (after a CONFLICT); read past the cache. */
export async function latestChange(client: GraphQLClient, id: string) {
  const page = await client.request(ActionHistoryDocument, { id, first: 1 });
  return page.action?.history.edges[0]?.node;
}

/** The action as the server has it now (after a CONFLICT): its page is read again, and its history with it. */
export function useLoadLatestAction(id: string) {
  const client = useGraphQLClient();
  const queryClient = useQueryClient();
  return async (): Promise<Action | null> => {
    const latest = await queryClient.fetchQuery({ ...actionPageOptions(client, id), staleTime: 0 });
    void queryClient.invalidateQueries({ queryKey: actionKeys.history(id) });
    return latest.action;
  };
}

/**
 * A write's answer is the new action: it replaces the one on the page; its history and every
 * figure derived from actions are read again (app/writes.ts).
 */
function useSaved() {
  const queryClient = useQueryClient();
  return (action: Action) => {
    queryClient.setQueryData<ActionPageQuery>(actionKeys.page(action.id), (current) => current && { ...current, action });
    void afterWrite().then((writes) => writes.invalidateActionWrite(queryClient, action.id, { except: 'page' }));
  };
}

export function useUpdateAction() {
  const client = useGraphQLClient();
  const saved = useSaved();
  return useMutation({
    mutationFn: (input: UpdateActionInput) => client.request(UpdateActionFromPageDocument, { input }),
    onSuccess: (result) => saved(result.updateAction),
  });
}

export function useReviseDeadline() {
  const client = useGraphQLClient();
  const saved = useSaved();
  return useMutation({
    mutationFn: (input: ReviseDeadlineInput) => client.request(ReviseDeadlineFromPageDocument, { input }),
    onSuccess: (result) => saved(result.reviseDeadline),
  });
}
