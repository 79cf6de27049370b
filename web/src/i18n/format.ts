import type { Language } from './languages';

/**
 * Dates and numbers are written the way each language writes them. English is the
 * Commission's (British) English: "31 Dec 2013", not "Dec 31, 2013".
 */
const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

export function localeOf(language: string): string {
  return LOCALES[language as Language] ?? LOCALES.en;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = dateFormats.get(key);
  if (!format) {
    format = make();
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date (2013-12-31) as "31 Dec 2013", read in UTC so no time zone moves the day. */
export function formatDate(isoDate: string, language: string, style: 'short' | 'long' = 'short'): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const locale = localeOf(language);
  return cached(
    `${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: style === 'short' ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/** A moment (2014-02-07T09:00:00Z) as date and time in the reader's own time zone. */
export function formatDateTime(isoDateTime: string, language: string, timeZone?: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const locale = localeOf(language);
  return cached(
    `${locale}|datetime|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }),
  ).format(date);
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}

/** 42.9 → "42.9%" in English, "42,9 %" in French and German. */
export function formatPercent(percent: number, language: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits }).format(percent / 100);
}

/**
 * Quotation marks as each language sets them: “…” in English, « … » in French (with narrow
 * no-break spaces inside), „…“ in German. For quoting words that keep their own language,
 * such as the strategy's deadline phrases: the marks belong to the sentence around them.
 */
export function quoteMarks(language: string): readonly [open: string, close: string] {
  if (language === 'fr') return ['«\u202f', '\u202f»'];
  if (language === 'de') return ['„', '“'];
  return ['“', '”'];
}

/** A label and its colon: French sets a narrow no-break space before it ("Échéance :"). */
export function withColon(label: string, language: string): string {
  return language === 'fr' ? `${label}\u202f:` : `${label}:`;
}
