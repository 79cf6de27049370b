import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_EVENTS, summariseChanges, summaryRange, type SummaryEvent } from '../../functions/domain/change-summary.js';

const CONTEXT = {
  actions: [
    { id: '2.1-01', ref: '2.1-01', section: '2.1', owners: ['COMMISSION'] },
    { id: '2.1-03', ref: '2.1-03', section: '2.1', owners: ['ENISA', 'COMMISSION'] },
    { id: '2.2-01', ref: '2.2-01', section: '2.2', owners: ['EUROPOL_EC3'] },
    { id: '4-01', ref: '4-01', section: '4', owners: ['COMMISSION'] },
    { id: '2.1-10', ref: '2.1-10', section: '2.1', owners: ['MEMBER_STATES'] },
  ],
  sections: [
    { id: '2.1', title: 'Resilience' },
    { id: '2.2', title: 'Cybercrime' },
    { id: '4', title: 'Follow-up' },
  ],
  actors: [
    { id: 'COMMISSION', name: 'European Commission' },
    { id: 'ENISA', name: 'ENISA' },
    { id: 'EUROPOL_EC3', name: 'Europol (EC3)' },
    { id: 'MEMBER_STATES', name: 'Member States' },
  ],
};

let sequence = 0;
const event = (type: string, fields: Partial<SummaryEvent>): SummaryEvent => {
  sequence += 1;
  return {
    id: `e${String(sequence).padStart(3, '0')}`,
    at: `2013-10-01T09:${String(sequence).padStart(2, '0')}:00.000Z`,
    type,
    actorId: 'coordinator',
    actorRole: 'COORDINATOR',
    actorName: 'Anna Coordinator',
    ...fields,
  };
};

const EVENTS = [
  event('ACTION_UPDATED', {
    actionId: '2.1-03',
    before: { status: 'NOT_STARTED', progress: 0, version: 1 },
    after: { status: 'IN_PROGRESS', progress: 30, version: 2 },
  }),
  event('ACTION_UPDATED', { actionId: '2.2-01', before: { progress: 10, version: 3 }, after: { progress: 25, version: 4 } }),
  event('ACTION_UPDATED', {
    actionId: '2.1-01',
    before: { status: 'IN_PROGRESS', progress: 90, evidenceUrls: [], version: 2 },
    after: { status: 'COMPLETED', progress: 100, evidenceUrls: ['https://x.eu'], version: 3 },
  }),
  event('ACTION_UPDATED', {
    actionId: '4-01',
    before: { note: null, version: 1 },
    after: { note: 'Met.', lastConfirmedAt: '2013-10-01T09:04:00Z', version: 2 },
    note: 'Met.',
  }),
  event('DEADLINE_REVISED', {
    actionId: '2.1-03',
    before: { deadlineRevisions: [], version: 2 },
    after: { deadlineRevisions: [{ date: '2014-06-30', previous: '2013-12-31', reason: 'Late.', revisedAt: 'x', revisedBy: 'y' }], version: 3 },
    note: 'Late.',
  }),
  event('ROUND_OPENED', { roundId: 'r1', after: { id: 'r1', name: 'Autumn', opens: '2013-10-01', closes: '2013-12-31', open: true } }),
  event('REPORT_SUBMITTED', {
    actionId: '2.1-10',
    country: 'FR',
    roundId: 'r1',
    actorName: 'FR contact',
    after: { status: 'PLANNED', review: { state: 'SUBMITTED' }, version: 1 },
  }),
  event('REPORT_REVIEWED', {
    actionId: '2.1-10',
    country: 'FR',
    roundId: 'r1',
    before: { review: { state: 'SUBMITTED' } },
    after: { review: { state: 'ACCEPTED' } },
  }),
  event('ROUND_CLOSED', { roundId: 'r1', before: { open: true }, after: { open: false, closedAt: '2013-10-01T09:09:00Z' } }),
];

const period = { from: '2013-10-01', to: '2013-10-02', totalCount: EVENTS.length };

describe('summariseChanges', () => {
  // Given in reverse: the summary orders by time itself.
  const summary = summariseChanges([...EVENTS].reverse(), CONTEXT, period);

  it('counts every kind; an event that moves status and progress counts as both', () => {
    expect(summary.counts).toEqual({
      total: 9,
      statusChanges: 2,
      completions: 1,
      progressMoves: 3,
      otherUpdates: 1,
      deadlineRevisions: 1,
      reportsSubmitted: 1,
      reportsAccepted: 1,
      reportsReturned: 0,
      roundsOpened: 1,
      roundsClosed: 1,
      catalogueCorrections: 0,
    });
    expect(summary.complete).toBe(true);
    expect(summary.limit).toBe(MAX_SUMMARY_EVENTS);
  });

  it('names each change in structured fields and one sentence, oldest first', () => {
    expect(summary.changes.map((change) => [change.kind, change.ref])).toEqual([
      ['STATUS_CHANGED', '2.1-03'],
      ['PROGRESS_MOVED', '2.2-01'],
      ['STATUS_CHANGED', '2.1-01'],
      ['ACTION_UPDATED', '4-01'],
      ['DEADLINE_REVISED', '2.1-03'],
      ['ROUND_OPENED', null],
      ['REPORT_SUBMITTED', '2.1-10'],
      ['REPORT_REVIEWED', '2.1-10'],
      ['ROUND_CLOSED', null],
    ]);
    const [started, moved, completed, noted, revised, opened, submitted, reviewed] = summary.changes;
    expect(started).toMatchObject({
      fromStatus: 'NOT_STARTED',
      toStatus: 'IN_PROGRESS',
      fromProgress: 0,
      toProgress: 30,
      owners: ['ENISA', 'COMMISSION'],
    });
    expect(started!.sentence).toBe('Anna Coordinator moved 2.1-03 from NOT_STARTED to IN_PROGRESS, progress 0 to 30.');
    expect(moved!.sentence).toBe('Anna Coordinator moved the progress of 2.2-01 from 10 to 25.');
    expect(completed).toMatchObject({ toStatus: 'COMPLETED', changedFields: ['evidenceUrls', 'progress', 'status'] });
    expect(noted).toMatchObject({ changedFields: ['lastConfirmedAt', 'note'], note: 'Met.' });
    expect(revised).toMatchObject({ fromDeadline: '2013-12-31', toDeadline: '2014-06-30', note: 'Late.' });
    expect(revised!.sentence).toBe('Anna Coordinator moved the deadline of 2.1-03 from 2013-12-31 to 2014-06-30.');
    expect(opened!.sentence).toBe('Anna Coordinator opened the reporting round Autumn.');
    expect(submitted).toMatchObject({ country: 'FR', reportStatus: 'PLANNED', reviewState: 'SUBMITTED', roundId: 'r1' });
    expect(submitted!.sentence).toBe('FR reported PLANNED on 2.1-10.');
    expect(reviewed!.sentence).toBe("Anna Coordinator accepted FR's report on 2.1-10.");
  });

  it('groups by section in strategy order and by actor, most changes first', () => {
    expect(summary.byPriority.map((group) => [group.id, group.label, group.counts.total])).toEqual([
      ['2.1', 'Resilience', 5],
      ['2.2', 'Cybercrime', 1],
      ['4', 'Follow-up', 1],
    ]);
    // 2.1-03 has two owners: its two changes count for each.
    expect(summary.byActor.map((group) => [group.id, group.counts.total])).toEqual([
      ['COMMISSION', 4],
      ['ENISA', 2],
      ['MEMBER_STATES', 2],
      ['EUROPOL_EC3', 1],
    ]);
  });

  it('says it is incomplete when the period holds more than it summarised', () => {
    const partial = summariseChanges(EVENTS.slice(0, 3), CONTEXT, { ...period, totalCount: 2500 });
    expect(partial).toMatchObject({ complete: false, totalCount: 2500 });
    expect(partial.counts.total).toBe(3);
  });

  it('names a declared health as the change, not who declared it (the event names its author)', () => {
    const declared = event('ACTION_UPDATED', {
      actionId: '2.1-03',
      before: { declaredHealth: null, declaredHealthBy: null, version: 3 },
      after: { declaredHealth: 'AT_RISK', declaredHealthBy: 'Anna Coordinator', lastConfirmedAt: '2013-10-01T10:00:00Z', version: 4 },
    });
    const [change] = summariseChanges([declared], CONTEXT, { ...period, totalCount: 1 }).changes;
    expect(change!.changedFields).toEqual(['declaredHealth', 'lastConfirmedAt']);
  });

  it('fails loudly on an event type it does not know', () => {
    expect(() => summariseChanges([event('SOMETHING_NEW', { actionId: '2.1-01' })], CONTEXT, period)).toThrow(/unknown/);
  });
});

describe('summaryRange', () => {
  it('runs from the start of from to the start of to, UTC', () => {
    expect(summaryRange('2013-10-01', '2013-10-03')).toEqual({ ok: true, from: '2013-10-01T00:00:00.000Z', to: '2013-10-03T00:00:00.000Z' });
  });
  it.each([
    ['2013-10-03', '2013-10-01', 'from must be before to.'],
    ['2013-10-01', '2013-10-01', 'from must be before to.'],
    ['2013-02-30', '2013-10-01', 'from "2013-02-30" is not a date (YYYY-MM-DD).'],
    ['2013-10-01', 'soon', 'to "soon" is not a date (YYYY-MM-DD).'],
  ])('refuses %s → %s', (from, to, problem) => {
    expect(summaryRange(from, to)).toEqual({ ok: false, problems: [problem] });
  });
});
