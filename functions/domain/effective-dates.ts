import { isCalendarDate } from './dates.js';
import type { DayRange } from './validation.js';
import { dateProblem } from './validation.js';

/**
 * Effective dates (issue 13): every change says the day it happened (`effectiveOn`), which may
 * be earlier than the instant it was recorded (`at`, the recorded time). The rules, pure:
 *
 * - a change happens between the strategy's adoption and today (UTC, the server's clock);
 * - and never before the latest day already recorded for the same subject (an action's own
 *   changes; one country's report on an action): each subject's history keeps one order, so
 *   what happened by any day is a prefix of what was recorded, and a backdated change never
 *   reorders it;
 * - a catalogue load or correction is in force from the adoption;
 * - a history event written before effective dates existed took effect on the UTC day it was
 *   recorded (docs/DATA_MODEL.md).
 */

/** The UTC day of an ISO instant. */
export const dayOf = (instant: string): string => new Date(Date.parse(instant)).toISOString().slice(0, 10);

/** The day an event took effect: its own, or (an event recorded before the rule) the day it was recorded. */
export function effectiveOnOf(event: { at: string; effectiveOn?: string | null }): string {
  return event.effectiveOn && isCalendarDate(event.effectiveOn) ? event.effectiveOn : dayOf(event.at);
}

/** Whether an event was recorded after the day it took effect (a late record). */
export function recordedLate(event: { at: string; effectiveOn?: string | null }): boolean {
  return effectiveOnOf(event) < dayOf(event.at);
}

/**
 * Where an event sits in the strategy's change feed (pattern 5): the instant it was recorded,
 * or, for a late record, the last millisecond of the day it took effect. The feed, and every
 * "as of" read made from it, therefore runs in effective order.
 */
export function feedInstantOf(event: { at: string; effectiveOn?: string | null }): string {
  return recordedLate(event) ? `${effectiveOnOf(event)}T23:59:59.999Z` : event.at;
}

/** The days a change may be dated: from the later of the adoption and the subject's latest day, to today. */
export function effectiveRange({ adopted, today, latest }: { adopted: string; today: string; latest?: string | undefined }): DayRange {
  const bySubject = latest !== undefined && latest > adopted;
  return {
    earliest: bySubject ? latest : adopted,
    latest: today,
    earliestIs: bySubject ? 'the latest day already recorded for it' : 'the adoption',
    latestIs: 'today, UTC',
    tooEarly: bySubject ? 'is before the latest day already recorded for it' : 'is before the strategy was adopted',
    tooLate: 'is in the future',
  };
}

/**
 * The day a change took effect, or why it cannot: absent (or null) means today. `adopted`
 * may be absent only where no strategy is at hand (unit tests of other rules).
 */
export function effectiveDay(
  value: string | null | undefined,
  context: { now: string; adopted?: string | undefined; latest?: string | undefined },
): { ok: true; effectiveOn: string } | { ok: false; problem: string } {
  const today = context.now.slice(0, 10);
  if (value === undefined || value === null) return { ok: true, effectiveOn: today };
  const range = effectiveRange({ adopted: context.adopted ?? '0000-01-01', today, latest: context.latest });
  const problem = dateProblem('The day it happened (effectiveOn)', value, range);
  return problem ? { ok: false, problem } : { ok: true, effectiveOn: value };
}

/**
 * The instant a change took effect, as `completedAt` records it: the instant itself when it
 * was recorded on the day it happened, otherwise the start of that day (UTC).
 */
export function effectiveInstant(effectiveOn: string, now: string): string {
  return now.slice(0, 10) === effectiveOn ? now : `${effectiveOn}T00:00:00.000Z`;
}

/**
 * The latest day already recorded for an action's own changes: the day kept with it, or, for
 * an action last changed before effective dates existed, the day of its last confirmation or
 * revision.
 */
export function latestEffectiveOnOfAction(action: {
  effectiveOn?: string | undefined;
  lastConfirmedAt?: string | undefined;
  deadlineRevisions?: readonly { revisedAt: string; effectiveOn?: string | undefined }[] | undefined;
}): string | undefined {
  if (action.effectiveOn) return action.effectiveOn;
  const days = [action.lastConfirmedAt, action.deadlineRevisions?.at(-1)?.revisedAt].filter((at): at is string => !!at).map(dayOf);
  return days.sort().at(-1);
}

/** The latest day already recorded for one country's report on an action (its latest submission). */
export function latestEffectiveOnOfReport(report: { effectiveOn?: string | undefined; reportedAt: string } | undefined): string | undefined {
  if (!report) return undefined;
  return report.effectiveOn ?? dayOf(report.reportedAt);
}
