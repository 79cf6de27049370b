import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionState } from '../../functions/domain/dashboard.js';
import { endOfDay } from '../../functions/domain/dates.js';
import { replayHistory, type HistoryEventLike } from '../../functions/domain/replay.js';

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

const REVISION = {
  date: '2014-03-31',
  previous: '2013-12-31',
  reason: 'Council agenda',
  revisedAt: '2013-04-01T10:00:00Z',
  revisedBy: 'coordinator',
};

/** A year of history, in the order it happened. */
const HISTORY: HistoryEventLike[] = [
  event(
    'e01',
    '2013-03-01T10:00:00Z',
    'ACTION_UPDATED',
    { actionId: 'a1' },
    { status: 'IN_PROGRESS', progress: 20, note: 'Kick-off', lastConfirmedAt: '2013-03-01T10:00:00Z' },
  ),
  event('e02', '2013-03-15T10:00:00Z', 'CATALOGUE_CORRECTED', { actionId: 'a2' }, { text: 'Run a cyber-security month.' }),
  event('e03', '2013-04-01T10:00:00Z', 'DEADLINE_REVISED', { actionId: 'a1' }, { deadlineRevisions: [REVISION] }),
  event(
    'e04',
    '2013-04-10T08:00:00Z',
    'ROUND_OPENED',
    { roundId: 'r1' },
    { name: 'Spring 2013', opens: '2013-04-10', closes: '2013-05-31', open: true },
  ),
  event(
    'e05',
    '2013-04-20T09:00:00Z',
    'REPORT_SUBMITTED',
    { actionId: 'a2', country: 'DE', roundId: 'r1' },
    { status: 'IN_PROGRESS', review: { state: 'SUBMITTED' }, reportedAt: '2013-04-20T09:00:00Z', version: 1 },
  ),
  event(
    'e06',
    '2013-04-25T09:00:00Z',
    'REPORT_REVIEWED',
    { actionId: 'a2', country: 'DE', roundId: 'r1' },
    { review: { state: 'RETURNED', comment: 'Add the evidence.' }, version: 2 },
  ),
  event(
    'e07',
    '2013-04-28T09:00:00Z',
    'REPORT_SUBMITTED',
    { actionId: 'a2', country: 'DE', roundId: 'r1' },
    { status: 'COMPLETED', review: { state: 'SUBMITTED' }, reportedAt: '2013-04-28T09:00:00Z', version: 3 },
  ),
  event('e08', '2013-05-02T09:00:00Z', 'ACTION_UPDATED', { actionId: 'a1' }, { note: null, forecastDate: '2014-03-01' }),
  event('e09', '2013-05-31T16:00:00Z', 'ROUND_CLOSED', { roundId: 'r1' }, { open: false, closedAt: '2013-05-31T16:00:00Z' }),
  event(
    'e10',
    '2013-06-30T23:59:59Z',
    'ACTION_UPDATED',
    { actionId: 'a1' },
    { status: 'COMPLETED', progress: 100, completedAt: '2013-06-30T23:59:59Z' },
  ),
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
    {
      until: endOfDay('2013-03-01'),
      a1: { status: 'IN_PROGRESS', progress: 20, note: 'Kick-off', deadline: '2013-12-31' },
      a2Text: 'Run a cyber-security month (corrected).',
    },
    { until: endOfDay('2013-03-15'), a1: { status: 'IN_PROGRESS', deadline: '2013-12-31' }, a2Text: 'Run a cyber-security month.' },
    {
      until: endOfDay('2013-04-01'),
      a1: { deadline: '2014-03-31', deadlineRevisions: [REVISION], baselineDeadline: '2013-12-31' },
      a2Text: 'Run a cyber-security month.',
    },
    {
      until: endOfDay('2013-06-30'),
      a1: { status: 'COMPLETED', progress: 100, completedAt: '2013-06-30T23:59:59Z', forecastDate: '2014-03-01' },
      a2Text: 'Run a cyber-security month.',
    },
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
    {
      day: '2013-04-25',
      report: { status: 'IN_PROGRESS', review: { state: 'RETURNED', comment: 'Add the evidence.' }, reportedAt: '2013-04-20T09:00:00Z', version: 2 },
    },
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
    [
      'an action outside the catalogue',
      event('b1', '2013-03-01T00:00:00Z', 'ACTION_UPDATED', { actionId: 'zz' }, { progress: 5 }),
      /not in the catalogue/,
    ],
    ['an action event without actionId', event('b2', '2013-03-01T00:00:00Z', 'DEADLINE_REVISED', {}, { deadline: '2014-01-01' }), /no actionId/],
    [
      'a review before any submission',
      event('b3', '2013-03-01T00:00:00Z', 'REPORT_REVIEWED', { actionId: 'a2', country: 'FR', roundId: 'r1' }, { review: { state: 'ACCEPTED' } }),
      /before it was submitted/,
    ],
    [
      'a first submission without its review state',
      event(
        'b4',
        '2013-03-01T00:00:00Z',
        'REPORT_SUBMITTED',
        { actionId: 'a2', country: 'FR', roundId: 'r1' },
        { status: 'PLANNED', reportedAt: '2013-03-01T00:00:00Z' },
      ),
      /without review/,
    ],
    ['closing a round never opened', event('b5', '2013-03-01T00:00:00Z', 'ROUND_CLOSED', { roundId: 'r9' }, { open: false }), /never opened/],
    [
      'an after that is not an object',
      event('b6', '2013-03-01T00:00:00Z', 'ACTION_UPDATED', { actionId: 'a1', after: 'IN_PROGRESS' }),
      /not an object/,
    ],
    ['an unreadable time stamp', event('b7', 'yesterday', 'ACTION_UPDATED', { actionId: 'a1' }, { progress: 5 }), /not an ISO date-time/],
  ])('refuses a history it cannot apply: %s', (_case, bad, message) => {
    expect(() => replay(endOfDay('2013-12-31'), [bad])).toThrow(message);
  });
});

/**
 * Effective dates (issue 13): random sequences of writes, each dated by the rules of
 * functions/domain/effective-dates.ts (a random day from the later of the adoption and the
 * subject's latest day, up to the day it is recorded), replayed for every (asOf D, knownAt K)
 * and compared with a plain reference: each subject as its last change that took effect by D
 * and was recorded by K left it.
 */
describe('replayHistory with effective dates', () => {
  const ADOPTED = '2013-02-07';
  const DAY = 86_400_000;
  const dayOfTime = (time: number) => new Date(time).toISOString().slice(0, 10);
  const laterDay = (a: string, b: string) => (a > b ? a : b);

  type Step =
    | { kind: 'update'; action: 'a1' | 'a2'; status: 'IN_PROGRESS' | 'COMPLETED' | 'NOT_STARTED'; progress: number; note: string | null }
    | { kind: 'revise'; action: 'a1' | 'a2'; date: string }
    | { kind: 'submit'; country: 'DE' | 'FR'; status: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' }
    | { kind: 'review'; country: 'DE' | 'FR'; accept: boolean };

  const stepArbitrary: fc.Arbitrary<{ step: Step; minutes: number; backdays: number }> = fc.record({
    step: fc.oneof(
      fc.record({
        kind: fc.constant('update' as const),
        action: fc.constantFrom('a1' as const, 'a2' as const),
        status: fc.constantFrom('IN_PROGRESS' as const, 'COMPLETED' as const, 'NOT_STARTED' as const),
        progress: fc.integer({ min: 0, max: 100 }),
        note: fc.option(fc.constantFrom('Kick-off', 'Delayed', 'Done'), { nil: null }),
      }),
      fc.record({
        kind: fc.constant('revise' as const),
        action: fc.constantFrom('a1' as const, 'a2' as const),
        date: fc.constantFrom('2014-03-31', '2014-06-30', '2014-12-31'),
      }),
      fc.record({
        kind: fc.constant('submit' as const),
        country: fc.constantFrom('DE' as const, 'FR' as const),
        status: fc.constantFrom('PLANNED' as const, 'IN_PROGRESS' as const, 'COMPLETED' as const),
      }),
      fc.record({ kind: fc.constant('review' as const), country: fc.constantFrom('DE' as const, 'FR' as const), accept: fc.boolean() }),
    ),
    // Up to four days between writes, sometimes none (two writes in the same minute).
    minutes: fc.integer({ min: 0, max: 4 * 24 * 60 }),
    // How many days before the day it is recorded the change is dated (clamped by the rules).
    backdays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
  });

  interface Recorded {
    subject: string;
    effectiveOn: string;
    time: number;
    state: Record<string, unknown>;
  }

  /** Writes the steps as the API would: the events, and beside them each subject's whole state after each change. */
  function simulate(steps: { step: Step; minutes: number; backdays: number }[]) {
    const actions = new Map<string, Record<string, unknown>>(BASELINE.actions.map((action) => [action.id, { ...action }]));
    const reports = new Map<string, Record<string, unknown>>();
    const latest = new Map<string, string>();
    const events: HistoryEventLike[] = [
      event(
        'r0',
        '2013-03-01T00:00:00.000Z',
        'ROUND_OPENED',
        { roundId: 'r1' },
        { name: 'Round', opens: '2013-03-01', closes: '2014-12-31', open: true },
      ),
    ];
    const recorded: Recorded[] = [];
    let time = Date.parse('2013-03-01T08:00:00Z');
    steps.forEach(({ step, minutes, backdays }, index) => {
      time += minutes * 60_000;
      const at = new Date(time).toISOString();
      const today = dayOfTime(time);
      const subject = step.kind === 'update' || step.kind === 'revise' ? step.action : `a2/${step.country}`;
      const floor = laterDay(ADOPTED, latest.get(subject) ?? ADOPTED);
      const wanted = dayOfTime(time - backdays * DAY);
      // A review is dated the day it is recorded; anything else as wanted, but never before the floor.
      const effectiveOn = step.kind === 'review' ? today : laterDay(floor, wanted);
      const id = `e${String(index).padStart(3, '0')}`;
      let before: Record<string, unknown>;
      let after: Record<string, unknown>;
      if (step.kind === 'update' || step.kind === 'revise') {
        before = actions.get(step.action)!;
        after =
          step.kind === 'update'
            ? {
                ...before,
                status: step.status,
                progress: step.progress,
                note: step.note,
                effectiveOn,
                completedAt: step.status === 'COMPLETED' ? `${effectiveOn}T00:00:00.000Z` : null,
              }
            : { ...before, deadlineRevisions: [...((before.deadlineRevisions as unknown[]) ?? []), { date: step.date, effectiveOn }], effectiveOn };
        const withoutNulls = Object.fromEntries(Object.entries(after).filter(([, value]) => value !== null));
        withoutNulls.deadline = (withoutNulls.deadlineRevisions as { date: string }[] | undefined)?.at(-1)?.date ?? withoutNulls.baselineDeadline;
        actions.set(step.action, withoutNulls);
        after = withoutNulls;
        events.push(
          event(
            id,
            at,
            step.kind === 'update' ? 'ACTION_UPDATED' : 'DEADLINE_REVISED',
            { actionId: step.action, effectiveOn },
            patchBetween(before, after),
          ),
        );
        latest.set(subject, effectiveOn);
      } else {
        const current = reports.get(step.country);
        if (step.kind === 'review' && current?.review && (current.review as { state: string }).state !== 'SUBMITTED') return;
        if (step.kind === 'review' && !current) return;
        before = current ?? {};
        after =
          step.kind === 'submit'
            ? {
                actionId: 'a2',
                country: step.country,
                roundId: 'r1',
                status: step.status,
                review: { state: 'SUBMITTED' },
                reportedAt: at,
                version: Number(before.version ?? 0) + 1,
                effectiveOn,
              }
            : { ...before, review: { state: step.accept ? 'ACCEPTED' : 'RETURNED' }, version: Number(before.version) + 1 };
        reports.set(step.country, after);
        events.push(
          event(
            id,
            at,
            step.kind === 'submit' ? 'REPORT_SUBMITTED' : 'REPORT_REVIEWED',
            { actionId: 'a2', country: step.country, roundId: 'r1', effectiveOn },
            patchBetween(before, after),
          ),
        );
        // Only a submission raises the floor of a country's report (a review is dated the day it is recorded).
        if (step.kind === 'submit') latest.set(subject, effectiveOn);
      }
      recorded.push({ subject, effectiveOn, time, state: after });
    });
    return { events, recorded };
  }

  /** The fields that differ, with null for a removed one: what the write side records as `after`. */
  function patchBetween(before: Record<string, unknown>, after: Record<string, unknown>) {
    const patch: Record<string, unknown> = {};
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (field === 'deadline') continue;
      if (JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null)) patch[field] = after[field] ?? null;
    }
    return patch;
  }

  /** The plain reference: per subject, the state its last change in view left, or the catalogue (no report). */
  function reference(recorded: Recorded[], asOf: string, knownAt: number) {
    const last = new Map<string, Record<string, unknown>>();
    for (const change of recorded) if (change.effectiveOn <= asOf && change.time <= knownAt) last.set(change.subject, change.state);
    const byId = (id: string) => last.get(id) ?? BASELINE.actions.find((action) => action.id === id);
    const reports = ['DE', 'FR'].map((country) => last.get(`a2/${country}`)).filter((report) => report !== undefined);
    return { actions: [byId('a1'), byId('a2')], reports };
  }

  it('rebuilds, for every day and every instant known, what a plain reference does', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }), (steps) => {
        const { events, recorded } = simulate(steps);
        const days = new Set<string>([ADOPTED]);
        const instants = new Set<number>([Infinity]);
        for (const change of recorded) {
          days.add(change.effectiveOn);
          days.add(dayOfTime(Date.parse(`${change.effectiveOn}T00:00:00Z`) - DAY));
          days.add(dayOfTime(change.time));
          instants.add(change.time);
          instants.add(change.time - 1);
        }
        for (const asOf of days) {
          for (const known of instants) {
            const knownAt = Number.isFinite(known) ? new Date(known).toISOString() : undefined;
            const replayed = replayHistory(BASELINE, events, { asOf, knownAt });
            const expected = reference(recorded, asOf, known);
            expect(replayed.actions).toEqual(expected.actions);
            const byCountry = (list: unknown[]) => [...(list as { country: string }[])].sort((a, b) => a.country.localeCompare(b.country));
            expect(byCountry(replayed.reports)).toEqual(byCountry(expected.reports));
          }
        }
      }),
      { numRuns: 40 },
    );
    // Each run replays a few hundred (day, instant) views: about a second alone, more on a shared machine.
  }, 30_000);

  it('an event recorded before effective dates took effect on the day it was recorded', () => {
    const events = [event('o1', '2013-05-02T23:30:00Z', 'ACTION_UPDATED', { actionId: 'a1' }, { progress: 40 })];
    expect(actionOf(replayHistory(BASELINE, events, { asOf: '2013-05-01' }), 'a1')?.progress).toBe(0);
    expect(actionOf(replayHistory(BASELINE, events, { asOf: '2013-05-02' }), 'a1')?.progress).toBe(40);
  });

  it('refuses a view whose day is not one', () => {
    expect(() => replayHistory(BASELINE, HISTORY, { asOf: '2013-02-30' })).toThrow(RangeError);
  });
});
