import { describe, expect, it, vi } from 'vitest';
import { fetchAllPages, type Page } from './paginate';

function pages(...contents: number[][]): (after: string | undefined) => Promise<Page<number>> {
  return vi.fn(async (after: string | undefined) => {
    const index = after === undefined ? 0 : Number(after.slice('cursor-'.length)) + 1;
    return {
      items: contents[index]!,
      hasNextPage: index < contents.length - 1,
      endCursor: `cursor-${index}`,
    };
  });
}

describe('fetchAllPages', () => {
  it('returns a single page as it is', async () => {
    await expect(fetchAllPages(pages([1, 2, 3]))).resolves.toEqual([1, 2, 3]);
  });

  it('follows the end cursor until there is no next page, keeping the order', async () => {
    const fetchPage = pages([1, 2], [3, 4], [5]);
    await expect(fetchAllPages(fetchPage)).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(vi.mocked(fetchPage).mock.calls.map(([after]) => after)).toEqual([undefined, 'cursor-0', 'cursor-1']);
  });

  it('stops with an error when a next page is promised without a cursor', async () => {
    await expect(fetchAllPages(async () => ({ items: [1], hasNextPage: true, endCursor: null }))).rejects.toThrow(/more results/);
  });

  it('stops with an error when the server hands back a cursor it already gave', async () => {
    await expect(fetchAllPages(async () => ({ items: [1], hasNextPage: true, endCursor: 'same' }))).rejects.toThrow(/more results/);
  });
});
