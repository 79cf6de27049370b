import { coverageRound } from '../../functions/domain/dashboard.js';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import { catchUp } from '../../functions/store/state-reader.js';
import type { Store } from '../../functions/store/store.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { roundState } from '../../graphql/dashboard-state.js';
import { dashboardOf, roundCoverage } from '../../graphql/strategy-state.js';
import { createApp } from '../../graphql/yoga.js';
import { DASHBOARD } from './operations.js';
import { timeMedian } from './stats.js';

/**
 * Where a dashboard request's time goes, measured piece by piece in this process (medians of
 * `runs`; the HTTP figures and the DynamoDB calls inside a request come from the load runs):
 *   strategyState the store's read of the whole state, as after a write: the DynamoDB calls +
 *                 unmarshalling + dynamodb-toolbox parsing + sorting the actions
 *   figures       dashboardOf: the domain's pure figures from that state (every request)
 *   coverage      one coverage computation (dashboardOf computes it twice)
 *   yoga          createApp(...).fetch in process, no HTTP, no JWT, with the app's kept state
 *                 current: the check + the kept answer (graphql/answer-memo.ts; executed
 *                 once per revision, so the median is a repeat) + JSON
 *   yogaNoLists   the same query without the overdue and upcoming lists
 *   refresh       the state reader's catch-up after a write: the change list of the shard
 *                 the last write moved, then the items it changed (one BatchGetItem each), put
 *                 in place in the state
 *   figuresPatched dashboardOf on that patched state (what the first dashboard after a write
 *                 computes; the unchanged records' shapes are kept from the previous state)
 */
export interface DashboardProfile {
  strategyState: number;
  figures: number;
  coverage: number;
  yoga: number;
  yogaNoLists: number;
  refresh: number;
  figuresPatched: number;
  responseBytes: number;
  responseBytesNoLists: number;
  actions: number;
  reports: number;
}

const NO_LISTS = DASHBOARD.replace(/\n\s*overdue \{[^}]*\}\n\s*upcoming \{[^}]*\}/, '');

export async function profileDashboard(options: {
  store: Store;
  strategyId: string;
  runs: number;
  /** Timed reads of the whole state (after one untimed read when more than 1). */
  stateRuns: number;
}): Promise<DashboardProfile> {
  const { runs, store, strategyId } = options;
  if (NO_LISTS === DASHBOARD) throw new Error('could not strip the lists from the dashboard query');

  const state = await timeMedian(
    runs,
    async () => {
      const loaded = await store.strategyState(strategyId);
      if (!loaded) throw new Error('no strategy state');
      return loaded;
    },
    options.stateRuns > 1,
  );
  const today = new Date().toISOString().slice(0, 10);
  // No memo: the profile times the computation itself, which a request pays once per revision.
  const context = {
    healthConfig: DEFAULT_HEALTH_CONFIG,
    stateReader: { memo: (_key: string, compute: () => unknown) => compute() },
  } as unknown as GraphQLContext;
  const figures = await timeMedian(5, async () => dashboardOf(context, state.result, today));
  const round = state.result.rounds.find((stored) => stored.id === coverageRound(state.result.rounds.map(roundState))?.id);
  const coverage = await timeMedian(5, async () => roundCoverage(state.result, round));
  // Catch up on the last write of one shard, as the first request after a write does.
  const readAt = state.result.readAt ?? (await store.readRevision(strategyId));
  const [shard, count] = Object.entries(readAt).find(([, counted]) => counted > 0) ?? [];
  if (!shard || !count) throw new Error('no revision shard counted a write');
  const behind = { ...state.result, revision: 'behind', readAt: { ...readAt, [shard]: count - 1 } };
  const refresh = await timeMedian(5, async () => {
    const caught = await catchUp(store, strategyId, behind, [shard]);
    if (!caught) throw new Error('the catch-up fell back to a whole read');
    return caught;
  });
  const figuresPatched = await timeMedian(5, async () => dashboardOf(context, { ...refresh.result, actions: [...refresh.result.actions] }, today));
  const profile = {
    refresh: refresh.ms,
    figuresPatched: figuresPatched.ms,
    strategyState: state.ms,
    figures: figures.ms,
    coverage: coverage.ms,
    actions: state.result.actions.length,
    reports: state.result.reports.length,
  };

  const app = createApp({
    store,
    strategyId,
    mode: 'local',
    authenticate: async () => ({ id: 'coordinator', name: 'Commission coordinator', role: 'COORDINATOR' }),
    logError: () => undefined,
  });
  const inProcess = (query: string) => async () => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`in-process dashboard failed: ${text.slice(0, 300)}`);
    return Buffer.byteLength(text);
  };
  // The app keeps its own copy of the state: the untimed first call loads it, the timed ones use it.
  const yoga = await timeMedian(runs, inProcess(DASHBOARD));
  const yogaNoLists = await timeMedian(runs, inProcess(NO_LISTS));
  return { ...profile, yoga: yoga.ms, yogaNoLists: yogaNoLists.ms, responseBytes: yoga.result, responseBytesNoLists: yogaNoLists.result };
}
