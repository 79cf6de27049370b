import { createBoundedCache, jsonLength } from '../functions/domain/bounded-cache.js';
import type { Store, StrategyRevision, StrategyState } from '../functions/store/store.js';

/**
 * The strategy's current state, kept between requests by one server instance (a Lambda
 * container, the local server) and checked on every use against the strategy's revision, one
 * small strongly consistent read. A write anywhere changes the revision in its own
 * transaction, so a copy is served only while it is exactly current. When it is not, the
 * shards also say which items their latest writes changed: the copy re-reads just those (one
 * BatchGetItem) and is patched, and is read whole again only when it fell too far behind. It
 * holds the strategy's data, never anything about a user.
 *
 * Requests that arrive while a revision check is running share the next check, which starts
 * after they all arrived: each still sees every write that completed before it arrived, and
 * under concurrent load one small read serves many requests.
 */
export interface StateCache {
  current(store: Store, strategyId: string): Promise<StrategyState | undefined>;
  /**
   * The kept state, current, if this instance holds one and can bring it up to date without
   * reading it whole; undefined otherwise (the caller reads what it needs directly). A kept
   * state too far behind to be brought up to date is dropped: until a request that needs the
   * whole state reads it again, callers read what they need directly instead of checking a
   * revision and reading the shards' changes for nothing.
   */
  kept(store: Store, strategyId: string): Promise<StrategyState | undefined>;
  /**
   * A value computed from a state, kept while that state is current: the dashboard's figures
   * for a date depend only on the state's revision and the date. `sizeOf` gives the value's
   * approximate bytes (its JSON's length by default): the memo holds at most MEMO_BYTES.
   */
  memo<T>(key: string, compute: () => T, sizeOf?: (value: T) => number): T;
  /** Drops a memo (one whose value turned out to be a failure, such as a rejected promise). */
  forget(key: string): void;
}

/** Whether `state` reflects every write that `other` does (no shard of it is older). */
function isAtLeast(state: StrategyState, other: StrategyState): boolean {
  if (!state.shards || !other.shards) return true;
  return Object.entries(other.shards).every(([shard, revision]) => (state.shards![shard] ?? 0) >= revision);
}

/** Whether `state` reflects every write that `revision` counts. */
function covers(state: StrategyState, revision: StrategyRevision): boolean {
  if (!state.shards) return false;
  return Object.entries(revision.shards).every(([shard, { revision: value }]) => (state.shards![shard] ?? 0) >= value);
}

/** How many computed values an instance keeps (dates and revisions a few people look at). */
const MEMO_ENTRIES = 64;
/**
 * And how many bytes of them, approximately (JSON characters): a dashboard of the real
 * catalogue is about 60 kB, one of 5,000 actions under 1 MB, so dozens fit in a 1 GB Lambda
 * with room to spare; a value over the limit is computed and returned, not kept.
 */
export const MEMO_BYTES = 32 * 1024 * 1024;

interface Waiter {
  resolve(revision: StrategyRevision): void;
  reject(error: unknown): void;
}

/** One read shared by the callers that ask for the same revision at the same time. */
interface Pending {
  revision: string;
  promise: Promise<StrategyState | undefined>;
}

export function createStateCache(): StateCache {
  let cached: StrategyState | undefined;
  const memos = createBoundedCache<{ value: unknown; bytes: number }>({
    maxEntries: MEMO_ENTRIES,
    maxBytes: MEMO_BYTES,
    sizeOf: (entry) => entry.bytes,
  });
  /** Requests waiting for the next revision check, and whether one is running. */
  let waiting: Waiter[] = [];
  let checking = false;
  let refreshing: Pending | undefined;
  let loading: Pending | undefined;

  function startCheck(store: Store, strategyId: string) {
    const batch = waiting;
    waiting = [];
    checking = true;
    store
      .strategyRevision(strategyId)
      .then(
        (revision) => batch.forEach((waiter) => waiter.resolve(revision)),
        (error: unknown) => batch.forEach((waiter) => waiter.reject(error)),
      )
      .finally(() => {
        checking = false;
        if (waiting.length > 0) startCheck(store, strategyId);
      })
      .catch(() => undefined);
  }

  /** The strategy's revision, from a check that started after this call. */
  function revisionNow(store: Store, strategyId: string): Promise<StrategyRevision> {
    return new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      if (!checking) startCheck(store, strategyId);
    });
  }

  const keep = (state: StrategyState | undefined) => {
    // Concurrent reads can finish out of order: keep the newest.
    if (state && (!cached || isAtLeast(state, cached))) cached = state;
    return state;
  };

  function shared(slot: 'refreshing' | 'loading', revision: string, read: () => Promise<StrategyState | undefined>) {
    const current = slot === 'refreshing' ? refreshing : loading;
    if (current?.revision === revision) return current.promise;
    const promise = read().then(keep);
    const pending = { revision, promise };
    if (slot === 'refreshing') refreshing = pending;
    else loading = pending;
    promise
      .finally(() => {
        if (refreshing === pending) refreshing = undefined;
        if (loading === pending) loading = undefined;
      })
      .catch(() => undefined);
    return promise;
  }

  /** The kept state brought up to `revision` by re-reading only what changed, if it can be. */
  async function refreshed(store: Store, strategyId: string, revision: StrategyRevision): Promise<StrategyState | undefined> {
    const base = cached;
    if (!base) return undefined;
    // Current, or newer still (another request's later check already brought it further).
    if (base.revision === revision.id || covers(base, revision)) return base;
    return shared('refreshing', revision.id, () => store.refreshState(strategyId, base, revision));
  }

  return {
    async current(store, strategyId) {
      const revision = await revisionNow(store, strategyId);
      return (
        (await refreshed(store, strategyId, revision)) ??
        // Nothing kept, or the shards no longer say what changed: read the whole state.
        shared('loading', revision.id, () => store.strategyState(strategyId, revision))
      );
    },

    async kept(store, strategyId) {
      const base = cached;
      if (!base) return undefined;
      const state = await refreshed(store, strategyId, await revisionNow(store, strategyId));
      if (!state && cached === base) cached = undefined;
      return state;
    },

    memo<T>(key: string, compute: () => T, sizeOf: (value: T) => number = jsonLength): T {
      const kept = memos.get(key);
      if (kept) return kept.value as T;
      const value = compute();
      memos.set(key, { value, bytes: sizeOf(value) });
      return value;
    },

    forget: (key) => memos.delete(key),
  };
}
