import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import type { Viewer } from '../../functions/domain/model.js';
import type { ReportState, RoundState } from '../../functions/domain/reporting.js';
import { myTasks, type TaskActionState } from '../../functions/domain/tasks.js';

const asOf = '2014-06-01';
const recently = '2014-05-20T09:00:00Z';
const longAgo = '2013-09-01T09:00:00Z';

function action(ref: string, fields: Partial<TaskActionState> = {}): TaskActionState {
  return {
    id: ref,
    ref,
    section: ref.split('-')[0]!,
    text: `Action ${ref}.`,
    owners: ['COMMISSION'],
    memberStateReporting: false,
    deadline: '2014-12-31',
    status: 'IN_PROGRESS',
    progress: 50,
    lastConfirmedAt: recently,
    ...fields,
  };
}

function report(actionId: string, country: string, fields: Partial<ReportState> = {}): ReportState {
  return {
    actionId,
    country,
    roundId: 'round-2',
    status: 'IN_PROGRESS',
    note: `${country}'s note.`,
    evidenceUrls: [],
    version: 1,
    reportedAt: '2014-05-10T10:00:00Z',
    reportedBy: `Contact ${country} <contact@${country.toLowerCase()}.example>`,
    reportedById: `ms-${country}`,
    review: { state: 'SUBMITTED' },
    ...fields,
  };
}

const openRound: RoundState = { id: 'round-2', name: 'Spring 2014', opens: '2014-05-01', closes: '2014-06-30', open: true };
const closedRound: RoundState = {
  id: 'round-1',
  name: 'Autumn 2013',
  opens: '2013-10-01',
  closes: '2013-11-30',
  open: false,
  closedAt: '2013-12-01T00:00:00Z',
};

const actions = [
  action('2.1-01', { status: 'ONGOING', deadline: '2014-02-07' }),
  action('2.1-03', { owners: ['ENISA'], deadline: '2014-02-07' }),
  action('2.1-04', { owners: ['ENISA'], lastConfirmedAt: longAgo }),
  action('2.1-05', { owners: ['ENISA'], deadline: '2014-02-07', status: 'COMPLETED', progress: 100, lastConfirmedAt: longAgo }),
  action('2.1-06', { owners: ['ENISA', 'COMMISSION'], status: 'DISCONTINUED', deadline: '2013-12-31', lastConfirmedAt: longAgo }),
  action('2.1-07', { owners: ['ENISA'] }),
  action('2.1-10', { owners: ['MEMBER_STATES'], memberStateReporting: true }),
  action('2.1-11', { owners: ['MEMBER_STATES'], memberStateReporting: true }),
  action('2.2-01', { owners: ['MEMBER_STATES'], memberStateReporting: true }),
  action('2.2-02', { owners: ['MEMBER_STATES'], memberStateReporting: true }),
  action('4-01', { deadline: '2014-02-07', lastConfirmedAt: longAgo }),
];

const reports = [
  // Germany: 2.1-10 returned in this round; 2.1-11 accepted in the last round; 2.2-01 submitted in this round.
  report('2.1-10', 'DE', {
    review: {
      state: 'RETURNED',
      comment: 'Add the date of the month.',
      reviewedAt: '2014-05-15T08:00:00Z',
      reviewedBy: 'Coordinator <c@ec.example>',
    },
  }),
  report('2.1-11', 'DE', { roundId: 'round-1', review: { state: 'ACCEPTED', reviewedAt: '2013-11-20T08:00:00Z', reviewedBy: 'Coordinator' } }),
  report('2.2-01', 'DE', { reportedAt: '2014-05-12T10:00:00Z' }),
  // France: one submitted earlier than Germany's.
  report('2.1-10', 'FR', { reportedAt: '2014-05-02T10:00:00Z' }),
];

const tasksOf = (viewer: Pick<Viewer, 'role' | 'actor' | 'country'>, rounds: RoundState[] = [closedRound, openRound]) =>
  myTasks({ viewer, actions, reports, rounds, asOf, adopted: '2013-02-07', config: DEFAULT_HEALTH_CONFIG });

describe('a national contact', () => {
  const germany = { role: 'MEMBER_STATE', country: 'DE' } as const;

  it('is asked to report on what their country has not reported on in the open round, and told when it closes', () => {
    const tasks = tasksOf(germany);
    expect(tasks.openRound).toEqual({ id: 'round-2', name: 'Spring 2014', closes: '2014-06-30' });
    // 2.1-11 was accepted in the last round: this round asks again. 2.2-01 is submitted; 2.1-10 is under returned.
    expect(tasks.toReport.map((task) => task.ref)).toEqual(['2.1-11', '2.2-02']);
  });

  it('sees their returned reports with the comment, and counts both lists as theirs to do', () => {
    const tasks = tasksOf(germany);
    expect(tasks.returned).toEqual([
      expect.objectContaining({
        ref: '2.1-10',
        country: 'DE',
        review: expect.objectContaining({ state: 'RETURNED', comment: 'Add the date of the month.' }),
      }),
    ]);
    // Not a coordinator: the reviewer's e-mail address is withheld.
    expect(tasks.returned[0]!.review.reviewedBy).not.toContain('@');
    expect(tasks.actionable).toBe(3);
    expect(tasks.toReview).toEqual([]);
    expect(tasks.attention).toEqual([]);
  });

  it('has nothing to report while no round is open, but still sees a returned report', () => {
    const tasks = tasksOf(germany, [closedRound]);
    expect(tasks.openRound).toBeNull();
    expect(tasks.toReport).toEqual([]);
    expect(tasks.returned.map((task) => task.ref)).toEqual(['2.1-10']);
  });

  it("never sees another country's reports", () => {
    const tasks = tasksOf({ role: 'MEMBER_STATE', country: 'AT' });
    expect(tasks.returned).toEqual([]);
    expect(tasks.toReport.map((task) => task.ref)).toEqual(['2.1-10', '2.1-11', '2.2-01', '2.2-02']);
  });
});

describe('an owner', () => {
  it("is shown their body's overdue and stale actions, overdue first, and nothing completed or discontinued", () => {
    const tasks = tasksOf({ role: 'OWNER', actor: 'ENISA' });
    expect(tasks.attention.map((task) => [task.ref, task.overdue, task.stale])).toEqual([
      ['2.1-03', true, false],
      ['2.1-04', false, true],
    ]);
    expect(tasks.attention[0]).toMatchObject({ health: 'OVERDUE', daysLate: 114 });
    expect(tasks.actionable).toBe(2);
    expect(tasks.toReport).toEqual([]);
    expect(tasks.toReview).toEqual([]);
  });

  it('has nothing when their actions are on track and confirmed', () => {
    const tasks = tasksOf({ role: 'OWNER', actor: 'EUROPOL_EC3' });
    expect(tasks).toMatchObject({ attention: [], actionable: 0 });
  });
});

describe('a coordinator', () => {
  it('reviews the submitted reports, oldest first, and sees them whole', () => {
    const tasks = tasksOf({ role: 'COORDINATOR' });
    expect(tasks.toReview.map((task) => `${task.ref} ${task.country}`)).toEqual(['2.1-10 FR', '2.2-01 DE']);
    expect(tasks.toReview[1]!.reportedBy).toBe('Contact DE <contact@de.example>');
  });

  it('follows up every overdue or stale action; only the reviews count as theirs to do', () => {
    const tasks = tasksOf({ role: 'COORDINATOR' });
    // 2.1-01 is ONGOING past its deadline and confirmed recently: on track, so not listed.
    expect(tasks.attention.map((task) => task.ref)).toEqual(['2.1-03', '4-01', '2.1-04']);
    expect(tasks.actionable).toBe(2);
    expect(tasks.returned).toEqual([]);
    expect(tasks.toReport).toEqual([]);
  });
});

describe('a continuing action', () => {
  it('that is ONGOING but not confirmed for too long asks its owner to confirm it', () => {
    const tasks = myTasks({
      viewer: { role: 'OWNER', actor: 'COMMISSION' },
      actions: [action('2.1-01', { status: 'ONGOING', deadline: '2014-02-07', lastConfirmedAt: longAgo })],
      reports: [],
      rounds: [],
      asOf,
      adopted: '2013-02-07',
      config: DEFAULT_HEALTH_CONFIG,
    });
    expect(tasks.attention).toEqual([expect.objectContaining({ ref: '2.1-01', health: 'ON_TRACK', overdue: false, stale: true })]);
  });
});

describe('a viewer', () => {
  it('has no tasks', () => {
    expect(tasksOf({ role: 'VIEWER' })).toMatchObject({ toReport: [], returned: [], toReview: [], attention: [], actionable: 0 });
  });
});
