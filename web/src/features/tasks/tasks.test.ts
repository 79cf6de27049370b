import { describe, expect, it } from 'vitest';
import { landingPath, reasonsOf, sectionsOf, type Tasks } from './tasks';

const paths = { tasks: '/tasks', overview: '/overview' };
const empty: Tasks = { asOf: '2014-06-01', openRound: null, toReport: [], returned: [], toReview: [], attention: [], actionable: 0 };

describe('landingPath', () => {
  it('lands on the tasks only when something asks the person to act', () => {
    expect(landingPath({ actionable: 2 }, paths)).toBe('/tasks');
    expect(landingPath({ actionable: 0 }, paths)).toBe('/overview');
    expect(landingPath(undefined, paths)).toBe('/overview');
  });
});

describe('sectionsOf', () => {
  it('puts a returned report first, and leaves out what is empty', () => {
    const report = {
      actionId: '2.1-10',
      ref: '2.1-10',
      text: 'x',
      country: 'DE',
      status: 'PLANNED',
      review: { state: 'RETURNED', comment: 'c', reviewedAt: null, reviewedBy: null },
    } as const;
    const action = { actionId: '2.1-11', ref: '2.1-11', text: 'y', deadline: '2014-12-31' };
    expect(sectionsOf({ ...empty, toReport: [action], returned: [report] })).toEqual(['returned', 'toReport']);
    expect(sectionsOf(empty)).toEqual([]);
  });
});

describe('reasonsOf', () => {
  it('says overdue before stale', () => {
    expect(reasonsOf({ overdue: true, daysLate: 12, stale: true, lastConfirmedAt: null })).toEqual([
      { kind: 'overdue', days: 12 },
      { kind: 'stale', since: null },
    ]);
    expect(reasonsOf({ overdue: false, daysLate: -3, stale: true, lastConfirmedAt: '2013-09-01T09:00:00Z' })).toEqual([
      { kind: 'stale', since: '2013-09-01T09:00:00Z' },
    ]);
  });
});
