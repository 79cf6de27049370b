import { describe, expect, it } from 'vitest';
import {
  allScorecards,
  countHealth,
  currentRound,
  daysSince,
  findSubject,
  percentOf,
  scorecardOf,
  type CountryReport,
  type ReportingRound,
  type ScorecardAction,
  type ScorecardData,
} from './scorecard';

function action(fields: Partial<ScorecardAction> & Pick<ScorecardAction, 'id'>): ScorecardAction {
  return {
    ref: fields.id,
    text: `Text of ${fields.id}`,
    owners: [],
    partners: [],
    deadline: '2013-12-31',
    status: 'NOT_STARTED',
    health: 'ON_TRACK',
    stale: true,
    lastConfirmedAt: null,
    memberStateReporting: false,
    memberStateReports: [],
    ...fields,
  };
}

function report(fields: Partial<CountryReport> & Pick<CountryReport, 'country'>): CountryReport {
  return { status: 'IN_PROGRESS', reportedAt: '2013-10-01T09:00:00Z', roundId: 'r1', review: { state: 'SUBMITTED' }, ...fields };
}

const round1: ReportingRound = { id: 'r1', name: 'Autumn 2013', opens: '2013-09-01', closes: '2013-10-31', open: true, closedAt: null };

const data: ScorecardData = {
  asOf: '2013-10-11',
  actors: [
    { id: 'COMMISSION', name: 'European Commission', owningBody: true },
    { id: 'ENISA', name: 'ENISA', owningBody: true },
    { id: 'MEMBER_STATES', name: 'Member States', owningBody: false },
    { id: 'JRC', name: 'Joint Research Centre', owningBody: false },
  ],
  memberStates: [
    { code: 'DE', name: 'Germany' },
    { code: 'FR', name: 'France' },
  ],
  rounds: [round1],
  actions: [
    action({ id: 'a1', owners: ['ENISA'], status: 'COMPLETED', health: 'DONE', stale: false, lastConfirmedAt: '2013-10-01T10:00:00Z' }),
    action({ id: 'a2', owners: ['ENISA', 'COMMISSION'], health: 'OVERDUE', stale: false, lastConfirmedAt: '2013-10-10T23:30:00Z' }),
    action({ id: 'a3', owners: ['ENISA'], health: 'AT_RISK' }),
    action({ id: 'a4', owners: ['COMMISSION'], partners: ['ENISA', 'JRC', 'MEMBER_STATES'] }),
    action({
      id: 'm1',
      owners: ['MEMBER_STATES'],
      health: 'OVERDUE',
      memberStateReporting: true,
      memberStateReports: [
        report({ country: 'DE', status: 'COMPLETED', review: { state: 'ACCEPTED' }, reportedAt: '2013-10-05T08:00:00Z' }),
        report({ country: 'FR', reportedAt: '2013-10-09T08:00:00Z' }),
      ],
    }),
    action({
      id: 'm2',
      owners: ['MEMBER_STATES'],
      health: 'AT_RISK',
      memberStateReporting: true,
      memberStateReports: [report({ country: 'DE', roundId: 'r0', reportedAt: '2013-06-01T08:00:00Z' })],
    }),
  ],
};

describe('an actor’s scorecard', () => {
  const enisa = scorecardOf(findSubject(data, 'ENISA')!, data);

  it('lists the actions the actor owns, shared ones included, and its partner actions apart', () => {
    expect(enisa.owned.map((row) => row.action.id)).toEqual(['a1', 'a2', 'a3']);
    expect(enisa.partnered.map((item) => item.id)).toEqual(['a4']);
    expect(scorecardOf(findSubject(data, 'COMMISSION')!, data).owned.map((row) => row.action.id)).toEqual(['a2', 'a4']);
  });

  it('counts done, late, at risk and on track from each action’s health', () => {
    expect(enisa.figures).toEqual({ actions: 3, done: 1, onTrack: 0, atRisk: 1, overdue: 1 });
  });

  it('measures reporting by confirmations: ever confirmed, not stale, and the latest', () => {
    expect(enisa.reporting).toEqual({
      kind: 'CONFIRMATION',
      actions: 3,
      confirmed: 2,
      fresh: 2,
      percentConfirmed: 66.7,
      percentFresh: 66.7,
      last: '2013-10-10T23:30:00Z',
      daysSinceLast: 1,
    });
  });

  it('gives an actor that owns nothing empty figures and no percentages', () => {
    const jrc = scorecardOf(findSubject(data, 'JRC')!, data);
    expect(jrc.owned).toEqual([]);
    expect(jrc.partnered.map((item) => item.id)).toEqual(['a4']);
    expect(jrc.figures).toEqual({ actions: 0, done: 0, onTrack: 0, atRisk: 0, overdue: 0 });
    expect(jrc.reporting).toMatchObject({ percentConfirmed: null, percentFresh: null, last: null, daysSinceLast: null });
  });

  it('measures the member states as a whole by every country’s reports in the current round', () => {
    const all = scorecardOf(findSubject(data, 'MEMBER_STATES')!, data);
    expect(all.owned.map((row) => row.action.id)).toEqual(['m1', 'm2']);
    expect(all.figures).toEqual({ actions: 2, done: 0, onTrack: 0, atRisk: 1, overdue: 1 });
    expect(all.reporting).toEqual({
      kind: 'ROUND',
      round: round1,
      expected: 4,
      reported: 2,
      accepted: 1,
      percentReported: 50,
      last: '2013-10-09T08:00:00Z',
      daysSinceLast: 2,
    });
  });
});

describe('a member state’s scorecard', () => {
  const germany = scorecardOf(findSubject(data, 'DE')!, data);

  it('lists the actions addressed to the member states with the country’s own report', () => {
    expect(germany.subject).toEqual({ kind: 'COUNTRY', id: 'DE', name: 'Germany' });
    expect(germany.owned.map((row) => [row.action.id, row.report?.status])).toEqual([
      ['m1', 'COMPLETED'],
      ['m2', 'IN_PROGRESS'],
    ]);
    expect(germany.partnered.map((item) => item.id)).toEqual(['a4']);
  });

  it('counts an action done where the country reports its part completed', () => {
    expect(germany.owned.map((row) => row.health)).toEqual(['DONE', 'AT_RISK']);
    expect(germany.figures).toEqual({ actions: 2, done: 1, onTrack: 0, atRisk: 1, overdue: 0 });
    const france = scorecardOf(findSubject(data, 'FR')!, data);
    expect(france.figures).toEqual({ actions: 2, done: 0, onTrack: 0, atRisk: 1, overdue: 1 });
  });

  it('counts only reports of the current round, and dates the latest report of any round', () => {
    expect(germany.reporting).toEqual({
      kind: 'ROUND',
      round: round1,
      expected: 2,
      reported: 1,
      accepted: 1,
      percentReported: 50,
      last: '2013-10-05T08:00:00Z',
      daysSinceLast: 6,
    });
  });

  it('expects nothing before the first round, though earlier reports still date the last one', () => {
    const before = scorecardOf(findSubject(data, 'DE')!, { ...data, rounds: [] });
    expect(before.reporting).toMatchObject({ round: null, expected: 0, reported: 0, accepted: 0, percentReported: null, daysSinceLast: 6 });
  });
});

describe('the list of scorecards', () => {
  it('has every actor in strategy order, then every member state', () => {
    const { actors, countries } = allScorecards(data);
    expect(actors.map((card) => card.subject.id)).toEqual(['COMMISSION', 'ENISA', 'MEMBER_STATES', 'JRC']);
    expect(countries.map((card) => card.subject.id)).toEqual(['DE', 'FR']);
  });

  it('finds no subject for an unknown id', () => {
    expect(findSubject(data, 'NOBODY')).toBeUndefined();
    expect(findSubject(data, 'de')).toBeUndefined();
  });
});

describe('the helpers', () => {
  it('counts healths', () => {
    expect(countHealth(['DONE', 'DONE', 'OVERDUE', 'ON_TRACK'])).toEqual({ actions: 4, done: 2, onTrack: 1, atRisk: 0, overdue: 1 });
  });

  it('takes the open round, else the one closed last', () => {
    const closedEarly: ReportingRound = {
      id: 'a',
      name: 'A',
      opens: '2013-03-01',
      closes: '2013-04-30',
      open: false,
      closedAt: '2013-04-30T12:00:00Z',
    };
    const closedLate: ReportingRound = {
      id: 'b',
      name: 'B',
      opens: '2013-05-01',
      closes: '2013-06-30',
      open: false,
      closedAt: '2013-07-02T12:00:00Z',
    };
    expect(currentRound([])).toBeNull();
    expect(currentRound([closedEarly, closedLate])).toBe(closedLate);
    expect(currentRound([closedLate, round1, closedEarly])).toBe(round1);
  });

  it('gives no percentage of nothing', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 0)).toBeNull();
  });

  it('counts calendar days in UTC and never below zero', () => {
    expect(daysSince('2013-10-10T23:59:00Z', '2013-10-11')).toBe(1);
    expect(daysSince('2013-10-11T00:30:00+02:00', '2013-10-11')).toBe(1);
    expect(daysSince('2013-10-12T08:00:00Z', '2013-10-11')).toBe(0);
    expect(daysSince(null, '2013-10-11')).toBeNull();
  });
});
