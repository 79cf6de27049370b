import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { loadCatalogue } from '../../functions/store/catalogue-load.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { OPEN_ROUND, REVISE_DEADLINE, SUBMIT_REPORT, UPDATE_ACTION, clientFor, errorCodes, readAction, type Client } from '../support/api.js';

/**
 * Effective dates (issue 13) over real HTTP on DynamoDB Local: the day a change happened, beside
 * the instant it was recorded. The strategy was adopted on 2013-02-07; 2.1-04 (ENISA, ICS-CSIRTs)
 * falls due on 2013-12-31; 2.1-10 is addressed to the member states.
 *
 * The scripted sequence (recorded at → effective on):
 *   2013-12-10 10:00 → 2013-12-10  2.1-04 IN_PROGRESS 50
 *   2014-01-10 09:00 → 2014-01-10  a round opens
 *   2014-01-15 09:00 → 2013-12-20  2.1-04 COMPLETED 100 (a late record: completed on time, typed in January)
 *   2014-01-20 09:00 → 2013-11-30  France reports 2.1-10 COMPLETED (late)
 *   today: 2014-01-25 12:00
 */
const HISTORY_FIELDS = `history(first: 100) { edges { node { type at effectiveOn recordedAt author { name } after } } }`;
const ACTION_WITH_DATES = `query A($id: ID!) { action(id: $id) { id version status progress completedAt effectiveOn health
  deadlineRevisions { date effectiveOn revisedAt } memberStateReports { country status effectiveOn reportedAt version } ${HISTORY_FIELDS} } }`;
const DASHBOARD = `query D($asOf: Date, $knownAt: DateTime) { dashboard(asOf: $asOf, knownAt: $knownAt) {
  asOf knownAt lateRecords totals { completed overdue atRisk } overdue(first: 100) { ref } burnUp { month completed } } }`;
const ACTIONS = `query As($asOf: Date, $knownAt: DateTime) { actions(filter: { section: "2.1" }, asOf: $asOf, knownAt: $knownAt) {
  edges { node { ref status progress health completedAt memberStateReports { country status } } } } }`;
const CHANGES = `query C($from: DateTime!, $to: DateTime) { changes(from: $from, to: $to) {
  totalCount edges { node { type actionId country effectiveOn recordedAt } } } }`;

interface Dashboard {
  asOf: string;
  knownAt: string | null;
  lateRecords: number | null;
  totals: { completed: number; overdue: number; atRisk: number };
  overdue: { ref: string }[];
  burnUp: { month: string; completed: number }[];
}
interface ActionNode {
  ref: string;
  status: string;
  progress: number;
  health: string;
  completedAt: string | null;
  memberStateReports: { country: string; status: string }[];
}
interface HistoryNode {
  type: string;
  at: string;
  effectiveOn: string;
  recordedAt: string;
  author: { name: string };
  after: Record<string, unknown>;
}
interface ActionWithDates {
  id: string;
  version: number;
  status: string;
  progress: number;
  completedAt: string | null;
  effectiveOn: string | null;
  health: string;
  deadlineRevisions: { date: string; effectiveOn: string; revisedAt: string }[];
  memberStateReports: { country: string; status: string; effectiveOn: string | null; reportedAt: string; version: number }[];
  history: { edges: { node: HistoryNode }[] };
}

let now = new Date('2013-12-10T10:00:00Z');
let server: TestServer;
let coordinator: Client;
let france: Client;
let germany: Client;

async function dashboard(asOf?: string, knownAt?: string): Promise<Dashboard> {
  const response = await coordinator.call<{ dashboard: Dashboard }>(DASHBOARD, { ...(asOf ? { asOf } : {}), ...(knownAt ? { knownAt } : {}) });
  expect(response.errors).toBeUndefined();
  return response.data!.dashboard;
}

async function actions(asOf?: string, knownAt?: string): Promise<Map<string, ActionNode>> {
  const response = await coordinator.call<{ actions: { edges: { node: ActionNode }[] } }>(ACTIONS, {
    ...(asOf ? { asOf } : {}),
    ...(knownAt ? { knownAt } : {}),
  });
  expect(response.errors).toBeUndefined();
  return new Map(response.data!.actions.edges.map(({ node }) => [node.ref, node]));
}

async function withDates(id: string): Promise<ActionWithDates> {
  const response = await coordinator.call<{ action: ActionWithDates }>(ACTION_WITH_DATES, { id });
  expect(response.errors).toBeUndefined();
  return response.data!.action;
}

const burnUpIn = (figures: Dashboard, month: string) => figures.burnUp.find((point) => point.month === month)?.completed;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
  france = await clientFor(server, 'contact-fr');
  germany = await clientFor(server, 'contact-de');
  const ics = await readAction(coordinator, '2.1-04');
  expect(
    (await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-04', status: 'IN_PROGRESS', progress: 50, expectedVersion: ics.version } }))
      .errors,
  ).toBeUndefined();
  now = new Date('2014-01-10T09:00:00Z');
  expect((await coordinator.call(OPEN_ROUND, { input: { name: 'Winter 2014', closes: '2014-02-28' } })).errors).toBeUndefined();
  now = new Date('2014-01-15T09:00:00Z');
  const started = await readAction(coordinator, '2.1-04');
  const completed = await coordinator.call(UPDATE_ACTION, {
    input: {
      actionId: '2.1-04',
      status: 'COMPLETED',
      progress: 100,
      evidenceUrls: ['https://www.enisa.europa.eu/ics-csirt'],
      effectiveOn: '2013-12-20',
      expectedVersion: started.version,
    },
  });
  expect(completed.errors).toBeUndefined();
  now = new Date('2014-01-20T09:00:00Z');
  const reported = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'COMPLETED', effectiveOn: '2013-11-30' } });
  expect(reported.errors).toBeUndefined();
  now = new Date('2014-01-25T12:00:00Z');
});
afterAll(() => server.close());

describe('what is recorded', () => {
  it('keeps the day a change took effect beside the instant it was recorded, and who recorded it', async () => {
    const ics = await withDates('2.1-04');
    expect(ics).toMatchObject({ status: 'COMPLETED', completedAt: '2013-12-20T00:00:00.000Z', effectiveOn: '2013-12-20', health: 'DONE' });
    const [completion, start] = ics.history.edges.map(({ node }) => node);
    expect(completion).toMatchObject({
      type: 'ACTION_UPDATED',
      effectiveOn: '2013-12-20',
      recordedAt: '2014-01-15T09:00:00.000Z',
      at: '2014-01-15T09:00:00.000Z',
    });
    expect(completion!.author.name).toBeTruthy();
    expect(start).toMatchObject({ effectiveOn: '2013-12-10', recordedAt: '2013-12-10T10:00:00.000Z' });
  });

  it('dates a change today when no day is given', async () => {
    const before = await readAction(coordinator, '2.1-07');
    const response = await coordinator.call(UPDATE_ACTION, {
      input: { actionId: '2.1-07', progress: 5, status: 'IN_PROGRESS', expectedVersion: before.version },
    });
    expect(response.errors).toBeUndefined();
    const after = await withDates('2.1-07');
    expect(after.effectiveOn).toBe('2014-01-25');
    expect(after.history.edges[0]!.node).toMatchObject({ effectiveOn: '2014-01-25', recordedAt: '2014-01-25T12:00:00.000Z' });
  });

  it('keeps the day of a report and of a deadline revision', async () => {
    const report = (await withDates('2.1-10')).memberStateReports.find((each) => each.country === 'FR');
    expect(report).toMatchObject({ status: 'COMPLETED', effectiveOn: '2013-11-30', reportedAt: '2014-01-20T09:00:00.000Z' });
    const before = await readAction(coordinator, '2.1-06');
    const revised = await coordinator.call(REVISE_DEADLINE, {
      input: {
        actionId: '2.1-06',
        date: '2014-06-30',
        reason: 'Agreed at the December board.',
        effectiveOn: '2013-12-18',
        expectedVersion: before.version,
      },
    });
    expect(revised.errors).toBeUndefined();
    const action = await withDates('2.1-06');
    expect(action.deadlineRevisions.at(-1)).toMatchObject({ date: '2014-06-30', effectiveOn: '2013-12-18', revisedAt: '2014-01-25T12:00:00.000Z' });
    expect(action.history.edges[0]!.node).toMatchObject({ type: 'DEADLINE_REVISED', effectiveOn: '2013-12-18' });
  });
});

describe('a bad day is refused, and nothing is written', () => {
  async function refusedUpdate(actionId: string, effectiveOn: unknown, extra: Record<string, unknown> = {}) {
    const before = await withDates(actionId);
    const response = await coordinator.call(UPDATE_ACTION, {
      input: { actionId, progress: 70, status: 'IN_PROGRESS', effectiveOn, expectedVersion: before.version, ...extra },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const after = await withDates(actionId);
    expect(after.version).toBe(before.version);
    expect(after.history.edges).toHaveLength(before.history.edges.length);
    return response.errors![0]!.message;
  }

  it('in the future', async () => {
    const message = await refusedUpdate('2.1-05', '2014-01-26');
    expect(message).toContain('2014-01-26 is in the future');
    expect(message).toContain('the earliest allowed is 2013-02-07');
    expect(message).toContain('the latest 2014-01-25');
  });

  it('before the adoption', async () => {
    const message = await refusedUpdate('2.1-05', '2013-02-06');
    expect(message).toContain('before the strategy was adopted');
    expect(message).toMatch(/earliest allowed is 2013-02-07 .*latest 2014-01-25/);
  });

  it('before the latest day already recorded for the action', async () => {
    // 2.1-04's completion took effect on 2013-12-20: nothing later may be dated before it.
    const message = await refusedUpdate('2.1-04', '2013-12-19', { status: 'COMPLETED', progress: 100 });
    expect(message).toMatch(/earliest allowed is 2013-12-20 .*latest 2014-01-25/);
  });

  it('a revised deadline dated before the action’s latest day', async () => {
    const before = await withDates('2.1-04');
    const response = await coordinator.call(REVISE_DEADLINE, {
      input: { actionId: '2.1-04', date: '2014-03-31', reason: 'Too late.', effectiveOn: '2013-12-01', expectedVersion: before.version },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/earliest allowed is 2013-12-20 .*latest 2014-01-25/);
    expect((await withDates('2.1-04')).version).toBe(before.version);
  });

  it('not a date', async () => {
    const message = await refusedUpdate('2.1-05', '2013-02-30');
    expect(message).toContain('is not a date');
  });

  it('a report dated before the same country’s latest report; another country’s is its own', async () => {
    const before = (await withDates('2.1-10')).memberStateReports.find((each) => each.country === 'FR')!;
    const refused = await france.call(SUBMIT_REPORT, {
      input: { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS', effectiveOn: '2013-11-29', expectedVersion: before.version },
    });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toMatch(/earliest allowed is 2013-11-30 .*latest 2014-01-25/);
    expect((await withDates('2.1-10')).memberStateReports.find((each) => each.country === 'FR')).toEqual(before);
    const german = await germany.call(SUBMIT_REPORT, {
      input: { actionId: '2.1-10', country: 'DE', status: 'IN_PROGRESS', effectiveOn: '2013-03-01' },
    });
    expect(german.errors).toBeUndefined();
  });

  it('a catalogue correction does not count: it is in force from the adoption', async () => {
    const corrected = structuredClone(catalogue);
    const target = corrected.actions.find((action) => action.ref === '2.1-05')!;
    target.text = `${target.text} (corrected)`;
    await loadCatalogue(server.store, corrected);
    const history = (await withDates('2.1-05')).history.edges.map(({ node }) => node);
    expect(history[0]).toMatchObject({ type: 'CATALOGUE_CORRECTED', effectiveOn: '2013-02-07', recordedAt: '2014-01-25T12:00:00.000Z' });
    // The correction was recorded today; an update may still be dated back before it.
    const before = await withDates('2.1-05');
    const response = await coordinator.call(UPDATE_ACTION, {
      input: { actionId: '2.1-05', status: 'IN_PROGRESS', progress: 20, effectiveOn: '2013-06-01', expectedVersion: before.version },
    });
    expect(response.errors).toBeUndefined();
  });
});

describe('what had happened by a day, and what was known at an instant', () => {
  it('as of 31 December 2013: 2.1-04 completed on time, though recorded in January', async () => {
    const figures = await dashboard('2013-12-31');
    expect(figures.overdue.map((item) => item.ref)).not.toContain('2.1-04');
    expect((await actions('2013-12-31')).get('2.1-04')).toMatchObject({
      status: 'COMPLETED',
      progress: 100,
      health: 'DONE',
      completedAt: '2013-12-20T00:00:00.000Z',
    });
    expect(burnUpIn(figures, '2013-12')).toBe(1);
    // The completion (2013-12-20, recorded 2014-01-15), France's report (2013-11-30, recorded 2014-01-20), and, recorded
    // 2014-01-25: 2.1-06's revision (2013-12-18), Germany's report (2013-03-01), 2.1-05's correction (the adoption) and update (2013-06-01).
    expect(figures.lateRecords).toBe(6);
    expect(figures.knownAt).toBeNull();
  });

  it('as of 31 December 2013 known on 1 January 2014: at risk at 50, not yet completed', async () => {
    const figures = await dashboard('2013-12-31', '2014-01-01T00:00:00Z');
    const ics = (await actions('2013-12-31', '2014-01-01T00:00:00Z')).get('2.1-04');
    // 50 against a straight line that reaches 100 on the deadline: 50 points behind (> 25), AT_RISK, not yet overdue.
    expect(ics).toMatchObject({ status: 'IN_PROGRESS', progress: 50, health: 'AT_RISK', completedAt: null });
    expect(burnUpIn(figures, '2013-12')).toBe(0);
    expect(figures.lateRecords).toBe(0);
    expect(figures.knownAt).toBe('2014-01-01T00:00:00.000Z');
  });

  it('as of 10 January 2014: overdue as known that morning, done as known now', async () => {
    const known = await dashboard('2014-01-10', '2014-01-10T12:00:00Z');
    expect(known.overdue.map((item) => item.ref)).toContain('2.1-04');
    const now = await dashboard('2014-01-10');
    expect(now.overdue.map((item) => item.ref)).not.toContain('2.1-04');
    expect(now.totals.completed - known.totals.completed).toBe(1);
  });

  it('reports: as of a day, by the day they took effect', async () => {
    expect((await actions('2013-11-29')).get('2.1-10')!.memberStateReports.map((report) => report.country)).toEqual(['DE']);
    expect((await actions('2013-11-30')).get('2.1-10')!.memberStateReports).toEqual([
      { country: 'DE', status: 'IN_PROGRESS' },
      { country: 'FR', status: 'COMPLETED' },
    ]);
    expect((await actions('2013-11-30', '2014-01-19T00:00:00Z')).get('2.1-10')!.memberStateReports).toEqual([]);
  });

  it('knownAt is inclusive: a change recorded at that very instant is known', async () => {
    expect((await actions('2013-12-31', '2014-01-15T09:00:00Z')).get('2.1-04')!.status).toBe('COMPLETED');
    expect((await actions('2013-12-31', '2014-01-15T08:59:59.999Z')).get('2.1-04')!.status).toBe('IN_PROGRESS');
  });

  it('the change list places a late record on the day it took effect', async () => {
    const december = await coordinator.call<{ changes: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(CHANGES, {
      from: '2013-12-01T00:00:00Z',
      to: '2014-01-01T00:00:00Z',
    });
    expect(december.errors).toBeUndefined();
    const ics = december.data!.changes.edges.map(({ node }) => node).filter((node) => node.actionId === '2.1-04');
    expect(ics).toEqual([
      { type: 'ACTION_UPDATED', actionId: '2.1-04', country: null, effectiveOn: '2013-12-10', recordedAt: '2013-12-10T10:00:00.000Z' },
      { type: 'ACTION_UPDATED', actionId: '2.1-04', country: null, effectiveOn: '2013-12-20', recordedAt: '2014-01-15T09:00:00.000Z' },
    ]);
    // 2.1-04 twice and 2.1-06's revision of 2013-12-18.
    expect(december.data!.changes.totalCount).toBe(3);
    const january = await coordinator.call<{ changes: { edges: { node: Record<string, unknown> }[] } }>(CHANGES, { from: '2014-01-01T00:00:00Z' });
    expect(january.data!.changes.edges.map(({ node }) => node.actionId)).not.toContain('2.1-04');
  });

  it('the review report’s summary of December counts the late completion, with both its dates', async () => {
    const summary = await coordinator.call<{ changeSummary: { changes: { ref: string; kind: string; at: string; effectiveOn: string }[] } }>(
      `{ changeSummary(from: "2013-12-01", to: "2014-01-01") { changes(first: 100) { ref kind at effectiveOn } } }`,
    );
    expect(summary.errors).toBeUndefined();
    expect(
      summary.data!.changeSummary.changes.filter((change) => change.ref === '2.1-04').map(({ kind, at, effectiveOn }) => [kind, effectiveOn, at]),
    ).toEqual([
      ['STATUS_CHANGED', '2013-12-10', '2013-12-10T10:00:00.000Z'],
      ['STATUS_CHANGED', '2013-12-20', '2014-01-15T09:00:00.000Z'],
    ]);
  });

  it('refuses a knownAt in the future, before the adoption, or with a snapshot', async () => {
    expect(errorCodes(await coordinator.call(DASHBOARD, { knownAt: '2014-01-26T00:00:00Z' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await coordinator.call(DASHBOARD, { knownAt: '2013-01-01T00:00:00Z' }))).toEqual(['BAD_USER_INPUT']);
    const withSnapshot = await coordinator.call(`{ dashboard(snapshotId: "x", knownAt: "2014-01-01T00:00:00Z") { asOf } }`);
    expect(errorCodes(withSnapshot)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a backdated write changes the past', () => {
  it('a past day’s figures, already computed and kept by this server, show a change recorded afterwards', async () => {
    const before = await dashboard('2013-06-30');
    expect((await actions('2013-06-30')).get('2.1-03')).toMatchObject({ status: 'NOT_STARTED', progress: 0 });
    now = new Date('2014-01-25T13:00:00Z');
    const action = await readAction(coordinator, '2.1-03');
    const response = await coordinator.call(UPDATE_ACTION, {
      input: {
        actionId: '2.1-03',
        status: 'COMPLETED',
        progress: 100,
        evidenceUrls: ['https://example.org/done'],
        effectiveOn: '2013-06-15',
        expectedVersion: action.version,
      },
    });
    expect(response.errors).toBeUndefined();
    const after = await dashboard('2013-06-30');
    expect(after.totals.completed).toBe(before.totals.completed + 1);
    expect(after.lateRecords).toBe((before.lateRecords ?? 0) + 1);
    expect(burnUpIn(after, '2013-06')).toBe((burnUpIn(before, '2013-06') ?? 0) + 1);
    expect((await actions('2013-06-30')).get('2.1-03')).toMatchObject({ status: 'COMPLETED', progress: 100, health: 'DONE' });
    // As known before that write, the past is as it was.
    expect((await dashboard('2013-06-30', '2014-01-25T12:30:00Z')).totals.completed).toBe(before.totals.completed);
  });
});
