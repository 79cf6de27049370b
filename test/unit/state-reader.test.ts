import { describe, expect, it } from 'vitest';
import { catchUp, caughtUp, changedSince, createStateReader, MAX_UNCHECKED_MS } from '../../functions/store/state-reader.js';
import { revisionKey, type ActionRecord, type Revision, type Store, type StrategyState } from '../../functions/store/store.js';

/**
 * The state reader's catch-up, without DynamoDB: which items the change lists name since a
 * kept state's revision, how they are put in place, and when the whole state must be read
 * instead. test/integration/state-cache.test.ts holds the same against DynamoDB Local.
 */
const action = (id: string, ref: string, progress = 0): ActionRecord =>
  ({ strategyId: 's', id, ref, progress, status: 'NOT_STARTED', version: 1 }) as ActionRecord;

const strategy = { id: 's', title: 'Strategy', adopted: '2013-02-07', reviewDate: '2016-12-31' } as StrategyState['strategy'];

function stateAt(readAt: Revision, actions = [action('a', '2.1-01'), action('b', '2.1-02'), action('c', '2.1-03')]): StrategyState {
  return {
    strategy,
    actions,
    reports: [{ strategyId: 's', actionId: 'a', country: 'FR', version: 1 } as StrategyState['reports'][number]],
    rounds: [{ strategyId: 's', id: 'r1', name: 'First', opens: '2013-01-01', closes: '2013-06-30', open: true }],
    revision: revisionKey(readAt),
    readAt,
  };
}

describe('changedSince', () => {
  it('names the sort keys of the writes a moved shard counted since the kept revision, and the revision they bring', () => {
    const lists = { '3': { revision: 7, changes: ['ACTION#x', 'ACTION#a', 'STRATEGY ROUND#r1'] } };
    expect(changedSince({ '3': 5, '4': 2 }, ['3'], lists)).toEqual({
      sortKeys: ['ACTION#a', 'STRATEGY', 'ROUND#r1'],
      revision: { '3': 7, '4': 2 },
    });
  });

  it('gives up when a list no longer reaches back to the kept count, or a moved shard has no list', () => {
    const lists = { '3': { revision: 9, changes: ['ACTION#a', 'ACTION#b'] } };
    expect(changedSince({ '3': 6 }, ['3'], lists)).toBeUndefined();
    expect(changedSince({}, ['5'], lists)).toBeUndefined();
    // A shard never written before (absent: 0) whose list still holds every write.
    expect(changedSince({}, ['3'], { '3': { revision: 2, changes: ['ACTION#a', 'ACTION#b'] } })?.sortKeys).toEqual(['ACTION#a', 'ACTION#b']);
  });
});

describe('caughtUp', () => {
  it('puts changed items in place, drops removed ones, keeps the refs in order, and takes the new revision', () => {
    const kept = stateAt({ '1': 1 });
    const state = caughtUp(
      kept,
      { '1': 3 },
      ['ACTION#a', 'ACTION#b', 'ACTION#d', 'REPORT#a#FR', 'ROUND#r1'],
      [
        { sortKey: 'ACTION#a', kind: 'action', record: action('a', '2.1-01', 40) },
        // Renumbered: the list is sorted again.
        { sortKey: 'ACTION#d', kind: 'action', record: action('d', '2.1-00') },
        { sortKey: 'ROUND#r1', kind: 'round', record: { ...kept.rounds[0]!, open: false } },
      ],
    )!;
    expect(state.actions.map((each) => [each.id, each.progress])).toEqual([
      ['d', 0],
      ['a', 40],
      ['c', 0],
    ]);
    expect(state.actions[2]).toBe(kept.actions[2]);
    expect(state.reports).toEqual([]);
    expect(state.rounds[0]!.open).toBe(false);
    expect(state.readAt).toEqual({ '1': 3 });
    expect(state.revision).toBe('1:3');
    expect(kept.actions.map((each) => each.id)).toEqual(['a', 'b', 'c']);
  });

  it('never serves a state older than the check, even from lists that lag behind it', async () => {
    const store = {
      readChanges: async () => ({ '1': { revision: 2, changes: ['ACTION#b'] } }),
      readStateItems: async () => [],
    };
    const kept = { ...stateAt({ '1': 1 }), readAt: { '1': 1 } };
    expect(await catchUp(store, 's', kept, ['1'], { '1': 2 })).toBeDefined();
    expect(await catchUp(store, 's', kept, ['1'], { '1': 3 })).toBeUndefined();
  });

  it('gives up when the strategy record it must re-read is gone', () => {
    expect(caughtUp(stateAt({ '1': 1 }), { '1': 2 }, ['STRATEGY'], [])).toBeUndefined();
  });
});

describe('the state reader', () => {
  it('serves the kept state while the check finds its revision, catches up when a shard moved, and reads whole when it cannot', async () => {
    let revision: Revision = { '1': 1 };
    let published = 1;
    const calls: string[] = [];
    const store = {
      readPublished: async () => (calls.push('count'), published),
      readRevision: async () => (calls.push('check'), revision),
      strategyState: async (_id: string, at: Revision) => (calls.push('whole'), stateAt(at)),
      readChanges: async () => (calls.push('lists'), { '1': { revision: revision['1']!, changes: ['ACTION#b'] } }),
      readStateItems: async () => (calls.push('items'), [{ sortKey: 'ACTION#b', kind: 'action' as const, record: action('b', '2.1-02', 90) }]),
    } as unknown as Store;
    const reader = createStateReader(store, 's');
    expect(await reader.kept()).toBeUndefined();
    await reader.current();
    expect(calls.splice(0)).toEqual(['count', 'check', 'whole']);
    // No write published since the full check: the count alone says the kept state is current.
    await reader.current();
    expect(calls.splice(0)).toEqual(['count']);
    revision = { '1': 2 };
    published = 2;
    const caught = (await reader.kept())!;
    expect(calls.splice(0)).toEqual(['count', 'check', 'lists', 'items']);
    expect(caught.actions.find((each) => each.id === 'b')?.progress).toBe(90);
    // Too far behind for the list: dropped, and kept() says so without reading the whole state.
    revision = { '1': 9 };
    published = 9;
    expect(await reader.kept()).toBeUndefined();
    expect(calls.splice(0)).toEqual(['count', 'check', 'lists']);
    expect(await reader.kept()).toBeUndefined();
    expect(calls.splice(0)).toEqual([]);
    // The count has not moved since the full check that found revision 9: that revision stands.
    await reader.current();
    expect(calls.splice(0)).toEqual(['count', 'whole']);
  });

  /** A store whose writes can commit without publishing, and a reader on a clock the test moves. */
  function twoStepStore() {
    const table = { revision: { '1': 1 } as Revision, published: 1 };
    const calls: string[] = [];
    /** A write that lands after the next full check read the count and before it reads the revision. */
    let pendingWrite: (() => void) | undefined;
    const store = {
      readPublished: async () => (calls.push('count'), table.published),
      readRevision: async () => {
        calls.push('check');
        const write = pendingWrite;
        pendingWrite = undefined;
        write?.();
        return table.revision;
      },
      strategyState: async (_id: string, at: Revision) => (calls.push('whole'), stateAt(at)),
      // Every write changed action b, and the list still names them all.
      readChanges: async () => (
        calls.push('lists'),
        { '1': { revision: table.revision['1']!, changes: Array.from({ length: table.revision['1']! }, () => 'ACTION#b') } }
      ),
      readStateItems: async () => (calls.push('items'), [{ sortKey: 'ACTION#b', kind: 'action' as const, record: action('b', '2.1-02', 90) }]),
    } as unknown as Store;
    let clock = 0;
    const reader = createStateReader(store, 's', { now: () => clock });
    return {
      table,
      calls,
      reader,
      advance: (ms: number) => (clock += ms),
      duringFullCheck: (write: () => void) => (pendingWrite = write),
    };
  }

  it('reads the revision after the published count, so that a full check includes every write the count includes', async () => {
    const { table, calls, reader, duringFullCheck } = twoStepStore();
    await reader.current();
    calls.splice(0);
    // A write commits and publishes while a full check runs, between its two reads: the check
    // keeps the count it read first (2) with the revision it read after (3). Had it read the
    // count last, it would keep 3 and, for a later write that commits without publishing, could
    // not tell; read first, the count only ever errs towards one more full check.
    table.published = 2;
    table.revision = { '1': 2 };
    duringFullCheck(() => {
      table.published = 3;
      table.revision = { '1': 3 };
    });
    expect((await reader.current())!.readAt).toEqual({ '1': 3 });
    expect(calls.splice(0)).toEqual(['count', 'check', 'lists', 'items']);
    expect((await reader.current())!.readAt).toEqual({ '1': 3 });
    expect(calls.splice(0)).toEqual(['count', 'check']);
    expect((await reader.current())!.readAt).toEqual({ '1': 3 });
    expect(calls.splice(0)).toEqual(['count']);
  });

  it('sees a write whose publication was lost at the next full check, within MAX_UNCHECKED_MS, or at once when any write publishes', async () => {
    const { table, calls, reader, advance } = twoStepStore();
    await reader.current();
    calls.splice(0);
    // Committed (its shard moved), never published: the count stands still, so the kept state is served...
    table.revision = { '1': 2 };
    advance(MAX_UNCHECKED_MS - 1);
    expect((await reader.current())!.readAt).toEqual({ '1': 1 });
    expect(calls.splice(0)).toEqual(['count']);
    // ...but no longer than MAX_UNCHECKED_MS after the last full check.
    advance(1);
    expect((await reader.current())!.readAt).toEqual({ '1': 2 });
    expect(calls.splice(0)).toEqual(['count', 'check', 'lists', 'items']);
    // Lost again; then another write publishes: the very next check reads the revision.
    table.revision = { '1': 3 };
    expect((await reader.current())!.readAt).toEqual({ '1': 2 });
    table.revision = { '1': 4 };
    table.published = 2;
    expect((await reader.current())!.readAt).toEqual({ '1': 4 });
    expect(calls.splice(0)).toEqual(['count', 'count', 'check', 'lists', 'items']);
  });
});
