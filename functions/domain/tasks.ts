import type { MyTasks, TaskAction, TaskReport } from './figures.js';
import { compareRefs } from './action-query.js';
import { daysBetween } from './dates.js';
import { healthRule, staleRule, type HealthConfig } from './health.js';
import type { ActionStatus, Health, Viewer } from './model.js';
import { redactReport, type VisibilityViewer } from './report-visibility.js';
import type { ReportState, RoundState } from './reporting.js';

/**
 * "Your tasks" (issue 14): what asks for the signed-in person's attention on a day, from the
 * strategy's current state. Pure: the caller passes the state it read and the day.
 *
 * - A national contact: the actions addressed to the member states that their country has not
 *   reported on in the open round, and their country's reports returned with a comment.
 * - An owner: their body's actions that are overdue or stale.
 * - A coordinator: the reports waiting for review, and every action overdue or stale (to
 *   follow up; not counted as `actionable`, since the owners update them).
 * - A viewer: nothing.
 *
 * Completed and discontinued actions ask nothing of anyone.
 */
export interface TaskActionState {
  id: string;
  ref: string;
  section: string;
  text: string;
  owners: readonly string[];
  memberStateReporting: boolean;
  /** The deadline in force, YYYY-MM-DD. */
  deadline: string;
  status: ActionStatus;
  progress: number;
  forecastDate?: string;
  lastConfirmedAt?: string;
}

export interface TasksInput {
  viewer: Pick<Viewer, 'role' | 'actor' | 'country'>;
  actions: readonly TaskActionState[];
  reports: readonly ReportState[];
  rounds: readonly RoundState[];
  /** YYYY-MM-DD: today. */
  asOf: string;
  adopted: string;
  config: HealthConfig;
}

const ASKS_NOTHING: readonly ActionStatus[] = ['COMPLETED', 'DISCONTINUED'];

export function myTasks(input: TasksInput): MyTasks {
  const { viewer, asOf } = input;
  const round = input.rounds.find((candidate) => candidate.open);
  const openRound = round ? { id: round.id, name: round.name, closes: round.closes } : null;
  const assess = assessor(input);
  const byId = new Map(input.actions.map((action) => [action.id, action]));

  let toReport: TaskAction[] = [];
  let returned: TaskReport[] = [];
  let toReview: TaskReport[] = [];
  let attention: TaskAction[] = [];

  if (viewer.role === 'MEMBER_STATE' && viewer.country) {
    const country = viewer.country;
    const ours = input.reports.filter((report) => report.country === country && byId.has(report.actionId));
    returned = ours
      .filter((report) => report.review.state === 'RETURNED')
      .sort((a, b) => compareRefs(byId.get(a.actionId)!.ref, byId.get(b.actionId)!.ref))
      .map((report) => taskReport(report, byId.get(report.actionId)!, viewer));
    if (round) {
      const done = new Set(
        ours.filter((report) => report.roundId === round.id || report.review.state === 'RETURNED').map((report) => report.actionId),
      );
      toReport = input.actions
        .filter((action) => action.memberStateReporting && !done.has(action.id))
        .sort((a, b) => compareRefs(a.ref, b.ref))
        .map(assess);
    }
  }

  if (viewer.role === 'COORDINATOR') {
    toReview = input.reports
      .filter((report) => report.review.state === 'SUBMITTED' && byId.has(report.actionId))
      .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.country.localeCompare(b.country))
      .map((report) => taskReport(report, byId.get(report.actionId)!, viewer));
  }

  if (viewer.role === 'COORDINATOR' || (viewer.role === 'OWNER' && viewer.actor)) {
    attention = input.actions
      .filter((action) => !ASKS_NOTHING.includes(action.status))
      .filter((action) => viewer.role === 'COORDINATOR' || action.owners.includes(viewer.actor!))
      .map(assess)
      .filter((task) => task.overdue || task.stale)
      .sort(byUrgency);
  }

  const actionable = toReport.length + returned.length + toReview.length + (viewer.role === 'OWNER' ? attention.length : 0);
  return { asOf, openRound, toReport, returned, toReview, attention, actionable };
}

/** Overdue first, most late first; then stale, longest unconfirmed first; ties in strategy order. */
function byUrgency(a: TaskAction, b: TaskAction): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.overdue) return b.daysLate - a.daysLate || compareRefs(a.ref, b.ref);
  const confirmed = (a.lastConfirmedAt ?? '').localeCompare(b.lastConfirmedAt ?? '');
  return confirmed !== 0 ? confirmed : compareRefs(a.ref, b.ref);
}

function assessor({ asOf, adopted, config }: TasksInput): (action: TaskActionState) => TaskAction {
  const health = healthRule({ asOf, adopted, config });
  const stale = staleRule(asOf, config);
  return (action) => {
    const computed: Health = health(action);
    return {
      actionId: action.id,
      ref: action.ref,
      section: action.section,
      text: action.text,
      owners: [...action.owners],
      deadline: action.deadline,
      status: action.status,
      progress: action.progress,
      health: computed,
      overdue: computed === 'OVERDUE',
      daysLate: daysBetween(action.deadline, asOf),
      stale: action.status !== 'COMPLETED' && stale(action.lastConfirmedAt),
      lastConfirmedAt: action.lastConfirmedAt ?? null,
    };
  };
}

function taskReport(report: ReportState, action: TaskActionState, viewer: VisibilityViewer): TaskReport {
  const visible = redactReport(report, viewer);
  return {
    actionId: report.actionId,
    ref: action.ref,
    text: action.text,
    country: report.country,
    status: report.status,
    version: report.version,
    reportedAt: report.reportedAt,
    reportedBy: visible.reportedBy ?? null,
    review: {
      state: visible.review.state,
      comment: visible.review.comment ?? null,
      reviewedAt: visible.review.reviewedAt ?? null,
      reviewedBy: visible.review.reviewedBy ?? null,
    },
  };
}
