import { localeOf } from '../../i18n/format';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "2013-11" → "Nov 2013" (en), "nov. 2013" (fr), "Nov. 2013" (de); read in UTC. */
export function formatMonth(month: string, language: string, style: 'short' | 'long' = 'short'): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  const key = `${localeOf(language)}|${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { month: style, year: 'numeric', timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(date);
}
