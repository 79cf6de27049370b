/** One page of a Relay-style connection, reduced to what paging needs. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/**
 * Follows `after`/`endCursor` until `hasNextPage` is false. A server that says there is
 * more but gives no new cursor would loop for ever; that is reported as an error instead.
 */
export async function fetchAllPages<T>(fetchPage: (after: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    items.push(...page.items);
    if (!page.hasNextPage) return items;
    if (!page.endCursor || seen.has(page.endCursor)) {
      throw new Error('the server said there were more results but gave no way to reach them.');
    }
    seen.add(page.endCursor);
    after = page.endCursor;
  }
}
