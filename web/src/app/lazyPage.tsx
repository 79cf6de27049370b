import { lazy, type ComponentType } from 'react';
import { loadNamespace } from '../i18n/useTranslation';

/**
 * A page as a chunk of its own, fetched with its feature's text in parallel, so the first
 * script holds only the shell and charts never load for a page without them.
 */
export function lazyPage<Props extends object>(namespace: string | null, load: () => Promise<{ default: ComponentType<Props> }>) {
  return lazy(async () => {
    const [page] = await Promise.all([load(), namespace ? loadNamespace(namespace) : undefined]);
    return page;
  });
}
