import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  coverageText,
  invalidEvidenceUrls,
  lastClosedRound,
  openRound,
  parseEvidenceUrls,
  reviewQueue,
  suggestedClosingDate,
  type ReportLike,
} from './matrix';

const memberStates = [
  { code: 'AT', name: 'Austria' },
  { code: 'BE', name: 'Belgium' },
  { code: 'DE', name: 'Germany' },
];

function report(overrides: Partial<ReportLike> & Pick<ReportLike, 'actionId' | 'country'>): ReportLike {
  return { status: 'IN_PROGRESS', version: 1, roundId: 'r2', reportedAt: '2013-10-01T09:00:00Z', review: { state: 'SUBMITTED' }, ...overrides };
}

const actions = [
  {
    id: 'a-2.4-10',
    ref: '2.4-10',
    memberStateReporting: true,
    memberStateReports: [report({ actionId: 'a-2.4-10', country: 'BE', review: { state: 'ACCEPTED' } })],
  },
  { id: 'a-2.1-03', ref: '2.1-03', memberStateReporting: false, memberStateReports: [] },
  {
    id: 'a-2.1-10',
    ref: '2.1-10',
    memberStateReporting: true,
    memberStateReports: [
      report({ actionId: 'a-2.1-10', country: 'DE', status: 'COMPLETED', reportedAt: '2013-10-03T09:00:00Z' }),
      report({ actionId: 'a-2.1-10', country: 'AT', status: 'PLANNED', roundId: 'r1', review: { state: 'RETURNED', comment: 'Add a link.' } }),
    ],
  },
  {
    id: 'a-2.1-11',
    ref: '2.1-11',
    memberStateReporting: true,
    memberStateReports: [report({ actionId: 'a-2.1-11', country: 'DE', reportedAt: '2013-09-30T09:00:00Z' })],
  },
];

describe('buildMatrix', () => {
  const matrix = buildMatrix(memberStates, actions, 'r2');

  it('has a column for each action addressed to the member states, in reference order, and no other', () => {
    expect(matrix.actions.map((action) => action.ref)).toEqual(['2.1-10', '2.1-11', '2.4-10']);
  });

  it('has a row for each country, in the order given', () => {
    expect(matrix.rows.map((row) => `${row.country} ${row.name}`)).toEqual(['AT Austria', 'BE Belgium', 'DE Germany']);
  });

  it('puts each report in its country and action, and says "not reported" where there is none', () => {
    const cells = Object.fromEntries(matrix.rows.map((row) => [row.country, row.cells.map((cell) => `${cell.status}/${cell.review ?? '-'}`)]));
    expect(cells).toEqual({
      AT: ['PLANNED/RETURNED', 'NOT_REPORTED/-', 'NOT_REPORTED/-'],
      BE: ['NOT_REPORTED/-', 'NOT_REPORTED/-', 'IN_PROGRESS/ACCEPTED'],
      DE: ['COMPLETED/SUBMITTED', 'IN_PROGRESS/SUBMITTED', 'NOT_REPORTED/-'],
    });
  });

  it('marks a report made in an earlier round than the current one', () => {
    const austria = matrix.rows[0]!;
    expect(austria.cells[0]!.earlierRound).toBe(true);
    expect(matrix.rows[2]!.cells[0]!.earlierRound).toBe(false);
    expect(buildMatrix(memberStates, actions, null).rows[0]!.cells[0]!.earlierRound).toBe(false);
  });

  it('ignores reports of countries that are not listed', () => {
    const withStranger = [{ ...actions[3]!, memberStateReports: [report({ actionId: 'a-2.1-11', country: 'CH' })] }];
    const rows = buildMatrix(memberStates, withStranger, 'r2').rows;
    expect(rows.flatMap((row) => row.cells.map((cell) => cell.status))).toEqual(['NOT_REPORTED', 'NOT_REPORTED', 'NOT_REPORTED']);
  });
});

describe('reviewQueue', () => {
  it('lists only submitted reports, oldest submission first, with the country named', () => {
    const queue = reviewQueue(actions, memberStates);
    expect(queue.map((item) => `${item.action.ref} ${item.countryName}`)).toEqual(['2.1-11 Germany', '2.1-10 Germany']);
  });

  it('is empty when nothing waits for review', () => {
    const reviewed = actions.map((action) => ({
      ...action,
      memberStateReports: action.memberStateReports.map((r) => ({ ...r, review: { state: 'ACCEPTED' as const } })),
    }));
    expect(reviewQueue(reviewed, memberStates)).toEqual([]);
  });
});

describe('rounds', () => {
  const rounds = [
    { id: 'r3', name: 'Spring 2014', opens: '2014-03-01', closes: '2014-03-31', open: true },
    { id: 'r1', name: 'Autumn 2013', opens: '2013-09-01', closes: '2013-09-30', open: false, closedAt: '2013-09-30T17:00:00Z' },
    { id: 'r2', name: 'Winter 2013', opens: '2013-12-01', closes: '2013-12-31', open: false, closedAt: '2014-01-02T10:00:00Z' },
  ];

  it('finds the open round', () => {
    expect(openRound(rounds)?.id).toBe('r3');
    expect(openRound(rounds.filter((round) => !round.open))).toBeUndefined();
  });

  it('finds the round closed last', () => {
    expect(lastClosedRound(rounds)?.id).toBe('r2');
    expect(lastClosedRound([rounds[0]!])).toBeUndefined();
  });
});

describe('coverageText', () => {
  it('gives the counts and the share reported', () => {
    expect(coverageText({ expected: 4, reported: 1, accepted: 0 })).toEqual({
      key: 'coverage.counts',
      reported: 1,
      expected: 4,
      accepted: 0,
      percent: 25,
    });
    expect(coverageText({ expected: 28, reported: 1, accepted: 1 })).toMatchObject({ percent: 3.6 });
  });

  it('says there is no round to count before any round', () => {
    expect(coverageText({ expected: 0, reported: 0, accepted: 0 })).toEqual({ key: 'coverage.noRound' });
    expect(coverageText(undefined)).toEqual({ key: 'coverage.noRound' });
  });
});

describe('evidence links', () => {
  it('reads one link per line, trimmed, each once', () => {
    expect(parseEvidenceUrls(' https://a.example/1 \n\nhttps://b.example/2\r\nhttps://a.example/1\n')).toEqual([
      'https://a.example/1',
      'https://b.example/2',
    ]);
    expect(parseEvidenceUrls('   \n')).toEqual([]);
  });

  it('finds the links that are not http(s) addresses', () => {
    expect(invalidEvidenceUrls(['https://a.example', 'http://b.example/x', 'ftp://c.example', 'www.d.example'])).toEqual([
      'ftp://c.example',
      'www.d.example',
    ]);
  });
});

describe('suggestedClosingDate', () => {
  it('is four weeks ahead, across a month and a year end', () => {
    expect(suggestedClosingDate('2013-12-10')).toBe('2014-01-07');
    expect(suggestedClosingDate('2014-02-01', 30)).toBe('2014-03-03');
  });
});
