import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionsView } from './view';
import {
  calendarDate,
  clearFilters,
  DEFAULT_VIEW,
  DUE_WINDOWS,
  HEALTHS,
  isFiltered,
  parseView,
  SORT_KEYS,
  sortBy,
  STATUSES,
  viewToParams,
} from './view';

const vocabulary = { sections: new Set(['2.1', '2.2', '4']), owners: new Set(['ENISA', 'COMMISSION']) };
const parse = (query: string) => parseView(new URLSearchParams(query), vocabulary);

describe('parseView', () => {
  it('reads no parameters as the whole catalogue in strategy order', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW);
  });

  it('reads every filter and the sort order', () => {
    expect(
      parse(
        'q=botnets+pilot&section=2.1&owner=ENISA&status=IN_PROGRESS&status=NOT_STARTED&health=OVERDUE&due=next90&from=2013-01-01&to=2014-02-07&sort=deadline&dir=desc',
      ),
    ).toEqual({
      text: 'botnets pilot',
      section: '2.1',
      owner: 'ENISA',
      statuses: ['NOT_STARTED', 'IN_PROGRESS'],
      healths: ['OVERDUE'],
      due: 'next90',
      dueFrom: '2013-01-01',
      dueTo: '2014-02-07',
      sort: 'deadline',
      direction: 'desc',
    });
  });

  it('drops values it does not understand and keeps the rest', () => {
    expect(
      parse('section=9.9&owner=NOBODY&status=FINISHED&status=COMPLETED&health=green&due=soon&from=2013-02-30&to=tomorrow&sort=colour&dir=sideways'),
    ).toEqual({ ...DEFAULT_VIEW, statuses: ['COMPLETED'] });
  });

  it('keeps typed spaces but not an endless search', () => {
    expect(parse('q=cyber%20').text).toBe('cyber ');
    expect(parse(`q=${'a'.repeat(5000)}`).text).toHaveLength(200);
  });

  it('reads a repeated status once', () => {
    expect(parse('status=COMPLETED&status=COMPLETED').statuses).toEqual(['COMPLETED']);
  });
});

describe('viewToParams', () => {
  it('writes nothing for the default view', () => {
    expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
  });

  it('writes only what differs, in a fixed order, so equal views give equal links', () => {
    const view: ActionsView = { ...DEFAULT_VIEW, owner: 'ENISA', statuses: ['COMPLETED', 'IN_PROGRESS'], text: '  ' };
    expect(viewToParams(view).toString()).toBe('owner=ENISA&status=IN_PROGRESS&status=COMPLETED');
  });

  it('writes the sort order with its direction', () => {
    expect(viewToParams({ ...DEFAULT_VIEW, sort: 'deadline' }).toString()).toBe('sort=deadline&dir=asc');
    expect(viewToParams({ ...DEFAULT_VIEW, direction: 'desc' }).toString()).toBe('sort=ref&dir=desc');
  });

  it('reads back every view it writes', () => {
    const date = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const view = fc.record({
      text: fc.string({ maxLength: 40 }).filter((text) => text.trim() !== ''),
      section: fc.constantFrom(null, '2.1', '4'),
      owner: fc.constantFrom(null, 'ENISA', 'COMMISSION'),
      statuses: fc.subarray([...STATUSES]),
      healths: fc.subarray([...HEALTHS]),
      due: fc.constantFrom(null, ...DUE_WINDOWS),
      dueFrom: fc.option(date, { nil: null }),
      dueTo: fc.option(date, { nil: null }),
      sort: fc.constantFrom(...SORT_KEYS),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    });
    fc.assert(
      fc.property(view, (original) => {
        const link = viewToParams(original).toString();
        expect(parseView(new URLSearchParams(link), vocabulary)).toEqual(original);
      }),
    );
  });
});

describe('calendarDate', () => {
  it.each([
    ['2013-12-31', '2013-12-31'],
    ['2016-02-29', '2016-02-29'],
    ['2013-02-29', null],
    ['2013-13-01', null],
    ['31/12/2013', null],
    ['2013-12-31T00:00', null],
  ])('reads %s as %s', (value, expected) => {
    expect(calendarDate(value)).toBe(expected);
  });
});

describe('changing the view', () => {
  it('clears every filter but keeps the sort order', () => {
    const view: ActionsView = { ...parse('q=x&owner=ENISA&health=DONE&due=passed&to=2014-01-01'), sort: 'health', direction: 'desc' };
    expect(isFiltered(view)).toBe(true);
    const cleared = clearFilters(view);
    expect(isFiltered(cleared)).toBe(false);
    expect(cleared).toEqual({ ...DEFAULT_VIEW, sort: 'health', direction: 'desc' });
  });

  it('does not count the sort order or blank search as a filter', () => {
    expect(isFiltered({ ...DEFAULT_VIEW, text: '   ', sort: 'progress' })).toBe(false);
  });

  it('sorts a new column ascending and turns the same column round', () => {
    const byDeadline = sortBy(DEFAULT_VIEW, 'deadline');
    expect([byDeadline.sort, byDeadline.direction]).toEqual(['deadline', 'asc']);
    expect(sortBy(byDeadline, 'deadline').direction).toBe('desc');
    expect(sortBy(sortBy(byDeadline, 'deadline'), 'status').direction).toBe('asc');
  });
});
