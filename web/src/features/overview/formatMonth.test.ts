import { describe, expect, it } from 'vitest';
import { formatMonth } from './formatMonth';

describe('formatMonth', () => {
  it('writes a month in the reader’s language', () => {
    expect(formatMonth('2014-02', 'en')).toBe('Feb 2014');
    expect(formatMonth('2014-02', 'fr', 'long')).toBe('février 2014');
    expect(formatMonth('2014-02', 'de', 'long')).toBe('Februar 2014');
  });

  it('gives back what it cannot read', () => {
    expect(formatMonth('soon', 'en')).toBe('soon');
  });
});
