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

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** Progress a straight line from adoption (0) to the deadline (100) expects on `asOf`. */
export function expectedProgress(adopted: string, deadline: string, asOf: string): number {
  const span = toTime(deadline) - toTime(adopted);
  if (span <= 0) return 100;
  const elapsed = toTime(asOf) - toTime(adopted);
  return Math.min(100, Math.max(0, (elapsed / span) * 100));
}

export function computeHealth(action: HealthInput, { asOf, adopted, config }: HealthContext): Health {
  if (action.status === 'COMPLETED') return 'DONE';
  // ONGOING means "a recurring action that is running as planned" (DESIGN.md): its deadline is
  // the first occurrence, so passing it is the plan, not a slip. DISCONTINUED follows the rule:
  // it was not completed, and the report says why through its note.
  if (action.status === 'ONGOING') return 'ON_TRACK';
  if (asOf > action.deadline) return 'OVERDUE';
  if (action.forecastDate && action.forecastDate > action.deadline) return 'AT_RISK';
  if (expectedProgress(adopted, action.deadline, asOf) - action.progress > config.progressLagPoints) return 'AT_RISK';
  return 'ON_TRACK';
}

export function isStale(lastConfirmedAt: string | null | undefined, asOf: string, config: HealthConfig): boolean {
  if (!lastConfirmedAt) return true;
  return (toTime(asOf) - toTime(lastConfirmedAt)) / DAY_MS > config.staleAfterDays;
}
