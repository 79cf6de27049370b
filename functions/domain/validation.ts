import { addDays, isCalendarDate } from './dates.js';

/**
 * Field rules shared by every input, read and write: bounded text with no invisible controls,
 * http(s) links without credentials, real calendar dates within a range, bounded keys. Pure:
 * the server applies them at the API boundary and the web app reuses them in its forms.
 */
export const LIMITS = {
  noteLength: 2000,
  reasonLength: 1000,
  commentLength: 2000,
  roundNameLength: 200,
  urlLength: 2048,
  evidenceLinks: 20,
  /**
   * An id, a country code or any other string used in a key: 100 UTF-16 units are at most 300
   * bytes of UTF-8, so a key built from two of them stays far below DynamoDB's 1 kB sort key.
   */
  keyLength: 100,
  /** A cursor this API returned is under 120 characters; its decoded key stays under 1 kB. */
  cursorLength: 256,
  /** An e-mail address: RFC 5321's longest path, still under 1 kB in any key. */
  emailLength: 254,
} as const;

/**
 * What is wrong with one evidence link, or null: an http(s) URL of at most urlLength
 * characters, with no user name or password in it (a link is shown to every reader) and no
 * control or direction-changing character (what a reader sees must be where it goes).
 */
export function linkProblem(url: string): string | null {
  const shown = `"${visible(url.slice(0, 80))}"`;
  switch (linkFault(url)) {
    case null:
      return null;
    case 'length':
      return `${shown} is longer than ${LIMITS.urlLength} characters.`;
    case 'hidden':
      return `${shown} contains spaces or invisible characters.`;
    case 'scheme':
      return `${shown} is not an http(s) link.`;
    case 'credentials':
      return `${shown} carries a user name or password: link to the page without them.`;
  }
}

/** What is wrong with an evidence link, as a kind (the web app words each in its languages). */
export function linkFault(url: string): 'length' | 'hidden' | 'scheme' | 'credentials' | null {
  if (url.length > LIMITS.urlLength) return 'length';
  if (HIDDEN_CHARACTER.test(url) || /\s/.test(url)) return 'hidden';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return 'scheme';
  if (parsed.username !== '' || parsed.password !== '' || /^[a-z]+:\/\/[^/?#]*@/i.test(url)) return 'credentials';
  return null;
}

export function evidenceProblems(urls: readonly string[]): string[] {
  const problems: string[] = [];
  if (urls.length > LIMITS.evidenceLinks) problems.push(`At most ${LIMITS.evidenceLinks} evidence links.`);
  for (const url of urls.slice(0, LIMITS.evidenceLinks + 1)) {
    const problem = linkProblem(url);
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * Characters no free text may hold: C0 controls (tab and line feed are allowed where lines
 * are), DEL, C1 controls, the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: "Trojan Source" text that displays in another order than it reads), the line
 * and paragraph separators, and lone surrogates (not text: they cannot be stored as UTF-8).
 * The direction marks U+200E/U+200F/U+061C stay allowed: mixed right-to-left text needs them
 * and they reorder nothing beyond their neighbours.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\p{Cs}]/u;
const LINE_CHARACTER = /[\t\n]/;

/** A string with its control characters shown as code points, for a message. */
function visible(value: string): string {
  return value.replace(
    new RegExp(`${HIDDEN_CHARACTER.source}|${LINE_CHARACTER.source}`, 'gu'),
    (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Windows (CRLF) and old Mac (CR) line ends as line feeds: multi-line text is stored with \n only. */
export function normalizeLineBreaks<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value) as T;
}

/** The first character of `value` that free text may not hold, as U+XXXX, or null. */
export function hiddenCharacter(value: string, { multiline }: { multiline: boolean }): string | null {
  const match = HIDDEN_CHARACTER.exec(value) ?? (multiline ? null : LINE_CHARACTER.exec(value));
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/**
 * Free text: at most `max` characters and no hidden characters. Notes, reasons and comments
 * are multi-line (tab and line feed allowed; normalise CR first); names are one line.
 */
export function textProblem(
  label: string,
  value: string | null | undefined,
  max: number,
  required = false,
  { multiline = true }: { multiline?: boolean } = {},
): string | null {
  if (value == null || value.trim() === '') return required ? `${label} is required.` : null;
  if (value.length > max) return `${label} is limited to ${max} characters.`;
  const hidden = hiddenCharacter(value, { multiline });
  if (hidden) {
    return `${label} contains ${hidden}, a control, line-break or direction-changing character that ${multiline ? 'text' : 'a one-line name'} may not hold.`;
  }
  return null;
}

/**
 * A string used as a key or a cursor (ids, country codes, filters, client mutation ids): at
 * most `max` characters. The message never repeats the value.
 */
export function keyProblem(label: string, value: unknown, max: number = LIMITS.keyLength): string | null {
  if (typeof value !== 'string') return `${label} must be a string.`;
  return value.length > max ? `${label} is ${value.length} characters long; at most ${max} are allowed.` : null;
}

/** The days a date may name, both included, with what the ends are, in words. */
export interface DayRange {
  earliest: string;
  latest: string;
  /** e.g. "the adoption", "today, UTC": shown beside the dates in a message. */
  earliestIs: string;
  latestIs: string;
  /** How a day outside is described: "is before the strategy was adopted", "is in the future". */
  tooEarly: string;
  tooLate: string;
}

const shiftYears = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`.replace(/-02-29$/, '-02-28');

/** What the ranges are computed from: the strategy's adoption and the server's today (UTC). */
export interface RangeBasis {
  adopted: string;
  today: string;
}

/**
 * The range of every date argument of the API (docs/DECISIONS.md, "Date ranges"):
 * - asOf: a day the state is shown or frozen for, from the adoption to today. Before the
 *   adoption nothing was tracked; after today nothing has happened yet.
 * - period: an end of a period of changes (changes, changeSummary, the history export), from
 *   a year before the adoption (a window reaching back from an early day, "since the start of
 *   the year") to two days after today (an exclusive end after the last day shown, in the
 *   time zone furthest ahead of UTC).
 * - planning: a forecast, a revised deadline or a round's closing, from the adoption to the
 *   end of the century that follows it: later than any plan, near enough that every loop over
 *   months stays small.
 */
export const DATE_RANGES = {
  asOf: ({ adopted, today }: RangeBasis): DayRange => ({
    earliest: adopted,
    latest: today,
    earliestIs: 'the adoption',
    latestIs: 'today, UTC',
    tooEarly: 'is before the strategy was adopted',
    tooLate: 'is in the future',
  }),
  period: ({ adopted, today }: RangeBasis): DayRange => ({
    earliest: shiftYears(adopted, -1),
    latest: addDays(today, 2),
    earliestIs: 'a year before the adoption',
    latestIs: 'two days after today, UTC',
    tooEarly: 'is more than a year before the strategy was adopted',
    tooLate: 'is too far in the future',
  }),
  planning: ({ adopted }: Pick<RangeBasis, 'adopted'>): DayRange => ({
    earliest: adopted,
    latest: `${String(Number(adopted.slice(0, 4)) + 100).padStart(4, '0')}-12-31`,
    earliestIs: 'the adoption',
    latestIs: 'the end of the century after the adoption',
    tooEarly: 'is before the strategy was adopted',
    tooLate: 'is too far in the future',
  }),
} as const;

/** Whether `day` (YYYY-MM-DD, already a calendar date) lies in `range`; the message names both ends. */
export function dayRangeProblem(label: string, day: string, range: DayRange): string | null {
  if (day >= range.earliest && day <= range.latest) return null;
  return (
    `${label} ${day} ${day < range.earliest ? range.tooEarly : range.tooLate}: ` +
    `the earliest allowed is ${range.earliest} (${range.earliestIs}), the latest ${range.latest} (${range.latestIs}).`
  );
}

/** A date argument: a calendar date (YYYY-MM-DD) within `range`, or the problem in words. */
export function dateProblem(label: string, value: unknown, range: DayRange | undefined): string | null {
  if (!isCalendarDate(value)) return `${label} "${visible(String(value).slice(0, 40))}" is not a date (YYYY-MM-DD).`;
  return range ? dayRangeProblem(label, value as string, range) : null;
}
