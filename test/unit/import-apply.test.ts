import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../functions/domain/model.js';
import { createImportHandler } from '../../functions/import/http.js';
import type { AppliedRow, PreviewStore, StoredPreview } from '../../functions/import/preview-store.js';
import type { Store } from '../../functions/store/store.js';

/**
 * The apply's bounds (issue 13), without a database: rows are written a few at a time, each as
 * one API mutation with a client mutation id of its own; past the time budget the rest are
 * answered NOT_REACHED and the preview stays open, and applying it again sends the same ids
 * (the API answers the rows already written from them) and finishes.
 */
const owner: Viewer = { id: 'coordinator', name: 'Commission coordinator', role: 'COORDINATOR' };
const ID = 'AAAAAAAAAAAAAAAAAAAAAA';

function fixture(rows: number) {
  const preview: StoredPreview = {
    id: ID,
    ownerId: owner.id,
    createdAt: '2013-06-01T00:00:00.000Z',
    rows: Array.from({ length: rows }, (_, index) => ({ sheet: 'Actions', row: index + 2, ref: `2.1-0${index + 1}`, outcome: 'CHANGED' as const })),
    writes: Array.from({ length: rows }, (_, index) => ({
      mutation: 'updateAction' as const,
      input: { actionId: `2.1-0${index + 1}`, expectedVersion: 1, progress: 10 },
    })),
  };
  const recorded: AppliedRow[][] = [];
  const previews: PreviewStore = {
    save: () => Promise.reject(new Error('not used')),
    get: (id, ownerId) =>
      Promise.resolve(
        id === ID && ownerId === owner.id ? { ...preview, ...(recorded[0] ? { applied: recorded[0], appliedAt: 'then' } : {}) } : undefined,
      ),
    recordApplied: (_id, applied) => {
      recorded.push(applied);
      return Promise.resolve(true);
    },
  };
  const sent: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const handler = (budget: number) =>
    createImportHandler({
      store: {} as Store,
      strategyId: 'eu-cybersecurity-2013',
      previews,
      authenticate: () => Promise.resolve(owner),
      applyTimeBudgetMs: budget,
      async graphql(request) {
        const body = (await request.json()) as { variables: { input: { clientMutationId: string } } };
        sent.push(body.variables.input.clientMutationId);
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 150));
        running -= 1;
        return Response.json({ data: { updateAction: { id: 'x', version: 2 } } });
      },
    });
  const apply = async (budget: number) =>
    (await (await handler(budget)(new Request(`http://localhost/import/${ID}/apply`, { method: 'POST' }))).json()) as {
      rows: AppliedRow[];
      repeated?: boolean;
    };
  return { apply, sent, recorded, mostAtOnce: () => mostAtOnce };
}

describe('applying a preview', () => {
  it('writes four rows at a time, stops starting rows past its time budget, and goes on when applied again', async () => {
    const { apply, sent, recorded, mostAtOnce } = fixture(6);
    // The first Request of a process loads the Fetch implementation: not part of the budget measured.
    await new Request('http://localhost/', { method: 'POST', body: '{}' }).json();
    const first = await apply(50);
    expect(first.rows.map((row) => row.outcome)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED', 'SKIPPED', 'SKIPPED']);
    expect(first.rows.slice(4).map((row) => row.reason)).toEqual(['NOT_REACHED', 'NOT_REACHED']);
    expect(mostAtOnce()).toBe(4);
    expect(recorded).toEqual([]); // still open

    const second = await apply(10_000);
    expect(second.rows.map((row) => row.outcome)).toEqual(Array(6).fill('APPLIED'));
    // The same client mutation ids: the API answers the rows already written without writing them again.
    expect(sent).toEqual([...[0, 1, 2, 3].map((index) => `import:${ID}:${index}`), ...[0, 1, 2, 3, 4, 5].map((index) => `import:${ID}:${index}`)]);
    expect(recorded).toHaveLength(1);

    const third = await apply(10_000);
    expect(third.repeated).toBe(true);
    expect(sent).toHaveLength(10); // nothing sent
  });
});
