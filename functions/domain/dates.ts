/**
 * Calendar-day arithmetic, the one copy (issue 11). Days are UTC days written YYYY-MM-DD, as
 * the API's are: no time zone and no daylight-saving hour moves them. Pure, imports nothing.
 */

/** A real calendar date written YYYY-MM-DD (a string: an array, a number or 2013-02-30 is not one). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** One UTC day in milliseconds. */
export const DAY_MS = 86_400_000;

/**
 * The UTC midnight (ms) that starts the day of `date`: YYYY-MM-DD, or an ISO instant whose first
 * ten characters are its UTC day. NaN for what is not a date; a day the month lacks
 * (2013-02-30) rolls over as Date.parse does.
 */
export function utcMidnight(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

/** The UTC day (YYYY-MM-DD) of an instant; RangeError for an invalid one. */
export function toDay(instant: Date | number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** `date` plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  return toDay(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (utcMidnight(to) - utcMidnight(from)) / DAY_MS;
}

/**
 * Adds calendar months; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb).
 * Throws for what is not a date.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year = NaN, month = NaN, day = NaN] = isoDate.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const targetYear = firstOfTarget.getUTCFullYear();
  const targetMonth = firstOfTarget.getUTCMonth() + 1;
  return calendarDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD of a year, month (1-12) and day; throws for a day the month lacks. */
export function calendarDate(year: number, month: number, day: number): string {
  if (!Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`${year}-${month}-${day} is not a calendar date`);
  }
  return [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')].join('-');
}

/** The exclusive upper bound of the UTC day `date` (YYYY-MM-DD): the next midnight, UTC, as an ISO instant. */
export function endOfDay(date: string): string {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  // The round trip rejects what Date.parse would roll over, such as 2013-02-30.
  if (Number.isNaN(midnight) || new Date(midnight).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`"${date}" is not a date (YYYY-MM-DD).`);
  }
  return new Date(midnight + DAY_MS).toISOString();
}
