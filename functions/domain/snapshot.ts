import type { DashboardFigures, DashboardItem, DashboardTotals, LikelyMiss } from './figures.js';
import { compareRefs } from './action-query.js';
import { deadlineInForce, slippageDays, type DeadlineRevision } from './action-update.js';
import { memberStateProgressOf, type MissReason } from './dashboard.js';
import { computeHealth, isStale, type HealthConfig } from './health.js';
import type { ActionStatus, Health } from './model.js';
import type { ReportStatus as MemberStateReportStatus, ReviewState, RoundState } from './reporting.js';
import { DATE_RANGES, LIMITS, dateProblem, textProblem } from './validation.js';

/**
 * Frozen snapshots (review pack issue): the state "as presented to the conference", kept so
 * that the report rendered from it is the same later, whatever changed since. Everything the
 * report renders is computed once, here, when the snapshot is frozen; reading it back only
 * expands what was stored. Pure: the caller passes the state (current, or replayed to asOf),
 * the dashboard figures already computed for that state, and the clock's values.
 */

export type SnapshotTrigger = 'COORDINATOR' | 'ROUND_CLOSED';

export interface SnapshotAuthor {
  id: string;
  role: string;
  name: string;
}

export type SnapshotRound = RoundState;

/** What the list of snapshots shows: small, kept apart from the content. */
export interface SnapshotHeader {
  id: string;
  name: string;
  asOf: string;
  frozenAt: string;
  frozenBy: SnapshotAuthor;
  trigger: SnapshotTrigger;
  round: SnapshotRound | null;
  actionCount: number;
  totals: DashboardTotals;
}

export interface SnapshotStrategy {
  reference: string;
  title: string;
  adopted: string;
  reviewDate: string;
  priorities: { id: string; title: string }[];
  sections: { id: string; title: string }[];
  actors: { id: string; name: string; owningBody: boolean }[];
  memberStates: { code: string; name: string }[];
}

export interface SnapshotAction {
  id: string;
  ref: string;
  section: string;
  subheading?: string;
  leadIn?: string;
  text: string;
  owners: string[];
  memberStateReporting: boolean;
  status: ActionStatus;
  progress: number;
  health: Health;
  stale: boolean;
  declaredHealth?: Health;
  baselineDeadline: string;
  deadline: string;
  deadlineRevisionCount: number;
  slippageDays: number;
  forecastDate?: string;
  completedAt?: string;
  lastConfirmedAt?: string;
  /** The owner's note and evidence links as they stood (absent in snapshots frozen before they were kept). */
  note?: string;
  evidenceUrls?: string[];
}

export interface SnapshotReport {
  actionId: string;
  country: string;
  status: MemberStateReportStatus;
  review: ReviewState;
  reportedAt?: string;
}

/** A dashboard list entry stored by reference: the action's row holds the rest. */
interface StoredItem {
  actionId: string;
  daysLate: number;
}

/**
 * The dashboard as stored: its lists name actions instead of repeating them (at 5,000 actions
 * the lists alone were megabytes); `expandDashboard` gives back exactly the figures frozen.
 */
export interface StoredDashboard extends Omit<DashboardFigures, 'overdue' | 'upcoming' | 'forecast' | 'memberStateProgress'> {
  /** Absent in snapshots frozen before it was counted (issue 14): expandDashboard counts it from the snapshot's reports. */
  memberStateProgress?: DashboardFigures['memberStateProgress'];
  overdue: StoredItem[];
  upcoming: StoredItem[];
  forecast: Omit<DashboardFigures['forecast'], 'likelyToMiss'> & {
    likelyToMiss: (StoredItem & { reason: MissReason; projectedProgress: number })[];
  };
}

/** Everything the report page renders, as frozen. */
export interface SnapshotContent {
  format: 1;
  strategy: SnapshotStrategy;
  dashboard: StoredDashboard;
  actions: SnapshotAction[];
  reports: SnapshotReport[];
}

export interface Snapshot {
  header: SnapshotHeader;
  content: SnapshotContent;
}

export const SNAPSHOT_NAME_LENGTH = LIMITS.roundNameLength;

/** The checks on a coordinator's freeze: a name, and a date the state can be rebuilt for. */
export function snapshotInputProblems(input: { name: string; asOf?: string | null }, context: { today: string; adopted: string }): string[] {
  // A snapshot freezes what has happened: its day is an asOf, from the adoption to today.
  return [
    textProblem('The snapshot name', input.name, SNAPSHOT_NAME_LENGTH, true, { multiline: false }),
    dateProblem('asOf', input.asOf ?? context.today, DATE_RANGES.asOf(context)),
  ].filter((problem): problem is string => problem !== null);
}

/** A stored (or replayed) action, as the snapshot needs it. */
export interface SnapshotSourceAction {
  id: string;
  ref: string;
  section: string;
  subheading?: string;
  leadIn?: string;
  text: string;
  owners: string[];
  memberStateReporting: boolean;
  status: ActionStatus;
  progress: number;
  declaredHealth?: Health;
  baselineDeadline: string;
  deadlineRevisions?: readonly DeadlineRevision[];
  forecastDate?: string;
  completedAt?: string;
  lastConfirmedAt?: string;
  note?: string;
  evidenceUrls?: readonly string[];
}

export interface SnapshotSourceReport {
  actionId: string;
  country: string;
  roundId: string;
  status: MemberStateReportStatus;
  review: { state: ReviewState };
  reportedAt?: string;
}

export interface SnapshotSource {
  strategy: SnapshotStrategy;
  actions: SnapshotSourceAction[];
  reports: SnapshotSourceReport[];
  rounds: SnapshotRound[];
  /** The dashboard computed for this state and asOf (graphql/strategy-state.ts dashboardOf). */
  dashboard: DashboardFigures;
  asOf: string;
  config: HealthConfig;
}

const only = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== null)) as T;

/** Builds the snapshot: the header and the content, from the state as of `asOf`. */
export function buildSnapshot(
  source: SnapshotSource,
  meta: { id: string; name: string; frozenAt: string; frozenBy: SnapshotAuthor; trigger: SnapshotTrigger },
): Snapshot {
  const { strategy, dashboard, asOf, config } = source;
  const actions = [...source.actions]
    .sort((a, b) => compareRefs(a.ref, b.ref))
    .map((action): SnapshotAction => {
      const deadline = deadlineInForce(action);
      return only({
        id: action.id,
        ref: action.ref,
        section: action.section,
        subheading: action.subheading,
        leadIn: action.leadIn,
        text: action.text,
        owners: [...action.owners],
        memberStateReporting: action.memberStateReporting,
        status: action.status,
        progress: action.progress,
        health: computeHealth({ ...action, deadline }, { asOf, adopted: strategy.adopted, config }),
        stale: action.status !== 'COMPLETED' && isStale(action.lastConfirmedAt, asOf, config),
        declaredHealth: action.declaredHealth,
        baselineDeadline: action.baselineDeadline,
        deadline,
        deadlineRevisionCount: action.deadlineRevisions?.length ?? 0,
        slippageDays: slippageDays(action),
        forecastDate: action.forecastDate,
        completedAt: action.completedAt,
        lastConfirmedAt: action.lastConfirmedAt,
        // What officials quote most: the report prints them under each action.
        note: action.note || undefined,
        evidenceUrls: action.evidenceUrls && action.evidenceUrls.length > 0 ? [...action.evidenceUrls] : undefined,
      });
    });
  const roundId = dashboard.coverage.roundId ?? null;
  const round = roundId ? (source.rounds.find((candidate) => candidate.id === roundId) ?? null) : null;
  const reports = source.reports
    .filter((report) => roundId !== null && report.roundId === roundId)
    .map((report): SnapshotReport =>
      only({ actionId: report.actionId, country: report.country, status: report.status, review: report.review.state, reportedAt: report.reportedAt }),
    )
    .sort((a, b) => compareRefs(a.actionId, b.actionId) || a.country.localeCompare(b.country, 'en'));
  return {
    header: {
      id: meta.id,
      name: meta.name.trim(),
      asOf,
      frozenAt: meta.frozenAt,
      frozenBy: meta.frozenBy,
      trigger: meta.trigger,
      round: round
        ? only({ id: round.id, name: round.name, opens: round.opens, closes: round.closes, open: round.open, closedAt: round.closedAt })
        : null,
      actionCount: actions.length,
      totals: dashboard.totals,
    },
    content: { format: 1, strategy: copyStrategy(strategy), dashboard: storeDashboard(dashboard), actions, reports },
  };
}

function copyStrategy(strategy: SnapshotStrategy): SnapshotStrategy {
  const { reference, title, adopted, reviewDate, priorities, sections, actors, memberStates } = strategy;
  return {
    reference,
    title,
    adopted,
    reviewDate,
    priorities: priorities.map(({ id, title: label }) => ({ id, title: label })),
    sections: sections.map(({ id, title: label }) => ({ id, title: label })),
    actors: actors.map(({ id, name, owningBody }) => ({ id, name, owningBody })),
    memberStates: memberStates.map(({ code, name }) => ({ code, name })),
  };
}

const reference = ({ actionId, daysLate }: DashboardItem): StoredItem => ({ actionId, daysLate });

export function storeDashboard(dashboard: DashboardFigures): StoredDashboard {
  return {
    ...dashboard,
    overdue: dashboard.overdue.map(reference),
    upcoming: dashboard.upcoming.map(reference),
    forecast: {
      ...dashboard.forecast,
      likelyToMiss: dashboard.forecast.likelyToMiss.map(({ action, reason, projectedProgress }) => ({
        ...reference(action),
        reason,
        projectedProgress,
      })),
    },
  };
}

/**
 * The dashboard exactly as frozen: each list entry filled in from the action's stored row. A
 * snapshot frozen before the member states' progress was counted gets it from its own reports.
 */
export function expandDashboard(
  stored: StoredDashboard,
  actions: readonly SnapshotAction[],
  frozen: { reports: readonly SnapshotReport[]; memberStates: SnapshotStrategy['memberStates'] },
): DashboardFigures {
  const byId = new Map(actions.map((action) => [action.id, action]));
  const item = ({ actionId, daysLate }: StoredItem): DashboardItem => {
    const action = byId.get(actionId);
    if (!action) throw new Error(`The snapshot's dashboard names the action ${actionId}, which it does not hold.`);
    const { ref, section, text, owners, deadline, status, progress, health } = action;
    return { actionId, ref, section, text, owners, deadline, status, progress, health, daysLate };
  };
  return {
    ...stored,
    memberStateProgress: stored.memberStateProgress ?? memberStateProgressOf(actions, frozen.reports, frozen.memberStates),
    overdue: stored.overdue.map(item),
    upcoming: stored.upcoming.map(item),
    forecast: {
      ...stored.forecast,
      likelyToMiss: stored.forecast.likelyToMiss.map((entry): LikelyMiss => ({
        action: item(entry),
        reason: entry.reason,
        projectedProgress: entry.projectedProgress,
      })),
    },
  };
}

/** A snapshot id sorts by the instant it was frozen: `<yyyymmddThhmmssZ>-<suffix>`. */
export function snapshotId(frozenAt: string, suffix: string): string {
  return `${frozenAt.slice(0, 19).replace(/[-:]/g, '')}Z-${suffix}`;
}
