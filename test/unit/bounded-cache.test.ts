import { describe, expect, it } from 'vitest';
import { createBoundedCache, jsonLength } from '../../functions/domain/bounded-cache.js';
import { buildDashboard, type ActionState } from '../../functions/domain/dashboard.js';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import { createStateReader, MEMO_BYTES } from '../../functions/store/state-reader.js';
import type { Store } from '../../functions/store/store.js';
import { dashboardBytes } from '../../graphql/strategy-state.js';

describe('a bounded cache', () => {
  it('holds at most maxEntries, dropping the least recently used first', () => {
    const cache = createBoundedCache<string>({ maxEntries: 2, maxBytes: 1000, sizeOf: jsonLength });
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A'); // a is now the most recently used
    cache.set('c', 'C');
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect(cache.size).toBe(2);
  });

  it('holds at most maxBytes, and never keeps a value larger than the limit alone', () => {
    const cache = createBoundedCache<string>({ maxEntries: 100, maxBytes: 100, sizeOf: jsonLength });
    for (let index = 0; index < 50; index += 1) cache.set(`k${index}`, 'x'.repeat(20));
    expect(cache.bytes).toBeLessThanOrEqual(100);
    expect(cache.size).toBeLessThan(5);
    cache.set('huge', 'x'.repeat(1000));
    expect(cache.has('huge')).toBe(false);
    expect(cache.bytes).toBeLessThanOrEqual(100);
  });

  it('counts a replaced value once', () => {
    const cache = createBoundedCache<string>({ maxEntries: 10, maxBytes: 1000, sizeOf: (value) => value.length });
    cache.set('a', 'xxxx');
    cache.set('a', 'xx');
    expect(cache.bytes).toBe(3); // 'xx' and the key's one character
    cache.delete('a');
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });
});

describe("the state reader's memo", () => {
  it('keeps at most MEMO_BYTES of values, however many keys are asked for', () => {
    const cache = createStateReader({} as Store, 'strategy');
    let computed = 0;
    const big = () => {
      computed += 1;
      return 'x';
    };
    // Each value claims a quarter of the budget: only the last three or four can be kept.
    const quarter = () => MEMO_BYTES / 4;
    for (let index = 0; index < 10; index += 1) cache.memo(`key${index}`, big, quarter);
    expect(computed).toBe(10);
    cache.memo('key9', big, quarter);
    expect(computed).toBe(10); // kept
    cache.memo('key0', big, quarter);
    expect(computed).toBe(11); // evicted to stay within MEMO_BYTES
  });

  it('never keeps a value larger than the whole budget', () => {
    const cache = createStateReader({} as Store, 'strategy');
    let computed = 0;
    const compute = () => (computed += 1);
    cache.memo('huge', compute, () => MEMO_BYTES + 1);
    cache.memo('huge', compute, () => MEMO_BYTES + 1);
    expect(computed).toBe(2);
  });
});

describe("a dashboard's estimated size", () => {
  function dashboardOf(actionCount: number, asOf: string) {
    const actions: ActionState[] = Array.from({ length: actionCount }, (_, index) => ({
      id: `a${index}`,
      ref: `2.1-${String(index).padStart(4, '0')}`,
      section: '2.1',
      text: `An action whose words are long enough to matter in the estimate, number ${index}: "quoted" and ünïcödé.`,
      owners: ['COMMISSION', 'ENISA'],
      memberStateReporting: index % 10 === 0,
      recurring: false,
      baselineDeadline: index % 2 === 0 ? '2013-06-30' : '2014-03-31',
      deadline: index % 2 === 0 ? '2013-06-30' : '2014-03-31',
      status: index % 3 === 0 ? 'COMPLETED' : 'IN_PROGRESS',
      progress: index % 3 === 0 ? 100 : 40,
      ...(index % 3 === 0 ? { completedAt: '2013-09-01T10:00:00Z' } : {}),
    }));
    return buildDashboard({
      strategy: {
        adopted: '2013-02-07',
        reviewDate: '2014-02-07',
        priorities: [{ id: '2.1', title: 'Achieving cyber resilience' }],
        actors: [
          { id: 'COMMISSION', name: 'European Commission' },
          { id: 'ENISA', name: 'ENISA' },
        ],
        memberStates: Array.from({ length: 28 }, (_, index) => ({ code: `C${index}`, name: `Country ${index}` })),
      },
      actions,
      reports: [],
      rounds: [{ id: 'r1', name: 'Spring round', opens: '2013-09-01', closes: '2013-12-31', open: true }],
      asOf,
      config: DEFAULT_HEALTH_CONFIG,
    });
  }

  it.each([
    [10, '2013-10-01'],
    [500, '2014-01-15'],
    [5000, '2026-12-06'],
  ])('is never below its JSON length, nor far above it (%i actions, as of %s)', (count, asOf) => {
    const dashboard = dashboardOf(count, asOf);
    const json = jsonLength(dashboard);
    expect(dashboardBytes(dashboard)).toBeGreaterThanOrEqual(json);
    expect(dashboardBytes(dashboard)).toBeLessThan(json * 4);
  });

  it('keeps a state cache from holding more than its budget of real dashboards', () => {
    const cache = createStateReader({} as Store, 'strategy');
    const dashboard = dashboardOf(5000, '2026-12-06');
    for (let index = 0; index < 200; index += 1) cache.memo(`dashboard|${index}`, () => dashboard, dashboardBytes);
    // The memo exposes no size; the same figures are recomputed once evicted, which the count shows.
    let recomputed = 0;
    for (let index = 0; index < 200; index += 1)
      cache.memo(
        `dashboard|${index}`,
        () => {
          recomputed += 1;
          return dashboard;
        },
        dashboardBytes,
      );
    const kept = 200 - recomputed;
    expect(kept * dashboardBytes(dashboard)).toBeLessThanOrEqual(MEMO_BYTES);
  });
});
