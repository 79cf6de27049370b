import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { LANGUAGES, type Language } from './languages';
import { provideI18n } from './useTranslation';

/**
 * i18next and the translations are a chunk of their own, fetched at start beside the page's
 * chunk rather than inside the first script: i18next's core alone is 16 kB gzip, and each
 * language's text is needed only in that language.
 *
 * Namespaces: `common` (the shell, statuses, health, roles) lives in web/src/i18n/common/;
 * each feature keeps its own text next to its code in web/src/features/<feature>/i18n/,
 * and the namespace is the feature's folder name.
 */
const commonFiles = import.meta.glob<ResourceKey>('./common/*.json', { import: 'default' });
const featureFiles = import.meta.glob<ResourceKey>('../features/*/i18n/*.json', { import: 'default' });

function loaderFor(language: string, namespace: string): (() => Promise<ResourceKey>) | undefined {
  return namespace === 'common'
    ? commonFiles[`./common/${language}.json`]
    : featureFiles[`../features/${namespace}/i18n/${language}.json`];
}

const lazyFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = loaderFor(language, namespace);
    if (!load) {
      callback(new Error(`no ${language} text for the ${namespace} namespace`), false);
      return;
    }
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export async function startI18n(language: Language): Promise<typeof i18next> {
  await i18next
    .use(lazyFiles)
    .init({
      lng: language,
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  provideI18n(i18next);
  return i18next;
}

