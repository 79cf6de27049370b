import { addDays, isCalendarDate } from '../../../../functions/domain/dates';

/**
 * The period of the change list, as the address carries it: ?from=YYYY-MM-DD&to=YYYY-MM-DD,
 * both days included. The API's changeSummary(from, to) ends at the start of `to`, so the
 * page asks for the day after the last one shown. Days are UTC days, as the API's are.
 */
export const DEFAULT_PERIOD_DAYS = 30;

export interface Period {
  /** First day included. */
  from: string;
  /** Last day included. */
  to: string;
}

/** The last DEFAULT_PERIOD_DAYS days up to `today`, both ends included. */
export function defaultPeriod(today: string): Period {
  return { from: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)), to: today };
}

/**
 * The period in the address, falling back to the default for anything missing or unreadable
 * (a shared link with a typo still shows something sensible). A reversed period is put right.
 */
export function periodOf(search: URLSearchParams, today: string): Period {
  const fallback = defaultPeriod(today);
  const to = isCalendarDate(search.get('to')) ? search.get('to')! : fallback.to;
  const from = isCalendarDate(search.get('from')) ? search.get('from')! : addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The arguments of changeSummary(from, to) for a period whose last day is included. */
export function summaryArguments(period: Period): { from: string; to: string } {
  return { from: period.from, to: addDays(period.to, 1) };
}

export type PeriodProblem = 'fromRequired' | 'toRequired' | 'order';

/** What is wrong with the dates typed into the form, field by field. */
export function periodProblems(from: string, to: string): { from?: PeriodProblem; to?: PeriodProblem } {
  const problems: { from?: PeriodProblem; to?: PeriodProblem } = {};
  if (!isCalendarDate(from)) problems.from = 'fromRequired';
  if (!isCalendarDate(to)) problems.to = 'toRequired';
  if (!problems.from && !problems.to && from > to) problems.to = 'order';
  return problems;
}

/** Today as a UTC calendar day. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
