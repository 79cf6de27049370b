import type {
  ActionCoverage,
  Breakdown,
  BurnUpPoint,
  CountryCoverage,
  Coverage,
  Dashboard,
  DashboardItem,
  Forecast,
  HealthCount,
  LikelyMiss,
  MemberStateReportStatus,
  MissReason,
  ReviewState,
  StatusCount,
} from '../../graphql/generated/resolvers.js';
import { compareRefs } from '../../functions/domain/action-query.js';
// The member states' progress is one plain pass already (no optimised twin): the reference uses it as it is.
import { memberStateProgressOf } from '../../functions/domain/dashboard.js';
import type { HealthConfig } from '../../functions/domain/health.js';
import { ACTION_STATUSES, HEALTHS, type ActionStatus, type Health } from '../../functions/domain/model.js';
import type { RoundState } from '../../functions/domain/reporting.js';

/*
 * THE REFERENCE: a frozen copy of functions/domain/dashboard.ts (and of the health rule it
 * calls) as it stood before the single-pass rewrite (commit f7abe92), straightforward filters
 * and sorts. test/unit/dashboard-equivalence.test.ts checks that the optimised buildDashboard
 * gives identical figures on random states; scripts/bench/dashboard-cpu.ts times both.
 * Do not optimise this file: its worth is that it is obviously the rule as written.
 */

const toTime = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

function expectedProgress(adopted: string, deadline: string, asOf: string): number {
  const span = toTime(deadline) - toTime(adopted);
  if (span <= 0) return 100;
  const elapsed = toTime(asOf) - toTime(adopted);
  return Math.min(100, Math.max(0, (elapsed / span) * 100));
}

interface HealthInput {
  status: ActionStatus;
  progress: number;
  deadline: string;
  forecastDate?: string | null;
  lastConfirmedAt?: string | null;
}

function computeHealth(action: HealthInput, { asOf, adopted, config }: { asOf: string; adopted: string; config: HealthConfig }): Health {
  if (action.status === 'COMPLETED') return 'DONE';
  if (action.status === 'ONGOING') return 'ON_TRACK';
  if (asOf > action.deadline) return 'OVERDUE';
  if (action.forecastDate && action.forecastDate > action.deadline) return 'AT_RISK';
  if (expectedProgress(adopted, action.deadline, asOf) - action.progress > config.progressLagPoints) return 'AT_RISK';
  return 'ON_TRACK';
}

function isStale(lastConfirmedAt: string | null | undefined, asOf: string, config: HealthConfig): boolean {
  if (!lastConfirmedAt) return true;
  return (toTime(asOf) - toTime(lastConfirmedAt)) / DAY_MS > config.staleAfterDays;
}

/**
 * The figures of the review conference (DESIGN.md, "What it shows", 1: Overview), as pure
 * functions of the state as it stood at the end of `asOf`. For a past date the caller passes
 * the state rebuilt by `replayHistory` (replay.ts); nothing here reads a clock or a store.
 * Dates are YYYY-MM-DD and days are UTC days, as in replay.ts.
 */

/** Deadlines in this many days after asOf are "upcoming". */
export const UPCOMING_DAYS = 90;
/** The share of outcomes the forecast range covers: the 10th to the 90th percentile. */
export const FORECAST_INTERVAL = 0.8;
/** Pace is measured over at least this many months, so that a first week does not extrapolate wildly. */
export const MIN_PACE_MONTHS = 1;

export interface ActionState {
  id: string;
  ref: string;
  section: string;
  text: string;
  owners: string[];
  memberStateReporting: boolean;
  recurring: boolean;
  baselineDeadline: string;
  /** The deadline in force: the last revision, or the baseline. */
  deadline: string;
  status: ActionStatus;
  progress: number;
  forecastDate?: string;
  declaredHealth?: Health;
  /** ISO datetime. */
  lastConfirmedAt?: string;
  /** ISO datetime, set when the status became COMPLETED. */
  completedAt?: string;
}

/** A member-state report as coverage needs it; `review` is the review's state (`review.state` in the stored report). */
export interface ReportState {
  actionId: string;
  country: string;
  roundId: string;
  status: MemberStateReportStatus;
  review: ReviewState;
  /** ISO datetime. */
  reportedAt: string;
}

export type { RoundState };

export interface DashboardStrategy {
  adopted: string;
  reviewDate: string;
  priorities: { id: string; title: string }[];
  actors: { id: string; name: string }[];
  memberStates: { code: string; name: string }[];
}

export interface DashboardInput {
  strategy: DashboardStrategy;
  /** The state at the end of `asOf`. */
  actions: ActionState[];
  reports: ReportState[];
  rounds: RoundState[];
  /** YYYY-MM-DD: the figures are those at the end of that day. */
  asOf: string;
  config: HealthConfig;
  /** Default UPCOMING_DAYS. */
  upcomingDays?: number;
}

export type DashboardFigures = Omit<Dashboard, 'lateRecords' | 'knownAt'>;

interface AssessedAction {
  action: ActionState;
  health: Health;
  /** Days past the deadline in force (negative: days left). */
  daysLate: number;
}

const DAY_MS = 86_400_000;

const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS;

function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : roundTo((part / whole) * 100, 1));

export function buildDashboard(input: DashboardInput): DashboardFigures {
  const { strategy, asOf, config } = input;
  const assessed = input.actions.map((action) => assess(action, strategy.adopted, asOf, config));
  const completed = assessed.filter(({ action }) => action.status === 'COMPLETED').length;
  const healthOf = (health: Health) => assessed.filter((item) => item.health === health).length;
  const upcoming = upcomingItems(assessed, asOf, input.upcomingDays ?? UPCOMING_DAYS);
  return {
    asOf,
    reviewDate: strategy.reviewDate,
    daysToReview: daysBetween(asOf, strategy.reviewDate),
    totals: {
      actions: assessed.length,
      completed,
      percentCompleted: percent(completed, assessed.length),
      overdue: healthOf('OVERDUE'),
      atRisk: healthOf('AT_RISK'),
      upcoming: upcoming.length,
      // A completed action has nothing left to confirm (as in the daily health snapshot).
      stale: assessed.filter(({ action, health }) => health !== 'DONE' && isStale(action.lastConfirmedAt, asOf, config)).length,
      disagreements: assessed.filter(({ action, health }) => action.declaredHealth !== undefined && action.declaredHealth !== health).length,
    },
    byStatus: countByStatus(assessed),
    byHealth: countByHealth(assessed),
    byPriority: byPriority(assessed, strategy.priorities),
    byOwner: byOwner(assessed, strategy.actors),
    overdue: overdueItems(assessed),
    upcoming,
    coverage: coverageOf(coverageRound(input.rounds), input.actions, input.reports, strategy.memberStates),
    burnUp: burnUp(input.actions, strategy, asOf),
    memberStateProgress: memberStateProgressOf(input.actions, input.reports, strategy.memberStates),
    forecast: {
      ...forecastCompletions({ total: assessed.length, completed, adopted: strategy.adopted, reviewDate: strategy.reviewDate, asOf }),
      ...likelyMisses(assessed, { adopted: strategy.adopted, reviewDate: strategy.reviewDate, asOf }),
    },
  };
}

function assess(action: ActionState, adopted: string, asOf: string, config: HealthConfig): AssessedAction {
  return {
    action,
    health: computeHealth(action, { asOf, adopted, config }),
    daysLate: daysBetween(action.deadline, asOf),
  };
}

function countByStatus(items: AssessedAction[]): StatusCount[] {
  return ACTION_STATUSES.map((status) => ({ status, count: items.filter(({ action }) => action.status === status).length }));
}

function countByHealth(items: AssessedAction[]): HealthCount[] {
  return HEALTHS.map((health) => ({ health, count: items.filter((item) => item.health === health).length }));
}

function breakdown(id: string, label: string, items: AssessedAction[]): Breakdown {
  return { id, label, total: items.length, byStatus: countByStatus(items), byHealth: countByHealth(items) };
}

/**
 * One breakdown per strategic priority (sections 2.1–2.5), in strategy order. Actions of a
 * section that is not a priority (section 4, the follow-up) count in the totals only.
 */
function byPriority(items: AssessedAction[], priorities: DashboardStrategy['priorities']): Breakdown[] {
  return priorities.map((priority) =>
    breakdown(
      priority.id,
      priority.title,
      items.filter(({ action }) => action.section === priority.id),
    ),
  );
}

/**
 * One breakdown per owner of at least one action, largest first; an action with two owners
 * counts for each. An owner missing from the actor list is labelled with its id rather than
 * dropped, so that no action disappears from the figures.
 */
function byOwner(items: AssessedAction[], actors: DashboardStrategy['actors']): Breakdown[] {
  const ownerIds = [...new Set(items.flatMap(({ action }) => action.owners))];
  const nameOf = (id: string) => actors.find((actor) => actor.id === id)?.name ?? id;
  return ownerIds
    .map((id) =>
      breakdown(
        id,
        nameOf(id),
        items.filter(({ action }) => action.owners.includes(id)),
      ),
    )
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'en'));
}

function toItem({ action, health, daysLate }: AssessedAction): DashboardItem {
  return {
    actionId: action.id,
    ref: action.ref,
    section: action.section,
    text: action.text,
    owners: action.owners,
    deadline: action.deadline,
    status: action.status,
    progress: action.progress,
    health,
    daysLate,
  };
}

function overdueItems(items: AssessedAction[]): DashboardItem[] {
  return items
    .filter((item) => item.health === 'OVERDUE')
    .sort((a, b) => b.daysLate - a.daysLate || compareRefs(a.action.ref, b.action.ref))
    .map(toItem);
}

/**
 * Not completed, deadline in (asOf, asOf + days]. A DISCONTINUED action stays listed: the
 * health rule treats it as not completed too, and it turns OVERDUE at its deadline.
 */
function upcomingItems(items: AssessedAction[], asOf: string, days: number): DashboardItem[] {
  const horizon = addDays(asOf, days);
  return items
    .filter(({ action }) => action.status !== 'COMPLETED' && action.deadline > asOf && action.deadline <= horizon)
    .sort((a, b) => a.action.deadline.localeCompare(b.action.deadline) || compareRefs(a.action.ref, b.action.ref))
    .map(toItem);
}

const latestFirst = (time: (round: RoundState) => string) => (a: RoundState, b: RoundState) => Date.parse(time(b)) - Date.parse(time(a));

/** The round whose coverage the dashboard shows: the open one, else the one closed last. */
export function coverageRound(rounds: RoundState[]): RoundState | undefined {
  const open = rounds.filter((round) => round.open).sort(latestFirst((round) => round.opens));
  if (open[0]) return open[0];
  return rounds.filter((round) => !round.open).sort(latestFirst((round) => round.closedAt ?? round.closes))[0];
}

/**
 * Which countries reported on which member-state actions in `round`. A report counts as
 * reported whatever its review state (a RETURNED report was still reported), and as accepted
 * only when ACCEPTED. Before any round every count is zero, the rows and columns still listed.
 * A closed round's figures are frozen: to show them as they stood, pass the reports replayed
 * until the round's closedAt.
 */
export function coverageOf(
  round: RoundState | undefined,
  actions: ActionState[],
  reports: ReportState[],
  memberStates: DashboardStrategy['memberStates'],
): Coverage {
  const reportingActions = actions.filter((action) => action.memberStateReporting).sort((a, b) => compareRefs(a.ref, b.ref));
  const expectedPerCountry = round ? reportingActions.length : 0;
  const expectedPerAction = round ? memberStates.length : 0;
  const reportingIds = new Set(reportingActions.map((action) => action.id));
  const countryCodes = new Set(memberStates.map((memberState) => memberState.code));
  const inRound = reports.filter((report) => report.roundId === round?.id && reportingIds.has(report.actionId) && countryCodes.has(report.country));
  const accepted = (list: ReportState[]) => list.filter((report) => report.review === 'ACCEPTED').length;
  // One pass groups the reports; the rows then read their group (linear in reports).
  const byCountryReports = groupBy(inRound, (report) => report.country);
  const byActionReports = groupBy(inRound, (report) => report.actionId);
  const byCountry: CountryCoverage[] = memberStates.map(({ code, name }) => {
    const ofCountry = byCountryReports.get(code) ?? [];
    return { country: code, name, expected: expectedPerCountry, reported: ofCountry.length, accepted: accepted(ofCountry) };
  });
  const byAction: ActionCoverage[] = reportingActions.map(({ id, ref }) => {
    const ofAction = byActionReports.get(id) ?? [];
    return { actionId: id, ref, expected: expectedPerAction, reported: ofAction.length, accepted: accepted(ofAction) };
  });
  const expected = expectedPerCountry * memberStates.length;
  return {
    roundId: round?.id ?? null,
    roundName: round?.name ?? null,
    expected,
    reported: inRound.length,
    accepted: accepted(inRound),
    percentReported: percent(inRound.length, expected),
    byCountry,
    byAction,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const monthOf = (isoDateOrTime: string) => new Date(Date.parse(isoDateOrTime)).toISOString().slice(0, 7);

function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}

function nextMonth(month: string): string {
  const [year = 0, monthNumber = 0] = month.split('-').map(Number);
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/**
 * Cumulative counts at the end of each month (UTC), from the adoption month to the later of
 * the review month and the asOf month. `completed` never looks beyond asOf: in the months
 * after asOf it stays at its asOf value, and a completion with no completedAt (or a later
 * one) counts from the asOf month. `fallingDue` is the plan: actions whose deadline in force
 * (as at asOf) falls in or before the month, for every month including those after asOf.
 */
function burnUp(actions: ActionState[], strategy: Pick<DashboardStrategy, 'adopted' | 'reviewDate'>, asOf: string): BurnUpPoint[] {
  const asOfMonth = asOf.slice(0, 7);
  const reviewMonth = strategy.reviewDate.slice(0, 7);
  const completionMonths = actions
    .filter((action) => action.status === 'COMPLETED')
    .map((action) => {
      const month = action.completedAt ? monthOf(action.completedAt) : asOfMonth;
      return month < asOfMonth ? month : asOfMonth;
    });
  const dueMonths = actions.map((action) => action.deadline.slice(0, 7));
  const lastMonth = asOfMonth > reviewMonth ? asOfMonth : reviewMonth;
  return monthsFrom(strategy.adopted.slice(0, 7), lastMonth).map((month) => ({
    month,
    completed: completionMonths.filter((completedIn) => completedIn <= month).length,
    fallingDue: dueMonths.filter((dueIn) => dueIn <= month).length,
  }));
}

function addMonths(date: string, months: number): string {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * Calendar months from `from` to `to`: whole months, plus the elapsed share of the month in
 * progress (2013-02-07 → 2013-03-22 is 1 + 15/31). Zero when `to` is not after `from`.
 */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  let whole = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  if (addMonths(from, whole) > to) whole -= 1;
  const monthStart = addMonths(from, whole);
  return whole + daysBetween(monthStart, to) / daysBetween(monthStart, addMonths(from, whole + 1));
}

/**
 * The smallest k with P(X ≤ k) ≥ p for X ~ Poisson(mean): the exact CDF, summed term by term
 * in log space so that e^-mean does not underflow for large means.
 */
export function poissonQuantile(p: number, mean: number): number {
  let k = 0;
  let logTerm = -mean;
  let cdf = Math.exp(logTerm);
  while (cdf < p) {
    k += 1;
    logTerm += Math.log(mean) - Math.log(k);
    cdf += Math.exp(logTerm);
  }
  return k;
}

const LOWER_PERCENTILE = (1 - FORECAST_INTERVAL) / 2;
const UPPER_PERCENTILE = 1 - LOWER_PERCENTILE;
const asPercentile = (p: number) => `${Math.round(p * 100)}th`;

export const FORECAST_METHOD =
  `Pace is the number of actions completed so far divided by the calendar months since adoption (at least ${MIN_PACE_MONTHS}); ` +
  `the forecast is the actions completed plus that pace times the months left to the review date, capped at the number of actions; ` +
  `the range is the ${asPercentile(LOWER_PERCENTILE)} to ${asPercentile(UPPER_PERCENTILE)} percentile ` +
  `(a ${Math.round(FORECAST_INTERVAL * 100)}% interval) of a Poisson count of the remaining completions; ` +
  `from the review date on, all three are the actions completed.`;

export interface ForecastInput {
  total: number;
  completed: number;
  adopted: string;
  reviewDate: string;
  asOf: string;
}

export type CompletionForecast = Omit<Forecast, 'likelyToMiss' | 'likelyToMissCount' | 'likelyToMissMethod'>;

/** "How many actions will be done by the review date at the pace observed", with a Poisson range. */
export function forecastCompletions({ total, completed, adopted, reviewDate, asOf }: ForecastInput): CompletionForecast {
  const pace = completed / Math.max(MIN_PACE_MONTHS, monthsBetween(adopted, asOf));
  const pacePerMonth = roundTo(pace, 2);
  if (asOf >= reviewDate) return { doneByReview: completed, low: completed, high: completed, pacePerMonth, method: FORECAST_METHOD };
  const expectedRemaining = pace * monthsBetween(asOf, reviewDate);
  const withinReach = (count: number) => Math.min(total, Math.max(completed, count));
  return {
    doneByReview: Math.min(total, Math.round(completed + expectedRemaining)),
    low: withinReach(completed + poissonQuantile(LOWER_PERCENTILE, expectedRemaining)),
    high: withinReach(completed + poissonQuantile(UPPER_PERCENTILE, expectedRemaining)),
    pacePerMonth,
    method: FORECAST_METHOD,
  };
}

/** The reasons in the order they are tried; the list is sorted by it, most urgent first. */
export const MISS_REASONS = ['OVERDUE', 'FORECAST_AFTER_REVIEW', 'NOT_STARTED', 'PACE_TOO_SLOW', 'AT_RISK'] as const satisfies readonly MissReason[];

export const LIKELY_TO_MISS_METHOD =
  'An action counts as likely to miss the review date when it is neither completed, discontinued nor ongoing, its deadline in force ' +
  'falls on or before the review date, and it is overdue, forecast by its owner after the review date, not started, ' +
  `too slow (its progress divided by the months since adoption, at least ${MIN_PACE_MONTHS}, times the months left would not reach 100), ` +
  'or at risk against its own deadline; the first reason that applies is shown.';

/**
 * Progress an action would reach by the review date at its own pace so far: its progress
 * divided by the months since adoption (at least MIN_PACE_MONTHS), carried to the review date.
 */
export function projectedProgress(progress: number, { adopted, reviewDate, asOf }: { adopted: string; reviewDate: string; asOf: string }): number {
  if (asOf >= reviewDate) return progress;
  const pace = progress / Math.max(MIN_PACE_MONTHS, monthsBetween(adopted, asOf));
  return Math.min(100, Math.floor(progress + pace * monthsBetween(asOf, reviewDate)));
}

function missReason(item: AssessedAction, projected: number, reviewDate: string): MissReason | undefined {
  const { action, health } = item;
  if (health === 'OVERDUE') return 'OVERDUE';
  if (action.forecastDate && action.forecastDate > reviewDate) return 'FORECAST_AFTER_REVIEW';
  if (action.status === 'NOT_STARTED' && action.progress === 0) return 'NOT_STARTED';
  if (projected < 100) return 'PACE_TOO_SLOW';
  if (health === 'AT_RISK') return 'AT_RISK';
  return undefined;
}

/**
 * "Which ones are likely to miss" the review date (review pack issue), each with its reason,
 * most urgent reason first, then the earliest deadline, then strategy order. The count covers
 * them all; the API serves the first `first`.
 */
function likelyMisses(
  items: AssessedAction[],
  dates: { adopted: string; reviewDate: string; asOf: string },
): { likelyToMiss: LikelyMiss[]; likelyToMissCount: number; likelyToMissMethod: string } {
  const rank = (reason: MissReason) => MISS_REASONS.indexOf(reason);
  const misses = items
    .filter(({ action }) => !['COMPLETED', 'DISCONTINUED', 'ONGOING'].includes(action.status) && action.deadline <= dates.reviewDate)
    .flatMap((item) => {
      const projected = projectedProgress(item.action.progress, dates);
      const reason = missReason(item, projected, dates.reviewDate);
      return reason ? [{ item, reason, projectedProgress: projected }] : [];
    })
    .sort(
      (a, b) =>
        rank(a.reason) - rank(b.reason) ||
        a.item.action.deadline.localeCompare(b.item.action.deadline) ||
        compareRefs(a.item.action.ref, b.item.action.ref),
    )
    .map(({ item, reason, projectedProgress: projected }) => ({ action: toItem(item), reason, projectedProgress: projected }));
  return { likelyToMiss: misses, likelyToMissCount: misses.length, likelyToMissMethod: LIKELY_TO_MISS_METHOD };
}
