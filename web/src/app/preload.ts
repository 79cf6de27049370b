import type { QueryClient } from '@tanstack/react-query';
import type { GraphQLClient } from '../api/client';

/** What a page's data preload is given: the app's clients and the address's query string. */
export interface PreloadContext {
  queryClient: QueryClient;
  client: GraphQLClient;
  search: URLSearchParams;
}

/**
 * Starts fetching a page's data (and any chunk it draws with) while the page's own chunk is
 * still on its way. Each lives in a small module of its feature, so the first script carries
 * no page's documents.
 */
export type PagePreload = (context: PreloadContext) => void;
