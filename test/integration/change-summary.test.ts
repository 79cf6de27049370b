import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/local-server.js';
import {
  OPEN_ROUND,
  REVIEW_REPORT,
  REVISE_DEADLINE,
  SUBMIT_REPORT,
  UPDATE_ACTION,
  clientFor,
  errorCodes,
  readAction,
  type Client,
} from '../support/api.js';

/** changeSummary(from, to) over real HTTP: its counts and groups match the writes made. */
const COUNTS = `total statusChanges completions progressMoves otherUpdates deadlineRevisions reportsSubmitted reportsAccepted reportsReturned roundsOpened roundsClosed catalogueCorrections`;
const SUMMARY = `query Summary($from: Date!, $to: Date!) { changeSummary(from: $from, to: $to) {
  from to totalCount limit complete counts { ${COUNTS} }
  byPriority { id label counts { total statusChanges } changes(first: 10) { ref kind } }
  byActor { id label counts { total } }
  changes(first: 20) { eventId at kind actionId ref section owners country roundId author { id role name }
    fromStatus toStatus fromProgress toProgress fromDeadline toDeadline reportStatus reviewState changedFields note sentence }
} }`;

interface Item {
  kind: string;
  ref: string | null;
  country: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  fromProgress: number | null;
  toProgress: number | null;
  fromDeadline: string | null;
  toDeadline: string | null;
  reviewState: string | null;
  sentence: string;
  author: { id: string };
}
interface SummaryView {
  from: string;
  to: string;
  totalCount: number;
  complete: boolean;
  counts: Record<string, number>;
  byPriority: { id: string; counts: { total: number; statusChanges: number }; changes: { ref: string; kind: string }[] }[];
  byActor: { id: string; counts: { total: number } }[];
  changes: Item[];
}

let now = new Date('2013-10-01T08:00:00Z');
const at = (iso: string) => {
  now = new Date(iso);
};

let server: TestServer;
let coordinator: Client;
let baseline: string;

async function summary(from: string, to: string) {
  return coordinator.call<{ changeSummary: SummaryView }>(SUMMARY, { from, to });
}

async function write(query: string, input: Record<string, unknown>, client = coordinator) {
  const response = await client.call(query, { input });
  expect(response.errors).toBeUndefined();
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
  const enisa = await clientFor(server, 'owner-enisa');
  const france = await clientFor(server, 'contact-fr');

  // 30 September: before the period.
  at('2013-09-30T10:00:00Z');
  await write(UPDATE_ACTION, { actionId: '2.1-04', progress: 10, expectedVersion: 1 }, enisa);

  // 1–2 October: the period.
  at('2013-10-01T09:00:00Z');
  await write(UPDATE_ACTION, { actionId: '2.1-04', status: 'IN_PROGRESS', progress: 40, expectedVersion: 2 }, enisa);
  at('2013-10-01T09:01:00Z');
  await write(UPDATE_ACTION, { actionId: '2.1-05', progress: 20, expectedVersion: 1 }, enisa);
  at('2013-10-01T09:02:00Z');
  await write(UPDATE_ACTION, {
    actionId: '2.1-02',
    status: 'COMPLETED',
    progress: 100,
    evidenceUrls: ['https://ec.europa.eu/done'],
    expectedVersion: 1,
  });
  at('2013-10-01T09:03:00Z');
  await write(UPDATE_ACTION, { actionId: '2.1-05', note: 'Kick-off held.', expectedVersion: 2 }, enisa);
  at('2013-10-01T09:04:00Z');
  baseline = String((await readAction(coordinator, '2.1-03'))['baselineDeadline']);
  await write(REVISE_DEADLINE, { actionId: '2.1-03', date: '2014-06-30', reason: 'Waiting for the directive.', expectedVersion: 1 });
  at('2013-10-01T09:05:00Z');
  await write(OPEN_ROUND, { name: 'Autumn 2013', closes: '2013-12-31' });
  at('2013-10-02T10:00:00Z');
  await write(SUBMIT_REPORT, { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS' }, france);
  at('2013-10-02T11:00:00Z');
  await write(REVIEW_REPORT, { actionId: '2.1-10', country: 'FR', decision: 'RETURN', comment: 'Add the evidence.', expectedVersion: 1 });

  // 3 October: after the period.
  at('2013-10-03T09:00:00Z');
  await write(UPDATE_ACTION, { actionId: '2.1-04', progress: 60, expectedVersion: 3 }, enisa);
});
afterAll(() => server.close());

describe('changeSummary', () => {
  it('counts exactly the writes made in [from, to)', async () => {
    const response = await summary('2013-10-01', '2013-10-03');
    expect(response.errors).toBeUndefined();
    const result = response.data!.changeSummary;
    expect(result).toMatchObject({ from: '2013-10-01', to: '2013-10-03', totalCount: 8, complete: true });
    expect(result.counts).toEqual({
      total: 8,
      statusChanges: 2,
      completions: 1,
      progressMoves: 3,
      otherUpdates: 1,
      deadlineRevisions: 1,
      reportsSubmitted: 1,
      reportsAccepted: 0,
      reportsReturned: 1,
      roundsOpened: 1,
      roundsClosed: 0,
      catalogueCorrections: 0,
    });
    expect(result.changes.map((change) => change.kind)).toEqual([
      'STATUS_CHANGED',
      'PROGRESS_MOVED',
      'STATUS_CHANGED',
      'ACTION_UPDATED',
      'DEADLINE_REVISED',
      'ROUND_OPENED',
      'REPORT_SUBMITTED',
      'REPORT_REVIEWED',
    ]);
  });

  it('gives each change structured fields and a plain sentence', async () => {
    const { changes } = (await summary('2013-10-01', '2013-10-03')).data!.changeSummary;
    expect(changes[0]).toMatchObject({
      ref: '2.1-04',
      fromStatus: 'NOT_STARTED',
      toStatus: 'IN_PROGRESS',
      fromProgress: 10,
      toProgress: 40,
      author: { id: 'owner-enisa' },
    });
    expect(changes[4]).toMatchObject({ ref: '2.1-03', fromDeadline: baseline, toDeadline: '2014-06-30' });
    expect(changes[6]).toMatchObject({ ref: '2.1-10', country: 'FR', reviewState: 'SUBMITTED' });
    expect(changes[7]).toMatchObject({ country: 'FR', reviewState: 'RETURNED' });
    expect(changes[2]!.sentence).toMatch(/2\.1-02 from NOT_STARTED to COMPLETED/);
    for (const change of changes) expect(change.sentence.length).toBeLessThan(200);
  });

  it('groups by priority and by actor', async () => {
    const { byPriority, byActor } = (await summary('2013-10-01', '2013-10-03')).data!.changeSummary;
    // Every action-bound change is in section 2.1; the round's opening belongs to none.
    expect(byPriority).toHaveLength(1);
    expect(byPriority[0]).toMatchObject({ id: '2.1', counts: { total: 7, statusChanges: 2 } });
    expect(Object.fromEntries(byActor.map((group) => [group.id, group.counts.total]))).toEqual({ ENISA: 4, COMMISSION: 1, MEMBER_STATES: 2 });
  });

  it('moves with its dates: one day holds only that day', async () => {
    const result = (await summary('2013-10-02', '2013-10-03')).data!.changeSummary;
    expect(result.counts).toMatchObject({ total: 2, reportsSubmitted: 1, reportsReturned: 1, statusChanges: 0 });
    const before = (await summary('2013-09-01', '2013-10-01')).data!.changeSummary;
    expect(before.counts).toMatchObject({ total: 1, progressMoves: 1 });
  });

  it.each([
    ['from after to', '2013-10-03', '2013-10-01'],
    ['an empty period', '2013-10-01', '2013-10-01'],
    ['a date that does not exist', '2013-02-30', '2013-10-01'],
  ])('refuses %s with BAD_USER_INPUT', async (_case, from, to) => {
    expect(errorCodes(await summary(from, to))).toEqual(['BAD_USER_INPUT']);
  });
});
