import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphQLClient } from './api/client';
import { createQueryClient } from './api/queryClient';
import { preloadPage } from './app/pages';
import { shellQueryOptions } from './app/shellQuery';
import { LOCAL_CONFIG, loadRuntimeConfig, type RuntimeConfig } from './auth/runtimeConfig';
import { browserTokenStorage, createSession } from './auth/session';
import { initialLanguage, storedLanguage } from './i18n/languages';
import { loadBodyNames } from './i18n/names';
import './styles/global.css';

const session = createSession(browserTokenStorage());
const client = createGraphQLClient({
  getToken: () => session.getState().token,
  onUnauthenticated: () => session.end('expired'),
});

const queryClient = createQueryClient();

async function start(): Promise<void> {
  const language = initialLanguage(storedLanguage(), navigator.languages);
  // Everything the opened address needs starts now, side by side: the page's chunk and its
  // data, the shell's query (who is signed in), the interface text (common and the page's), the configuration.
  // The API needs only the token, which is already here; a signed-out visitor asks for no data.
  const signedIn = session.getState().token !== null;
  if (signedIn) void queryClient.prefetchQuery(shellQueryOptions(client));
  const namespaces = preloadPage(window.location, signedIn ? { queryClient, client } : null);
  // The app itself (React Router, the layouts, the providers) is a chunk fetched beside them,
  // so the first script is what it takes to start these requests.
  const [{ App }, i18n, config] = await Promise.all([
    import('./app/App'),
    import('./i18n/setup').then(({ startI18n }) => startI18n(language, namespaces)),
    loadRuntimeConfig().catch((error: unknown): RuntimeConfig => {
      // Without its configuration the page can still offer local sign-in; say why in the console.
      console.error('Could not read /config.json', error);
      return LOCAL_CONFIG;
    }),
    // Without them bodies keep the catalogue's English names; say why in the console.
    loadBodyNames().catch((error: unknown) => console.error('Could not read the names of the bodies', error)),
  ]);
  const followLanguage = (lng: string) => {
    document.documentElement.lang = lng;
  };
  followLanguage(i18n.resolvedLanguage ?? language);
  i18n.on('languageChanged', followLanguage);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App session={session} client={client} queryClient={queryClient} config={config} />
    </StrictMode>,
  );
}

void start();
