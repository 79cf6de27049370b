import { buildDashboard, coverageOf, coverageRound } from '../functions/domain/dashboard.js';
import { pastState } from '../functions/store/past-state.js';
import type { RoundRecord, StrategyState } from '../functions/store/store.js';
import type { GraphQLContext } from './context.js';
import { actionState, reportState, roundState } from './dashboard-state.js';
import type { Coverage, DashboardItem } from './generated/resolvers.js';
import type { DashboardFigures as Dashboard } from '../functions/domain/dashboard.js';

/**
 * The strategy's state at the end of a day: today's is one query of the strategy's partition
 * (no history read); a past day's, or any day's as known at an instant, is rebuilt by
 * replaying history over the catalogue.
 */
export async function stateAsOf(context: GraphQLContext, asOf: string, knownAt?: string): Promise<StrategyState> {
  const current = await context.loaders.state();
  if (asOf >= context.today && knownAt === undefined) return current;
  // Kept while the current state's revision stands (any write, a backdated one included, moves
  // it), and looked up before history is read: a day looked at again costs no read of history.
  const key = `past|${current.revision}|${asOf}|${knownAt ?? ''}`;
  const past = context.stateReader.memo(
    key,
    () => pastState(context.store, context.strategyId, current, asOf, knownAt),
    () => pastStateBytes(current),
  );
  try {
    return await past;
  } catch (error) {
    context.stateReader.forget(key);
    throw error;
  }
}

/** A past state's size, over-estimated from the current one's (it has at most its actions and reports). */
const pastStateBytes = (current: StrategyState) => 10_000 + current.actions.length * 2_000 + current.reports.length * 1_000;

/** The rule, in one place: a closed round shows the coverage frozen when it closed. */
const frozenCoverage = (round: RoundRecord | undefined): Coverage | undefined =>
  round && !round.open ? (round.frozenCoverage as Coverage | undefined) : undefined;

/** A round's coverage: frozen when it closed, otherwise computed from the reports. */
export function roundCoverage(state: StrategyState, round: RoundRecord | undefined): Coverage {
  return (
    frozenCoverage(round) ??
    coverageOf(round && roundState(round), state.actions.map(actionState), state.reports.map(reportState), state.strategy.memberStates)
  );
}

export function dashboardOf(context: GraphQLContext, state: StrategyState, asOf: string): Dashboard {
  const key = `dashboard|${state.revision}|${asOf}|${JSON.stringify(context.healthConfig)}`;
  return context.stateReader.memo(key, () => computeDashboard(context, state, asOf), dashboardBytes);
}

/**
 * A dashboard's size in bytes of JSON, over-estimated from its lists without serialising it
 * (serialising a dashboard of 5,000 actions costs half as much again as computing it): each
 * listed action is its text, its owners and under 300 characters of fields; every other row
 * is under 300 characters with its name. The kept dashboards are bounded by these figures.
 */
export function dashboardBytes(dashboard: Dashboard): number {
  const item = (action: DashboardItem) => 300 + action.text.length + action.owners.join('","').length;
  const row = (name: string | null | undefined) => 300 + (name?.length ?? 0);
  const sum = <T>(rows: readonly T[], size: (row: T) => number) => rows.reduce((total, each) => total + size(each), 0);
  const { coverage, forecast } = dashboard;
  return (
    2000 +
    forecast.method.length +
    forecast.likelyToMissMethod.length +
    sum(dashboard.overdue, item) +
    sum(dashboard.upcoming, item) +
    sum(forecast.likelyToMiss, (miss) => 100 + item(miss.action)) +
    sum(dashboard.burnUp, () => 80) +
    sum([...dashboard.byPriority, ...dashboard.byOwner], (breakdown) => 200 + row(breakdown.label)) +
    sum(coverage.byCountry, (country) => row(country.name)) +
    sum(coverage.byAction, (action) => row(action.ref)) +
    row(coverage.roundName)
  );
}

/** The dashboard of a state as of a date, uncached (snapshots freeze it once). */
export function computeDashboard(context: GraphQLContext, state: StrategyState, asOf: string): Dashboard {
  const figures = buildDashboard({
    strategy: state.strategy,
    actions: state.actions.map(actionState),
    reports: state.reports.map(reportState),
    rounds: state.rounds.map(roundState),
    asOf,
    config: context.healthConfig,
  });
  // The round the coverage is about, as it was frozen if it has closed.
  const round = coverageRound(state.rounds.map(roundState));
  const frozen = frozenCoverage(state.rounds.find((stored) => stored.id === round?.id));
  return frozen ? { ...figures, coverage: frozen } : figures;
}
