import { badUserInput } from './errors.js';
import { MAX_PAGE_SIZE } from '../functions/domain/action-query.js';

/** Relay-style cursor pagination over an ordered list held in memory. Cursors are opaque. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const encodeCursor = (key: string) => Buffer.from(`cursor:${key}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('cursor:')) throw badUserInput(`"${cursor}" is not a cursor returned by this API.`);
  return decoded.slice('cursor:'.length);
}

export function pageSize(first: number | null | undefined, defaultSize = MAX_PAGE_SIZE): number {
  if (first == null) return defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, { argument: 'first' });
  }
  return first;
}

export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  { first, after }: { first?: number | null; after?: string | null },
): Page<T> {
  const size = pageSize(first);
  let start = 0;
  if (after != null) {
    const afterKey = decodeCursor(after);
    const index = items.findIndex((item) => keyOf(item) === afterKey);
    if (index < 0) throw badUserInput('The cursor in "after" does not belong to this list.', { argument: 'after' });
    start = index + 1;
  }
  const slice = items.slice(start, start + size);
  const edges = slice.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: start + size < items.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: items.length,
  };
}
