import { DAY_MS, utcMidnight } from './dates.js';
import type { ActionStatus, Health } from './model.js';

/**
 * The health rule of DESIGN.md, evaluated "as of" a date. Thresholds live in configuration
 * (`HealthConfig`), not in the rule.
 */
export interface HealthConfig {
  /** Points by which progress may trail a straight line from adoption to deadline before AT_RISK. */
  progressLagPoints: number;
  /** Days without confirmation after which an action is flagged STALE. */
  staleAfterDays: number;
}

export const DEFAULT_HEALTH_CONFIG: HealthConfig = { progressLagPoints: 25, staleAfterDays: 90 };

export interface HealthInput {
  status: ActionStatus;
  progress: number;
  /** The deadline in force, YYYY-MM-DD. */
  deadline: string;
  forecastDate?: string | null;
  lastConfirmedAt?: string | null;
}

export interface HealthContext {
  /** YYYY-MM-DD */
  asOf: string;
  /** The strategy's adoption date, YYYY-MM-DD: the start of the straight line. */
  adopted: string;
  config: HealthConfig;
}

/** Where the straight line from adoption (0) to the deadline (100) stands at `asOfTime` (times in ms). */
function straightLine(adoptedTime: number, deadlineTime: number, asOfTime: number): number {
  const span = deadlineTime - adoptedTime;
  if (span <= 0) return 100;
  const elapsed = asOfTime - adoptedTime;
  return Math.min(100, Math.max(0, (elapsed / span) * 100));
}

/** Progress a straight line from adoption (0) to the deadline (100) expects on `asOf`. */
export function expectedProgress(adopted: string, deadline: string, asOf: string): number {
  return straightLine(utcMidnight(adopted), utcMidnight(deadline), utcMidnight(asOf));
}

/**
 * The health rule for many actions on one date (the dashboard assesses thousands): the dates
 * they share are read once, and each deadline once however many actions share it.
 * `computeHealth` is this rule for one action.
 */
export function healthRule({ asOf, adopted, config }: HealthContext): (action: HealthInput) => Health {
  const asOfTime = utcMidnight(asOf);
  const adoptedTime = utcMidnight(adopted);
  const deadlineTimes = new Map<string, number>();
  const deadlineTime = (deadline: string) => {
    let time = deadlineTimes.get(deadline);
    if (time === undefined) {
      time = utcMidnight(deadline);
      deadlineTimes.set(deadline, time);
    }
    return time;
  };
  return (action) => {
    if (action.status === 'COMPLETED') return 'DONE';
    // ONGOING means "a recurring action that is running as planned" (DESIGN.md): its deadline is
    // the first occurrence, so passing it is the plan, not a slip. DISCONTINUED follows the rule:
    // it was not completed, and the report says why through its note.
    if (action.status === 'ONGOING') return 'ON_TRACK';
    if (asOf > action.deadline) return 'OVERDUE';
    if (action.forecastDate && action.forecastDate > action.deadline) return 'AT_RISK';
    if (straightLine(adoptedTime, deadlineTime(action.deadline), asOfTime) - action.progress > config.progressLagPoints) return 'AT_RISK';
    return 'ON_TRACK';
  };
}

export function computeHealth(action: HealthInput, context: HealthContext): Health {
  return healthRule(context)(action);
}

/** The staleness rule for many actions on one date; `isStale` is it for one. */
export function staleRule(asOf: string, config: HealthConfig): (lastConfirmedAt: string | null | undefined) => boolean {
  const asOfTime = utcMidnight(asOf);
  return (lastConfirmedAt) => {
    if (!lastConfirmedAt) return true;
    return (asOfTime - utcMidnight(lastConfirmedAt)) / DAY_MS > config.staleAfterDays;
  };
}

export function isStale(lastConfirmedAt: string | null | undefined, asOf: string, config: HealthConfig): boolean {
  return staleRule(asOf, config)(lastConfirmedAt);
}
