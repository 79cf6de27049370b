import { TRACKING_FIELDS, type TrackingField } from '../domain/action-fields.js';
import { endOfDay } from '../domain/dates.js';
import { replayHistory } from '../domain/replay.js';
import type { ActionRecord, ReportRecord, RoundRecord, Store, StrategyState } from './store.js';

/**
 * A day's state, rebuilt by replaying over the catalogue of `current` every change that took
 * effect by the end of `asOf` (whenever it was recorded; with `knownAt`, only those recorded
 * by then); a round closed by then keeps the coverage frozen when it closed. Its revision is
 * the current state's with the view: any write, a backdated one included, changes it, so
 * nothing computed from an older past is served again. Used by the API's as-of
 * reads (graphql/strategy-state.ts) and the exports (functions/export/exports.ts).
 */
export async function pastState(store: Store, strategyId: string, current: StrategyState, asOf: string, knownAt?: string): Promise<StrategyState> {
  const until = endOfDay(asOf);
  // The change feed is in effective order: every change that took effect by `asOf` sits before `until`.
  const events = await store.eventsBefore(strategyId, until);
  const replayed = replayHistory<ActionRecord, Omit<ReportRecord, 'strategyId'>, Omit<RoundRecord, 'strategyId'>>(
    { actions: current.actions.map(catalogueBaseline) },
    events,
    { asOf, knownAt },
  );
  return {
    strategy: current.strategy,
    revision: `${current.revision}@${until}${knownAt ? `@known${knownAt}` : ''}`,
    actions: replayed.actions,
    reports: replayed.reports.map((report) => ({ ...report, strategyId })),
    rounds: replayed.rounds.map((round) => ({
      ...round,
      strategyId,
      frozenCoverage: current.rounds.find((stored) => stored.id === round.id && !round.open)?.frozenCoverage,
    })),
  };
}

/** An action as the catalogue defines it, before anyone tracked it. */
export function catalogueBaseline(action: ActionRecord): ActionRecord {
  const catalogue: Partial<ActionRecord> = { ...action };
  // Every tracking field (action-fields.ts), the deadline revisions and the version go.
  for (const field of [...TRACKING_FIELDS, 'deadlineRevisions', 'version'] as const) delete catalogue[field];
  const untracked = catalogue as Omit<ActionRecord, TrackingField | 'deadlineRevisions' | 'version'>;
  return { ...untracked, status: 'NOT_STARTED', progress: 0, evidenceUrls: [], version: 1 };
}
