import { createContext, useContext, type ReactNode } from 'react';
import type { GraphQLClient } from './client';

const GraphQLClientContext = createContext<GraphQLClient | null>(null);

export function GraphQLClientProvider({ client, children }: { client: GraphQLClient; children: ReactNode }) {
  return <GraphQLClientContext value={client}>{children}</GraphQLClientContext>;
}

export function useGraphQLClient(): GraphQLClient {
  const client = useContext(GraphQLClientContext);
  if (!client) throw new Error('useGraphQLClient is used outside GraphQLClientProvider.');
  return client;
}
