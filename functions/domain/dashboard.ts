import type {
  ActionCoverage,
  Breakdown,
  BurnUpPoint,
  CountryCoverage,
  Coverage,
  DashboardFigures,
  DashboardItem,
  Forecast,
  HealthCount,
  LikelyMiss,
  MemberStateProgress,
  StatusCount,
} from './figures.js';
import type { CatalogueFields } from './action-fields.js';
import { compareRefs } from './action-query.js';
import type { TrackingState } from './action-update.js';
import { addDays, addMonths, daysBetween } from './dates.js';
import { healthRule, staleRule, type HealthConfig } from './health.js';
import { ACTION_STATUSES, HEALTHS, type ActionStatus, type Health } from './model.js';
import type { ReportStatus as MemberStateReportStatus, ReviewState, RoundState } from './reporting.js';

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

/** An action as the figures read it: some of its catalogue and tracking fields (action-fields.ts) and the deadline in force. */
export interface ActionState
  extends
    Pick<CatalogueFields, 'ref' | 'section' | 'text' | 'owners' | 'memberStateReporting' | 'recurring' | 'baselineDeadline'>,
    Pick<TrackingState, 'status' | 'progress' | 'forecastDate' | 'declaredHealth' | 'lastConfirmedAt' | 'completedAt'> {
  id: string;
  /** The deadline in force: the last revision, or the baseline. */
  deadline: string;
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

export type { DashboardFigures } from './figures.js';

/** An action with its health as at asOf, as the lists need it. */
interface AssessedAction {
  action: ActionState;
  health: Health;
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : roundTo((part / whole) * 100, 1));

/** A value per key, read once: deadlines and dates repeat across thousands of actions. */
function cached<T>(compute: (key: string) => T): (key: string) => T {
  const values = new Map<string, T>();
  return (key) => {
    if (values.has(key)) return values.get(key) as T;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}

/*
 * How the figures are computed (issue #3: the first dashboard after a write must stay within
 * its budget at 5,000 actions): one pass over the actions assesses each one's health once and
 * counts it everywhere it counts (totals, status, health, priority, owner); the not-completed
 * actions are grouped by deadline on the way, and the overdue, upcoming and likely-to-miss
 * lists are read off those groups in deadline order. The rules are those of the plain filters
 * and sorts kept in test/unit/dashboard-reference.ts, which a property test holds this to.
 */
export function buildDashboard(input: DashboardInput): DashboardFigures {
  const { strategy, asOf, config } = input;
  const dates = { adopted: strategy.adopted, reviewDate: strategy.reviewDate, asOf };
  const tally = tallyActions(input.actions, dates, config);
  const lists = listsByDeadline(tally.byDeadline, dates, input.upcomingDays ?? UPCOMING_DAYS);
  const total = input.actions.length;
  const completed = tally.all.byStatus.COMPLETED;
  return {
    asOf,
    reviewDate: strategy.reviewDate,
    daysToReview: daysBetween(asOf, strategy.reviewDate),
    totals: {
      actions: total,
      completed,
      percentCompleted: percent(completed, total),
      overdue: tally.all.byHealth.OVERDUE,
      atRisk: tally.all.byHealth.AT_RISK,
      upcoming: lists.upcoming.length,
      stale: tally.stale,
      disagreements: tally.disagreements,
    },
    byStatus: statusCounts(tally.all),
    byHealth: healthCounts(tally.all),
    byPriority: byPriority(tally.bySection, strategy.priorities),
    byOwner: byOwner(tally.byOwner, strategy.actors),
    overdue: lists.overdue,
    upcoming: lists.upcoming,
    coverage: coverageOf(coverageRound(input.rounds), input.actions, input.reports, strategy.memberStates),
    burnUp: burnUp(input.actions, strategy, asOf),
    memberStateProgress: memberStateProgressOf(input.actions, input.reports, strategy.memberStates),
    forecast: {
      ...forecastCompletions({ total, completed, ...dates }),
      likelyToMiss: lists.likelyToMiss,
      likelyToMissCount: lists.likelyToMiss.length,
      likelyToMissMethod: LIKELY_TO_MISS_METHOD,
    },
  };
}

/** Counts of a group of actions (all, a section, an owner) by status and by health. */
interface Tally {
  total: number;
  byStatus: Record<ActionStatus, number>;
  byHealth: Record<Health, number>;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

const newTally = (): Tally => ({ total: 0, byStatus: zeroes(ACTION_STATUSES), byHealth: zeroes(HEALTHS) });

function count(tally: Tally, status: ActionStatus, health: Health): void {
  tally.total += 1;
  tally.byStatus[status] += 1;
  tally.byHealth[health] += 1;
}

function tallyOf<K>(tallies: Map<K, Tally>, key: K): Tally {
  let tally = tallies.get(key);
  if (!tally) {
    tally = newTally();
    tallies.set(key, tally);
  }
  return tally;
}

function pushTo<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/**
 * The one pass over the actions. Owners and sections are kept in order of first appearance
 * (the order the owner breakdown breaks its ties in); an action listing an owner twice counts
 * once for it. The not-completed actions are grouped by deadline, each group in input order.
 */
function tallyActions(actions: readonly ActionState[], dates: { adopted: string; asOf: string }, config: HealthConfig) {
  const healthOf = healthRule({ asOf: dates.asOf, adopted: dates.adopted, config });
  const staleOn = staleRule(dates.asOf, config);
  const all = newTally();
  const bySection = new Map<string, Tally>();
  const byOwner = new Map<string, Tally>();
  const byDeadline = new Map<string, AssessedAction[]>();
  let stale = 0;
  let disagreements = 0;
  for (const action of actions) {
    const health = healthOf(action);
    count(all, action.status, health);
    count(tallyOf(bySection, action.section), action.status, health);
    action.owners.forEach((owner, index) => {
      if (action.owners.indexOf(owner) === index) count(tallyOf(byOwner, owner), action.status, health);
    });
    // A completed action has nothing left to confirm (as in the daily health snapshot).
    if (health !== 'DONE' && staleOn(action.lastConfirmedAt)) stale += 1;
    if (action.declaredHealth !== undefined && action.declaredHealth !== health) disagreements += 1;
    // Every list leaves completed actions out.
    if (action.status !== 'COMPLETED') pushTo(byDeadline, action.deadline, { action, health });
  }
  return { all, bySection, byOwner, byDeadline, stale, disagreements };
}

function statusCounts(tally: Tally | undefined): StatusCount[] {
  return ACTION_STATUSES.map((status) => ({ status, count: tally?.byStatus[status] ?? 0 }));
}

function healthCounts(tally: Tally | undefined): HealthCount[] {
  return HEALTHS.map((health) => ({ health, count: tally?.byHealth[health] ?? 0 }));
}

function breakdown(id: string, label: string, tally: Tally | undefined): Breakdown {
  return { id, label, total: tally?.total ?? 0, byStatus: statusCounts(tally), byHealth: healthCounts(tally) };
}

/**
 * One breakdown per strategic priority (sections 2.1–2.5), in strategy order. Actions of a
 * section that is not a priority (section 4, the follow-up) count in the totals only.
 */
function byPriority(bySection: Map<string, Tally>, priorities: DashboardStrategy['priorities']): Breakdown[] {
  return priorities.map((priority) => breakdown(priority.id, priority.title, bySection.get(priority.id)));
}

/**
 * One breakdown per owner of at least one action, largest first; an action with two owners
 * counts for each. An owner missing from the actor list is labelled with its id rather than
 * dropped, so that no action disappears from the figures.
 */
function byOwner(byOwnerTally: Map<string, Tally>, actors: DashboardStrategy['actors']): Breakdown[] {
  const nameOf = (id: string) => actors.find((actor) => actor.id === id)?.name ?? id;
  return [...byOwnerTally]
    .map(([id, tally]) => breakdown(id, nameOf(id), tally))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'en'));
}

function toItem({ action, health }: AssessedAction, daysLate: number): DashboardItem {
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

/**
 * The three lists, read off the not-completed actions grouped by deadline, earliest deadline
 * first and, within a deadline, in strategy order (compareRefs; equal references keep their
 * input order). Deadlines in force are YYYY-MM-DD days (DATA_MODEL.md), so their string order
 * is their day order: the most days late first, the soonest due first. Sorting each group by
 * reference costs one comparison per action when the actions come in strategy order, as the
 * store keeps them.
 *   overdue   health OVERDUE, the most days late first, then strategy order.
 *   upcoming  not completed, deadline in (asOf, asOf + days]. A DISCONTINUED action stays
 *             listed: the health rule treats it as not completed too, and it turns OVERDUE at
 *             its deadline.
 *   likely to miss  see likelyMissOf: the most urgent reason first, then the earliest
 *             deadline, then strategy order.
 */
function listsByDeadline(
  byDeadline: Map<string, AssessedAction[]>,
  dates: { adopted: string; reviewDate: string; asOf: string },
  upcomingDays: number,
): { overdue: DashboardItem[]; upcoming: DashboardItem[]; likelyToMiss: LikelyMiss[] } {
  const { asOf } = dates;
  const horizon = addDays(asOf, upcomingDays);
  const project = progressProjection(dates);
  const overdue: DashboardItem[] = [];
  const upcoming: DashboardItem[] = [];
  const missesByReason = MISS_REASONS.map((): LikelyMiss[] => []);
  for (const deadline of [...byDeadline.keys()].sort()) {
    const group = (byDeadline.get(deadline) ?? []).sort((a, b) => compareRefs(a.action.ref, b.action.ref));
    const daysLate = daysBetween(deadline, asOf);
    for (const item of group) {
      if (item.health === 'OVERDUE') overdue.push(toItem(item, daysLate));
      if (deadline > asOf && deadline <= horizon) upcoming.push(toItem(item, daysLate));
      const miss = likelyMissOf(item, project, dates.reviewDate);
      if (miss) missesByReason[MISS_REASONS.indexOf(miss.reason)]?.push({ action: toItem(item, daysLate), ...miss });
    }
  }
  return { overdue, upcoming, likelyToMiss: missesByReason.flat() };
}

const latestFirst = (time: (round: RoundState) => string) => (a: RoundState, b: RoundState) => Date.parse(time(b)) - Date.parse(time(a));

/** The round whose coverage the dashboard shows: the open one, else the one closed last. */
export function coverageRound(rounds: RoundState[]): RoundState | undefined {
  const open = rounds.filter((round) => round.open).sort(latestFirst((round) => round.opens));
  if (open[0]) return open[0];
  return rounds.filter((round) => !round.open).sort(latestFirst((round) => round.closedAt ?? round.closes))[0];
}

interface ReportCount {
  reported: number;
  accepted: number;
}

function addReport(counts: ReportCount, accepted: number): void {
  counts.reported += 1;
  counts.accepted += accepted;
}

/**
 * Which countries reported on which member-state actions in `round`. A report counts as
 * reported whatever its review state (a RETURNED report was still reported), and as accepted
 * only when ACCEPTED. Before any round every count is zero, the rows and columns still listed.
 * A closed round's figures are frozen: to show them as they stood, pass the reports replayed
 * until the round's closedAt. One pass over the reports counts them by country and by action.
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
  const byAction = new Map(reportingActions.map(({ id }): [string, ReportCount] => [id, { reported: 0, accepted: 0 }]));
  const byCountry = new Map(memberStates.map(({ code }): [string, ReportCount] => [code, { reported: 0, accepted: 0 }]));
  const inRound: ReportCount = { reported: 0, accepted: 0 };
  for (const report of reports) {
    if (report.roundId !== round?.id) continue;
    const ofAction = byAction.get(report.actionId);
    const ofCountry = byCountry.get(report.country);
    if (!ofAction || !ofCountry) continue;
    const accepted = report.review === 'ACCEPTED' ? 1 : 0;
    addReport(inRound, accepted);
    addReport(ofAction, accepted);
    addReport(ofCountry, accepted);
  }
  const expected = expectedPerCountry * memberStates.length;
  const none: ReportCount = { reported: 0, accepted: 0 };
  return {
    roundId: round?.id ?? null,
    roundName: round?.name ?? null,
    expected,
    reported: inRound.reported,
    accepted: inRound.accepted,
    percentReported: percent(inRound.reported, expected),
    byCountry: memberStates.map(({ code, name }): CountryCoverage => ({
      country: code,
      name,
      expected: expectedPerCountry,
      ...(byCountry.get(code) ?? none),
    })),
    byAction: reportingActions.map(({ id, ref }): ActionCoverage => ({
      actionId: id,
      ref,
      expected: expectedPerAction,
      ...(byAction.get(id) ?? none),
    })),
  };
}

/** Report statuses in the order the figures name them: the furthest along first (as the action page's summary). */
export const REPORT_STATUS_ORDER = [
  'COMPLETED',
  'IN_PROGRESS',
  'PLANNED',
  'NOT_STARTED',
  'NOT_APPLICABLE',
] as const satisfies readonly MemberStateReportStatus[];

/**
 * What the member states' accepted reports say (issue 14: an accepted report counts where the
 * figures count, without changing the action's own status). Each country's current report on
 * each action addressed to the member states counts, whatever round it came in, once it is
 * ACCEPTED; a report submitted and waiting for review counts as under review only; a returned
 * one not at all. Reports of an action not addressed to the member states, or of a country
 * that does not take part, are left out (as in coverage). As of a past date, pass the reports
 * replayed to it.
 */
export function memberStateProgressOf(
  actions: readonly Pick<ActionState, 'id' | 'memberStateReporting'>[],
  reports: readonly Pick<ReportState, 'actionId' | 'country' | 'status' | 'review'>[],
  memberStates: DashboardStrategy['memberStates'],
): MemberStateProgress {
  const reportingActions = new Set(actions.filter((action) => action.memberStateReporting).map((action) => action.id));
  const countries = new Set(memberStates.map(({ code }) => code));
  const byStatus = zeroes(REPORT_STATUS_ORDER);
  const countriesReporting = new Set<string>();
  let accepted = 0;
  let underReview = 0;
  for (const report of reports) {
    if (!reportingActions.has(report.actionId) || !countries.has(report.country)) continue;
    if (report.review === 'SUBMITTED') underReview += 1;
    if (report.review !== 'ACCEPTED') continue;
    accepted += 1;
    byStatus[report.status] += 1;
    countriesReporting.add(report.country);
  }
  return {
    actions: reportingActions.size,
    countries: countries.size,
    expected: reportingActions.size * countries.size,
    accepted,
    countriesReporting: countriesReporting.size,
    byStatus: REPORT_STATUS_ORDER.map((status) => ({ status, count: byStatus[status] })),
    underReview,
  };
}

const monthOf = (isoDateOrTime: string) => new Date(Date.parse(isoDateOrTime)).toISOString().slice(0, 7);

/**
 * The most months a burn-up holds: a century. The API keeps asOf between adoption and today
 * (validation.ts DATE_RANGES), so a real burn-up is far shorter; this is the loop's own bound.
 */
export const MAX_BURN_UP_MONTHS = 1200;

/** YYYY-MM as a count of months, so that months are compared as numbers (10000-01 comes after 9999-12). */
const monthIndex = (month: string) => Number(month.slice(0, -3)) * 12 + Number(month.slice(-2)) - 1;
const monthOfIndex = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Every month from `first` to `last`, both included, and never more than MAX_BURN_UP_MONTHS. */
export function monthsFrom(first: string, last: string): string[] {
  const start = monthIndex(first);
  const end = Math.min(monthIndex(last), start + MAX_BURN_UP_MONTHS - 1);
  const months: string[] = [];
  for (let index = start; index <= end; index += 1) months.push(monthOfIndex(index));
  return months;
}

/**
 * The running total of counts by month: called with months in increasing order, it returns
 * the counts of every month up to and including the one asked (earlier months included).
 */
function runningTotal(countsByMonth: Map<string, number>): (month: string) => number {
  const months = [...countsByMonth.keys()].sort();
  let next = 0;
  let total = 0;
  return (month) => {
    for (let key = months[next]; key !== undefined && key <= month; key = months[next]) {
      total += countsByMonth.get(key) ?? 0;
      next += 1;
    }
    return total;
  };
}

/**
 * Cumulative counts at the end of each month (UTC), from the adoption month to the later of
 * the review month and the asOf month. `completed` never looks beyond asOf: in the months
 * after asOf it stays at its asOf value, and a completion with no completedAt (or a later
 * one) counts from the asOf month. `fallingDue` is the plan: actions whose deadline in force
 * (as at asOf) falls in or before the month, for every month including those after asOf.
 * One pass counts the actions by month; the points are the running totals.
 */
function burnUp(actions: ActionState[], strategy: Pick<DashboardStrategy, 'adopted' | 'reviewDate'>, asOf: string): BurnUpPoint[] {
  const asOfMonth = asOf.slice(0, 7);
  const reviewMonth = strategy.reviewDate.slice(0, 7);
  const completedIn = new Map<string, number>();
  const dueIn = new Map<string, number>();
  const completionMonth = cached((completedAt) => monthOf(completedAt));
  for (const action of actions) {
    const dueMonth = action.deadline.slice(0, 7);
    dueIn.set(dueMonth, (dueIn.get(dueMonth) ?? 0) + 1);
    if (action.status !== 'COMPLETED') continue;
    const month = action.completedAt ? completionMonth(action.completedAt) : asOfMonth;
    const counted = month < asOfMonth ? month : asOfMonth;
    completedIn.set(counted, (completedIn.get(counted) ?? 0) + 1);
  }
  const completedBy = runningTotal(completedIn);
  const dueBy = runningTotal(dueIn);
  const lastMonth = asOfMonth > reviewMonth ? asOfMonth : reviewMonth;
  return monthsFrom(strategy.adopted.slice(0, 7), lastMonth).map((month) => ({
    month,
    completed: completedBy(month),
    fallingDue: dueBy(month),
  }));
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
  // Far beyond any quantile asked for (a dozen standard deviations): the loop's own bound.
  const limit = Math.ceil(mean + 12 * Math.sqrt(mean) + 50);
  while (cdf < p && k < limit) {
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
export const MISS_REASONS = ['OVERDUE', 'FORECAST_AFTER_REVIEW', 'NOT_STARTED', 'PACE_TOO_SLOW', 'AT_RISK'] as const;
export type MissReason = (typeof MISS_REASONS)[number];

export const LIKELY_TO_MISS_METHOD =
  'An action counts as likely to miss the review date when it is neither completed, discontinued nor ongoing, its deadline in force ' +
  'falls on or before the review date, and it is overdue, forecast by its owner after the review date, not started, ' +
  `too slow (its progress divided by the months since adoption, at least ${MIN_PACE_MONTHS}, times the months left would not reach 100), ` +
  'or at risk against its own deadline; the first reason that applies is shown.';

/**
 * Progress an action would reach by the review date at its own pace so far: its progress
 * divided by the months since adoption (at least MIN_PACE_MONTHS), carried to the review date.
 */
export function projectedProgress(progress: number, dates: { adopted: string; reviewDate: string; asOf: string }): number {
  return progressProjection(dates)(progress);
}

/** projectedProgress for many actions on one date: the month spans they share are counted once. */
function progressProjection({ adopted, reviewDate, asOf }: { adopted: string; reviewDate: string; asOf: string }): (progress: number) => number {
  if (asOf >= reviewDate) return (progress) => progress;
  const monthsSoFar = Math.max(MIN_PACE_MONTHS, monthsBetween(adopted, asOf));
  const monthsLeft = monthsBetween(asOf, reviewDate);
  return (progress) => Math.min(100, Math.floor(progress + (progress / monthsSoFar) * monthsLeft));
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
 * "Which ones are likely to miss" the review date (review pack issue): whether one action is,
 * and why (LIKELY_TO_MISS_METHOD). The list (listsByDeadline) puts the most urgent reason
 * first, then the earliest deadline, then strategy order; the count covers them all; the API
 * serves the first `first`.
 */
function likelyMissOf(
  item: AssessedAction,
  project: (progress: number) => number,
  reviewDate: string,
): { reason: MissReason; projectedProgress: number } | undefined {
  const { status, deadline, progress } = item.action;
  if (status === 'COMPLETED' || status === 'DISCONTINUED' || status === 'ONGOING' || deadline > reviewDate) return undefined;
  const projected = project(progress);
  const reason = missReason(item, projected, reviewDate);
  return reason ? { reason, projectedProgress: projected } : undefined;
}
