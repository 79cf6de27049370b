import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphQLClient } from './api/client';
import { createQueryClient } from './api/queryClient';
import { App } from './app/App';
import { browserTokenStorage, createSession } from './auth/session';
import './styles/global.css';

const session = createSession(browserTokenStorage());
const client = createGraphQLClient({
  getToken: () => session.getState().token,
  onUnauthenticated: () => session.end('expired'),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App session={session} client={client} queryClient={createQueryClient()} />
  </StrictMode>,
);
