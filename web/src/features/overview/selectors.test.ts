import { describe, expect, it } from 'vitest';
import {
  burnUpSeries,
  coverageRows,
  healthSlices,
  parseAsOf,
  percentOf,
  shortLabel,
  statusRows,
  summariseCoverage,
  summariseStatusRows,
  type BreakdownInput,
} from './selectors';

const priorities: BreakdownInput[] = [
  {
    id: '2.1',
    label: 'Achieving cyber resilience',
    total: 10,
    byStatus: [
      { status: 'COMPLETED', count: 2 },
      { status: 'NOT_STARTED', count: 8 },
    ],
  },
  {
    id: '2.2',
    label: 'Drastically reducing cybercrime',
    total: 4,
    byStatus: [
      { status: 'COMPLETED', count: 2 },
      { status: 'IN_PROGRESS', count: 1 },
      { status: 'ONGOING', count: 1 },
    ],
  },
  { id: '2.3', label: 'Developing cyberdefence policy', total: 3, byStatus: [] },
];

describe('statusRows', () => {
  it('counts every status for every bar, zero where the API lists none', () => {
    const rows = statusRows(priorities);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      id: '2.1',
      label: 'Achieving cyber resilience',
      total: 10,
      COMPLETED: 2,
      ONGOING: 0,
      IN_PROGRESS: 0,
      NOT_STARTED: 8,
      DISCONTINUED: 0,
    });
    expect(rows[2]).toMatchObject({ COMPLETED: 0, ONGOING: 0, IN_PROGRESS: 0, NOT_STARTED: 0, DISCONTINUED: 0 });
  });

  it('keeps the order the API gives (strategy order, or largest owner first)', () => {
    expect(statusRows(priorities).map((row) => row.id)).toEqual(['2.1', '2.2', '2.3']);
  });
});

describe('summariseStatusRows', () => {
  it('names the bar with the highest share completed and the largest bar', () => {
    const summary = summariseStatusRows(statusRows(priorities));
    expect(summary.groups).toBe(3);
    expect(summary.mostCompleted).toEqual({ label: 'Drastically reducing cybercrime', completed: 2, total: 4, percent: 50 });
    expect(summary.largest).toEqual({ label: 'Achieving cyber resilience', total: 10, completed: 2 });
  });

  it('on a tie in share, names the larger bar', () => {
    const rows = statusRows([
      { id: 'a', label: 'Small', total: 2, byStatus: [{ status: 'COMPLETED', count: 1 }] },
      { id: 'b', label: 'Big', total: 6, byStatus: [{ status: 'COMPLETED', count: 3 }] },
    ]);
    expect(summariseStatusRows(rows).mostCompleted?.label).toBe('Big');
  });

  it('has no leader when nothing is completed, and nothing at all for no bars', () => {
    expect(summariseStatusRows(statusRows([priorities[2]!])).mostCompleted).toBeNull();
    expect(summariseStatusRows([])).toEqual({ groups: 0, mostCompleted: null, largest: null });
  });
});

describe('healthSlices', () => {
  it('lists every health in order with its share of all actions', () => {
    const slices = healthSlices([
      { health: 'OVERDUE', count: 1 },
      { health: 'DONE', count: 1 },
      { health: 'ON_TRACK', count: 1 },
    ]);
    expect(slices).toEqual([
      { health: 'DONE', count: 1, percent: 33.3 },
      { health: 'ON_TRACK', count: 1, percent: 33.3 },
      { health: 'AT_RISK', count: 0, percent: 0 },
      { health: 'OVERDUE', count: 1, percent: 33.3 },
    ]);
  });

  it('gives zero shares, not NaN, when there are no actions', () => {
    expect(healthSlices([]).map((slice) => slice.percent)).toEqual([0, 0, 0, 0]);
  });
});

describe('burnUpSeries', () => {
  const points = [
    { month: '2013-02', completed: 0, fallingDue: 0 },
    { month: '2013-12', completed: 3, fallingDue: 20 },
    { month: '2014-02', completed: 5, fallingDue: 45 },
  ];

  it('adds how far completions are behind what fell due, and picks out the asOf and review months', () => {
    const series = burnUpSeries(points, '2013-12-15', '2014-02-07');
    expect(series.rows.map((row) => row.behind)).toEqual([0, 17, 40]);
    expect(series.asOfMonth).toBe('2013-12');
    expect(series.reviewMonth).toBe('2014-02');
    expect(series.atAsOf).toMatchObject({ completed: 3, fallingDue: 20 });
    expect(series.atReview).toMatchObject({ completed: 5, fallingDue: 45 });
  });

  it('marks nothing for a month outside the series', () => {
    const series = burnUpSeries(points, '2012-01-01', '2015-01-01');
    expect(series).toMatchObject({ asOfMonth: null, reviewMonth: null, atAsOf: null, atReview: null });
  });

  it('never counts a negative gap when more is completed than has fallen due', () => {
    expect(burnUpSeries([{ month: '2013-03', completed: 2, fallingDue: 1 }], '2013-03-01', '2014-02-07').rows[0]!.behind).toBe(0);
  });
});

describe('coverage', () => {
  const rows = coverageRows([
    { country: 'AT', name: 'Austria', expected: 4, reported: 4, accepted: 1 },
    { country: 'BE', name: 'Belgium', expected: 4, reported: 1, accepted: 1 },
    { country: 'BG', name: 'Bulgaria', expected: 4, reported: 0, accepted: 0 },
  ]);

  it('splits each country into accepted, awaiting review and missing', () => {
    expect(
      rows.map(({ country, accepted, awaiting, missing, percentReported }) => ({ country, accepted, awaiting, missing, percentReported })),
    ).toEqual([
      { country: 'AT', accepted: 1, awaiting: 3, missing: 0, percentReported: 100 },
      { country: 'BE', accepted: 1, awaiting: 0, missing: 3, percentReported: 25 },
      { country: 'BG', accepted: 0, awaiting: 0, missing: 4, percentReported: 0 },
    ]);
  });

  it('counts complete and silent countries and the reports in all', () => {
    expect(summariseCoverage(rows)).toEqual({ countries: 3, complete: 1, silent: 1, expected: 12, reported: 5 });
  });

  it('calls no country silent or complete before any round expects reports', () => {
    const none = coverageRows([{ country: 'AT', name: 'Austria', expected: 0, reported: 0, accepted: 0 }]);
    expect(summariseCoverage(none)).toEqual({ countries: 1, complete: 0, silent: 0, expected: 0, reported: 0 });
  });
});

describe('percentOf', () => {
  it('rounds to one decimal', () => {
    expect(percentOf(3, 49)).toBe(6.1);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe('parseAsOf', () => {
  it('accepts a real calendar date and nothing else', () => {
    expect(parseAsOf('2014-02-07')).toBe('2014-02-07');
    expect(parseAsOf('2014-02-30')).toBeNull();
    expect(parseAsOf('7 Feb 2014')).toBeNull();
    expect(parseAsOf('')).toBeNull();
    expect(parseAsOf(null)).toBeNull();
  });
});

describe('shortLabel', () => {
  it('uses the acronym a body is known by', () => {
    expect(shortLabel('European Network and Information Security Agency (ENISA)')).toBe('ENISA');
    expect(shortLabel('High Representative of the Union for Foreign Affairs and Security Policy (European External Action Service, EEAS)')).toBe(
      'EEAS',
    );
    expect(shortLabel('Europol and its European Cybercrime Centre (EC3)')).toBe('EC3');
  });

  it('drops a bracketed aside that is not an acronym, and cuts a long name', () => {
    expect(shortLabel('Industry (the private sector)')).toBe('Industry');
    expect(shortLabel('International partners and organisations (including NATO)')).toBe('International partners and…');
    expect(shortLabel('European Commission')).toBe('European Commission');
  });
});
