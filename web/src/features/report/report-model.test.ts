import { describe, expect, it, vi } from 'vitest';
import { addDays } from '../../../../functions/domain/dates';
import {
  annexOf,
  annexPeriod,
  burnUpRowsForPrint,
  conferenceSearch,
  conferenceState,
  defaultSince,
  reportFromLive,
  reportFromSnapshot,
  type ChangeInput,
  type LiveAction,
  type LiveInput,
  type ReportDashboard,
  type SnapshotInput,
} from './report-model';

const dashboard = (asOf: string, roundId: string | null = 'r1'): ReportDashboard => ({
  asOf,
  reviewDate: '2014-02-07',
  daysToReview: 84,
  totals: { actions: 3, completed: 1, percentCompleted: 33.3, overdue: 1, atRisk: 0, upcoming: 1 },
  byHealth: [{ health: 'DONE', count: 1 }],
  byPriority: [],
  byOwner: [],
  coverage: { roundId, roundName: roundId ? 'Autumn 2013' : null, expected: 2, reported: 1, accepted: 0, percentReported: 50, byCountry: [] },
  burnUp: [],
  memberStateProgress: { countries: 2, accepted: 0, countriesReporting: 0, byStatus: [] },
  forecast: { doneByReview: 2, low: 1, high: 3, method: 'A method.', likelyToMissCount: 1 },
});

const strategy = {
  reference: 'JOIN(2013) 1',
  title: 'Cybersecurity Strategy',
  adopted: '2013-02-07',
  reviewDate: '2014-02-07',
  sections: [
    { id: '2.1', title: 'Achieving cyber resilience' },
    { id: '2.2', title: 'Drastically reducing cybercrime' },
  ],
  actors: [
    { id: 'COMMISSION', name: 'European Commission' },
    { id: 'MEMBER_STATES', name: 'Member States' },
  ],
};

const memberStates = [
  { code: 'DE', name: 'Germany' },
  { code: 'FR', name: 'France' },
];

function action(overrides: Partial<LiveAction> & { id: string }): LiveAction {
  return {
    ref: overrides.id,
    section: '2.1',
    text: `Text of ${overrides.id}`,
    owners: ['COMMISSION'],
    memberStateReporting: false,
    status: 'NOT_STARTED',
    progress: 0,
    health: 'ON_TRACK',
    baselineDeadline: '2013-12-31',
    deadline: '2013-12-31',
    deadlineRevisions: [],
    slippageDays: 0,
    memberStateReports: [],
    ...overrides,
  };
}

function live(overrides: Partial<LiveInput> = {}): LiveInput {
  return {
    strategy,
    memberStates,
    rounds: [{ id: 'r1', name: 'Autumn 2013', opens: '2013-10-01', closes: '2013-12-15', open: true, closedAt: null }],
    dashboard: dashboard('2013-11-15'),
    actions: [
      action({ id: '2.1-01', status: 'COMPLETED', progress: 100, health: 'DONE' }),
      action({
        id: '2.1-02',
        owners: ['MEMBER_STATES'],
        memberStateReporting: true,
        memberStateReports: [
          { country: 'DE', status: 'IN_PROGRESS', roundId: 'r1', review: { state: 'ACCEPTED' } },
          { country: 'FR', status: 'PLANNED', roundId: 'r0', review: { state: 'SUBMITTED' } },
        ],
      }),
      action({ id: '2.2-01', section: '2.2', baselineDeadline: '2013-06-30', deadline: '2013-06-30', health: 'OVERDUE' }),
    ],
    now: '2013-11-15T12:00:00.000Z',
    ...overrides,
  };
}

describe('the live report', () => {
  it('groups the actions by section in strategy order, names the owners and takes the API’s health for the date', () => {
    const model = reportFromLive(live());
    expect(model.source).toEqual({ kind: 'live' });
    expect(model.asOf).toBe('2013-11-15');
    expect(model.generatedAt).toBe('2013-11-15T12:00:00.000Z');
    expect(model.sections.map((section) => [section.id, section.actions.map((row) => row.ref)])).toEqual([
      ['2.1', ['2.1-01', '2.1-02']],
      ['2.2', ['2.2-01']],
    ]);
    expect(model.sections[0]!.actions[1]!.owners).toEqual(['Member States']);
    expect(model.sections[1]!.actions[0]).toMatchObject({ health: 'OVERDUE', revisedDeadline: null, slippageDays: 0 });
    expect(model.round).toEqual({ name: 'Autumn 2013', opens: '2013-10-01', closes: '2013-12-15', open: true, closedAt: null });
  });

  it('draws the coverage matrix from the round the figures draw on only', () => {
    const model = reportFromLive(live());
    expect(model.matrix.actions).toEqual([{ id: '2.1-02', ref: '2.1-02' }]);
    expect(model.matrix.countries).toEqual([
      { code: 'DE', name: 'Germany', cells: [{ status: 'IN_PROGRESS', review: 'ACCEPTED' }], reported: 1 },
      { code: 'FR', name: 'France', cells: [null], reported: 0 },
    ]);
  });

  it('shows the deadline in force as revised, with the API’s slippage, once the date holds a revision', () => {
    const model = reportFromLive(
      live({
        actions: [
          action({ id: '2.1-01', deadline: '2014-01-31', deadlineRevisions: [{ date: '2014-01-31' }], slippageDays: 31 }),
          action({ id: '2.1-02' }),
        ],
      }),
    );
    expect(model.sections[0]!.actions.map(({ revisedDeadline, slippageDays }) => ({ revisedDeadline, slippageDays }))).toEqual([
      { revisedDeadline: '2014-01-31', slippageDays: 31 },
      { revisedDeadline: null, slippageDays: 0 },
    ]);
    expect(model.changesUntil).toBe('2013-11-16T00:00:00.000Z');
  });
});

const snapshot: SnapshotInput = {
  id: 'snap-1',
  name: 'As presented to the review conference',
  asOf: '2013-11-15',
  frozenAt: '2013-11-15T10:00:05Z',
  frozenBy: { name: 'Strategy coordinator' },
  round: { id: 'r1', name: 'Autumn 2013', opens: '2013-10-01', closes: '2013-12-15', open: true, closedAt: null },
  strategy: { ...strategy, memberStates },
  dashboard: dashboard('2013-11-15'),
  actions: [
    {
      id: '2.2-01',
      ref: '2.2-01',
      section: '2.2',
      text: 'Transpose the directive',
      owners: ['MEMBER_STATES'],
      memberStateReporting: true,
      status: 'IN_PROGRESS',
      progress: 40,
      health: 'AT_RISK',
      baselineDeadline: '2013-12-31',
      deadline: '2014-02-28',
      deadlineRevisionCount: 1,
      slippageDays: 59,
      note: 'Two member states still to transpose.',
      evidenceUrls: ['https://eur-lex.europa.eu/transposition'],
    },
  ],
  reports: [{ actionId: '2.2-01', country: 'FR', status: 'COMPLETED', review: 'SUBMITTED' }],
};

describe('the report from a snapshot', () => {
  it('takes every word and figure from the snapshot, and its freezing time as the generated time', () => {
    const model = reportFromSnapshot(snapshot);
    expect(model.source).toEqual({ kind: 'snapshot', id: 'snap-1', name: 'As presented to the review conference', frozenBy: 'Strategy coordinator' });
    expect(model.generatedAt).toBe('2013-11-15T10:00:05Z');
    expect(model.dashboard).toBe(snapshot.dashboard);
    expect(model.sections).toEqual([
      {
        id: '2.2',
        title: 'Drastically reducing cybercrime',
        actions: [
          {
            id: '2.2-01',
            ref: '2.2-01',
            text: 'Transpose the directive',
            owners: ['Member States'],
            ownerIds: ['MEMBER_STATES'],
            status: 'IN_PROGRESS',
            progress: 40,
            health: 'AT_RISK',
            baselineDeadline: '2013-12-31',
            revisedDeadline: '2014-02-28',
            slippageDays: 59,
            note: 'Two member states still to transpose.',
            evidenceUrls: ['https://eur-lex.europa.eu/transposition'],
          },
        ],
      },
    ]);
    expect(model.matrix.countries.map((row) => row.cells)).toEqual([[null], [{ status: 'COMPLETED', review: 'SUBMITTED' }]]);
    expect(model.round?.name).toBe('Autumn 2013');
  });

  it('is the same model whenever it is built: nothing outside the snapshot goes in', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2014-02-07T09:00:00Z'));
      const atTheConference = JSON.stringify(reportFromSnapshot(structuredClone(snapshot)));
      vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
      expect(JSON.stringify(reportFromSnapshot(snapshot))).toBe(atTheConference);
    } finally {
      vi.useRealTimers();
    }
  });

  it('cuts the annex at the freezing time, or at the end of the date when frozen later', () => {
    expect(reportFromSnapshot(snapshot).changesUntil).toBe('2013-11-15T10:00:05Z');
    expect(reportFromSnapshot({ ...snapshot, asOf: '2013-10-31' }).changesUntil).toBe('2013-11-01T00:00:00.000Z');
  });
});

describe('a live report and a snapshot of the same state', () => {
  it('come out with the same sections, matrix and strategy', () => {
    const fromLive = reportFromLive(
      live({
        actions: [
          action({
            id: '2.2-01',
            section: '2.2',
            text: 'Transpose the directive',
            owners: ['MEMBER_STATES'],
            memberStateReporting: true,
            status: 'IN_PROGRESS',
            progress: 40,
            health: 'AT_RISK',
            deadline: '2014-02-28',
            deadlineRevisions: [{ date: '2014-02-28' }],
            slippageDays: 59,
            note: 'Two member states still to transpose.',
            evidenceUrls: ['https://eur-lex.europa.eu/transposition'],
            memberStateReports: [{ country: 'FR', status: 'COMPLETED', roundId: 'r1', review: { state: 'SUBMITTED' } }],
          }),
        ],
      }),
    );
    const fromSnapshot = reportFromSnapshot(snapshot);
    expect(fromLive.sections).toEqual(fromSnapshot.sections);
    expect(fromLive.matrix).toEqual(fromSnapshot.matrix);
    expect(fromLive.strategy).toEqual(fromSnapshot.strategy);
  });
});

const change = (overrides: Partial<ChangeInput> & { eventId: string; at: string }): ChangeInput => ({
  kind: 'STATUS_CHANGED',
  ref: '2.1-01',
  section: '2.1',
  country: null,
  fromStatus: 'NOT_STARTED',
  toStatus: 'IN_PROGRESS',
  fromProgress: 0,
  toProgress: 20,
  fromDeadline: null,
  toDeadline: null,
  reportStatus: null,
  reviewState: null,
  author: { name: 'Coordinator' },
  ...overrides,
});

describe('the annex', () => {
  it('defaults to the 30 days before the report’s date and covers the date itself', () => {
    expect(defaultSince('2013-11-15')).toBe('2013-10-16');
    expect(annexPeriod('2013-10-16', '2013-11-15')).toEqual({ from: '2013-10-16', to: '2013-11-16' });
    // A "since" after the date shrinks to the date itself rather than asking for a reversed period.
    expect(annexPeriod('2013-12-01', '2013-11-15')).toEqual({ from: '2013-11-15', to: '2013-11-16' });
    expect(addDays('2013-12-31', 1)).toBe('2014-01-01');
  });

  it('keeps the changes before the cut-off, oldest first, and counts them by kind', () => {
    const annex = annexOf(
      {
        from: '2013-10-16',
        to: '2013-11-16',
        complete: true,
        changes: [
          change({ eventId: 'b', at: '2013-11-15T10:00:03Z', kind: 'DEADLINE_REVISED' }),
          change({ eventId: 'a', at: '2013-11-15T10:00:01Z' }),
          change({ eventId: 'c', at: '2013-11-15T10:00:09Z' }),
        ],
      },
      '2013-11-15T10:00:05Z',
    );
    expect(annex.to).toBe('2013-11-15');
    expect(annex.changes.map((item) => item.eventId)).toEqual(['a', 'b']);
    expect(annex.counts).toEqual([
      { kind: 'STATUS_CHANGED', count: 1 },
      { kind: 'DEADLINE_REVISED', count: 1 },
    ]);
    expect(annex.complete).toBe(true);
  });

  it('says the annex is incomplete when the period holds more changes than were listed', () => {
    const summary = { from: '2013-10-16', to: '2013-11-16', changes: [change({ eventId: 'a', at: '2013-11-15T10:00:01Z' })] };
    expect(annexOf({ ...summary, complete: true, totalCount: 401 }, '2013-11-16T00:00:00Z').complete).toBe(false);
    expect(annexOf({ ...summary, complete: false, totalCount: 1 }, '2013-11-16T00:00:00Z').complete).toBe(false);
    expect(annexOf({ ...summary, complete: true, totalCount: 1 }, '2013-11-16T00:00:00Z').complete).toBe(true);
  });
});

describe('notes and evidence in the report', () => {
  it('prints a live action’s note and evidence links, and nothing for a blank note', () => {
    const model = reportFromLive(
      live({
        actions: [
          action({ id: '2.1-01', note: 'Adopted by the Council.', evidenceUrls: ['https://example.eu/a', 'https://example.eu/b'] }),
          action({ id: '2.1-02', note: '   ' }),
          action({ id: '2.1-03' }),
        ],
      }),
    );
    expect(model.sections[0]!.actions.map(({ note, evidenceUrls }) => ({ note, evidenceUrls }))).toEqual([
      { note: 'Adopted by the Council.', evidenceUrls: ['https://example.eu/a', 'https://example.eu/b'] },
      { note: null, evidenceUrls: [] },
      { note: null, evidenceUrls: [] },
    ]);
  });

  it('reads a snapshot frozen before notes were kept as having none', () => {
    const older = { ...snapshot, actions: snapshot.actions.map(({ note: _note, evidenceUrls: _evidence, ...rest }) => rest) };
    const row = reportFromSnapshot(older).sections[0]!.actions[0]!;
    expect(row.note).toBeNull();
    expect(row.evidenceUrls).toEqual([]);
  });
});

describe('the state a conference page opens on', () => {
  const latest = { id: 'snap-9', name: 'As presented', asOf: '2014-02-06', frozenAt: '2014-02-06T18:00:00Z' };
  const none = { snapshot: null, asOf: null };

  it('is the newest frozen snapshot when the address names none', () => {
    expect(conferenceState(none, { latestSnapshot: latest, reviewDate: '2014-02-07', today: '2026-12-06' })).toEqual({
      kind: 'snapshot',
      id: 'snap-9',
      basis: 'latestSnapshot',
    });
  });

  it('is the review date once it has passed, when nothing was frozen', () => {
    expect(conferenceState(none, { latestSnapshot: null, reviewDate: '2014-02-07', today: '2026-12-06' })).toEqual({
      kind: 'live',
      asOf: '2014-02-07',
      basis: 'reviewDate',
    });
    expect(conferenceState(none, { latestSnapshot: null, reviewDate: '2014-02-07', today: '2014-02-07' })).toMatchObject({ asOf: '2014-02-07' });
  });

  it('is today before the review date (a date not yet come cannot be shown)', () => {
    expect(conferenceState(none, { latestSnapshot: null, reviewDate: '2014-02-07', today: '2013-11-15' })).toEqual({
      kind: 'live',
      asOf: null,
      basis: 'today',
    });
  });

  it('is what the address names, without waiting for the default', () => {
    expect(conferenceState({ snapshot: 'snap-1', asOf: null }, null)).toEqual({ kind: 'snapshot', id: 'snap-1', basis: 'address' });
    expect(conferenceState({ snapshot: null, asOf: '2013-12-01' }, null)).toEqual({ kind: 'live', asOf: '2013-12-01', basis: 'address' });
    expect(conferenceState({ snapshot: null, asOf: 'today' }, null)).toEqual({ kind: 'live', asOf: null, basis: 'today' });
    // Not a date: the default, once known.
    expect(conferenceState({ snapshot: null, asOf: '2013-13-45x' }, null)).toBeNull();
  });

  it('is carried to the slides as the snapshot or the date shown', () => {
    expect(conferenceSearch({ kind: 'snapshot', id: 'snap 9' })).toBe('?snapshot=snap+9');
    expect(conferenceSearch({ kind: 'live', asOf: '2014-02-07' })).toBe('?asOf=2014-02-07');
    expect(conferenceSearch({ kind: 'live', asOf: null })).toBe('?asOf=today');
  });
});

describe('the burn-up on paper', () => {
  const months = (from: string, count: number) =>
    Array.from({ length: count }, (_, index) => {
      const date = new Date(`${from}-01T00:00:00Z`);
      date.setUTCMonth(date.getUTCMonth() + index);
      return { month: date.toISOString().slice(0, 7), completed: index, fallingDue: index };
    });

  it('stays monthly up to 24 months', () => {
    const rows = months('2013-02', 24);
    expect(burnUpRowsForPrint(rows)).toEqual({ grouping: 'month', rows });
  });

  it('groups by quarter beyond, keeping the first and last months and the marked ones, values untouched', () => {
    const rows = months('2013-02', 30); // Feb 2013 to Jul 2015
    const printed = burnUpRowsForPrint(rows, ['2014-02', null]);
    expect(printed.grouping).toBe('quarter');
    expect(printed.rows.map((row) => row.month)).toEqual([
      '2013-02',
      '2013-03',
      '2013-06',
      '2013-09',
      '2013-12',
      '2014-02',
      '2014-03',
      '2014-06',
      '2014-09',
      '2014-12',
      '2015-03',
      '2015-06',
      '2015-07',
    ]);
    // Cumulative figures: a quarter is its last month's row, as it was.
    expect(printed.rows.find((row) => row.month === '2014-06')).toBe(rows.find((row) => row.month === '2014-06'));
  });

  it('groups fourteen years (2013 to 2026) by year: a page, not seven', () => {
    const rows = months('2013-02', 167); // Feb 2013 to Dec 2026
    const printed = burnUpRowsForPrint(rows, ['2014-02', '2026-12']);
    expect(printed.grouping).toBe('year');
    expect(printed.rows.map((row) => row.month)).toEqual([
      '2013-02',
      '2013-12',
      '2014-02',
      '2014-12',
      '2015-12',
      '2016-12',
      '2017-12',
      '2018-12',
      '2019-12',
      '2020-12',
      '2021-12',
      '2022-12',
      '2023-12',
      '2024-12',
      '2025-12',
      '2026-12',
    ]);
  });
});
