import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { BrowserRouter } from 'react-router';
import { GraphQLClientProvider } from '../api/GraphQLClientContext';
import type { GraphQLClient } from '../api/client';
import { HostedSessionRenewal, RuntimeConfigProvider } from '../auth/RuntimeConfigContext';
import type { RuntimeConfig } from '../auth/runtimeConfig';
import { SessionProvider } from '../auth/SessionContext';
import type { Session } from '../auth/session';
import { PageErrorBoundary } from './PageErrorBoundary';
import { AppRoutes } from './routes';

export function App({
  session,
  client,
  queryClient,
  config,
}: {
  session: Session;
  client: GraphQLClient;
  queryClient: QueryClient;
  config: RuntimeConfig;
}) {
  const signedIn = useSyncExternalStore(session.subscribe, () => session.getState().token !== null);
  return (
    <RuntimeConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider session={session}>
          <HostedSessionRenewal session={session} signedIn={signedIn} />
          <GraphQLClientProvider client={client}>
            <BrowserRouter>
              <PageErrorBoundary>
                <AppRoutes />
              </PageErrorBoundary>
            </BrowserRouter>
          </GraphQLClientProvider>
        </SessionProvider>
      </QueryClientProvider>
    </RuntimeConfigProvider>
  );
}
