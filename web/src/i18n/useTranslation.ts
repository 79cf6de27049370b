import type { i18n as I18n, TFunction } from 'i18next';
import { use, useMemo, useSyncExternalStore } from 'react';

/**
 * The React side of i18next, kept to what the app uses so that the first script does not
 * carry i18next itself: react-i18next's hook imports from i18next's core, which would pull
 * all 16 kB gzip of it into the shell. The instance arrives from the lazily loaded
 * setup.ts (provideI18n); components read it through `useTranslation`, which re-renders on
 * a language change and suspends until a namespace's text has arrived.
 */
let current: I18n | null = null;
let version = 0;
const listeners = new Set<() => void>();
const loading = new Map<string, Promise<void>>();

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export function provideI18n(instance: I18n): void {
  current = instance;
  instance.on('languageChanged', changed);
  instance.on('loaded', changed);
}

export function getI18n(): I18n {
  if (!current) throw new Error('The interface text is not loaded yet: start i18n before rendering.');
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getVersion = () => version;

/** Fetches a namespace's text for the current language (once), e.g. beside a page's chunk. */
export function loadNamespace(namespace: string): Promise<void> {
  const i18n = getI18n();
  const key = `${i18n.language}|${namespace}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = i18n.loadNamespaces(namespace);
    loading.set(key, promise);
  }
  return promise;
}

export interface Translation {
  /** Looks a key up in the namespace, e.g. t('status.COMPLETED') or t('figures.actions', { count }). */
  t: TFunction;
  i18n: I18n;
  /** The language the interface is shown in: en, fr or de. */
  language: string;
}

/** The interface text of one namespace (`common` by default) in the chosen language. */
export function useTranslation(namespace = 'common'): Translation {
  const i18n = getI18n();
  const seen = useSyncExternalStore(subscribe, getVersion);
  if (!i18n.hasLoadedNamespace(namespace)) use(loadNamespace(namespace));
  const language = i18n.resolvedLanguage ?? i18n.language;
  // `seen` stands for the loaded text, which i18next holds outside React: a new function
  // after a language change or a newly loaded namespace, so memoised children re-render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const t = useMemo(() => i18n.getFixedT(language, namespace), [i18n, language, namespace, seen]);
  return { t, i18n, language };
}
