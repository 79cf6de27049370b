import type { GraphQLClient } from '../../api/client';
import { fetchAllPages } from '../../api/paginate';
import {
  ActionCatalogueContextDocument,
  ActionsPageDocument,
  type ActionCatalogueContextQuery as ContextResult,
  type ActionsPageQuery as PageResult,
} from './api.generated';

/** The API's cap on `first`. */
export const PAGE_SIZE = 100;

export type CatalogueAction = PageResult['actions']['edges'][number]['node'];

export interface ActionCatalogue {
  actions: CatalogueAction[];
  strategy: ContextResult['strategy'];
}

/** Every action of the strategy, all pages, with the names that its ids refer to. */
export async function loadActionCatalogue(client: GraphQLClient, signal?: AbortSignal): Promise<ActionCatalogue> {
  const [context, actions] = await Promise.all([
    client.request(ActionCatalogueContextDocument, {}, { signal }),
    fetchAllPages(async (after) => {
      const page = await client.request(ActionsPageDocument, { first: PAGE_SIZE, after }, { signal });
      return {
        items: page.actions.edges.map((edge) => edge.node),
        hasNextPage: page.actions.pageInfo.hasNextPage,
        endCursor: page.actions.pageInfo.endCursor,
      };
    }),
  ]);
  return { actions, strategy: context.strategy };
}
