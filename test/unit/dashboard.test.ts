import { describe, expect, it } from 'vitest';
import {
  buildDashboard,
  coverageOf,
  coverageRound,
  forecastCompletions,
  memberStateProgressOf,
  monthsBetween,
  poissonQuantile,
  type ActionState,
  type DashboardInput,
  type ReportState,
  type RoundState,
} from '../../functions/domain/dashboard.js';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';

/*
 * A small strategy, adopted 2013-02-07 and reviewed 2014-02-07: eight actions over two
 * priorities (2.1, 2.2) and the follow-up section 4, owned by four actors. Every expectation
 * below is worked out by hand from this table; the comments show the arithmetic.
 *
 * ref    section owners      MS? deadline    status       progress  notes
 * 2.1-1  2.1     COM         no  2013-06-30  COMPLETED    100       completed 2013-05-31
 * 2.1-2  2.1     COM, ENISA  no  2013-09-30  IN_PROGRESS  60        declared ON_TRACK
 * 2.1-3  2.1     MS          yes 2013-12-31  COMPLETED    100       completed 2013-09-30T23:59:59Z
 * 2.1-10 2.1     ENISA       no  2013-10-15  IN_PROGRESS  80        confirmed 2013-07-01
 * 2.2-1  2.2     EC3         no  2013-08-31  NOT_STARTED  0         never confirmed, declared OVERDUE
 * 2.2-9  2.2     EC3         yes 2014-01-13  IN_PROGRESS  60        forecast 2014-03-01
 * 2.2-10 2.2     COM         yes 2014-01-14  NOT_STARTED  0         declared ON_TRACK
 * 4-1    4       COM         no  2014-02-07  ONGOING      50        recurring
 */
const ADOPTED = '2013-02-07';
const REVIEW = '2014-02-07';
const AS_OF = '2013-10-15';

const action = (overrides: Partial<ActionState> & Pick<ActionState, 'id' | 'ref' | 'section' | 'owners' | 'deadline' | 'status'>): ActionState => ({
  text: `The text of ${overrides.ref}.`,
  memberStateReporting: false,
  recurring: false,
  baselineDeadline: overrides.deadline,
  progress: 0,
  lastConfirmedAt: '2013-10-01T09:00:00Z',
  ...overrides,
});

const ACTIONS: ActionState[] = [
  action({
    id: 'a1',
    ref: '2.1-1',
    section: '2.1',
    owners: ['COM'],
    deadline: '2013-06-30',
    status: 'COMPLETED',
    progress: 100,
    completedAt: '2013-05-31T10:00:00Z',
    lastConfirmedAt: '2013-05-31T10:00:00Z',
  }),
  action({
    id: 'a2',
    ref: '2.1-2',
    section: '2.1',
    owners: ['COM', 'ENISA'],
    deadline: '2013-09-30',
    status: 'IN_PROGRESS',
    progress: 60,
    declaredHealth: 'ON_TRACK',
    lastConfirmedAt: '2013-09-01T09:00:00Z',
  }),
  action({
    id: 'a8',
    ref: '2.1-3',
    section: '2.1',
    owners: ['MS'],
    memberStateReporting: true,
    deadline: '2013-12-31',
    status: 'COMPLETED',
    progress: 100,
    completedAt: '2013-09-30T23:59:59Z',
    lastConfirmedAt: '2013-01-01T09:00:00Z',
  }),
  action({
    id: 'a3',
    ref: '2.1-10',
    section: '2.1',
    owners: ['ENISA'],
    deadline: '2013-10-15',
    status: 'IN_PROGRESS',
    progress: 80,
    lastConfirmedAt: '2013-07-01T09:00:00Z',
  }),
  action({
    id: 'a4',
    ref: '2.2-1',
    section: '2.2',
    owners: ['EC3'],
    deadline: '2013-08-31',
    status: 'NOT_STARTED',
    declaredHealth: 'OVERDUE',
    lastConfirmedAt: undefined,
  }),
  action({
    id: 'a5',
    ref: '2.2-9',
    section: '2.2',
    owners: ['EC3'],
    memberStateReporting: true,
    deadline: '2014-01-13',
    status: 'IN_PROGRESS',
    progress: 60,
    forecastDate: '2014-03-01',
  }),
  action({
    id: 'a6',
    ref: '2.2-10',
    section: '2.2',
    owners: ['COM'],
    memberStateReporting: true,
    deadline: '2014-01-14',
    status: 'NOT_STARTED',
    declaredHealth: 'ON_TRACK',
    lastConfirmedAt: '2013-10-10T09:00:00Z',
  }),
  action({ id: 'a7', ref: '4-1', section: '4', owners: ['COM'], recurring: true, deadline: '2014-02-07', status: 'ONGOING', progress: 50 }),
];

const SPRING: RoundState = {
  id: 'r1',
  name: 'Spring 2013',
  opens: '2013-04-01',
  closes: '2013-05-31',
  open: false,
  closedAt: '2013-06-01T08:00:00Z',
};
const AUTUMN: RoundState = { id: 'r2', name: 'Autumn 2013', opens: '2013-10-01', closes: '2013-11-30', open: true };

const report = (actionId: string, country: string, roundId: string, review: ReportState['review']): ReportState => ({
  actionId,
  country,
  roundId,
  review,
  status: 'IN_PROGRESS',
  reportedAt: '2013-10-05T09:00:00Z',
});

const REPORTS: ReportState[] = [
  report('a8', 'DE', 'r2', 'ACCEPTED'),
  report('a8', 'FR', 'r2', 'RETURNED'),
  report('a5', 'DE', 'r2', 'SUBMITTED'),
  report('a6', 'IT', 'r2', 'ACCEPTED'),
  report('a5', 'FR', 'r1', 'ACCEPTED'),
];

const MEMBER_STATES = [
  { code: 'FR', name: 'France' },
  { code: 'DE', name: 'Germany' },
  { code: 'IT', name: 'Italy' },
];

const input = (overrides: Partial<DashboardInput> = {}): DashboardInput => ({
  strategy: {
    adopted: ADOPTED,
    reviewDate: REVIEW,
    priorities: [
      { id: '2.1', title: 'Achieving cyber resilience' },
      { id: '2.2', title: 'Drastically reducing cybercrime' },
    ],
    actors: [
      { id: 'COM', name: 'European Commission' },
      { id: 'EC3', name: 'Europol/EC3' },
      { id: 'ENISA', name: 'ENISA' },
      { id: 'MS', name: 'Member States' },
      { id: 'EDA', name: 'European Defence Agency' },
    ],
    memberStates: MEMBER_STATES,
  },
  actions: ACTIONS,
  reports: REPORTS,
  rounds: [SPRING, AUTUMN],
  asOf: AS_OF,
  config: DEFAULT_HEALTH_CONFIG,
  ...overrides,
});

const statuses = (notStarted: number, inProgress: number, completed: number, ongoing: number, discontinued: number) => [
  { status: 'NOT_STARTED', count: notStarted },
  { status: 'IN_PROGRESS', count: inProgress },
  { status: 'COMPLETED', count: completed },
  { status: 'ONGOING', count: ongoing },
  { status: 'DISCONTINUED', count: discontinued },
];
const healths = (done: number, onTrack: number, atRisk: number, overdue: number) => [
  { health: 'DONE', count: done },
  { health: 'ON_TRACK', count: onTrack },
  { health: 'AT_RISK', count: atRisk },
  { health: 'OVERDUE', count: overdue },
];

describe('buildDashboard: headline figures as of 2013-10-15', () => {
  const dashboard = buildDashboard(input());

  it('echoes the dates and counts the days to the review', () => {
    // 2013-10-15 → 11-15 (31) → 12-15 (30) → 2014-01-15 (31) → 02-07 (23) = 115
    expect(dashboard).toMatchObject({ asOf: AS_OF, reviewDate: REVIEW, daysToReview: 115 });
  });

  it.each([
    ['2013-10-15', 115],
    ['2014-02-07', 0],
    ['2014-02-10', -3],
  ])('daysToReview as of %s is %i', (asOf, days) => {
    expect(buildDashboard(input({ asOf })).daysToReview).toBe(days);
  });

  it('totals every action, with the section-4 action counted', () => {
    // Health: 2.1-1, 2.1-3 DONE; 2.1-10 ON_TRACK (due today, 80 ≥ 100 − 25); 4-1 ONGOING → ON_TRACK;
    // 2.2-9 AT_RISK (forecast after deadline); 2.2-10 AT_RISK (line expects 250/341 ≈ 73, has 0);
    // 2.1-2 and 2.2-1 OVERDUE. Stale (not done, > 90 days): 2.1-10 (106 days), 2.2-1 (never);
    // 2.1-3 was last confirmed long ago but is completed. Disagreements: 2.1-2 and 2.2-10 say ON_TRACK.
    // Upcoming (deadline in the next 90 days, not completed): 2.2-9, due at asOf + 90.
    expect(dashboard.totals).toEqual({
      actions: 8,
      completed: 2,
      percentCompleted: 25,
      overdue: 2,
      atRisk: 2,
      upcoming: 1,
      stale: 2,
      disagreements: 2,
    });
  });

  it('rounds the percentage completed to one decimal', () => {
    const oneOfThree = buildDashboard(input({ actions: ACTIONS.slice(0, 3) })); // 2.1-1, 2.1-2, 2.1-3: two completed
    expect(oneOfThree.totals.percentCompleted).toBe(66.7);
  });

  it('lists every status and health, zeros included, in enum order', () => {
    expect(dashboard.byStatus).toEqual(statuses(2, 3, 2, 1, 0));
    expect(dashboard.byHealth).toEqual(healths(2, 2, 2, 2));
  });

  it('breaks down by priority in strategy order, leaving section 4 out', () => {
    expect(dashboard.byPriority).toEqual([
      { id: '2.1', label: 'Achieving cyber resilience', total: 4, byStatus: statuses(0, 2, 2, 0, 0), byHealth: healths(2, 1, 0, 1) },
      { id: '2.2', label: 'Drastically reducing cybercrime', total: 3, byStatus: statuses(2, 1, 0, 0, 0), byHealth: healths(0, 0, 2, 1) },
    ]);
  });

  it('breaks down by owner, largest first then by name, counting a shared action for each owner', () => {
    expect(dashboard.byOwner.map(({ id, label, total }) => [id, label, total])).toEqual([
      ['COM', 'European Commission', 4],
      ['ENISA', 'ENISA', 2],
      ['EC3', 'Europol/EC3', 2],
      ['MS', 'Member States', 1],
    ]);
    expect(dashboard.byOwner[0]).toEqual({
      id: 'COM',
      label: 'European Commission',
      total: 4,
      byStatus: statuses(1, 1, 1, 1, 0),
      byHealth: healths(1, 1, 1, 1),
    });
    expect(dashboard.byOwner[1]).toMatchObject({ byStatus: statuses(0, 2, 0, 0, 0), byHealth: healths(0, 1, 0, 1) });
  });

  it('describes an overdue action as it stood', () => {
    expect(dashboard.overdue[0]).toEqual({
      actionId: 'a4',
      ref: '2.2-1',
      section: '2.2',
      text: 'The text of 2.2-1.',
      owners: ['EC3'],
      deadline: '2013-08-31',
      status: 'NOT_STARTED',
      progress: 0,
      health: 'OVERDUE',
      daysLate: 45,
    });
  });
});

describe('buildDashboard: overdue and upcoming boundaries', () => {
  const listed = (items: { ref: string; daysLate: number }[]) => items.map(({ ref, daysLate }) => [ref, daysLate]);

  it.each([
    {
      asOf: '2013-08-31', // 2.2-1 falls due today: not overdue, and not upcoming either
      overdue: [],
      upcoming: [
        ['2.1-2', -30],
        ['2.1-10', -45],
      ],
    },
    {
      asOf: '2013-09-01',
      overdue: [['2.2-1', 1]],
      upcoming: [
        ['2.1-2', -29],
        ['2.1-10', -44],
      ],
    },
    {
      asOf: '2013-10-15', // 2.2-9 is due at asOf + 90: upcoming; 2.2-10 at asOf + 91: not yet
      overdue: [
        ['2.2-1', 45],
        ['2.1-2', 15],
      ],
      upcoming: [['2.2-9', -90]],
    },
    {
      asOf: '2013-10-16', // 2.1-3 falls due 2013-12-31 but is completed
      overdue: [
        ['2.2-1', 46],
        ['2.1-2', 16],
        ['2.1-10', 1],
      ],
      upcoming: [
        ['2.2-9', -89],
        ['2.2-10', -90],
      ],
    },
  ])('as of $asOf', ({ asOf, overdue, upcoming }) => {
    const dashboard = buildDashboard(input({ asOf }));
    expect(listed(dashboard.overdue)).toEqual(overdue);
    expect(listed(dashboard.upcoming)).toEqual(upcoming);
  });

  it('orders equally late or equally due actions by reference, numerically', () => {
    const sameDay = (id: string, ref: string, deadline: string) =>
      action({ id, ref, section: '2.1', owners: ['COM'], deadline, status: 'IN_PROGRESS', progress: 90 });
    const dashboard = buildDashboard(
      input({
        asOf: '2013-10-15',
        actions: [
          sameDay('x', '2.1-10', '2013-10-01'),
          sameDay('y', '2.1-9', '2013-10-01'),
          sameDay('z', '2.1-11', '2013-11-01'),
          sameDay('w', '2.1-2', '2013-11-01'),
        ],
      }),
    );
    expect(dashboard.overdue.map((item) => item.ref)).toEqual(['2.1-9', '2.1-10']);
    expect(dashboard.upcoming.map((item) => item.ref)).toEqual(['2.1-2', '2.1-11']);
  });

  it('honours a shorter upcoming window', () => {
    expect(listed(buildDashboard(input({ asOf: '2013-10-16', upcomingDays: 89 })).upcoming)).toEqual([['2.2-9', -89]]);
  });
});

describe('coverage', () => {
  it('counts the open round, a RETURNED report as reported but not accepted', () => {
    // Three member-state actions × three member states = 9 expected; the autumn round has 4 reports.
    expect(buildDashboard(input()).coverage).toEqual({
      roundId: 'r2',
      roundName: 'Autumn 2013',
      expected: 9,
      reported: 4,
      accepted: 2,
      percentReported: 44.4,
      byCountry: [
        { country: 'FR', name: 'France', expected: 3, reported: 1, accepted: 0 },
        { country: 'DE', name: 'Germany', expected: 3, reported: 2, accepted: 1 },
        { country: 'IT', name: 'Italy', expected: 3, reported: 1, accepted: 1 },
      ],
      byAction: [
        { actionId: 'a8', ref: '2.1-3', expected: 3, reported: 2, accepted: 1 },
        { actionId: 'a5', ref: '2.2-9', expected: 3, reported: 1, accepted: 0 },
        { actionId: 'a6', ref: '2.2-10', expected: 3, reported: 1, accepted: 1 },
      ],
    });
  });

  it('falls back to the round closed last when none is open', () => {
    const autumnClosed = { ...AUTUMN, open: false, closedAt: '2013-12-01T08:00:00Z' };
    expect(coverageRound([SPRING, autumnClosed])?.id).toBe('r2');
    expect(coverageRound([autumnClosed, SPRING])?.id).toBe('r2');
    const spring = buildDashboard(input({ rounds: [SPRING] })).coverage;
    expect(spring).toMatchObject({ roundId: 'r1', roundName: 'Spring 2013', expected: 9, reported: 1, accepted: 1, percentReported: 11.1 });
  });

  it('prefers the open round to one closed later', () => {
    expect(coverageRound([AUTUMN, { ...SPRING, closedAt: '2014-01-01T00:00:00Z' }])?.id).toBe('r2');
  });

  it('is all zeros before any round, with every country and action still listed', () => {
    const none = coverageOf(undefined, ACTIONS, REPORTS, MEMBER_STATES);
    expect(none).toMatchObject({ roundId: null, roundName: null, expected: 0, reported: 0, accepted: 0, percentReported: 0 });
    expect(none.byCountry.map((row) => [row.country, row.expected, row.reported])).toEqual([
      ['FR', 0, 0],
      ['DE', 0, 0],
      ['IT', 0, 0],
    ]);
    expect(none.byAction.map((row) => row.ref)).toEqual(['2.1-3', '2.2-9', '2.2-10']);
  });
});

describe("the member states' progress (issue 14)", () => {
  // Member-state actions: a8, a5, a6; countries FR, DE, IT: 9 reports would cover them all.
  // Accepted: a8 DE (r2), a6 IT (r2), a5 FR (r1, an earlier round still counts: it is FR's current report).
  // a8 FR is returned (not counted), a5 DE submitted (under review only).
  const progress = buildDashboard(input()).memberStateProgress;

  it('counts each current accepted report, whatever its round, by the status the country reported', () => {
    expect(progress).toMatchObject({ actions: 3, countries: 3, expected: 9, accepted: 3, countriesReporting: 3, underReview: 1 });
    expect(progress.byStatus).toEqual([
      { status: 'COMPLETED', count: 0 },
      { status: 'IN_PROGRESS', count: 3 },
      { status: 'PLANNED', count: 0 },
      { status: 'NOT_STARTED', count: 0 },
      { status: 'NOT_APPLICABLE', count: 0 },
    ]);
  });

  it("leaves the actions' own figures as they are: a country's report never changes an action's status", () => {
    const without = buildDashboard(input({ reports: [] }));
    expect(without.memberStateProgress).toMatchObject({ accepted: 0, countriesReporting: 0, underReview: 0 });
    const { memberStateProgress: _with, coverage: _coverage, ...figures } = buildDashboard(input());
    const { memberStateProgress: _without, coverage: _none, ...baseline } = without;
    expect(figures).toEqual(baseline);
  });

  it('counts a country once however many of its reports are accepted, and leaves out other actions and countries', () => {
    const reports: ReportState[] = [
      { ...report('a8', 'DE', 'r2', 'ACCEPTED'), status: 'COMPLETED' },
      { ...report('a6', 'DE', 'r2', 'ACCEPTED'), status: 'PLANNED' },
      // Not addressed to the member states; a country that does not take part.
      report('a1', 'FR', 'r2', 'ACCEPTED'),
      report('a5', 'XX', 'r2', 'ACCEPTED'),
    ];
    const counted = memberStateProgressOf(ACTIONS, reports, MEMBER_STATES);
    expect(counted).toMatchObject({ accepted: 2, countriesReporting: 1, underReview: 0 });
    expect(counted.byStatus.filter((entry) => entry.count > 0)).toEqual([
      { status: 'COMPLETED', count: 1 },
      { status: 'PLANNED', count: 1 },
    ]);
  });
});

describe('burn-up', () => {
  it('has one cumulative point per month from adoption to review, completions counted in the month they happened', () => {
    // Completions: May (2.1-1), September (2.1-3, on the last second of the month).
    // Deadlines: Jun 2.1-1, Aug 2.2-1, Sep 2.1-2, Oct 2.1-10, Dec 2.1-3, Jan 2.2-9 and 2.2-10, Feb 4-1.
    expect(buildDashboard(input()).burnUp).toEqual([
      { month: '2013-02', completed: 0, fallingDue: 0 },
      { month: '2013-03', completed: 0, fallingDue: 0 },
      { month: '2013-04', completed: 0, fallingDue: 0 },
      { month: '2013-05', completed: 1, fallingDue: 0 },
      { month: '2013-06', completed: 1, fallingDue: 1 },
      { month: '2013-07', completed: 1, fallingDue: 1 },
      { month: '2013-08', completed: 1, fallingDue: 2 },
      { month: '2013-09', completed: 2, fallingDue: 3 },
      { month: '2013-10', completed: 2, fallingDue: 4 },
      { month: '2013-11', completed: 2, fallingDue: 4 },
      { month: '2013-12', completed: 2, fallingDue: 5 },
      { month: '2014-01', completed: 2, fallingDue: 7 },
      { month: '2014-02', completed: 2, fallingDue: 8 },
    ]);
  });

  const completedAt = (at: string | undefined, asOf = '2013-12-15') => {
    const done = action({
      id: 'd',
      ref: '2.1-1',
      section: '2.1',
      owners: ['COM'],
      deadline: '2013-12-31',
      status: 'COMPLETED',
      progress: 100,
      completedAt: at,
    });
    const points = buildDashboard(input({ actions: [done], asOf })).burnUp;
    return points.find((point) => point.completed === 1)?.month;
  };

  it.each([
    ['2013-09-30T23:59:59Z', '2013-09'],
    ['2013-10-01T00:00:00Z', '2013-10'],
    ['2013-10-01T01:00:00+02:00', '2013-09'], // 2013-09-30T23:00Z: months are UTC
    [undefined, '2013-12'], // completed, date unknown: counted from the asOf month
    ['2014-01-05T00:00:00Z', '2013-12'], // a date after asOf is not believed: nothing beyond asOf
  ])('a completion at %s first counts in %s', (at, month) => {
    expect(completedAt(at)).toBe(month);
  });

  it('extends to the asOf month when it is after the review', () => {
    const points = buildDashboard(input({ asOf: '2014-04-10' })).burnUp;
    expect(points).toHaveLength(15);
    expect(points.at(-1)).toEqual({ month: '2014-04', completed: 2, fallingDue: 8 });
  });

  it('never counts a completion after asOf, but keeps showing the planned deadlines', () => {
    // As of 2013-06-15, only 2.1-1 is completed; the plan still runs to February 2014.
    const early = ACTIONS.map((a) => (a.id === 'a8' ? { ...a, status: 'IN_PROGRESS' as const, completedAt: undefined } : a));
    const points = buildDashboard(input({ actions: early, asOf: '2013-06-15' })).burnUp;
    expect(points.map((point) => point.completed)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(points.map((point) => point.fallingDue)).toEqual([0, 0, 0, 0, 1, 1, 2, 3, 4, 4, 5, 7, 8]);
  });
});

describe('monthsBetween (calendar months, with the share of the month in progress)', () => {
  it.each([
    ['2013-02-07', '2013-02-07', 0],
    ['2013-02-07', '2013-08-07', 6],
    ['2013-02-07', '2014-02-07', 12],
    ['2013-02-07', '2013-03-22', 1 + 15 / 31], // 03-07 → 04-07 has 31 days, 15 of them elapsed
    ['2013-10-15', '2014-02-07', 3 + 23 / 31], // 2014-01-15 → 02-15 has 31 days, 23 elapsed
    ['2013-01-31', '2013-02-28', 1], // one month after 31 January is the last day of February
    ['2013-08-07', '2013-02-07', 0],
  ])('%s → %s is %d', (from, to, months) => {
    expect(monthsBetween(from, to)).toBeCloseTo(months, 10);
  });
});

describe('poissonQuantile', () => {
  // Poisson(3): P(X ≤ k) = e^-3 (1, 4, 8.5, 13, 16.375, 18.4) for k = 0..5 = .0498, .1991, .4232, .6472, .8153, .9161
  it.each([
    [0.1, 3, 1],
    [0.9, 3, 5],
    [0.5, 3, 3],
    // Poisson(0.90625): e^-λ = .4040, P(X ≤ 1) = .4040 × 1.90625 = .7702, P(X ≤ 2) = .9361
    [0.1, 0.90625, 0],
    [0.9, 0.90625, 2],
    [0.9, 0, 0],
    // The median of a Poisson law with an integer mean is the mean; e^-1000 alone would underflow.
    [0.5, 1000, 1000],
  ])('the %d quantile of Poisson(%d) is %i', (p, mean, k) => {
    expect(poissonQuantile(p, mean)).toBe(k);
  });
});

describe('forecast', () => {
  const forecast = (asOf: string, completed: number, total = 20) =>
    forecastCompletions({ total, completed, adopted: ADOPTED, reviewDate: REVIEW, asOf });

  it.each([
    { case: 'at adoption, nothing done', asOf: ADOPTED, completed: 0, total: 20, expected: { doneByReview: 0, low: 0, high: 0, pacePerMonth: 0 } },
    // 6 months elapsed, 3 done: 0.5 a month; 6 months left: 3 more expected; Poisson(3) 10th/90th: 1 and 5.
    { case: 'half-way', asOf: '2013-08-07', completed: 3, total: 20, expected: { doneByReview: 6, low: 4, high: 8, pacePerMonth: 0.5 } },
    {
      case: 'half-way, range capped at the total',
      asOf: '2013-08-07',
      completed: 3,
      total: 7,
      expected: { doneByReview: 6, low: 4, high: 7, pacePerMonth: 0.5 },
    },
    // 1 + 15/31 = 46/31 months elapsed, 1 done: pace 31/46 ≈ 0.67; 10 + 16/31 = 326/31 months left:
    // 326/46 ≈ 7.087 more; Poisson(7.087): P(X ≤ 3) = .077, P(X ≤ 4) = .165; P(X ≤ 10) = .895, P(X ≤ 11) = .943.
    {
      case: 'early, with fractional months',
      asOf: '2013-03-22',
      completed: 1,
      total: 20,
      expected: { doneByReview: 8, low: 5, high: 12, pacePerMonth: 0.67 },
    },
    // Less than a month elapsed counts as one: 1 a month, 11.58 months left, far beyond the 8 actions.
    { case: 'first weeks', asOf: '2013-02-20', completed: 1, total: 8, expected: { doneByReview: 8, low: 8, high: 8, pacePerMonth: 1 } },
    // At or after the review date the forecast is what was done; 12 + 22/28 months elapsed: 5 / 12.79 ≈ 0.39.
    { case: 'on the review date', asOf: REVIEW, completed: 5, total: 8, expected: { doneByReview: 5, low: 5, high: 5, pacePerMonth: 0.42 } },
    { case: 'after the review date', asOf: '2014-03-01', completed: 5, total: 8, expected: { doneByReview: 5, low: 5, high: 5, pacePerMonth: 0.39 } },
  ])('$case', ({ asOf, completed, total, expected }) => {
    expect(forecast(asOf, completed, total)).toMatchObject(expected);
  });

  it('is computed on the dashboard from the actions completed as of its date', () => {
    // 2 done in 8 + 8/31 = 256/31 months: pace 62/256 ≈ 0.24; 116/31 months left → 116/128 = 0.90625 more:
    // round(2.906) = 3; Poisson(0.90625) 10th/90th percentiles 0 and 2.
    expect(buildDashboard(input()).forecast).toMatchObject({ doneByReview: 3, low: 2, high: 4, pacePerMonth: 0.24 });
  });

  it('states its method in one sentence with the interval it uses', () => {
    const { method } = forecast(AS_OF, 2);
    expect(method).toMatch(/Poisson/);
    expect(method).toContain('10th to 90th percentile');
    expect(method).toContain('80% interval');
    expect(method.trim().split(/\.\s/)).toHaveLength(1);
  });
});
