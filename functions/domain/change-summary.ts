import type { ChangeCounts, ChangeGroup, ChangeItem, ChangeSummary } from './figures.js';
import type { ActionStatus, ChangeKind } from './model.js';
import type { ReportStatus as MemberStateReportStatus, ReviewState } from './reporting.js';
import { compareRefs } from './action-query.js';
import type { HistoryEventLike } from './replay.js';
import { dateProblem, type DayRange } from './validation.js';
import { effectiveOnOf } from './effective-dates.js';

/**
 * "What changed between date A and date B" (DESIGN.md, Review report; review pack issue):
 * every status change, progress move, deadline revision, member-state report and review in a
 * period, counted, grouped by priority and by actor, each with structured fields (for the web
 * app to phrase in its languages) and one short plain English sentence. Pure: built from the
 * history events (replay.ts's shape) that the store read for the period.
 */

/** At most this many events are summarised; beyond it the summary says it is incomplete. */
export const MAX_SUMMARY_EVENTS = 2000;

export interface SummaryEvent extends HistoryEventLike {
  actorId: string;
  actorRole: string;
  actorName: string;
  /** Set by report-visibility.ts's redactHistoryEvent when the viewer may not see the event's content. */
  contentWithheld?: boolean;
}

export interface SummaryContext {
  /** The actions' section and owners, by id (the id is the action's reference, e.g. 2.1-03). */
  actions: readonly { id: string; ref: string; section: string; owners: readonly string[] }[];
  /** Every section that carries actions, in strategy order. */
  sections: readonly { id: string; title: string }[];
  actors: readonly { id: string; name: string }[];
}

/** The period as instants: [start of `from`, start of `to`), UTC days. */
export function summaryRange(
  from: string,
  to: string,
  allowed?: DayRange,
): { ok: true; from: string; to: string } | { ok: false; problems: string[] } {
  const problems = [dateProblem('from', from, allowed), dateProblem('to', to, allowed)].filter((problem): problem is string => problem !== null);
  if (problems.length === 0 && from >= to) problems.push('from must be before to.');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, from: `${from}T00:00:00.000Z`, to: `${to}T00:00:00.000Z` };
}

const emptyCounts = (): ChangeCounts => ({
  total: 0,
  statusChanges: 0,
  completions: 0,
  progressMoves: 0,
  otherUpdates: 0,
  deadlineRevisions: 0,
  reportsSubmitted: 0,
  reportsAccepted: 0,
  reportsReturned: 0,
  roundsOpened: 0,
  roundsClosed: 0,
  catalogueCorrections: 0,
});

function count(counts: ChangeCounts, item: ChangeItem): void {
  counts.total += 1;
  if (item.toStatus !== null && item.fromStatus !== item.toStatus) counts.statusChanges += 1;
  if (item.toStatus === 'COMPLETED' && item.fromStatus !== 'COMPLETED') counts.completions += 1;
  if (item.toProgress !== null && item.fromProgress !== item.toProgress) counts.progressMoves += 1;
  if (item.kind === 'ACTION_UPDATED') counts.otherUpdates += 1;
  if (item.kind === 'DEADLINE_REVISED') counts.deadlineRevisions += 1;
  if (item.kind === 'REPORT_SUBMITTED') counts.reportsSubmitted += 1;
  if (item.kind === 'REPORT_REVIEWED' && item.reviewState === 'ACCEPTED') counts.reportsAccepted += 1;
  if (item.kind === 'REPORT_REVIEWED' && item.reviewState === 'RETURNED') counts.reportsReturned += 1;
  if (item.kind === 'ROUND_OPENED') counts.roundsOpened += 1;
  if (item.kind === 'ROUND_CLOSED') counts.roundsClosed += 1;
  if (item.kind === 'CATALOGUE_CORRECTED') counts.catalogueCorrections += 1;
}

type Fields = Record<string, unknown>;

const fieldsOf = (value: unknown): Fields => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {});
const has = (fields: Fields, field: string) => Object.hasOwn(fields, field);
const asString = (value: unknown) => (typeof value === 'string' ? value : null);
const asNumber = (value: unknown) => (typeof value === 'number' ? value : null);

/** The fields an event changed, without the version every write bumps nor who declared the health (the event's author). */
const changedFields = (after: Fields) =>
  Object.keys(after)
    .filter((field) => field !== 'version' && field !== 'declaredHealthBy')
    .sort();

function lastRevision(fields: Fields): { date: string | null; previous: string | null } {
  const revisions = Array.isArray(fields['deadlineRevisions']) ? (fields['deadlineRevisions'] as Fields[]) : [];
  const last = revisions.at(-1);
  return { date: asString(last?.['date']), previous: asString(last?.['previous']) };
}

/** One change item from one history event. */
export function changeItemOf(event: SummaryEvent, action: SummaryContext['actions'][number] | undefined): ChangeItem {
  const before = fieldsOf(event.before);
  const after = fieldsOf(event.after);
  const base: ChangeItem = {
    eventId: event.id,
    at: event.at,
    effectiveOn: effectiveOnOf(event),
    kind: 'ACTION_UPDATED',
    actionId: event.actionId ?? null,
    ref: action?.ref ?? event.actionId ?? null,
    section: action?.section ?? null,
    owners: [...(action?.owners ?? [])],
    country: event.country ?? null,
    roundId: event.roundId ?? null,
    author: { id: event.actorId, role: event.actorRole, name: event.actorName },
    fromStatus: null,
    toStatus: null,
    fromProgress: null,
    toProgress: null,
    fromDeadline: null,
    toDeadline: null,
    reportStatus: null,
    reviewState: null,
    changedFields: [],
    note: event.note ?? null,
    contentWithheld: event.contentWithheld ?? false,
    sentence: '',
  };
  const item = { ...base, ...detailsOf(event.type, before, after) };
  return { ...item, sentence: sentenceOf(item, event) };
}

function detailsOf(type: string, before: Fields, after: Fields): Partial<ChangeItem> {
  switch (type) {
    case 'ACTION_UPDATED': {
      const statusChanged = has(after, 'status');
      const progressMoved = has(after, 'progress');
      const kind: ChangeKind = statusChanged ? 'STATUS_CHANGED' : progressMoved ? 'PROGRESS_MOVED' : 'ACTION_UPDATED';
      return {
        kind,
        ...(statusChanged
          ? { fromStatus: asString(before['status']) as ActionStatus | null, toStatus: asString(after['status']) as ActionStatus | null }
          : {}),
        ...(progressMoved ? { fromProgress: asNumber(before['progress']), toProgress: asNumber(after['progress']) } : {}),
        changedFields: changedFields(after),
      };
    }
    case 'DEADLINE_REVISED': {
      const revision = lastRevision(after);
      return { kind: 'DEADLINE_REVISED', fromDeadline: revision.previous, toDeadline: revision.date, changedFields: ['deadline'] };
    }
    case 'CATALOGUE_CORRECTED':
      return { kind: 'CATALOGUE_CORRECTED', changedFields: changedFields(after) };
    case 'REPORT_SUBMITTED':
      return {
        kind: 'REPORT_SUBMITTED',
        reportStatus: (asString(after['status']) ?? asString(before['status'])) as MemberStateReportStatus | null,
        reviewState: 'SUBMITTED',
      };
    case 'REPORT_REVIEWED':
      return { kind: 'REPORT_REVIEWED', reviewState: asString(fieldsOf(after['review'])['state']) as ReviewState | null };
    case 'ROUND_OPENED':
      return { kind: 'ROUND_OPENED' };
    case 'ROUND_CLOSED':
      return { kind: 'ROUND_CLOSED' };
    default:
      throw new Error(`History event type "${type}" is unknown to the change summary.`);
  }
}

/** One plain English sentence, short enough to read aloud. */
function sentenceOf(item: ChangeItem, event: SummaryEvent): string {
  const who = event.actorName;
  const subject = item.ref ?? 'the strategy';
  switch (item.kind) {
    case 'STATUS_CHANGED': {
      const progress = item.toProgress !== null ? `, progress ${item.fromProgress ?? 0} to ${item.toProgress}` : '';
      return `${who} moved ${subject} from ${item.fromStatus ?? 'none'} to ${item.toStatus}${progress}.`;
    }
    case 'PROGRESS_MOVED':
      return `${who} moved the progress of ${subject} from ${item.fromProgress ?? 0} to ${item.toProgress}.`;
    case 'ACTION_UPDATED':
      return `${who} updated ${subject} (${item.changedFields.join(', ') || 'confirmed'}).`;
    case 'DEADLINE_REVISED':
      return `${who} moved the deadline of ${subject} from ${item.fromDeadline} to ${item.toDeadline}.`;
    case 'CATALOGUE_CORRECTED':
      return `The catalogue entry of ${subject} was corrected (${item.changedFields.join(', ')}).`;
    case 'REPORT_SUBMITTED':
      return `${item.country} reported ${item.reportStatus} on ${subject}.`;
    case 'REPORT_REVIEWED':
      return `${who} ${item.reviewState === 'ACCEPTED' ? 'accepted' : 'returned'} ${item.country}'s report on ${subject}.`;
    case 'ROUND_OPENED':
      return `${who} opened the reporting round ${fieldsOf(event.after)['name'] ?? item.roundId}.`;
    case 'ROUND_CLOSED':
      return `${who} closed the reporting round ${item.roundId}.`;
  }
}

function groupOf(id: string, label: string, items: ChangeItem[]): ChangeGroup {
  const counts = emptyCounts();
  for (const item of items) count(counts, item);
  return { id, label, counts, changes: items };
}

/**
 * The summary of `events` (those of [from, to), oldest first, at most MAX_SUMMARY_EVENTS of
 * them). `totalCount` is the number of events the period holds, which may be more.
 */
export function summariseChanges(
  events: readonly SummaryEvent[],
  context: SummaryContext,
  period: { from: string; to: string; totalCount: number },
): ChangeSummary {
  const actions = new Map(context.actions.map((action) => [action.id, action]));
  const items = [...events]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((event) => changeItemOf(event, event.actionId ? actions.get(event.actionId) : undefined));
  const counts = emptyCounts();
  for (const item of items) count(counts, item);

  const sectionOrder = new Map(context.sections.map((section, index) => [section.id, index]));
  const sectionIds = [...new Set(items.flatMap((item) => (item.section ? [item.section] : [])))].sort(
    (a, b) => (sectionOrder.get(a) ?? Infinity) - (sectionOrder.get(b) ?? Infinity) || compareRefs(a, b),
  );
  const byPriority = sectionIds.map((id) =>
    groupOf(
      id,
      context.sections.find((section) => section.id === id)?.title ?? id,
      items.filter((item) => item.section === id),
    ),
  );

  const actorIds = [...new Set(items.flatMap((item) => item.owners))];
  const byActor = actorIds
    .map((id) =>
      groupOf(
        id,
        context.actors.find((actor) => actor.id === id)?.name ?? id,
        items.filter((item) => item.owners.includes(id)),
      ),
    )
    .sort((a, b) => b.counts.total - a.counts.total || a.label.localeCompare(b.label, 'en'));

  return {
    from: period.from,
    to: period.to,
    totalCount: Math.max(period.totalCount, items.length),
    limit: MAX_SUMMARY_EVENTS,
    complete: period.totalCount <= items.length,
    counts,
    byPriority,
    byActor,
    changes: items,
  };
}
