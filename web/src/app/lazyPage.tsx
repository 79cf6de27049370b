import { lazy, type ComponentType } from 'react';
import { loadNamespace } from '../i18n/useTranslation';

/**
 * A page as a chunk of its own, fetched with its text in parallel (its feature's namespace and
 * those of the parts it shows from other features), so the first script holds only the shell,
 * charts never load for a page without them, and no part of the page suspends again for text.
 */
export function lazyPage<Props extends object>(namespaces: readonly string[], load: () => Promise<{ default: ComponentType<Props> }>) {
  return lazy(async () => {
    const [page] = await Promise.all([load(), ...namespaces.map(loadNamespace)]);
    return page;
  });
}
