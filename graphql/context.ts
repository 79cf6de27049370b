import type { HealthConfig } from '../functions/domain/health.js';
import type { Viewer } from '../functions/domain/model.js';
import type { ActionRecord, Store, StrategyRecord } from '../functions/store/store.js';

/** Per-request context: the verified viewer and request-scoped loaders. Nothing here outlives a request. */
export interface GraphQLContext {
  viewer: Viewer;
  /** "Today" for this request, YYYY-MM-DD (the clock is injected so tests can move it). */
  today: string;
  healthConfig: HealthConfig;
  loaders: RequestLoaders;
}

export interface RequestLoaders {
  strategy(): Promise<StrategyRecord>;
  actions(): Promise<ActionRecord[]>;
  action(id: string): Promise<ActionRecord | undefined>;
}

/** Memoises each read for the life of one request, so a query touching a record twice reads it once. */
export function createRequestLoaders(store: Store, strategyId: string): RequestLoaders {
  let strategy: Promise<StrategyRecord> | undefined;
  let actions: Promise<ActionRecord[]> | undefined;
  const actionById = new Map<string, Promise<ActionRecord | undefined>>();
  return {
    strategy() {
      strategy ??= store.getStrategy(strategyId).then((record) => {
        if (!record) throw new Error(`Strategy ${strategyId} is not loaded: run the catalogue load.`);
        return record;
      });
      return strategy;
    },
    actions() {
      actions ??= store.listActions(strategyId);
      return actions;
    },
    action(id) {
      let pending = actionById.get(id);
      if (!pending) {
        pending = store.getAction(strategyId, id);
        actionById.set(id, pending);
      }
      return pending;
    },
  };
}
