import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/local-server.js';
import {
  ACTION_FIELDS,
  OPEN_ROUND,
  REVISE_DEADLINE,
  SUBMIT_REPORT,
  UPDATE_ACTION,
  clientFor,
  errorCodes,
  readAction,
  type Client,
} from '../support/api.js';

/**
 * `actions(asOf)` over real HTTP on DynamoDB Local: the actions as they stood at the end of a
 * past day, rebuilt from history, with health and staleness evaluated for that day.
 */
const ACTIONS = `query Actions($asOf: Date) { actions(filter: { section: "2.1" }, first: 100, asOf: $asOf) {
  edges { node { ${ACTION_FIELDS} memberStateReports { country status } } } totalCount } }`;

interface ActionNode {
  id: string;
  status: string;
  progress: number;
  health: string;
  stale: boolean;
  deadline: string;
  slippageDays: number;
  version: number;
  memberStateReports: { country: string; status: string }[];
  [field: string]: unknown;
}

let now = new Date('2013-03-20T10:00:00Z');
let server: TestServer;
let coordinator: Client;

async function actions(asOf?: string): Promise<Map<string, ActionNode>> {
  const response = await coordinator.call<{ actions: { edges: { node: ActionNode }[] } }>(ACTIONS, asOf ? { asOf } : {});
  expect(response.errors).toBeUndefined();
  return new Map(response.data!.actions.edges.map(({ node }) => [node.id, node]));
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
  const france = await clientFor(server, 'contact-fr');
  // Day 1 (20 March 2013): 2.1-05 confirmed once, never again.
  const confirmed = await readAction(coordinator, '2.1-05');
  await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-05', status: 'IN_PROGRESS', progress: 10, expectedVersion: confirmed.version } });
  // Day 2 (10 June 2013): 2.1-04 under way at 30 (deadline 31 December 2013); a round opens.
  now = new Date('2013-06-10T10:00:00Z');
  const ics = await readAction(coordinator, '2.1-04');
  await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-04', status: 'IN_PROGRESS', progress: 30, expectedVersion: ics.version } });
  await coordinator.call(OPEN_ROUND, { input: { name: 'Winter 2013', closes: '2014-02-28' } });
  // Day 3 (15 January 2014): 2.1-04 at 60 with its deadline moved to mid-2014; France reports.
  now = new Date('2014-01-15T10:00:00Z');
  const later = await readAction(coordinator, '2.1-04');
  await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-04', progress: 60, expectedVersion: later.version } });
  const revised = await readAction(coordinator, '2.1-04');
  await coordinator.call(REVISE_DEADLINE, {
    input: { actionId: '2.1-04', date: '2014-06-30', reason: 'Procurement took longer.', expectedVersion: revised.version },
  });
  const reported = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS' } });
  expect(reported.errors).toBeUndefined();
  now = new Date('2014-01-15T16:00:00Z');
});
afterAll(() => server.close());

describe('actions as of a past day', () => {
  it('shows the day-2 status, progress, deadline and reports, with health evaluated for day 2', async () => {
    const day2 = await actions('2013-06-10');
    const ics = day2.get('2.1-04')!;
    expect(ics).toMatchObject({ status: 'IN_PROGRESS', progress: 30, deadline: '2013-12-31', slippageDays: 0, stale: false });
    // Against the 31 December deadline, 30 was on track in June; the same record judged today would be OVERDUE.
    expect(ics.health).toBe('ON_TRACK');
    expect(day2.get('2.1-10')!.memberStateReports).toEqual([]);
    // Confirmed 82 days before day 2: not yet stale then (90 days), though stale today.
    expect(day2.get('2.1-05')).toMatchObject({ status: 'IN_PROGRESS', progress: 10, stale: false });
  });

  it('evaluates staleness for the day: stale once 90 days have passed since the last confirmation', async () => {
    expect((await actions('2013-06-18')).get('2.1-05')).toMatchObject({ progress: 10, stale: false });
    expect((await actions('2013-06-19')).get('2.1-05')).toMatchObject({ progress: 10, stale: true });
    expect((await actions('2013-04-01')).get('2.1-04')).toMatchObject({ status: 'NOT_STARTED', progress: 0 });
  });

  it('shows the day before day 3 overdue, before the deadline moved', async () => {
    expect((await actions('2014-01-14')).get('2.1-04')).toMatchObject({ progress: 30, deadline: '2013-12-31', health: 'OVERDUE' });
  });
});

describe('actions today', () => {
  it('are the stored actions, the same with or without asOf, and the same as action(id)', async () => {
    const today = await actions();
    expect(await actions('2014-01-15')).toEqual(today);
    const ics = today.get('2.1-04')!;
    expect(ics).toMatchObject({ status: 'IN_PROGRESS', progress: 60, deadline: '2014-06-30', slippageDays: 181, health: 'ON_TRACK', stale: false });
    expect(today.get('2.1-10')!.memberStateReports).toEqual([{ country: 'FR', status: 'IN_PROGRESS' }]);
    expect(today.get('2.1-05')).toMatchObject({ stale: true });
    const { history: _history, memberStateReports: _reports, ...single } = await readAction(coordinator, '2.1-04');
    const { memberStateReports: _listed, ...listed } = ics;
    expect(listed).toEqual(single);
  });
});

describe('a bad asOf', () => {
  it.each([
    ['2013-13-01', 'is not a date'],
    ['2014-01-16', 'is in the future'],
    ['2013-01-31', 'before the strategy was adopted'],
  ])('%s is refused as BAD_USER_INPUT (%s)', async (asOf, message) => {
    const response = await coordinator.call(ACTIONS, { asOf });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toContain(message);
    expect(response.data).toBeNull();
  });
});
