import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphQLClient } from './api/client';
import { createQueryClient } from './api/queryClient';
import { pageOf, preloadChunk, preloadData } from './app/pages';
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
  const page = pageOf(window.location.pathname);
  // Everything the opened address needs starts now, side by side, rather than each after the
  // other: the page's data (signed in: the API needs only the token, which is already here),
  // the shell's query, the app's frame (router, layouts, providers), the interface text (the
  // common and the page's namespaces), the configuration, the page's chunk. In that order, as
  // the browser asks a host for six files at a time over HTTP/1.1: what the first render waits
  // for before the page's own chunks.
  if (session.getState().token !== null) {
    preloadData(page, { queryClient, client, search: new URLSearchParams(window.location.search) });
    void queryClient.prefetchQuery(shellQueryOptions(client));
  }
  const app = import('./app/App');
  const text = import('./i18n/setup').then(({ startI18n }) => startI18n(language, page?.namespaces ?? []));
  const runtimeConfig = loadRuntimeConfig().catch((error: unknown): RuntimeConfig => {
    // Without its configuration the page can still offer local sign-in; say why in the console.
    console.error('Could not read /config.json', error);
    return LOCAL_CONFIG;
  });
  // Without them bodies keep the catalogue's English names; say why in the console.
  const bodyNames = loadBodyNames().catch((error: unknown) => console.error('Could not read the names of the bodies', error));
  preloadChunk(page);
  const [{ App }, i18n, config] = await Promise.all([app, text, runtimeConfig, bodyNames]);
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
