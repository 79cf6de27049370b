import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../functions/domain/dates';
import { isCalendarDate } from '../../../../functions/domain/dates';
import { defaultPeriod, periodOf, periodProblems, summaryArguments } from './period';

describe('the period of the change list', () => {
  it('defaults to the last 30 days, today included', () => {
    expect(defaultPeriod('2014-02-07')).toEqual({ from: '2014-01-09', to: '2014-02-07' });
    expect(periodOf(new URLSearchParams(''), '2014-02-07')).toEqual({ from: '2014-01-09', to: '2014-02-07' });
  });

  it('reads the dates from the address, and the 30 days before a lone `to`', () => {
    expect(periodOf(new URLSearchParams('from=2013-12-01&to=2013-12-31'), '2014-02-07')).toEqual({ from: '2013-12-01', to: '2013-12-31' });
    expect(periodOf(new URLSearchParams('to=2013-03-01'), '2014-02-07')).toEqual({ from: '2013-01-31', to: '2013-03-01' });
    expect(periodOf(new URLSearchParams('from=2013-02-30&to=nope'), '2014-02-07')).toEqual({ from: '2014-01-09', to: '2014-02-07' });
  });

  it('puts a reversed period right', () => {
    expect(periodOf(new URLSearchParams('from=2014-01-31&to=2014-01-01'), '2014-02-07')).toEqual({ from: '2014-01-01', to: '2014-01-31' });
  });

  it('asks the API up to the start of the day after the last day shown', () => {
    expect(summaryArguments({ from: '2013-12-01', to: '2013-12-31' })).toEqual({ from: '2013-12-01', to: '2014-01-01' });
    expect(summaryArguments({ from: '2014-02-07', to: '2014-02-07' })).toEqual({ from: '2014-02-07', to: '2014-02-08' });
  });

  it('knows real calendar days, leap years included', () => {
    expect(isCalendarDate('2012-02-29')).toBe(true);
    expect(isCalendarDate('2013-02-29')).toBe(false);
    expect(isCalendarDate('2013-2-1')).toBe(false);
    expect(addDays('2013-12-31', 1)).toBe('2014-01-01');
    expect(addDays('2013-03-01', -1)).toBe('2013-02-28');
  });

  it('names what is wrong with the dates typed in', () => {
    expect(periodProblems('', '2014-01-01')).toEqual({ from: 'fromRequired' });
    expect(periodProblems('2014-01-01', '')).toEqual({ to: 'toRequired' });
    expect(periodProblems('2014-02-01', '2014-01-01')).toEqual({ to: 'order' });
    expect(periodProblems('2014-01-01', '2014-01-01')).toEqual({});
  });
});
