import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from './format';

describe('formatting for the chosen language', () => {
  it('writes a calendar date the way each language does, whatever the time zone', () => {
    expect(formatDate('2013-12-31', 'en')).toBe('31 Dec 2013');
    expect(formatDate('2013-12-31', 'fr')).toBe('31 déc. 2013');
    expect(formatDate('2013-12-31', 'de')).toBe('31. Dez. 2013');
    expect(formatDate('2014-02-07', 'en', 'long')).toBe('7 February 2014');
  });
  it('writes numbers and percentages with the language separators', () => {
    expect(formatNumber(200000, 'en')).toBe('200,000');
    expect(formatNumber(200000, 'fr').replace(/\s/g, ' ')).toBe('200 000');
    expect(formatNumber(200000, 'de')).toBe('200.000');
    expect(formatPercent(42.9, 'en')).toBe('42.9%');
    expect(formatPercent(42.9, 'de').replace(/\s/g, ' ')).toBe('42,9 %');
  });
  it('returns a string it cannot read unchanged', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
