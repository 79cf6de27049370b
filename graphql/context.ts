import type { HealthConfig } from '../functions/domain/health.js';
import type { Viewer } from '../functions/domain/model.js';
import type { Count, StateReader } from '../functions/store/state-reader.js';
import type { ActionRecord, ReportRecord, Store, StrategyRecord, StrategyState } from '../functions/store/store.js';
import type { PeopleService } from '../functions/people/service.js';

/** Per-request context: the verified viewer and request-scoped loaders. Nothing here outlives a request. */
export interface GraphQLContext {
  viewer: Viewer;
  store: Store;
  strategyId: string;
  /** The injected clock: tests move it, production reads the system's. */
  now(): Date;
  /** "Today" for this request, YYYY-MM-DD (UTC). */
  today: string;
  healthConfig: HealthConfig;
  loaders: RequestLoaders;
  /** The instance's kept state and memos (functions/store/state-reader.ts). */
  stateReader: StateReader;
  /** People and access (issue 12); absent on a server that does not manage people. */
  people?: PeopleService;
}

export interface RequestLoaders {
  /** Strategy, actions, reports and rounds: current, from the instance's kept state or one query. */
  state(): Promise<StrategyState>;
  strategy(): Promise<StrategyRecord>;
  actions(): Promise<ActionRecord[]>;
  action(id: string): Promise<ActionRecord | undefined>;
  reports(actionId: string): Promise<ReportRecord[]>;
  /**
   * The strategy's adoption and review dates, as current as the rest of the request: from the
   * state the request holds or the instance keeps (checked against the revision, which a
   * catalogue load moves too), else from the strategy record read with the action, else from
   * one read of that record.
   * Never kept across requests, so a catalogue load that changes them applies at once.
   */
  dates(): Promise<StrategyDates>;
}

export interface StrategyDates {
  adopted: string;
  reviewDate: string;
}

const datesOf = (strategy: StrategyRecord): StrategyDates => ({ adopted: strategy.adopted, reviewDate: strategy.reviewDate });

/** Each kept state's actions by id, built once per state (a patched state is a new one). */
const actionIndexes = new WeakMap<StrategyState, Map<string, ActionRecord>>();

function indexOf(state: StrategyState): Map<string, ActionRecord> {
  let index = actionIndexes.get(state);
  if (!index) {
    index = new Map(state.actions.map((action) => [action.id, action]));
    actionIndexes.set(state, index);
  }
  return index;
}

/** Memoises each read for the life of one request, so a query touching a record twice reads it once. */
export function createRequestLoaders(
  store: Store,
  strategyId: string,
  reader: StateReader,
  /** The request's read of the published count, if it started one on arrival (graphql/early-check.ts); else the first read starts one. */
  counted?: Promise<Count>,
): RequestLoaders {
  let state: Promise<StrategyState> | undefined;
  const loadState = () => {
    state ??= reader.current(counted).then((loaded) => {
      if (!loaded) throw notLoaded();
      return loaded;
    });
    return state;
  };
  const notLoaded = () => new Error(`Strategy ${strategyId} is not loaded: run the catalogue load.`);
  let dates: Promise<StrategyDates> | undefined;
  const actionById = new Map<string, Promise<ActionRecord | undefined>>();
  return {
    state: loadState,
    strategy: async () => (await loadState()).strategy,
    actions: async () => (await loadState()).actions,
    action(id) {
      let pending = actionById.get(id);
      if (!pending) {
        // Within a request that already holds the whole state, no second read is needed. An
        // instance that keeps the state serves it from there once the (shared) check
        // says it is current; one that does not reads the one item, with the strategy's record
        // for the dates its health needs, in one read.
        pending = state
          ? state.then((loaded) => indexOf(loaded).get(id))
          : reader.kept(counted).then(async (kept) => {
              if (kept) {
                state ??= Promise.resolve(kept);
                return indexOf(kept).get(id);
              }
              const read = await store.getActionWithStrategy(strategyId, id);
              if (read.strategy) dates ??= Promise.resolve(datesOf(read.strategy));
              return read.action;
            });
        actionById.set(id, pending);
      }
      return pending;
    },
    reports: async (actionId) => (await loadState()).reports.filter((report) => report.actionId === actionId),
    dates() {
      // As action(id): from the state this request holds, or the instance's kept state once
      // the check says it is current (the request then holds it), or one read.
      dates ??= state
        ? state.then((loaded) => datesOf(loaded.strategy))
        : reader.kept(counted).then(async (kept) => {
            if (kept) {
              state ??= Promise.resolve(kept);
              return datesOf(kept.strategy);
            }
            const strategy = await store.getStrategy(strategyId);
            if (!strategy) throw notLoaded();
            return datesOf(strategy);
          });
      return dates;
    },
  };
}
