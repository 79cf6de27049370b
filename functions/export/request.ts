import { endOfDay, isCalendarDate } from '../domain/dates.js';
import { DATE_RANGES, dayRangeProblem, keyProblem, type RangeBasis } from '../domain/validation.js';
import { DEFAULT_EXPORT_LANGUAGE, EXPORT_LANGUAGES, type ExportLanguage } from './labels.js';

/**
 * What an export request asks for, read from its path and query string: pure, so that every
 * refusal is tested without a server. Paths are /export/<name>.<format>.
 */
export const EXPORT_NAMES = ['actions', 'reports', 'history', 'everything'] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];
export type ExportFormat = 'csv' | 'xlsx';

/** Which formats each export comes in: "everything" is one workbook of three sheets, so XLSX only. */
export const EXPORT_FORMATS: Record<ExportName, readonly ExportFormat[]> = {
  actions: ['csv', 'xlsx'],
  reports: ['csv', 'xlsx'],
  history: ['csv', 'xlsx'],
  everything: ['xlsx'],
};

export const EXPORT_PATH_PREFIX = '/export/';

export const AVAILABLE_EXPORTS = EXPORT_NAMES.flatMap((name) => EXPORT_FORMATS[name].map((format) => `${EXPORT_PATH_PREFIX}${name}.${format}`));

export function exportOfPath(pathname: string): { name: ExportName; format: ExportFormat } | null {
  const match = /^\/export\/([a-z]+)\.([a-z]+)$/.exec(pathname);
  const name = EXPORT_NAMES.find((candidate) => candidate === match?.[1]);
  const format = name ? EXPORT_FORMATS[name].find((candidate) => candidate === match?.[2]) : undefined;
  return name && format ? { name, format } : null;
}

/**
 * The parameters, resolved: `asOf` is the day the actions and reports are shown for (health
 * evaluated that day); history covers `from` ≤ at < `to`.
 */
export interface ExportParameters {
  asOf: string;
  history: { from: string; to: string };
  /** Day labels for the file name: the range as asked for, or undefined when none was. */
  range?: { from?: string; to?: string };
  /** The reader's language (`lang`): headings, sheet names and the words for codes. */
  language: ExportLanguage;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const PARAMETERS: Record<ExportName, readonly string[]> = {
  actions: ['asOf', 'lang'],
  reports: ['asOf', 'lang'],
  history: ['asOf', 'from', 'to', 'lang'],
  everything: ['asOf', 'lang'],
};

const DATETIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A history bound as an ISO instant: a day means its start (`from`) or the end of it (`to`, inclusive day). */
function instant(value: string, bound: 'from' | 'to'): string | null {
  if (isCalendarDate(value)) return bound === 'from' ? `${value}T00:00:00.000Z` : endOfDay(value);
  if (!DATETIME_WITH_ZONE.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) || !isCalendarDate(value.slice(0, 10)) ? null : new Date(time).toISOString();
}

/** A parameter's name and value are short: the longest allowed is a date-time with a zone. */
const PARAMETER_LENGTH = 40;

/** Reads the query string of an export; `now` is the server's clock. */
export function exportParameters(name: ExportName, query: URLSearchParams, now: Date): Parsed<ExportParameters> {
  const allowed = PARAMETERS[name];
  for (const [key, value] of query) {
    const problem = keyProblem('A parameter name', key, PARAMETER_LENGTH) ?? keyProblem(`"${key}"`, value, PARAMETER_LENGTH);
    if (problem) return { ok: false, problem };
  }
  for (const key of new Set(query.keys())) {
    if (!allowed.includes(key)) {
      return {
        ok: false,
        problem: `Unknown parameter "${key}": the ${name} export takes ${allowed.map((parameter) => `"${parameter}"`).join(', ')}.`,
      };
    }
    if (query.getAll(key).length > 1) return { ok: false, problem: `Give "${key}" once.` };
  }
  const lang = query.get('lang') ?? DEFAULT_EXPORT_LANGUAGE;
  const language = EXPORT_LANGUAGES.find((candidate) => candidate === lang);
  if (!language)
    return { ok: false, problem: `lang "${lang}" is not a language of the exports: give ${EXPORT_LANGUAGES.map((code) => `"${code}"`).join(', ')}.` };
  const today = now.toISOString().slice(0, 10);
  const asOf = query.get('asOf') ?? undefined;
  if (asOf !== undefined && !isCalendarDate(asOf)) return { ok: false, problem: `asOf "${asOf}" is not a date (YYYY-MM-DD).` };

  const from = query.get('from') ?? undefined;
  const to = query.get('to') ?? undefined;
  if (asOf !== undefined && to !== undefined) return { ok: false, problem: 'Give either "asOf" or "to", not both: both end the history.' };
  const fromInstant = from === undefined ? '0' : instant(from, 'from');
  if (fromInstant === null)
    return { ok: false, problem: `from "${from}" is not a date (YYYY-MM-DD) or a date-time with a zone (2014-02-07T09:00:00Z).` };
  const toInstant = to !== undefined ? instant(to, 'to') : asOf !== undefined ? endOfDay(asOf) : now.toISOString();
  if (toInstant === null) return { ok: false, problem: `to "${to}" is not a date (YYYY-MM-DD) or a date-time with a zone (2014-02-07T09:00:00Z).` };
  // Compared as times: the end of 9999-12-31 is written +010000-01-01T..., which sorts before any year as text.
  if ((fromInstant === '0' ? -Infinity : Date.parse(fromInstant)) >= Date.parse(toInstant))
    return { ok: false, problem: `The range is empty: from (${from}) must come before to (${to ?? asOf ?? 'now'}).` };

  return {
    ok: true,
    value: {
      asOf: asOf ?? today,
      history: { from: fromInstant, to: toInstant },
      language,
      ...(from !== undefined || to !== undefined
        ? { range: { ...(from ? { from: from.slice(0, 10) } : {}), ...(to ? { to: to.slice(0, 10) } : {}) } }
        : {}),
    },
  };
}

/**
 * Whether the days asked for lie in their ranges (functions/domain/validation.ts DATE_RANGES):
 * asOf from the adoption to today, a history's from and to as any period's ends. Checked once
 * the strategy's adoption is read, before any history is read or replayed.
 */
export function exportRangeProblem(parameters: ExportParameters, basis: RangeBasis): string | null {
  const period = DATE_RANGES.period(basis);
  return (
    dayRangeProblem('asOf', parameters.asOf, DATE_RANGES.asOf(basis)) ??
    (parameters.range?.from ? dayRangeProblem('from', parameters.range.from, period) : null) ??
    (parameters.range?.to ? dayRangeProblem('to', parameters.range.to, period) : null)
  );
}

/** e.g. eu-cybersecurity-2013_actions_2014-02-07.xlsx, eu-cybersecurity-2013_history_2013-02-07_to_2014-02-07.csv */
export function exportFileName(strategyId: string, name: ExportName, format: ExportFormat, parameters: ExportParameters): string {
  const slug = strategyId.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const { range } = parameters;
  const days = name === 'history' && range ? `${range.from ?? 'start'}_to_${range.to ?? parameters.asOf}` : parameters.asOf;
  return `${slug}_${name}_${days}.${format}`;
}
