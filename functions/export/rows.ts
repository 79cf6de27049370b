import { deadlineInForce, slippageDays } from '../domain/action-update.js';
import { computeHealth, isStale, type HealthConfig } from '../domain/health.js';
import type { ActionRecord, HistoryEventRecord, ReportRecord, RoundRecord, StrategyRecord } from '../store/store.js';
import type { Cell, Column } from './sheet.js';

/**
 * The rows of each export, from the domain's records: pure functions, one row per action,
 * per member-state report, per history event. Lists inside a cell (owners, evidence links)
 * are joined with "; " or line breaks, which neither CSV nor XLSX confuse with a new cell.
 */

const text = (header: string, width = 16): Column => ({ header, kind: 'text', width });
const date = (header: string): Column => ({ header, kind: 'date', width: 12 });
const datetime = (header: string): Column => ({ header, kind: 'datetime', width: 20 });
const number = (header: string, width = 10): Column => ({ header, kind: 'number', width });
const flag = (header: string, width = 10): Column => ({ header, kind: 'boolean', width });

/**
 * What a content cell reads when the viewer may not see a member-state report's content yet
 * (functions/domain/report-visibility.ts): the exports are built per viewer, by the same rule as the API.
 */
export const CONTENT_WITHHELD = 'Withheld until the report is accepted';

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;
const joined = (values: readonly string[] | undefined, separator = '; ') => (values && values.length > 0 ? values.join(separator) : null);

export interface ActionRowContext {
  strategy: Pick<StrategyRecord, 'adopted' | 'sections' | 'actors'>;
  /** YYYY-MM-DD: the day health and staleness are evaluated for. */
  asOf: string;
  healthConfig: HealthConfig;
}

export const ACTION_COLUMNS: readonly Column[] = [
  text('Reference', 10),
  text('Section', 8),
  text('Section title', 30),
  text('Sub-heading', 24),
  text('Requesting phrase', 30),
  text('Action', 60),
  text('Kind', 10),
  text('Owners', 24),
  text('Partners', 24),
  text('Deadline phrase', 20),
  date('Baseline deadline'),
  text('Baseline deadline source', 14),
  date('Deadline in force'),
  number('Deadline revisions'),
  number('Slippage (days)'),
  text('Deadline revision log', 40),
  flag('Recurring'),
  flag('Member states report'),
  text('Status', 14),
  number('Progress (%)'),
  text('Health', 10),
  text('Declared health', 10),
  flag('Health disagreement', 12),
  flag('Stale'),
  date('Forecast completion'),
  text('Note', 40),
  text('Evidence links', 40),
  datetime('Last confirmed (UTC)'),
  datetime('Completed (UTC)'),
  number('Version', 8),
];

export function actionRow(action: ActionRecord, { strategy, asOf, healthConfig }: ActionRowContext): Cell[] {
  const deadline = deadlineInForce(action);
  const health = computeHealth({ ...action, deadline }, { asOf, adopted: strategy.adopted, config: healthConfig });
  const revisions = action.deadlineRevisions ?? [];
  const actorName = (id: string) => strategy.actors.find((actor) => actor.id === id)?.name ?? id;
  return [
    action.ref,
    action.section,
    orNull(strategy.sections.find((section) => section.id === action.section)?.title),
    orNull(action.subheading),
    orNull(action.leadIn),
    action.text,
    action.kind,
    joined(action.owners.map(actorName)),
    joined(action.partners.map(actorName)),
    orNull(action.deadlinePhrase),
    action.baselineDeadline,
    action.deadlineSource,
    deadline,
    revisions.length,
    slippageDays(action),
    joined(
      revisions.map((revision) => `${revision.revisedAt.slice(0, 10)}: ${revision.previous} → ${revision.date} by ${revision.revisedBy} (${revision.reason})`),
      '\n',
    ),
    action.recurring,
    action.memberStateReporting,
    action.status,
    action.progress,
    health,
    orNull(action.declaredHealth),
    action.declaredHealth !== undefined && action.declaredHealth !== health,
    action.status !== 'COMPLETED' && isStale(action.lastConfirmedAt, asOf, healthConfig),
    orNull(action.forecastDate),
    orNull(action.note),
    joined(action.evidenceUrls, '\n'),
    orNull(action.lastConfirmedAt),
    orNull(action.completedAt),
    action.version,
  ];
}

export const REPORT_COLUMNS: readonly Column[] = [
  text('Action', 10),
  text('Country code', 8),
  text('Country', 16),
  text('Round', 14),
  text('Round name', 24),
  text('Status', 16),
  text('Note', 40),
  text('Evidence links', 40),
  datetime('Reported (UTC)'),
  text('Reported by', 20),
  text('Review', 12),
  text('Review comment', 40),
  datetime('Reviewed (UTC)'),
  text('Reviewed by', 20),
  number('Version', 8),
];

export interface ReportRowContext {
  strategy: Pick<StrategyRecord, 'memberStates'>;
  rounds: readonly Pick<RoundRecord, 'id' | 'name'>[];
}

/** A report as the viewer may see it: content withheld reads null and `contentWithheld` says so. */
export type ReportRowSource = Omit<ReportRecord, 'strategyId' | 'evidenceUrls'> & { evidenceUrls: string[] | null; contentWithheld?: boolean };

export function reportRow(report: ReportRowSource, { strategy, rounds }: ReportRowContext): Cell[] {
  const withheld = report.contentWithheld === true;
  return [
    report.actionId,
    report.country,
    orNull(strategy.memberStates.find((state) => state.code === report.country)?.name),
    report.roundId,
    orNull(rounds.find((round) => round.id === report.roundId)?.name),
    report.status,
    withheld ? CONTENT_WITHHELD : orNull(report.note),
    withheld ? CONTENT_WITHHELD : joined(report.evidenceUrls ?? undefined, '\n'),
    report.reportedAt,
    report.reportedBy,
    report.review.state,
    withheld ? CONTENT_WITHHELD : orNull(report.review.comment),
    orNull(report.review.reviewedAt),
    orNull(report.review.reviewedBy),
    report.version,
  ];
}

/** Reports in the catalogue's order of actions, then by country code. */
export function sortReports<R extends Pick<ReportRecord, 'actionId' | 'country'>>(reports: readonly R[], actionOrder: readonly string[]): R[] {
  const position = new Map(actionOrder.map((id, index) => [id, index]));
  const rank = (report: R) => position.get(report.actionId) ?? Number.MAX_SAFE_INTEGER;
  return [...reports].sort((a, b) => rank(a) - rank(b) || a.actionId.localeCompare(b.actionId) || a.country.localeCompare(b.country));
}

export const HISTORY_COLUMNS: readonly Column[] = [
  datetime('At (UTC)'),
  text('Event', 20),
  text('Action', 10),
  text('Country code', 8),
  text('Round', 14),
  text('By', 20),
  text('Role', 14),
  text('User id', 16),
  text('Fields changed', 24),
  text('Before', 40),
  text('After', 40),
  text('Note', 40),
  text('Event id', 28),
];

const changedFields = (after: unknown) =>
  after && typeof after === 'object' && !Array.isArray(after) ? joined(Object.keys(after), ', ') : null;
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export function historyRow(event: HistoryEventRecord & { contentWithheld?: boolean }): Cell[] {
  return [
    event.at,
    event.type,
    orNull(event.actionId),
    orNull(event.country),
    orNull(event.roundId),
    event.actorName,
    event.actorRole,
    event.actorId,
    changedFields(event.after),
    json(event.before),
    json(event.after),
    event.contentWithheld === true ? CONTENT_WITHHELD : orNull(event.note),
    event.id,
  ];
}
