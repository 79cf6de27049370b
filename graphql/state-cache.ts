import type { Store, StrategyState } from '../functions/store/store.js';

/**
 * The strategy's current state, kept between requests by one server instance (a Lambda
 * container, the local server) and checked on every use against the strategy's revision, one
 * small strongly consistent read. A write anywhere changes the revision in its own
 * transaction, so a copy is served only while it is exactly current. When it is not, the
 * shards also say which items their latest writes changed: the copy re-reads just those (one
 * BatchGetItem) and is patched, and is read whole again only when it fell too far behind. It
 * holds the strategy's data, never anything about a user.
 */
export interface StateCache {
  current(store: Store, strategyId: string): Promise<StrategyState | undefined>;
  /**
   * A value computed from a state, kept while that state is current: the dashboard's figures
   * for a date depend only on the state's revision and the date.
   */
  memo<T>(key: string, compute: () => T): T;
  /** The strategy's adoption and review dates: catalogue data, which changes only with a new deployment. */
  dates(store: Store, strategyId: string): Promise<{ adopted: string; reviewDate: string }>;
}

/** Whether `state` reflects every write that `other` does (no shard of it is older). */
function isAtLeast(state: StrategyState, other: StrategyState): boolean {
  if (!state.shards || !other.shards) return true;
  return Object.entries(other.shards).every(([shard, revision]) => (state.shards![shard] ?? 0) >= revision);
}

/** How many computed values an instance keeps (dates and revisions a few people look at). */
const MEMO_ENTRIES = 64;

export function createStateCache(): StateCache {
  let cached: StrategyState | undefined;
  const memos = new Map<string, unknown>();
  let dates: Promise<{ adopted: string; reviewDate: string }> | undefined;
  let loading: { revision: string; promise: Promise<StrategyState | undefined> } | undefined;
  return {
    async current(store, strategyId) {
      const revision = await store.strategyRevision(strategyId);
      if (cached?.revision === revision.id) return cached;
      // Requests that find the same stale revision share one reload.
      if (loading?.revision !== revision.id) {
        const base = cached;
        // Behind by a few writes: re-read only the items they changed; otherwise, or when the
        // shards no longer say what changed, read the whole state again.
        const promise = (async () => (base && (await store.refreshState(strategyId, base, revision))) || store.strategyState(strategyId, revision))().then(
          (state) => {
            // Concurrent reloads can finish out of order: keep the newest.
            if (state && (!cached || isAtLeast(state, cached))) cached = state;
            return state;
          },
        );
        loading = { revision: revision.id, promise };
        promise
          .finally(() => {
            if (loading?.promise === promise) loading = undefined;
          })
          .catch(() => undefined);
        return promise;
      }
      return loading.promise;
    },

    memo<T>(key: string, compute: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      if (memos.size >= MEMO_ENTRIES) memos.delete(memos.keys().next().value as string);
      memos.set(key, value);
      return value;
    },

    dates(store, strategyId) {
      dates ??= store.getStrategy(strategyId).then((strategy) => {
        if (!strategy) throw new Error(`Strategy ${strategyId} is not loaded: run the catalogue load.`);
        return { adopted: strategy.adopted, reviewDate: strategy.reviewDate };
      });
      dates.catch(() => {
        dates = undefined;
      });
      return dates;
    },
  };
}
