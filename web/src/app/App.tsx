import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { GraphQLClientProvider } from '../api/GraphQLClientContext';
import type { GraphQLClient } from '../api/client';
import { SessionProvider } from '../auth/SessionContext';
import type { Session } from '../auth/session';
import { PageErrorBoundary } from './PageErrorBoundary';
import { AppRoutes } from './routes';

export function App({ session, client, queryClient }: { session: Session; client: GraphQLClient; queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider session={session}>
        <GraphQLClientProvider client={client}>
          <BrowserRouter>
            <PageErrorBoundary>
              <AppRoutes />
            </PageErrorBoundary>
          </BrowserRouter>
        </GraphQLClientProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}
