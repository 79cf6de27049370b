import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphQLClient } from './api/client';
import { createQueryClient } from './api/queryClient';
import { App } from './app/App';
import { browserTokenStorage, createSession } from './auth/session';
import { initialLanguage, storedLanguage } from './i18n/languages';
import './styles/global.css';

const session = createSession(browserTokenStorage());
const client = createGraphQLClient({
  getToken: () => session.getState().token,
  onUnauthenticated: () => session.end('expired'),
});

async function start(): Promise<void> {
  const language = initialLanguage(storedLanguage(), navigator.languages);
  const { startI18n } = await import('./i18n/setup');
  const i18n = await startI18n(language);
  const followLanguage = (lng: string) => {
    document.documentElement.lang = lng;
  };
  followLanguage(i18n.resolvedLanguage ?? language);
  i18n.on('languageChanged', followLanguage);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App session={session} client={client} queryClient={createQueryClient()} />
    </StrictMode>,
  );
}

void start();
