import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { LANGUAGES, type Language } from './languages';
import { provideI18n } from './useTranslation';

/**
 * i18next is a chunk of its own, fetched at start rather than inside the first script
 * (its core alone is 16 kB gzip). The text itself is JSON fetched as data, only for the
 * chosen language and only for the pages opened, like i18next-http-backend does but with
 * the hashed file names Vite gives them (so they cache for ever).
 *
 * Namespaces: `common` (the shell, statuses, health, roles) lives in web/src/i18n/common/;
 * each feature keeps its own text next to its code in web/src/features/<feature>/i18n/,
 * and the namespace is the feature's folder name.
 */
const commonFiles = import.meta.glob<string>('./common/*.json', { query: '?url', import: 'default', eager: true });
const featureFiles = import.meta.glob<string>('../features/*/i18n/*.json', { query: '?url', import: 'default', eager: true });

/** Where a namespace's text is published: a JSON file (data, not script) with a hashed name. */
function urlOf(language: string, namespace: string): string | undefined {
  return namespace === 'common' ? commonFiles[`./common/${language}.json`] : featureFiles[`../features/${namespace}/i18n/${language}.json`];
}

async function fetchText(url: string): Promise<ResourceKey> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`the interface text at ${url} answered ${response.status}.`);
  return (await response.json()) as ResourceKey;
}

const lazyFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const url = urlOf(language, namespace);
    if (!url) {
      callback(new Error(`no ${language} text for the ${namespace} namespace`), false);
      return;
    }
    fetchText(url).then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Starts i18next with the common text and, fetched beside it, the text of the page being opened. */
export async function startI18n(language: Language, pageNamespaces: readonly string[] = []): Promise<typeof i18next> {
  await i18next.use(lazyFiles).init({
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    ns: ['common', ...pageNamespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  provideI18n(i18next);
  return i18next;
}
