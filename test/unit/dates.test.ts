import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDate, DAY_MS, daysBetween, endOfDay, toDay, utcMidnight } from '../../functions/domain/dates.js';

describe('dates: the one copy of calendar-day arithmetic (issue 11)', () => {
  it('reads a day, or the day of an ISO instant, as its UTC midnight', () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
    expect(utcMidnight('2013-02-07')).toBe(Date.UTC(2013, 1, 7));
    expect(utcMidnight('2013-02-07T23:59:59.999Z')).toBe(Date.UTC(2013, 1, 7));
    expect(utcMidnight('not a date')).toBeNaN();
  });

  it('writes the UTC day of an instant, and refuses an invalid one', () => {
    expect(toDay(Date.UTC(2016, 1, 29, 23, 59))).toBe('2016-02-29');
    expect(toDay(new Date('2014-01-01T00:30:00+01:00'))).toBe('2013-12-31');
    expect(() => toDay(Number.NaN)).toThrow(RangeError);
  });

  it('adds and subtracts days across month and year ends and leap days', () => {
    expect(addDays('2013-12-31', 1)).toBe('2014-01-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2016-02-29', 1)).toBe('2016-03-01');
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
    expect(addDays('2014-01-01', -366)).toBe('2012-12-31');
    expect(addDays('2014-01-15', 90)).toBe('2014-04-15');
    expect(addDays('2014-03-30T22:00:00Z', 0)).toBe('2014-03-30');
  });

  it('counts whole days both ways, unmoved by the dates on which Europe changes its clocks', () => {
    expect(daysBetween('2014-03-29', '2014-03-31')).toBe(2);
    expect(daysBetween('2014-10-25', '2014-10-27')).toBe(2);
    expect(daysBetween('2016-02-01', '2016-03-01')).toBe(29);
    expect(daysBetween('2015-02-01', '2015-03-01')).toBe(28);
    expect(daysBetween('2014-01-10', '2014-01-01')).toBe(-9);
    expect(daysBetween('2013-01-01', '2014-01-01')).toBe(365);
    expect(Number.isInteger(daysBetween('2013-01-01', '2016-12-31'))).toBe(true);
  });

  it('adds calendar months: a day the month lacks becomes its last day', () => {
    expect(addMonths('2013-01-31', 1)).toBe('2013-02-28');
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2016-02-29', 12)).toBe('2017-02-28');
    expect(addMonths('2016-02-29', 48)).toBe('2020-02-29');
    expect(addMonths('2013-03-31', -1)).toBe('2013-02-28');
    expect(addMonths('2013-01-15', -13)).toBe('2011-12-15');
    expect(addMonths('2013-08-31', 4)).toBe('2013-12-31');
    expect(addMonths('2013-11-30', 3)).toBe('2014-02-28');
  });

  it('refuses to add months to what is not a date', () => {
    expect(() => addMonths('2013-01', 1)).toThrow(/not a calendar date/);
    expect(() => addMonths('soon', 1)).toThrow(/not a calendar date/);
    expect(() => calendarDate(2013, 2, 29)).toThrow(/not a calendar date/);
    expect(calendarDate(2016, 2, 29)).toBe('2016-02-29');
  });

  it('ends a day at the next UTC midnight and refuses a day the calendar lacks', () => {
    expect(endOfDay('2013-12-31')).toBe('2014-01-01T00:00:00.000Z');
    expect(endOfDay('2016-02-28')).toBe('2016-02-29T00:00:00.000Z');
    expect(endOfDay('2016-02-29')).toBe('2016-03-01T00:00:00.000Z');
    expect(() => endOfDay('2013-02-30')).toThrow(RangeError);
    expect(() => endOfDay('2015-02-29')).toThrow(RangeError);
    expect(() => endOfDay('2013-02-07T10:00:00Z')).toThrow(RangeError);
    expect(() => endOfDay('tomorrow')).toThrow(RangeError);
  });
});
