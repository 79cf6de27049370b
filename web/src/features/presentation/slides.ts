import type { CountsInput } from '../changes/phrasing';
import type { ActionStatus, ChangeItem, MemberStateReportStatus } from '../../gql/graphql';
import { STATUS_ORDER } from '../../components/palette';
import {
  coverageRows,
  healthSlices,
  percentOf,
  statusRows,
  type BreakdownInput,
  type CountryCoverageInput,
  type HealthCountInput,
  type HealthSlice,
} from '../overview/selectors';
import { addDays } from '../../../../functions/domain/dates';

/**
 * The slides of presentation mode as plain data: pure functions from the API's figures to one
 * model per slide, so what each slide says is tested without a browser. The page only lays
 * the models out and words them in the chosen language.
 */

/** "What changed" covers the last 30 days up to the figures' date, both ends included. */
export const CHANGE_WINDOW_DAYS = 30;
/** How many countries each end of the coverage slide names, and how many changes the last slide tells. */
export const COUNTRIES_EACH_END = 3;
export const NOTABLE_CHANGES = 4;

export interface PriorityInput extends BreakdownInput {
  byHealth: readonly HealthCountInput[];
}

export interface DashboardInput {
  asOf: string;
  reviewDate: string;
  daysToReview: number;
  totals: { actions: number; completed: number; percentCompleted: number; overdue: number; atRisk: number };
  byPriority: readonly PriorityInput[];
  coverage: {
    roundName: string | null;
    expected: number;
    reported: number;
    accepted: number;
    percentReported: number;
    byCountry: readonly CountryCoverageInput[];
  };
}

/** The change summary's counts, as the change list reads them too. */
export type ChangeCountsInput = CountsInput;

/** A change as the slides read it: the generated type of the API's change item, as much of it as they use. */
export type ChangeInput = Pick<
  ChangeItem,
  | 'eventId'
  | 'at'
  | 'kind'
  | 'ref'
  | 'country'
  | 'fromStatus'
  | 'toStatus'
  | 'fromProgress'
  | 'toProgress'
  | 'fromDeadline'
  | 'toDeadline'
  | 'reportStatus'
  | 'reviewState'
>;

export interface ChangeSummaryInput {
  totalCount: number;
  complete: boolean;
  counts: ChangeCountsInput;
  changes: readonly ChangeInput[];
}

export interface TitleSlide {
  kind: 'title';
  id: 'title';
  reference: string;
  title: string;
  /** The frozen snapshot presented, if any. */
  snapshotName: string | null;
  asOf: string;
  reviewDate: string;
  daysToReview: number;
  /** Where the figures' date stands against the review conference: what the cover says instead of a day count once it is past. */
  review: 'before' | 'on' | 'after';
}

export interface OverviewSlide {
  kind: 'overview';
  id: 'overview';
  asOf: string;
  actions: number;
  completed: number;
  percentCompleted: number;
  overdue: number;
  atRisk: number;
}

export interface StatusBar {
  status: ActionStatus;
  count: number;
  /** Share of the priority's actions, one decimal: the bar's length. */
  percent: number;
}

export interface PrioritySlide {
  kind: 'priority';
  id: string;
  /** The section number, e.g. 2.1. */
  priority: string;
  label: string;
  total: number;
  completed: number;
  percentCompleted: number;
  /** The statuses the priority's actions are in, in the product's order; absent statuses left out. */
  bars: StatusBar[];
  /** The health values present, in the product's order. */
  health: HealthSlice[];
}

export interface CountryShare {
  country: string;
  name: string;
  reported: number;
  expected: number;
  percent: number;
}

export interface CoverageSlide {
  kind: 'coverage';
  id: 'coverage';
  /** Null before any reporting round. */
  roundName: string | null;
  percentReported: number;
  reported: number;
  expected: number;
  /** Member states with at least one report, of those expected to report. */
  countriesReported: number;
  countriesExpected: number;
  /** Member states expected to report that have sent nothing. */
  silent: number;
  /**
   * The countries with the smallest share reported; empty when more than COUNTRIES_EACH_END
   * have sent nothing, since naming three of many at 0% would single them out arbitrarily.
   */
  lowest: CountryShare[];
  /** The countries with the largest share reported, among those that reported at all. */
  highest: CountryShare[];
}

export type NotableChangeKind =
  | 'completed'
  | 'status'
  | 'deadline'
  | 'progress'
  | 'reportSubmitted'
  | 'reportAccepted'
  | 'reportReturned'
  | 'roundOpened'
  | 'roundClosed'
  | 'updated';

export interface NotableChange {
  eventId: string;
  at: string;
  kind: NotableChangeKind;
  ref: string | null;
  country: string | null;
  fromStatus: ActionStatus | null;
  toStatus: ActionStatus | null;
  fromProgress: number | null;
  toProgress: number | null;
  fromDeadline: string | null;
  toDeadline: string | null;
  reportStatus: MemberStateReportStatus | null;
}

export type ChangeCountKind =
  | 'completions'
  | 'otherStatusChanges'
  | 'deadlineRevisions'
  | 'progressMoves'
  | 'reportsSubmitted'
  | 'reportsAccepted'
  | 'reportsReturned'
  | 'roundsOpened'
  | 'roundsClosed'
  | 'otherUpdates'
  | 'catalogueCorrections';

export interface ChangesSlide {
  kind: 'changes';
  id: 'changes';
  /** First and last day of the period, both included. */
  from: string;
  lastDay: string;
  /** Null while the summary is loading or if it could not be read. */
  summary: {
    total: number;
    /** False when the period held more changes than the API summarises. */
    complete: boolean;
    /** The kinds of change that happened, in a fixed order, with their counts. */
    counts: { kind: ChangeCountKind; count: number }[];
    notable: NotableChange[];
  } | null;
}

export type Slide = TitleSlide | OverviewSlide | PrioritySlide | CoverageSlide | ChangesSlide;

export interface SlidesInput {
  strategy: { reference: string; title: string };
  snapshotName: string | null;
  dashboard: DashboardInput;
  changes: ChangeSummaryInput | null;
}

/** The last CHANGE_WINDOW_DAYS days up to asOf, and the arguments of changeSummary(from, to), which ends at the start of `to`. */
export function changeWindow(asOf: string): { from: string; lastDay: string; to: string } {
  return { from: addDays(asOf, -(CHANGE_WINDOW_DAYS - 1)), lastDay: asOf, to: addDays(asOf, 1) };
}

/** Title, overview, one slide per strategic priority, member-state coverage, what changed. */
export function buildSlides({ strategy, snapshotName, dashboard, changes }: SlidesInput): Slide[] {
  return [
    {
      kind: 'title',
      id: 'title',
      reference: strategy.reference,
      title: strategy.title,
      snapshotName,
      asOf: dashboard.asOf,
      reviewDate: dashboard.reviewDate,
      daysToReview: dashboard.daysToReview,
      review: dashboard.daysToReview > 0 ? 'before' : dashboard.daysToReview === 0 ? 'on' : 'after',
    },
    { kind: 'overview', id: 'overview', asOf: dashboard.asOf, ...dashboard.totals },
    ...dashboard.byPriority.map(prioritySlide),
    coverageSlide(dashboard.coverage),
    changesSlide(dashboard.asOf, changes),
  ];
}

export function prioritySlide(priority: PriorityInput): PrioritySlide {
  const row = statusRows([priority])[0]!;
  const total = priority.total;
  const bars = STATUS_ORDER.map((status) => ({ status, count: row[status], percent: percentOf(row[status], total) })).filter((bar) => bar.count > 0);
  return {
    kind: 'priority',
    id: `priority-${priority.id}`,
    priority: priority.id,
    label: priority.label,
    total,
    completed: row.COMPLETED,
    percentCompleted: percentOf(row.COMPLETED, total),
    bars,
    health: healthSlices(priority.byHealth).filter((slice) => slice.count > 0),
  };
}

export function coverageSlide(coverage: DashboardInput['coverage']): CoverageSlide {
  const shares: CountryShare[] = coverageRows(coverage.byCountry)
    .filter((row) => row.expected > 0)
    .map(({ country, name, reported, expected, percentReported }) => ({ country, name, reported, expected, percent: percentReported }));
  const byName = (a: CountryShare, b: CountryShare) => a.name.localeCompare(b.name, 'en');
  const silent = shares.filter((share) => share.reported === 0).length;
  const lowest = silent > COUNTRIES_EACH_END ? [] : [...shares].sort((a, b) => a.percent - b.percent || byName(a, b)).slice(0, COUNTRIES_EACH_END);
  const highest = shares
    .filter((share) => share.reported > 0 && !lowest.includes(share))
    .sort((a, b) => b.percent - a.percent || byName(a, b))
    .slice(0, COUNTRIES_EACH_END);
  return {
    kind: 'coverage',
    id: 'coverage',
    roundName: coverage.roundName,
    percentReported: coverage.percentReported,
    reported: coverage.reported,
    expected: coverage.expected,
    countriesReported: shares.filter((share) => share.reported > 0).length,
    countriesExpected: shares.length,
    silent,
    lowest,
    highest,
  };
}

const COUNT_ORDER: readonly ChangeCountKind[] = [
  'completions',
  'otherStatusChanges',
  'deadlineRevisions',
  'progressMoves',
  'reportsSubmitted',
  'reportsAccepted',
  'reportsReturned',
  'roundsOpened',
  'roundsClosed',
  'otherUpdates',
  'catalogueCorrections',
];

/** A completion is a status change too: the slide counts it once, as a completion. */
function countOf(counts: ChangeCountsInput, kind: ChangeCountKind): number {
  return kind === 'otherStatusChanges' ? counts.statusChanges - counts.completions : counts[kind];
}

export function changesSlide(asOf: string, summary: ChangeSummaryInput | null): ChangesSlide {
  const { from, lastDay } = changeWindow(asOf);
  return {
    kind: 'changes',
    id: 'changes',
    from,
    lastDay,
    summary: summary && {
      total: summary.totalCount,
      complete: summary.complete,
      counts: COUNT_ORDER.map((kind) => ({ kind, count: countOf(summary.counts, kind) })).filter(({ count }) => count > 0),
      notable: notableChanges(summary.changes),
    },
  };
}

/** What a change is, for telling it aloud. */
export function notableKind(change: ChangeInput): NotableChangeKind {
  switch (change.kind) {
    case 'STATUS_CHANGED':
      return change.toStatus === 'COMPLETED' ? 'completed' : 'status';
    case 'DEADLINE_REVISED':
      return 'deadline';
    case 'PROGRESS_MOVED':
      return 'progress';
    case 'REPORT_SUBMITTED':
      return 'reportSubmitted';
    case 'REPORT_REVIEWED':
      return change.reviewState === 'RETURNED' ? 'reportReturned' : 'reportAccepted';
    case 'ROUND_OPENED':
      return 'roundOpened';
    case 'ROUND_CLOSED':
      return 'roundClosed';
    default:
      return 'updated';
  }
}

/**
 * What a conference most wants to hear first: actions completed, deadlines moved, other
 * status changes, reports sent back, rounds opened or closed, then progress (the larger move
 * first), then the routine.
 */
const NOTABILITY: Record<NotableChangeKind, number> = {
  completed: 0,
  deadline: 1,
  status: 2,
  reportReturned: 3,
  roundClosed: 4,
  roundOpened: 4,
  progress: 5,
  reportSubmitted: 6,
  reportAccepted: 6,
  updated: 7,
};

const progressMove = (change: NotableChange) => Math.abs((change.toProgress ?? 0) - (change.fromProgress ?? 0));

const isReportEvent = (change: ChangeInput) => change.kind === 'REPORT_SUBMITTED' || change.kind === 'REPORT_REVIEWED';
const reportKey = (change: ChangeInput) => `${change.ref ?? ''}|${change.country ?? ''}`;

/**
 * Each member-state report's latest event in the period, and every other change: a report
 * returned and then resubmitted and accepted is told once, as accepted, never as returned.
 */
export function latestReportStates(changes: readonly ChangeInput[]): ChangeInput[] {
  const latest = new Map<string, ChangeInput>();
  for (const change of changes) {
    if (!isReportEvent(change)) continue;
    const seen = latest.get(reportKey(change));
    // Equal instants: the later in the API's order (oldest first) is the later event.
    if (!seen || Date.parse(change.at) >= Date.parse(seen.at)) latest.set(reportKey(change), change);
  }
  return changes.filter((change) => !isReportEvent(change) || latest.get(reportKey(change)) === change);
}

/** The few most notable changes, most notable first; among equals, the larger progress move, then the newest. */
export function notableChanges(changes: readonly ChangeInput[], count = NOTABLE_CHANGES): NotableChange[] {
  return latestReportStates(changes)
    .map((change) => ({
      eventId: change.eventId,
      at: change.at,
      kind: notableKind(change),
      ref: change.ref,
      country: change.country,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      fromProgress: change.fromProgress,
      toProgress: change.toProgress,
      fromDeadline: change.fromDeadline,
      toDeadline: change.toDeadline,
      reportStatus: change.reportStatus,
    }))
    .sort((a, b) => NOTABILITY[a.kind] - NOTABILITY[b.kind] || progressMove(b) - progressMove(a) || b.at.localeCompare(a.at))
    .slice(0, count);
}

/** ?slide=N as a slide number from 1 to count; anything else is the first slide. */
export function slideNumberOf(value: string | null, count: number): number {
  const number = value && /^\d+$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(number, 1), Math.max(count, 1));
}

/** The slide a key leads to from `current` (1-based), or null when the key is not the presenter's. */
export function slideForKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return Math.min(current + 1, count);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(current - 1, 1);
    case 'Home':
      return 1;
    case 'End':
      return count;
    default:
      return null;
  }
}
