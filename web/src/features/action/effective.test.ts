import { describe, expect, it } from 'vitest';
import { effectiveBounds, effectiveInput, effectiveProblem, recordedLate, todayUtc } from './effective';

describe('"When did this happen?"', () => {
  it('runs from the later of the adoption and the latest day recorded, to today (UTC)', () => {
    expect(effectiveBounds('2013-02-07', null, '2014-01-25')).toEqual({ earliest: '2013-02-07', latest: '2014-01-25' });
    expect(effectiveBounds('2013-02-07', '2013-12-20', '2014-01-25')).toEqual({ earliest: '2013-12-20', latest: '2014-01-25' });
    expect(todayUtc(new Date('2014-01-25T23:30:00-02:00'))).toBe('2014-01-26');
  });

  it('names what is wrong with a day', () => {
    const bounds = { earliest: '2013-12-20', latest: '2014-01-25' };
    expect(effectiveProblem('', bounds)).toEqual({ code: 'effectiveRequired' });
    expect(effectiveProblem('2013-02-30', bounds)).toEqual({ code: 'effectiveDate' });
    expect(effectiveProblem('2013-12-19', bounds)).toEqual({ code: 'effectiveEarly', values: bounds });
    expect(effectiveProblem('2014-01-26', bounds)).toEqual({ code: 'effectiveLate', values: bounds });
    expect(effectiveProblem('2013-12-20', bounds)).toBeNull();
    expect(effectiveProblem('2014-01-25', bounds)).toBeNull();
  });

  it('sends nothing for today (the server’s default) and the day otherwise', () => {
    expect(effectiveInput('2014-01-25', '2014-01-25')).toEqual({});
    expect(effectiveInput('2013-12-20', '2014-01-25')).toEqual({ effectiveOn: '2013-12-20' });
  });

  it('tells a late record from one recorded on its day', () => {
    expect(recordedLate({ effectiveOn: '2013-12-20', recordedAt: '2014-01-15T09:00:00.000Z' })).toBe(true);
    expect(recordedLate({ effectiveOn: '2014-01-15', recordedAt: '2014-01-15T09:00:00.000Z' })).toBe(false);
  });
});
