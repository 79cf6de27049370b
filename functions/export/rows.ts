import { deadlineInForce, slippageDays, type DeadlineRevision } from '../domain/action-update.js';
import { actorName as nameOfActor } from '../domain/actor-names.js';
import { computeHealth, isStale, type HealthConfig } from '../domain/health.js';
import type { ActionRecord, HistoryEventRecord, ReportRecord, RoundRecord, StrategyRecord } from '../store/store.js';
import { countryName, EXPORT_TEXT, labelOf, type ColumnKey, type ExportLanguage, type ExportText } from './labels.js';
import type { Cell, Column, ColumnKind } from './sheet.js';

/**
 * The rows of each export, from the domain's records: pure functions, one row per action,
 * per member-state report, per history event. Lists inside a cell (owners, evidence links)
 * are joined with "; " or line breaks, which neither CSV nor XLSX confuse with a new cell.
 */

type Layout = readonly (readonly [ColumnKey, ColumnKind, number?])[];

const DEFAULT_WIDTH: Record<ColumnKind, number> = { text: 16, date: 12, datetime: 20, number: 10, boolean: 10 };

/** A sheet's columns, headed in the reader's language. */
function columnsOf(layout: Layout, text: ExportText): Column[] {
  return layout.map(([key, kind, width]) => ({ header: text.columns[key], kind, width: width ?? DEFAULT_WIDTH[kind] }));
}

/**
 * What a content cell reads when the viewer may not see a member-state report's content yet
 * (functions/domain/report-visibility.ts): the exports are built per viewer, by the same rule as the API.
 */
export const CONTENT_WITHHELD = EXPORT_TEXT.en.withheld;

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;
const joined = (values: readonly string[] | undefined, separator = '; ') => (values && values.length > 0 ? values.join(separator) : null);

export interface ActionRowContext {
  strategy: Pick<StrategyRecord, 'adopted' | 'sections' | 'actors'>;
  /** YYYY-MM-DD: the day health and staleness are evaluated for. */
  asOf: string;
  healthConfig: HealthConfig;
  /** The reader's words; English when not given. */
  text?: ExportText;
  /** The reader's language, for the bodies' names; English when not given. */
  language?: ExportLanguage;
}

/**
 * The actions' columns: labels in the main columns, each code in a column of its own at the
 * end ("Status code"), for filters and formulas that must not depend on the language.
 */
const ACTION_LAYOUT: Layout = [
  ['reference', 'text', 10],
  ['section', 'text', 8],
  ['sectionTitle', 'text', 30],
  ['subheading', 'text', 24],
  ['leadIn', 'text', 30],
  ['action', 'text', 60],
  ['kind', 'text', 14],
  ['owners', 'text', 24],
  ['partners', 'text', 24],
  ['deadlinePhrase', 'text', 20],
  ['baselineDeadline', 'date'],
  ['deadlineSource', 'text', 18],
  ['deadlineInForce', 'date'],
  ['deadlineRevisions', 'number'],
  ['slippage', 'number'],
  ['revisionLog', 'text', 40],
  ['recurring', 'boolean'],
  ['memberStatesReport', 'boolean'],
  ['status', 'text', 14],
  ['progress', 'number'],
  ['health', 'text', 14],
  ['declaredHealth', 'text', 14],
  ['healthDisagreement', 'boolean', 12],
  ['stale', 'boolean'],
  ['forecast', 'date'],
  ['note', 'text', 40],
  ['evidence', 'text', 40],
  ['lastConfirmed', 'datetime'],
  ['completed', 'datetime'],
  ['version', 'number', 8],
  ['statusCode', 'text', 14],
  ['healthCode', 'text', 12],
  ['declaredHealthCode', 'text', 12],
  ['kindCode', 'text', 10],
  ['deadlineSourceCode', 'text', 12],
];

export const actionColumns = (text: ExportText = EXPORT_TEXT.en): Column[] => columnsOf(ACTION_LAYOUT, text);
export const ACTION_COLUMNS: readonly Column[] = actionColumns();

export function actionRow(action: ActionRecord, { strategy, asOf, healthConfig, text = EXPORT_TEXT.en, language = 'en' }: ActionRowContext): Cell[] {
  const deadline = deadlineInForce(action);
  const health = computeHealth({ ...action, deadline }, { asOf, adopted: strategy.adopted, config: healthConfig });
  const revisions = action.deadlineRevisions ?? [];
  const actorName = (id: string) => nameOfActor(id, language, strategy.actors.find((actor) => actor.id === id)?.name);
  const { glossary } = text;
  return [
    action.ref,
    action.section,
    orNull(strategy.sections.find((section) => section.id === action.section)?.title),
    orNull(action.subheading),
    orNull(action.leadIn),
    action.text,
    labelOf(text.kind, action.kind),
    joined(action.owners.map(actorName)),
    joined(action.partners.map(actorName)),
    orNull(action.deadlinePhrase),
    action.baselineDeadline,
    labelOf(text.deadlineSource, action.deadlineSource),
    deadline,
    revisions.length,
    slippageDays(action),
    revisionLog(revisions, text),
    action.recurring,
    action.memberStateReporting,
    labelOf(glossary.status, action.status),
    action.progress,
    labelOf(glossary.health, health),
    labelOf(glossary.health, action.declaredHealth),
    action.declaredHealth !== undefined && action.declaredHealth !== health,
    action.status !== 'COMPLETED' && isStale(action.lastConfirmedAt, asOf, healthConfig),
    orNull(action.forecastDate),
    orNull(action.note),
    joined(action.evidenceUrls, '\n'),
    orNull(action.lastConfirmedAt),
    orNull(action.completedAt),
    action.version,
    action.status,
    health,
    orNull(action.declaredHealth),
    action.kind,
    action.deadlineSource,
  ];
}

function revisionLog(revisions: readonly DeadlineRevision[], text: ExportText): string | null {
  return joined(
    revisions.map((revision) =>
      text.revision({
        revisedOn: revision.revisedAt.slice(0, 10),
        previous: revision.previous,
        date: revision.date,
        by: revision.revisedBy,
        reason: revision.reason,
      }),
    ),
    '\n',
  );
}

const REPORT_LAYOUT: Layout = [
  ['action', 'text', 10],
  ['countryCode', 'text', 8],
  ['country', 'text', 16],
  ['round', 'text', 14],
  ['roundName', 'text', 24],
  ['status', 'text', 16],
  ['note', 'text', 40],
  ['evidence', 'text', 40],
  ['reported', 'datetime'],
  ['reportedBy', 'text', 20],
  ['review', 'text', 16],
  ['reviewComment', 'text', 40],
  ['reviewed', 'datetime'],
  ['reviewedBy', 'text', 20],
  ['version', 'number', 8],
  ['statusCode', 'text', 14],
  ['reviewCode', 'text', 12],
];

export const reportColumns = (text: ExportText = EXPORT_TEXT.en): Column[] => columnsOf(REPORT_LAYOUT, text);
export const REPORT_COLUMNS: readonly Column[] = reportColumns();

export interface ReportRowContext {
  strategy: Pick<StrategyRecord, 'memberStates'>;
  rounds: readonly Pick<RoundRecord, 'id' | 'name'>[];
  text?: ExportText;
  language?: ExportLanguage;
}

/** A report as the viewer may see it: content withheld reads null and `contentWithheld` says so. */
export type ReportRowSource = Omit<ReportRecord, 'strategyId' | 'evidenceUrls'> & { evidenceUrls: string[] | null; contentWithheld?: boolean };

export function reportRow(report: ReportRowSource, { strategy, rounds, text = EXPORT_TEXT.en, language = 'en' }: ReportRowContext): Cell[] {
  const withheld = report.contentWithheld === true;
  const { glossary } = text;
  return [
    report.actionId,
    report.country,
    countryName(report.country, language, strategy.memberStates.find((state) => state.code === report.country)?.name),
    report.roundId,
    orNull(rounds.find((round) => round.id === report.roundId)?.name),
    labelOf(glossary.reportStatus, report.status),
    withheld ? text.withheld : orNull(report.note),
    withheld ? text.withheld : joined(report.evidenceUrls ?? undefined, '\n'),
    report.reportedAt,
    report.reportedBy,
    labelOf(glossary.reviewState, report.review.state),
    withheld ? text.withheld : orNull(report.review.comment),
    orNull(report.review.reviewedAt),
    orNull(report.review.reviewedBy),
    report.version,
    report.status,
    report.review.state,
  ];
}

/** Reports in the catalogue's order of actions, then by country code. */
export function sortReports<R extends Pick<ReportRecord, 'actionId' | 'country'>>(reports: readonly R[], actionOrder: readonly string[]): R[] {
  const position = new Map(actionOrder.map((id, index) => [id, index]));
  const rank = (report: R) => position.get(report.actionId) ?? Number.MAX_SAFE_INTEGER;
  return [...reports].sort((a, b) => rank(a) - rank(b) || a.actionId.localeCompare(b.actionId) || a.country.localeCompare(b.country));
}

const HISTORY_LAYOUT: Layout = [
  ['effectiveOn', 'date'],
  ['at', 'datetime'],
  ['event', 'text', 20],
  ['action', 'text', 10],
  ['countryCode', 'text', 8],
  ['round', 'text', 14],
  ['by', 'text', 20],
  ['role', 'text', 16],
  ['userId', 'text', 16],
  ['fieldsChanged', 'text', 24],
  ['before', 'text', 40],
  ['after', 'text', 40],
  ['note', 'text', 40],
  ['eventId', 'text', 28],
  ['eventCode', 'text', 20],
  ['roleCode', 'text', 14],
];

export const historyColumns = (text: ExportText = EXPORT_TEXT.en): Column[] => columnsOf(HISTORY_LAYOUT, text);
export const HISTORY_COLUMNS: readonly Column[] = historyColumns();

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : null);

/** Bookkeeping a reader has no use for: the version is the record's counter, not a change. */
const UNSHOWN_FIELDS = new Set(['version']);

/** "lastConfirmedAt" → "Last confirmed at": a field no table names yet still reads as words. */
const humanised = (field: string) => {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
const fieldLabel = (field: string, text: ExportText) => (Object.hasOwn(text.field, field) ? (text.field[field] as string) : humanised(field));

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** A changed value as a reader says it: states in the glossary's words, instants as UTC date and time, lists one per line. */
function valueText(field: string, value: unknown, event: Pick<HistoryEventRecord, 'country' | 'type'>, text: ExportText): string {
  const { glossary } = text;
  if (value === null || value === undefined || value === '') return text.none;
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    switch (field) {
      case 'status':
        return (event.country || event.type.startsWith('REPORT_') ? labelOf(glossary.reportStatus, value) : labelOf(glossary.status, value)) ?? value;
      case 'declaredHealth':
      case 'health':
        return labelOf(glossary.health, value) ?? value;
      case 'state':
        return labelOf(glossary.reviewState, value) ?? value;
      case 'role':
        return labelOf(glossary.role, value) ?? value;
      case 'kind':
        return labelOf(text.kind, value) ?? value;
      case 'deadlineSource':
        return labelOf(text.deadlineSource, value) ?? value;
    }
    return ISO_INSTANT.test(value) ? `${value.slice(0, 10)} ${value.slice(11, 19)}` : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return text.none;
    if (field === 'deadlineRevisions') return revisionLog(value as DeadlineRevision[], text) ?? text.none;
    return value.map((item) => valueText(field, item, event, text)).join('\n');
  }
  const nested = fieldsOf(value);
  return nested ? describedFields(nested, event, text).join('\n') : String(value);
}

/** One line per field: "Status: In progress". A nested record (a report's review) names its own fields. */
function describedFields(fields: Fields, event: Pick<HistoryEventRecord, 'country' | 'type'>, text: ExportText): string[] {
  return Object.entries(fields)
    .filter(([field]) => !UNSHOWN_FIELDS.has(field))
    .flatMap(([field, value]) => {
      const nested = fieldsOf(value);
      if (nested) return describedFields(nested, event, text);
      return [`${fieldLabel(field, text)}${text.colon}${valueText(field, value, event, text)}`];
    });
}

/** Before or after as lines of words, or null when the event carries none. */
export function describeChange(
  value: unknown,
  event: Pick<HistoryEventRecord, 'country' | 'type'>,
  text: ExportText = EXPORT_TEXT.en,
): string | null {
  if (value === undefined || value === null) return null;
  const fields = fieldsOf(value);
  if (!fields) return valueText('', value, event, text);
  const lines = describedFields(fields, event, text);
  return lines.length > 0 ? lines.join('\n') : null;
}

function changedFields(after: unknown, text: ExportText): string | null {
  const fields = fieldsOf(after);
  if (!fields) return null;
  const names = Object.keys(fields).filter((field) => !UNSHOWN_FIELDS.has(field));
  return joined([...new Set(names.map((field) => fieldLabel(field, text)))], ', ');
}

export function historyRow(event: HistoryEventRecord & { contentWithheld?: boolean }, text: ExportText = EXPORT_TEXT.en): Cell[] {
  return [
    // The day it happened (issue 13), then when it was recorded; an event from before effective dates took effect when recorded.
    event.effectiveOn ?? event.at.slice(0, 10),
    event.at,
    labelOf(text.event, event.type),
    orNull(event.actionId),
    orNull(event.country),
    orNull(event.roundId),
    event.actorName,
    labelOf(text.glossary.role, event.actorRole),
    event.actorId,
    changedFields(event.after, text),
    describeChange(event.before, event, text),
    describeChange(event.after, event, text),
    event.contentWithheld === true ? text.withheld : orNull(event.note),
    event.id,
    event.type,
    event.actorRole,
  ];
}
