import type { ActionStatus, ChangeAuthor, ChangeItem, ChangeKind, Health, MemberStateReportStatus, ReviewState } from '../../gql/graphql';
import type { ReportDashboardFragment } from './api.generated';
import { addDays, endOfDay, isCalendarDate } from '../../../../functions/domain/dates';

/**
 * The review report's one view model. A report is drawn from either a frozen snapshot or the
 * live state "as of" a date; both go through these pure functions into the same shape, and the
 * page renders only that shape. A snapshot's model is built from the snapshot alone (its
 * strategy, actions, reports, figures and frozen time), so it reads the same whatever changed
 * since. No React, no clock: the caller passes "now" for a live report.
 */

export type ReportDashboard = ReportDashboardFragment;

export interface ReportRound {
  name: string;
  opens: string;
  closes: string;
  open: boolean;
  closedAt: string | null;
}

export interface ReportActionRow {
  id: string;
  ref: string;
  /** The strategy's words, verbatim (English). */
  text: string;
  /** Owner names (the catalogue's English), in the strategy's order. */
  owners: string[];
  /** The owners' ids, in the same order: the page names them in the reader's language. */
  ownerIds: string[];
  status: ActionStatus;
  progress: number;
  health: Health;
  baselineDeadline: string;
  /** The deadline in force, when it differs from the baseline; null when never moved. */
  revisedDeadline: string | null;
  /** Days between the baseline and the deadline in force. */
  slippageDays: number;
  /** The owner's note as it stood, null when none: printed under the action. */
  note: string | null;
  /** The evidence links as they stood: printed under the action. */
  evidenceUrls: string[];
}

export interface ReportSection {
  id: string;
  title: string;
  actions: ReportActionRow[];
}

export interface MatrixCell {
  status: MemberStateReportStatus;
  review: ReviewState | null;
}

export interface CoverageMatrix {
  /** The member-state actions, the matrix's columns. */
  actions: { id: string; ref: string }[];
  /** One row per member state; cells in the order of `actions`, null where nothing was reported. */
  countries: { code: string; name: string; cells: (MatrixCell | null)[]; reported: number }[];
}

export interface ReportModel {
  source: { kind: 'live' } | { kind: 'snapshot'; id: string; name: string; frozenBy: string };
  strategy: { reference: string; title: string; adopted: string; reviewDate: string };
  /** The date whose state the report shows. */
  asOf: string;
  /** When the report's content was produced: now for a live report, the freezing time for a snapshot. */
  generatedAt: string;
  /** The reporting round the member-state figures draw on. */
  round: ReportRound | null;
  dashboard: ReportDashboard;
  sections: ReportSection[];
  matrix: CoverageMatrix;
  /** Changes at or after this instant are not part of the report (annex cut-off). */
  changesUntil: string;
}

/** Instants compared as instants: the API and the browser may write them with or without milliseconds. */
const time = (iso: string) => Date.parse(iso);

/** A note worth printing: blank notes print nothing. */
function noteOf(note: string | null | undefined): string | null {
  return note && note.trim() !== '' ? note : null;
}

interface Named {
  id: string;
  name: string;
}

interface SectionInput {
  id: string;
  title: string;
}

/** Groups rows by section in the strategy's order; a section the strategy does not list keeps its number as title. */
function sectionsOf(sections: readonly SectionInput[], rows: readonly (ReportActionRow & { section: string })[]): ReportSection[] {
  const bySection = new Map<string, ReportActionRow[]>();
  for (const { section, ...row } of rows) {
    const list = bySection.get(section) ?? [];
    list.push(row);
    bySection.set(section, list);
  }
  const result: ReportSection[] = [];
  for (const section of sections) {
    const actions = bySection.get(section.id);
    if (actions) result.push({ id: section.id, title: section.title, actions });
    bySection.delete(section.id);
  }
  for (const [id, actions] of bySection) result.push({ id, title: id, actions });
  return result;
}

function namesOf(actors: readonly Named[]): (ids: readonly string[]) => string[] {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return (ids) => ids.map((id) => names.get(id) ?? id);
}

function matrixOf(
  actions: readonly { id: string; ref: string; memberStateReporting: boolean }[],
  memberStates: readonly { code: string; name: string }[],
  reports: readonly { actionId: string; country: string; status: MemberStateReportStatus; review: ReviewState | null }[],
): CoverageMatrix {
  const columns = actions.filter((action) => action.memberStateReporting).map(({ id, ref }) => ({ id, ref }));
  const cells = new Map(reports.map((report) => [`${report.actionId}|${report.country}`, { status: report.status, review: report.review }]));
  return {
    actions: columns,
    countries: memberStates.map(({ code, name }) => {
      const row = columns.map((action) => cells.get(`${action.id}|${code}`) ?? null);
      return { code, name, cells: row, reported: row.filter((cell) => cell !== null).length };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// From a snapshot

export interface SnapshotInput {
  id: string;
  name: string;
  asOf: string;
  frozenAt: string;
  frozenBy: { name: string };
  round: (ReportRound & { id: string }) | null;
  strategy: {
    reference: string;
    title: string;
    adopted: string;
    reviewDate: string;
    sections: readonly SectionInput[];
    actors: readonly Named[];
    memberStates: readonly { code: string; name: string }[];
  };
  dashboard: ReportDashboard;
  actions: readonly {
    id: string;
    ref: string;
    section: string;
    text: string;
    owners: readonly string[];
    memberStateReporting: boolean;
    status: ActionStatus;
    progress: number;
    health: Health;
    baselineDeadline: string;
    deadline: string;
    deadlineRevisionCount: number;
    slippageDays: number;
    /** Absent from snapshots read through older documents; null when none. */
    note?: string | null;
    evidenceUrls?: readonly string[];
  }[];
  reports: readonly { actionId: string; country: string; status: MemberStateReportStatus; review: ReviewState }[];
}

/** The report as the snapshot froze it: every word and figure from the snapshot, the freezing time as "generated". */
export function reportFromSnapshot(snapshot: SnapshotInput): ReportModel {
  const owners = namesOf(snapshot.strategy.actors);
  const rows = snapshot.actions.map((action) => ({
    id: action.id,
    ref: action.ref,
    section: action.section,
    text: action.text,
    owners: owners(action.owners),
    ownerIds: [...action.owners],
    status: action.status,
    progress: action.progress,
    health: action.health,
    baselineDeadline: action.baselineDeadline,
    revisedDeadline: action.deadline !== action.baselineDeadline || action.deadlineRevisionCount > 0 ? action.deadline : null,
    slippageDays: action.slippageDays,
    note: noteOf(action.note),
    evidenceUrls: [...(action.evidenceUrls ?? [])],
  }));
  const { round } = snapshot;
  const until = endOfDay(snapshot.asOf);
  return {
    source: { kind: 'snapshot', id: snapshot.id, name: snapshot.name, frozenBy: snapshot.frozenBy.name },
    strategy: {
      reference: snapshot.strategy.reference,
      title: snapshot.strategy.title,
      adopted: snapshot.strategy.adopted,
      reviewDate: snapshot.strategy.reviewDate,
    },
    asOf: snapshot.asOf,
    generatedAt: snapshot.frozenAt,
    round: round ? { name: round.name, opens: round.opens, closes: round.closes, open: round.open, closedAt: round.closedAt } : null,
    dashboard: snapshot.dashboard,
    sections: sectionsOf(snapshot.strategy.sections, rows),
    matrix: matrixOf(snapshot.actions, snapshot.strategy.memberStates, snapshot.reports),
    // Whatever was written after freezing (even on the same day) is not in the snapshot.
    changesUntil: time(snapshot.frozenAt) < time(until) ? snapshot.frozenAt : until,
  };
}

// ---------------------------------------------------------------------------------------------
// From the live state

/** An action as it stood at the end of the report's date, as the API serves it (actions(asOf)). */
export interface LiveAction {
  id: string;
  ref: string;
  section: string;
  text: string;
  owners: readonly string[];
  memberStateReporting: boolean;
  status: ActionStatus;
  progress: number;
  /** Evaluated by the API for the report's date. */
  health: Health;
  baselineDeadline: string;
  /** The deadline in force on the date. */
  deadline: string | null;
  /** The revisions made by the date (only their number matters here). */
  deadlineRevisions: readonly unknown[];
  slippageDays: number;
  note?: string | null;
  evidenceUrls?: readonly string[];
  /** The member-state reports standing at the end of the date. */
  memberStateReports: readonly {
    country: string;
    status: MemberStateReportStatus;
    roundId: string | null;
    review: { state: ReviewState } | null;
  }[];
}

export interface LiveInput {
  strategy: {
    reference: string;
    title: string;
    adopted: string;
    reviewDate: string;
    sections: readonly SectionInput[];
    actors: readonly Named[];
  };
  memberStates: readonly { code: string; name: string }[];
  rounds: readonly (ReportRound & { id: string })[];
  /** The figures as of the date (the API rebuilds them from history). */
  dashboard: ReportDashboard;
  /** The actions as of the same date (the API rebuilds them too, and evaluates their health for it). */
  actions: readonly LiveAction[];
  /** Now, for the "generated" line. */
  now: string;
}

/**
 * The live report as of `dashboard.asOf`: the dashboard's figures and the actions and
 * member-state reports as the API served them for that date, laid out as the report shows them.
 */
export function reportFromLive(input: LiveInput): ReportModel {
  const { dashboard, strategy } = input;
  const owners = namesOf(strategy.actors);
  const rows = input.actions.map((action) => ({
    id: action.id,
    ref: action.ref,
    section: action.section,
    text: action.text,
    owners: owners(action.owners),
    ownerIds: [...action.owners],
    status: action.status,
    progress: action.progress,
    health: action.health,
    baselineDeadline: action.baselineDeadline,
    revisedDeadline: action.deadlineRevisions.length > 0 ? (action.deadline ?? action.baselineDeadline) : null,
    slippageDays: action.slippageDays,
    note: noteOf(action.note),
    evidenceUrls: [...(action.evidenceUrls ?? [])],
  }));

  const roundId = dashboard.coverage.roundId;
  const round = input.rounds.find((candidate) => candidate.id === roundId) ?? null;
  const roundReports = input.actions.flatMap((action) =>
    action.memberStateReports
      .filter((report) => roundId !== null && report.roundId === roundId)
      .map((report) => ({ actionId: action.id, country: report.country, status: report.status, review: report.review?.state ?? null })),
  );

  return {
    source: { kind: 'live' },
    strategy: { reference: strategy.reference, title: strategy.title, adopted: strategy.adopted, reviewDate: strategy.reviewDate },
    asOf: dashboard.asOf,
    generatedAt: input.now,
    round: round ? { name: round.name, opens: round.opens, closes: round.closes, open: round.open, closedAt: round.closedAt } : null,
    dashboard,
    sections: sectionsOf(strategy.sections, rows),
    matrix: matrixOf(input.actions, input.memberStates, roundReports),
    changesUntil: endOfDay(dashboard.asOf),
  };
}

// ---------------------------------------------------------------------------------------------
// The annex: what changed since a date

/** A change as the annex reads it: the generated type of the API's change item, as much of it as the annex uses. */
export type ChangeInput = Pick<
  ChangeItem,
  | 'eventId'
  | 'at'
  | 'kind'
  | 'ref'
  | 'section'
  | 'country'
  | 'fromStatus'
  | 'toStatus'
  | 'fromProgress'
  | 'toProgress'
  | 'fromDeadline'
  | 'toDeadline'
  | 'reportStatus'
  | 'reviewState'
> & { author: Pick<ChangeAuthor, 'name'> };

export interface AnnexModel {
  from: string;
  /** The last day covered (inclusive). */
  to: string;
  changes: ChangeInput[];
  /** How many changes of each kind, in the order the kinds first appear. */
  counts: { kind: ChangeKind; count: number }[];
  /** False when the API summarised only part of the period. */
  complete: boolean;
}

/** The annex's period for a report: [since, the report's date], never ending before it starts. */
export function annexPeriod(since: string, asOf: string): { from: string; to: string } {
  const from = since > asOf ? asOf : since;
  return { from, to: addDays(asOf, 1) };
}

/** The default "changed since" date: 30 days before the report's date. */
export function defaultSince(asOf: string): string {
  return addDays(asOf, -30);
}

/** The changes of the period written before the report's cut-off (a snapshot's freezing time), oldest first. */
export function annexOf(
  summary: { from: string; to: string; complete: boolean; totalCount?: number; changes: readonly ChangeInput[] },
  changesUntil: string,
): AnnexModel {
  const changes = summary.changes.filter((change) => time(change.at) < time(changesUntil)).sort((a, b) => time(a.at) - time(b.at));
  const counts = new Map<ChangeKind, number>();
  for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  return {
    from: summary.from,
    to: addDays(summary.to, -1),
    changes,
    counts: [...counts].map(([kind, count]) => ({ kind, count })),
    // Incomplete when the API summarised part of the period, or listed fewer changes than it counted.
    complete: summary.complete && (summary.totalCount === undefined || summary.changes.length >= summary.totalCount),
  };
}

// ---------------------------------------------------------------------------------------------
// Which state the conference pages open on

/** The newest frozen snapshot, as the conference pages name it. */
export interface LatestSnapshot {
  id: string;
  name: string;
  asOf: string;
  frozenAt: string;
}

/**
 * The state a conference page (report, forecast, slides) shows. `basis` says why, and so what
 * the page says: the snapshot or date asked for in the address, or, when the address names
 * none, the conference's default.
 */
export type ConferenceState =
  | { kind: 'snapshot'; id: string; basis: 'address' | 'latestSnapshot' }
  | { kind: 'live'; asOf: string; basis: 'address' | 'reviewDate' }
  | { kind: 'live'; asOf: null; basis: 'today' };

/** The address's word for "today's live state" (?asOf=today), one click from the default. */
export const TODAY_PARAM = 'today';

/**
 * What to show from the address (?snapshot=, ?asOf=YYYY-MM-DD or ?asOf=today) and, when it
 * names nothing, the conference's default: the newest frozen snapshot if there is one, else the
 * review date once `today` (the API's) has reached it, else today (a date not yet come cannot
 * be shown). Null while the default is still unknown.
 */
export function conferenceState(
  address: { snapshot: string | null; asOf: string | null },
  known: { latestSnapshot: LatestSnapshot | null; reviewDate: string; today: string } | null,
): ConferenceState | null {
  if (address.snapshot) return { kind: 'snapshot', id: address.snapshot, basis: 'address' };
  if (address.asOf === TODAY_PARAM) return { kind: 'live', asOf: null, basis: 'today' };
  if (address.asOf && isCalendarDate(address.asOf)) {
    return { kind: 'live', asOf: address.asOf, basis: 'address' };
  }
  if (!known) return null;
  if (known.latestSnapshot) return { kind: 'snapshot', id: known.latestSnapshot.id, basis: 'latestSnapshot' };
  if (known.reviewDate <= known.today) return { kind: 'live', asOf: known.reviewDate, basis: 'reviewDate' };
  return { kind: 'live', asOf: null, basis: 'today' };
}

/** The query string that shows a state again, e.g. for "Present this report": ?snapshot=… or ?asOf=…. */
export function conferenceSearch(state: { kind: 'snapshot'; id: string } | { kind: 'live'; asOf: string | null }): string {
  const params = new URLSearchParams(state.kind === 'snapshot' ? { snapshot: state.id } : { asOf: state.asOf ?? TODAY_PARAM });
  return `?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------------
// The burn-up on paper

/** Monthly rows up to this many months; quarterly up to PRINT_QUARTERS_UP_TO; yearly beyond. */
export const PRINT_MONTHS_UP_TO = 24;
export const PRINT_QUARTERS_UP_TO = 96;

export type BurnUpGrouping = 'month' | 'quarter' | 'year';

/**
 * The burn-up's rows for the printed report. Its figures are cumulative, so a quarter (or a
 * year) is its last month's row: nothing is summed, only months left out. A long period is
 * grouped (monthly up to 24 months, by quarter up to 96, by year beyond), always keeping the
 * first and last months and the months named in `keep` (the review's and the report's), which
 * the chart marks.
 */
export function burnUpRowsForPrint<Row extends { month: string }>(
  rows: readonly Row[],
  keep: readonly (string | null)[] = [],
): { grouping: BurnUpGrouping; rows: Row[] } {
  if (rows.length <= PRINT_MONTHS_UP_TO) return { grouping: 'month', rows: [...rows] };
  const grouping: BurnUpGrouping = rows.length <= PRINT_QUARTERS_UP_TO ? 'quarter' : 'year';
  const kept = new Set(keep.filter((month): month is string => month !== null));
  const last = rows.length - 1;
  return {
    grouping,
    rows: rows.filter((row, index) => {
      if (index === 0 || index === last || kept.has(row.month)) return true;
      const month = Number(row.month.slice(5, 7));
      return grouping === 'quarter' ? month % 3 === 0 : month === 12;
    }),
  };
}
