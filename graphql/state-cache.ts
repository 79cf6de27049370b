import type { Store, StrategyState } from '../functions/store/store.js';

/**
 * The strategy's current state, kept between requests by one server instance (a Lambda
 * container, the local server) and checked on every use against the strategy's revision, one
 * small strongly consistent read. A write anywhere changes the revision in its own
 * transaction, so a copy is served only while it is exactly current. It holds the strategy's
 * data, never anything about a user.
 */
export interface StateCache {
  current(store: Store, strategyId: string): Promise<StrategyState | undefined>;
}

export function createStateCache(): StateCache {
  let cached: StrategyState | undefined;
  let loading: { revision: string; promise: Promise<StrategyState | undefined> } | undefined;
  return {
    async current(store, strategyId) {
      const revision = await store.strategyRevision(strategyId);
      if (cached?.revision === revision) return cached;
      // Requests that find the same stale revision share one reload.
      if (loading?.revision !== revision) {
        const promise = store.strategyState(strategyId).then((state) => {
          cached = state;
          return state;
        });
        loading = { revision, promise };
        promise.finally(() => {
          if (loading?.promise === promise) loading = undefined;
        }).catch(() => undefined);
      }
      return loading.promise;
    },
  };
}
