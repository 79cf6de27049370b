import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { loadActionCatalogue } from './catalogue';
import { actionsKeys } from './keys';

/**
 * The actions list's data access: documents in api.graphql (typed in api.generated.ts), the
 * paged read in catalogue.ts, keys in keys.ts. The list has no write of its own; an update
 * elsewhere refreshes it (app/writes.ts).
 */
export { actionsKeys };

/** Every action of the strategy with the names its ids refer to. */
export function actionCatalogueOptions(client: GraphQLClient) {
  return queryOptions({ queryKey: actionsKeys.catalogue(), queryFn: ({ signal }) => loadActionCatalogue(client, signal) });
}

export function useActionCatalogue() {
  return useQuery(actionCatalogueOptions(useGraphQLClient()));
}
