import { compareRefs } from '../domain/action-query.js';
import { createBoundedCache, jsonLength } from '../domain/bounded-cache.js';
import { keys } from './entities.js';
import { revisionKey, type Revision, type StateItem, type Store, type StrategyState } from './store.js';

/**
 * The state reader: the one home of the strategy's state as a server instance (a Lambda
 * container, the local server) keeps it between requests. Built on the store's plain reads.
 *
 * Its words, used in this sense everywhere (docs/ARCHITECTURE.md, docs/DATA_MODEL.md):
 *   - revision: for each of the 16 revision shards, how many writes it has counted
 *     (`Revision`). Every write adds one to one shard in its own transaction, so a revision
 *     names a point in the strategy's writes; `revisionKey` writes it as a string.
 *   - published count: how many writes finished (`Store.readPublished`, one small item). A
 *     write adds one to it after its transaction committed and before it answers.
 *   - check: learning the current revision. First the published count; when it has not moved
 *     since the last full check (and that is under MAX_UNCHECKED_MS old), no write finished
 *     since, and the full check's revision still stands. Otherwise the full check: the
 *     revision itself (`Store.readRevision`, 16 small items), read after the count, so that
 *     every write the count includes is in it. Both strongly consistent. Every request that
 *     uses the kept state makes one check, or shares one.
 *   - kept state: the state this instance holds, with the revision it was read at (`readAt`).
 *     It is served only when it is at the checked revision: never older than a write that
 *     completed before the request arrived.
 *   - change list: per shard, the sort keys its latest writes changed (`Store.readChanges`).
 *   - catch up: bring the kept state to a newer revision by re-reading only the items the change
 *     lists of the shards that moved name (`Store.readStateItems`, one batch read) and putting
 *     them in place. When the lists no longer reach back to the kept state's revision, or too
 *     many items changed, the whole state is read again (`Store.strategyState`).
 *
 * Requests that arrive while a count read is running share the next one, which starts after
 * they all arrived, and the full check made for it: each still sees every write that completed
 * before it arrived, and under concurrent load one small read serves many requests. A request
 * through the Node front door starts its count read on arrival (graphql/early-check.ts), the
 * counters only if it reads the state and the count moved. The reader holds the strategy's data, never anything about a user.
 */
export interface StateReader {
  /**
   * A read of the published count that starts after this call (or joins the next one): the
   * first half of a check, for a request to start as soon as it arrives and pass to `current`
   * and `kept`, so that its round trip overlaps the request's own work (issue 11). Without
   * one, `current` and `kept` start their own.
   */
  count(): Promise<Count>;
  /** Whether this instance keeps a state now: without one, `kept` reads nothing and a check would be spent on nothing. */
  holdsState(): boolean;
  /** The current state: the kept state once checked (caught up if it must be), else read whole. */
  current(counted?: Promise<Count>): Promise<StrategyState | undefined>;
  /**
   * The kept state, current, if this instance holds one and can catch it up without reading it
   * whole; undefined otherwise (the caller reads what it needs directly). A kept state too far
   * behind to catch up is dropped: until a request that needs the whole state reads it again,
   * callers read what they need directly instead of checking for nothing.
   */
  kept(counted?: Promise<Count>): Promise<StrategyState | undefined>;
  /**
   * A value computed from a state, kept while that state is current: the dashboard's figures
   * for a date depend only on the state's revision and the date. `sizeOf` gives the value's
   * approximate bytes (its JSON's length by default): the memo holds at most MEMO_BYTES.
   */
  memo<T>(key: string, compute: () => T, sizeOf?: (value: T) => number): T;
  /** Drops a memo (one whose value turned out to be a failure, such as a rejected promise). */
  forget(key: string): void;
  /** A memo kept with `remember`, if it still is. */
  recall<T>(key: string): T | undefined;
  /** Keeps a value computed elsewhere (approximately `bytes` large) in the memo, under MEMO_BYTES. */
  remember<T>(key: string, value: T, bytes: number): void;
}

/**
 * A full check at least this often, even while the published count stands still: a write whose
 * transaction committed but whose publication was lost (its server stopped between the two, or
 * DynamoDB refused the small update) is seen within this time, or at once when the next write
 * publishes. Sparse traffic pays for it: a check more than this long after the last full one
 * reads the counters too.
 */
export const MAX_UNCHECKED_MS = 60_000;

/** Most items a catch-up re-reads (one batch read); more, and the whole state is read instead. */
export const MAX_CAUGHT_UP_ITEMS = 100;

/** How many computed values an instance keeps (dates and revisions a few people look at). */
const MEMO_ENTRIES = 64;
/**
 * And how many bytes of them, approximately (JSON characters): a dashboard of the real
 * catalogue is about 60 kB, one of 5,000 actions under 1 MB, so dozens fit in a 1 GB Lambda
 * with room to spare; a value over the limit is computed and returned, not kept.
 */
export const MEMO_BYTES = 32 * 1024 * 1024;

/** Whether `revision` counts every write that `other` does (no shard of it is behind). */
export function isAtLeast(revision: Revision, other: Revision): boolean {
  return Object.entries(other).every(([shard, count]) => (revision[shard] ?? 0) >= count);
}

/**
 * The sort keys the kept state must re-read to reach the shards' lists' revisions, and the
 * revision it then reflects; undefined when a list no longer reaches back to the kept state's
 * count of its shard (or a shard is missing from the lists).
 */
export function changedSince(
  readAt: Revision,
  moved: string[],
  lists: Record<string, { revision: number; changes: string[] }>,
): { sortKeys: string[]; revision: Revision } | undefined {
  const sortKeys = new Set<string>();
  const revision = { ...readAt };
  for (const shard of moved) {
    const list = lists[shard];
    if (!list) return undefined;
    const behind = list.revision - (readAt[shard] ?? 0);
    if (behind < 0 || behind > list.changes.length) return undefined;
    for (const entry of list.changes.slice(list.changes.length - behind)) for (const key of entry.split(' ')) if (key) sortKeys.add(key);
    revision[shard] = list.revision;
  }
  return { sortKeys: [...sortKeys], revision };
}

/**
 * `state` with the items under `changed` put in place (`found` holds those that exist; the
 * others were removed), at `revision`; undefined if the strategy's own record is gone.
 */
export function caughtUp(state: StrategyState, revision: Revision, changed: string[], found: StateItem[]): StrategyState | undefined {
  const changedKeys = new Set(changed);
  const byKey = new Map(found.map((item) => [item.sortKey, item]));
  let { strategy } = state;
  if (changedKeys.has(keys.strategySort)) {
    const item = byKey.get(keys.strategySort);
    if (item?.kind !== 'strategy') return undefined;
    strategy = item.record;
  }
  const placed = new Set<string>();
  let resort = false;
  const actions = state.actions.flatMap((action) => {
    const key = keys.actionSort(action.id);
    if (!changedKeys.has(key)) return [action];
    placed.add(key);
    const item = byKey.get(key);
    if (item?.kind !== 'action') {
      resort = true;
      return [];
    }
    if (item.record.ref !== action.ref) resort = true;
    return [item.record];
  });
  for (const item of found) {
    if (item.kind === 'action' && !placed.has(item.sortKey)) {
      actions.push(item.record);
      resort = true;
    }
  }
  if (resort) actions.sort((a, b) => compareRefs(a.ref, b.ref));
  const reports = [
    ...state.reports.filter((report) => !changedKeys.has(keys.reportSort(report.actionId, report.country))),
    ...found.flatMap((item) => (item.kind === 'report' ? [item.record] : [])),
  ];
  const rounds = [
    ...state.rounds.filter((round) => !changedKeys.has(keys.roundSort(round.id))),
    ...found.flatMap((item) => (item.kind === 'round' ? [item.record] : [])),
  ];
  return { strategy, actions, reports, rounds, revision: revisionKey(revision), readAt: revision };
}

/**
 * `base` caught up to at least `checked` on the shards that `moved` since it was read: their
 * change lists, read now (after the check), so that they name at least every write the check
 * counted, then the items they name, read after the lists (each at least as new as the list
 * that names it). Undefined when the lists do not reach back far enough, name too many items,
 * or (which a strongly consistent read after the check rules out) are older than the check.
 */
export async function catchUp(
  store: Pick<Store, 'readChanges' | 'readStateItems'>,
  strategyId: string,
  base: StrategyState & { readAt: Revision },
  moved: string[],
  checked: Revision = {},
): Promise<StrategyState | undefined> {
  const changed = changedSince(base.readAt, moved, await store.readChanges(strategyId, moved));
  if (!changed || changed.sortKeys.length > MAX_CAUGHT_UP_ITEMS || !isAtLeast(changed.revision, checked)) return undefined;
  return caughtUp(base, changed.revision, changed.sortKeys, await store.readStateItems(strategyId, changed.sortKeys));
}

/** A read of the published count: the count, and when the read began (this instance's clock). */
export interface Count {
  published: number;
  at: number;
}

interface Waiter {
  resolve(count: Count): void;
  reject(error: unknown): void;
}

/** One read shared by the callers that ask for the same revision at the same time. */
interface Pending {
  revision: string;
  promise: Promise<StrategyState | undefined>;
}

export interface StateReaderOptions {
  /** Milliseconds for MAX_UNCHECKED_MS; the system's clock by default (tests move it). */
  now?: () => number;
}

export function createStateReader(store: Store, strategyId: string, { now = Date.now }: StateReaderOptions = {}): StateReader {
  let kept: StrategyState | undefined;
  /** The last full check: the published count read before it, its revision, and when it began. */
  let fullCheck: { published: number; revision: Revision; at: number } | undefined;
  const memos = createBoundedCache<{ value: unknown; bytes: number }>({
    maxEntries: MEMO_ENTRIES,
    maxBytes: MEMO_BYTES,
    sizeOf: (entry) => entry.bytes,
  });
  /** Requests waiting for the next count read, and whether one is running. */
  let waiting: Waiter[] = [];
  let counting = false;
  /** The full check made for a count read, shared by the requests that joined that read. */
  const fullChecks = new WeakMap<Count, Promise<Revision>>();
  let catchingUp: Pending | undefined;
  let loading: Pending | undefined;

  function startCount() {
    const batch = waiting;
    waiting = [];
    counting = true;
    const at = now();
    store
      .readPublished(strategyId)
      .then(
        (published) => {
          const counted = { published, at };
          batch.forEach((waiter) => waiter.resolve(counted));
        },
        (error: unknown) => batch.forEach((waiter) => waiter.reject(error)),
      )
      .finally(() => {
        counting = false;
        if (waiting.length > 0) startCount();
      })
      .catch(() => undefined);
  }

  /** The published count, from a read that started after this call. */
  function count(): Promise<Count> {
    return new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      if (!counting) startCount();
    });
  }

  /**
   * The revision a count stands for (see "check" above): the last full check's, when the count
   * has not moved since and that check is recent; else the counters, read now. Why the short
   * path is safe: a write finished before the request arrived published before it finished, so
   * a count read since includes it; if that count equals the one read before the last full
   * check, the count only ever grows, so the write published before that read, hence committed
   * before the full check's counters were read, and they include it.
   */
  function revisionAt(counted: Count): Promise<Revision> {
    if (fullCheck && counted.published === fullCheck.published && counted.at - fullCheck.at < MAX_UNCHECKED_MS) {
      return Promise.resolve(fullCheck.revision);
    }
    let full = fullChecks.get(counted);
    if (!full) {
      full = store.readRevision(strategyId).then((revision) => {
        // Full checks can end out of order: keep the one made for the highest count.
        if (!fullCheck || counted.published >= fullCheck.published) fullCheck = { published: counted.published, revision, at: counted.at };
        return revision;
      });
      fullChecks.set(counted, full);
    }
    return full;
  }

  /** The strategy's revision, from a check whose count read started after `counted` was asked for (now, by default). */
  const check = async (counted: Promise<Count> = count()) => revisionAt(await counted);

  const keep = (state: StrategyState | undefined) => {
    // Concurrent reads can finish out of order: keep the newest.
    if (state?.readAt && (!kept?.readAt || isAtLeast(state.readAt, kept.readAt))) kept = state;
    return state;
  };

  function shared(slot: 'catchingUp' | 'loading', revision: string, read: () => Promise<StrategyState | undefined>) {
    const current = slot === 'catchingUp' ? catchingUp : loading;
    if (current?.revision === revision) return current.promise;
    const promise = read().then(keep);
    const pending = { revision, promise };
    if (slot === 'catchingUp') catchingUp = pending;
    else loading = pending;
    promise
      .finally(() => {
        if (catchingUp === pending) catchingUp = undefined;
        if (loading === pending) loading = undefined;
      })
      .catch(() => undefined);
    return promise;
  }

  /** The kept state at `revision` or newer, caught up if it must be; undefined if it cannot be. */
  async function keptAt(revision: Revision): Promise<StrategyState | undefined> {
    const base = kept;
    if (!base?.readAt) return undefined;
    // A shard the kept state counted cannot disappear.
    if (Object.keys(base.readAt).some((shard) => !(shard in revision))) return undefined;
    const readAt = base.readAt;
    const moved = Object.keys(revision).filter((shard) => revision[shard]! > (readAt[shard] ?? 0));
    // Current, or newer still (another request's later check already brought it further).
    if (moved.length === 0) return base;
    return shared('catchingUp', revisionKey(revision), () => catchUp(store, strategyId, { ...base, readAt }, moved, revision));
  }

  return {
    count,

    holdsState: () => kept !== undefined,

    async current(counted) {
      const revision = await check(counted);
      return (
        (await keptAt(revision)) ??
        // Nothing kept, or the change lists no longer say what changed: read the whole state.
        shared('loading', revisionKey(revision), () => store.strategyState(strategyId, revision))
      );
    },

    async kept(counted) {
      const base = kept;
      if (!base) return undefined;
      const state = await keptAt(await check(counted));
      if (!state && kept === base) kept = undefined;
      return state;
    },

    memo<T>(key: string, compute: () => T, sizeOf: (value: T) => number = jsonLength): T {
      const found = memos.get(key);
      if (found) return found.value as T;
      const value = compute();
      memos.set(key, { value, bytes: sizeOf(value) });
      return value;
    },

    forget: (key) => memos.delete(key),

    recall: <T>(key: string) => memos.get(key)?.value as T | undefined,

    remember: (key, value, bytes) => memos.set(key, { value, bytes }),
  };
}
