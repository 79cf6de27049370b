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

/** The record's catalogue and tracking fields as they are (records hold no nulls), with the deadline in force. */
function toActionState(action: ActionRecord): ActionState {
  return { ...action, deadline: deadlineInForce(action) };
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
