import { describe, expect, it } from 'vitest';
import type { GraphQLClient, TypedDocument } from '../../api/client';
import type { CatalogueAction } from './catalogue';
import { loadActionCatalogue, PAGE_SIZE } from './catalogue';
import { ActionCatalogueContextDocument as ActionCatalogueContextQuery, ActionsPageDocument as ActionsPageQuery } from './api.generated';

function action(n: number): CatalogueAction {
  const ref = `2.1-${String(n).padStart(3, '0')}`;
  return {
    id: ref,
    ref,
    section: '2.1',
    subheading: null,
    leadIn: 'The Commission will:',
    text: `Action ${n}`,
    owners: ['COMMISSION'],
    deadline: '2013-12-31',
    baselineDeadline: '2013-12-31',
    deadlineSource: 'PHRASE',
    deadlinePhrase: 'by the end of 2013',
    status: 'NOT_STARTED',
    progress: 0,
    health: 'ON_TRACK',
  };
}

const strategy = {
  reviewDate: '2014-02-07',
  sections: [{ id: '2.1', title: 'Achieving cyber resilience' }],
  actors: [{ id: 'COMMISSION', name: 'European Commission' }],
};

/** A fake API holding `total` actions and serving them as the real one does, at most `first` a page. */
function fakeApi(total: number) {
  const all = Array.from({ length: total }, (_, i) => action(i + 1));
  const pageRequests: { first: number; after: string | undefined }[] = [];
  const client: GraphQLClient = {
    async request<R, V>(document: TypedDocument<R, V>, variables: V) {
      const asked: unknown = document;
      if (asked === ActionCatalogueContextQuery) return { strategy } as R;
      if (asked === ActionsPageQuery) {
        const { first, after } = variables as { first: number; after?: string };
        pageRequests.push({ first, after });
        const start = after === undefined ? 0 : Number(after);
        const slice = all.slice(start, start + Math.min(first, PAGE_SIZE));
        const end = start + slice.length;
        return {
          actions: {
            edges: slice.map((node, i) => ({ cursor: String(start + i + 1), node })),
            pageInfo: { hasNextPage: end < total, endCursor: slice.length ? String(end) : null },
            totalCount: total,
          },
        } as R;
      }
      throw new Error('unexpected document');
    },
  };
  return { client, pageRequests };
}

describe('loadActionCatalogue', () => {
  it('reads every page of a catalogue larger than one page', async () => {
    const { client, pageRequests } = fakeApi(250);
    const catalogue = await loadActionCatalogue(client);
    expect(catalogue.actions).toHaveLength(250);
    expect(catalogue.actions.at(-1)!.text).toBe('Action 250');
    expect(pageRequests).toEqual([
      { first: 100, after: undefined },
      { first: 100, after: '100' },
      { first: 100, after: '200' },
    ]);
    expect(catalogue.strategy).toEqual(strategy);
  });

  it('asks once when everything fits on one page', async () => {
    const { client, pageRequests } = fakeApi(62);
    const catalogue = await loadActionCatalogue(client);
    expect(catalogue.actions).toHaveLength(62);
    expect(pageRequests).toHaveLength(1);
  });
});
