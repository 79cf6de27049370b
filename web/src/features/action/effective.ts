import { isCalendarDate } from '../../../../functions/domain/dates';

/**
 * "When did this happen?" (issue 13): the day a change took effect, today by default, from the
 * later of the strategy's adoption and the latest day already recorded for the subject (the
 * action, or the country's report) to today, UTC, as the server counts days. The server holds
 * the same rule (functions/domain/effective-dates.ts); the form only says it earlier.
 */
export interface EffectiveBounds {
  earliest: string;
  latest: string;
}

/** Today as the server counts it: the UTC day. */
export const todayUtc = (now: Date = new Date()) => now.toISOString().slice(0, 10);

export function effectiveBounds(adopted: string, latestRecorded: string | null | undefined, today: string = todayUtc()): EffectiveBounds {
  return { earliest: latestRecorded && latestRecorded > adopted ? latestRecorded : adopted, latest: today };
}

export type EffectiveProblem =
  { code: 'effectiveRequired' | 'effectiveDate' } | { code: 'effectiveEarly' | 'effectiveLate'; values: EffectiveBounds };

export function effectiveProblem(value: string, bounds: EffectiveBounds): EffectiveProblem | null {
  if (value === '') return { code: 'effectiveRequired' };
  if (!isCalendarDate(value)) return { code: 'effectiveDate' };
  if (value < bounds.earliest) return { code: 'effectiveEarly', values: bounds };
  if (value > bounds.latest) return { code: 'effectiveLate', values: bounds };
  return null;
}

/** What the input sends: nothing for today (the server's default), the day otherwise. */
export const effectiveInput = (value: string, today: string = todayUtc()) => (value === today ? {} : { effectiveOn: value });

/** Whether an event was recorded after the day it took effect: the history then shows both dates. */
export const recordedLate = (event: { effectiveOn: string; recordedAt: string }) => event.effectiveOn < event.recordedAt.slice(0, 10);
