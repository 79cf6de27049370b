import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionState } from '../../functions/domain/dashboard.js';
import { endOfDay, replayHistory, type HistoryEventLike } from '../../functions/domain/replay.js';

const catalogueAction = (id: string, ref: string, text: string): ActionState => ({
  id,
  ref,
  section: '2.1',
  text,
  owners: ['COM'],
  memberStateReporting: true,
  recurring: false,
  baselineDeadline: '2013-12-31',
  deadline: '2013-12-31',
  status: 'NOT_STARTED',
  progress: 0,
});

const BASELINE = {
  actions: [catalogueAction('a1', '2.1-01', 'Propose an NIS directive.'), catalogueAction('a2', '2.1-02', 'Run a cyber-security month (corrected).')],
};

const event = (id: string, at: string, type: string, subject: Partial<HistoryEventLike>, after?: Record<string, unknown>): HistoryEventLike => ({
  id,
  at,
  type,
  ...subject,
  ...(after ? { after } : {}),
});

const REVISION = { date: '2014-03-31', previous: '2013-12-31', reason: 'Council agenda', revisedAt: '2013-04-01T10:00:00Z', revisedBy: 'coordinator' };

/** A year of history, in the order it happened. */
const HISTORY: HistoryEventLike[] = [
  event('e01', '2013-03-01T10:00:00Z', 'ACTION_UPDATED', { actionId: 'a1' }, { status: 'IN_PROGRESS', progress: 20, note: 'Kick-off', lastConfirmedAt: '2013-03-01T10:00:00Z' }),
  event('e02', '2013-03-15T10:00:00Z', 'CATALOGUE_CORRECTED', { actionId: 'a2' }, { text: 'Run a cyber-security month.' }),
  event('e03', '2013-04-01T10:00:00Z', 'DEADLINE_REVISED', { actionId: 'a1' }, { deadlineRevisions: [REVISION] }),
  event('e04', '2013-04-10T08:00:00Z', 'ROUND_OPENED', { roundId: 'r1' }, { name: 'Spring 2013', opens: '2013-04-10', closes: '2013-05-31', open: true }),
  event('e05', '2013-04-20T09:00:00Z', 'REPORT_SUBMITTED', { actionId: 'a2', country: 'DE', roundId: 'r1' }, { status: 'IN_PROGRESS', review: { state: 'SUBMITTED' }, reportedAt: '2013-04-20T09:00:00Z', version: 1 }),
  event('e06', '2013-04-25T09:00:00Z', 'REPORT_REVIEWED', { actionId: 'a2', country: 'DE', roundId: 'r1' }, { review: { state: 'RETURNED', comment: 'Add the evidence.' }, version: 2 }),
  event('e07', '2013-04-28T09:00:00Z', 'REPORT_SUBMITTED', { actionId: 'a2', country: 'DE', roundId: 'r1' }, { status: 'COMPLETED', review: { state: 'SUBMITTED' }, reportedAt: '2013-04-28T09:00:00Z', version: 3 }),
  event('e08', '2013-05-02T09:00:00Z', 'ACTION_UPDATED', { actionId: 'a1' }, { note: null, forecastDate: '2014-03-01' }),
  event('e09', '2013-05-31T16:00:00Z', 'ROUND_CLOSED', { roundId: 'r1' }, { open: false, closedAt: '2013-05-31T16:00:00Z' }),
  event('e10', '2013-06-30T23:59:59Z', 'ACTION_UPDATED', { actionId: 'a1' }, { status: 'COMPLETED', progress: 100, completedAt: '2013-06-30T23:59:59Z' }),
];

const replay = (until: string, events = HISTORY) => replayHistory(BASELINE, events, until);
const actionOf = (state: ReturnType<typeof replay>, id: string) => state.actions.find((action) => action.id === id);

describe('endOfDay', () => {
  it.each([
    ['2013-12-31', '2014-01-01T00:00:00.000Z'],
    ['2016-02-28', '2016-02-29T00:00:00.000Z'],
    ['2013-03-30', '2013-03-31T00:00:00.000Z'], // UTC: no daylight-saving shift
  ])('the day %s ends at %s (UTC, exclusive)', (date, bound) => {
    expect(endOfDay(date)).toBe(bound);
  });

  it.each(['2013-13-01', '2013-02-30', '31/12/2013', '2013-12-31T10:00:00Z', ''])('rejects %j', (date) => {
    expect(() => endOfDay(date)).toThrow(RangeError);
  });
});

describe('replayHistory', () => {
  it('before any event is the catalogue as given, with its current text', () => {
    const state = replay('2013-01-01T00:00:00Z');
    expect(state).toEqual({ actions: BASELINE.actions, reports: [], rounds: [] });
  });

  it.each([
    { until: endOfDay('2013-03-01'), a1: { status: 'IN_PROGRESS', progress: 20, note: 'Kick-off', deadline: '2013-12-31' }, a2Text: 'Run a cyber-security month (corrected).' },
    { until: endOfDay('2013-03-15'), a1: { status: 'IN_PROGRESS', deadline: '2013-12-31' }, a2Text: 'Run a cyber-security month.' },
    { until: endOfDay('2013-04-01'), a1: { deadline: '2014-03-31', deadlineRevisions: [REVISION], baselineDeadline: '2013-12-31' }, a2Text: 'Run a cyber-security month.' },
    { until: endOfDay('2013-06-30'), a1: { status: 'COMPLETED', progress: 100, completedAt: '2013-06-30T23:59:59Z', forecastDate: '2014-03-01' }, a2Text: 'Run a cyber-security month.' },
  ])('rebuilds the actions as they stood until $until', ({ until, a1, a2Text }) => {
    const state = replay(until);
    expect(actionOf(state, 'a1')).toMatchObject(a1);
    expect(actionOf(state, 'a2')?.text).toBe(a2Text);
  });

  it('derives the deadline in force from the revisions and the baseline, never from a patch', () => {
    const events = [
      event('c1', '2013-03-01T00:00:00Z', 'CATALOGUE_CORRECTED', { actionId: 'a2' }, { baselineDeadline: '2013-11-30' }),
      event('c2', '2013-04-01T00:00:00Z', 'DEADLINE_REVISED', { actionId: 'a2' }, { deadlineRevisions: [{ ...REVISION, previous: '2013-11-30' }] }),
      event('c3', '2013-05-01T00:00:00Z', 'CATALOGUE_CORRECTED', { actionId: 'a2' }, { baselineDeadline: '2013-10-31' }),
    ];
    const deadlines = (day: string) => {
      const a2 = actionOf(replay(endOfDay(day), events), 'a2');
      return [a2?.baselineDeadline, a2?.deadline];
    };
    expect(deadlines('2013-03-01')).toEqual(['2013-11-30', '2013-11-30']);
    expect(deadlines('2013-04-01')).toEqual(['2013-11-30', '2014-03-31']);
    expect(deadlines('2013-05-01')).toEqual(['2013-10-31', '2014-03-31']);
  });

  it('clears a field patched with null', () => {
    expect(actionOf(replay(endOfDay('2013-05-01')), 'a1')).toHaveProperty('note', 'Kick-off');
    const after = actionOf(replay(endOfDay('2013-05-02')), 'a1');
    expect(after).not.toHaveProperty('note');
    expect(after).toMatchObject({ forecastDate: '2014-03-01', progress: 20 });
  });

  it('ignores events at or after `until`', () => {
    expect(actionOf(replay('2013-03-01T10:00:00Z'), 'a1')?.status).toBe('NOT_STARTED');
    expect(actionOf(replay('2013-03-01T10:00:00.001Z'), 'a1')?.status).toBe('IN_PROGRESS');
  });

  it.each([
    { day: '2013-04-20', report: { status: 'IN_PROGRESS', review: { state: 'SUBMITTED' }, reportedAt: '2013-04-20T09:00:00Z', version: 1 } },
    { day: '2013-04-25', report: { status: 'IN_PROGRESS', review: { state: 'RETURNED', comment: 'Add the evidence.' }, reportedAt: '2013-04-20T09:00:00Z', version: 2 } },
    { day: '2013-04-28', report: { status: 'COMPLETED', review: { state: 'SUBMITTED' }, reportedAt: '2013-04-28T09:00:00Z', version: 3 } },
  ])('keeps one current report per action and country: as of $day', ({ day, report }) => {
    expect(replay(endOfDay(day)).reports).toEqual([{ actionId: 'a2', country: 'DE', roundId: 'r1', ...report }]);
  });

  it('opens and closes rounds', () => {
    const open = { id: 'r1', name: 'Spring 2013', opens: '2013-04-10', closes: '2013-05-31', open: true };
    expect(replay(endOfDay('2013-04-09')).rounds).toEqual([]);
    expect(replay(endOfDay('2013-05-30')).rounds).toEqual([open]);
    expect(replay(endOfDay('2013-05-31')).rounds).toEqual([{ ...open, open: false, closedAt: '2013-05-31T16:00:00Z' }]);
  });

  it('orders events by instant, not by the text of their time stamp', () => {
    const events = [
      event('x', '2013-03-01T09:00:00Z', 'ACTION_UPDATED', { actionId: 'a1' }, { progress: 30 }),
      event('y', '2013-03-01T10:00:00+02:00', 'ACTION_UPDATED', { actionId: 'a1' }, { progress: 10 }), // 08:00Z: first
    ];
    expect(actionOf(replay(endOfDay('2013-03-01'), events), 'a1')?.progress).toBe(30);
  });

  it('breaks ties between events at the same instant by id', () => {
    const events = [
      event('e-b', '2013-03-01T09:00:00Z', 'ACTION_UPDATED', { actionId: 'a1' }, { progress: 30 }),
      event('e-a', '2013-03-01T09:00:00Z', 'ACTION_UPDATED', { actionId: 'a1' }, { progress: 10 }),
    ];
    expect(actionOf(replay(endOfDay('2013-03-01'), events), 'a1')?.progress).toBe(30);
  });

  it('gives the same state whatever the order the events arrive in', () => {
    const simultaneous = [
      event('e11', '2013-07-01T09:00:00Z', 'ACTION_UPDATED', { actionId: 'a2' }, { progress: 40 }),
      event('e12', '2013-07-01T09:00:00Z', 'ACTION_UPDATED', { actionId: 'a2' }, { progress: 45, note: 'Second thoughts' }),
    ];
    const history = [...HISTORY, ...simultaneous];
    const instants = [...history.map((e) => e.at), '2013-01-01T00:00:00Z', '2014-01-01T00:00:00Z'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }),
        fc.constantFrom(...instants),
        (shuffled, until) => {
          expect(replay(until, shuffled)).toEqual(replay(until, history));
        },
      ),
    );
  });

  it('leaves the baseline untouched', () => {
    const before = structuredClone(BASELINE);
    replay(endOfDay('2014-01-01'));
    expect(BASELINE).toEqual(before);
  });

  it('throws on an event type it does not know, even one after `until`', () => {
    const events = [...HISTORY, event('e99', '2014-06-01T00:00:00Z', 'ACTION_ARCHIVED', { actionId: 'a1' }, { archived: true })];
    expect(() => replay(endOfDay('2013-12-31'), events)).toThrow(/unknown type "ACTION_ARCHIVED"/);
  });

  it.each([
    ['an action outside the catalogue', event('b1', '2013-03-01T00:00:00Z', 'ACTION_UPDATED', { actionId: 'zz' }, { progress: 5 }), /not in the catalogue/],
    ['an action event without actionId', event('b2', '2013-03-01T00:00:00Z', 'DEADLINE_REVISED', {}, { deadline: '2014-01-01' }), /no actionId/],
    ['a review before any submission', event('b3', '2013-03-01T00:00:00Z', 'REPORT_REVIEWED', { actionId: 'a2', country: 'FR', roundId: 'r1' }, { review: { state: 'ACCEPTED' } }), /before it was submitted/],
    ['a first submission without its review state', event('b4', '2013-03-01T00:00:00Z', 'REPORT_SUBMITTED', { actionId: 'a2', country: 'FR', roundId: 'r1' }, { status: 'PLANNED', reportedAt: '2013-03-01T00:00:00Z' }), /without review/],
    ['closing a round never opened', event('b5', '2013-03-01T00:00:00Z', 'ROUND_CLOSED', { roundId: 'r9' }, { open: false }), /never opened/],
    ['an after that is not an object', event('b6', '2013-03-01T00:00:00Z', 'ACTION_UPDATED', { actionId: 'a1', after: 'IN_PROGRESS' }), /not an object/],
    ['an unreadable time stamp', event('b7', 'yesterday', 'ACTION_UPDATED', { actionId: 'a1' }, { progress: 5 }), /not an ISO date-time/],
  ])('refuses a history it cannot apply: %s', (_case, bad, message) => {
    expect(() => replay(endOfDay('2013-12-31'), [bad])).toThrow(message);
  });
});
