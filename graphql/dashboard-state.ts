import { deadlineInForce } from '../functions/domain/action-update.js';
import type { ActionState, ReportState, RoundState } from '../functions/domain/dashboard.js';
import type { ActionRecord, ReportRecord, RoundRecord } from '../functions/store/store.js';

/**
 * Each record's shape, kept while the record lives: a kept state patched after a write keeps
 * its unchanged records, so recomputing the figures maps only the changed ones again.
 */
const actionStates = new WeakMap<ActionRecord, ActionState>();

/** Stored (or replayed) records, in the shapes the dashboard's pure functions take. */
export function actionState(action: ActionRecord): ActionState {
  let state = actionStates.get(action);
  if (!state) {
    state = toActionState(action);
    actionStates.set(action, state);
  }
  return state;
}

function toActionState(action: ActionRecord): ActionState {
  return {
    id: action.id,
    ref: action.ref,
    section: action.section,
    text: action.text,
    owners: action.owners,
    memberStateReporting: action.memberStateReporting,
    recurring: action.recurring,
    baselineDeadline: action.baselineDeadline,
    deadline: deadlineInForce(action),
    status: action.status,
    progress: action.progress,
    ...(action.forecastDate ? { forecastDate: action.forecastDate } : {}),
    ...(action.declaredHealth ? { declaredHealth: action.declaredHealth } : {}),
    ...(action.lastConfirmedAt ? { lastConfirmedAt: action.lastConfirmedAt } : {}),
    ...(action.completedAt ? { completedAt: action.completedAt } : {}),
  };
}

const reportStates = new WeakMap<ReportRecord, ReportState>();

export function reportState(report: ReportRecord): ReportState {
  let state = reportStates.get(report);
  if (!state) {
    state = toReportState(report);
    reportStates.set(report, state);
  }
  return state;
}

function toReportState(report: ReportRecord): ReportState {
  return {
    actionId: report.actionId,
    country: report.country,
    roundId: report.roundId,
    status: report.status,
    review: report.review.state,
    reportedAt: report.reportedAt,
  };
}

export function roundState({ id, name, opens, closes, open, closedAt }: RoundRecord): RoundState {
  return { id, name, opens, closes, open, ...(closedAt ? { closedAt } : {}) };
}
