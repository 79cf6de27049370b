import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { createApp } from '../../graphql/yoga.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { OPEN_ROUND, REVIEW_REPORT, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';

const DASHBOARD = `query Dashboard($asOf: Date) { dashboard(asOf: $asOf) {
  asOf reviewDate daysToReview
  totals { actions completed percentCompleted overdue atRisk stale disagreements }
  byStatus { status count } byHealth { health count }
  byPriority { id label total byStatus { status count } byHealth { health count } }
  byOwner { id label total }
  overdue { actionId ref deadline status health daysLate } upcoming { actionId ref deadline }
  coverage { roundId roundName expected reported accepted percentReported byCountry { country expected reported accepted } byAction { actionId expected reported accepted } }
  burnUp { month completed fallingDue }
  forecast { doneByReview low high pacePerMonth method }
} }`;

interface DashboardView {
  asOf: string;
  daysToReview: number;
  totals: { actions: number; completed: number; percentCompleted: number; overdue: number; atRisk: number; stale: number; disagreements: number };
  byStatus: { status: string; count: number }[];
  byPriority: { id: string; total: number }[];
  overdue: { ref: string }[];
  upcoming: { ref: string; deadline: string }[];
  coverage: { roundId: string | null; expected: number; reported: number; accepted: number; byCountry: { country: string; reported: number }[] };
  burnUp: { month: string; completed: number; fallingDue: number }[];
  forecast: { doneByReview: number; method: string };
}

let now = new Date('2013-05-01T09:00:00Z');
let server: TestServer;
let coordinator: Client;

async function dashboard(asOf?: string): Promise<DashboardView> {
  const response = await coordinator.call<{ dashboard: DashboardView }>(DASHBOARD, asOf ? { asOf } : {});
  expect(response.errors).toBeUndefined();
  return response.data!.dashboard;
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
  // 2.1-02 ("early in 2013": 30 June) completed on 20 May; 2.1-04 in progress.
  now = new Date('2013-05-20T10:00:00Z');
  const pilot = await readAction(coordinator, '2.1-02');
  await coordinator.call(UPDATE_ACTION, {
    input: { actionId: '2.1-02', status: 'COMPLETED', progress: 100, evidenceUrls: ['https://ec.europa.eu/pilot'], expectedVersion: pilot.version },
  });
  now = new Date('2013-06-10T10:00:00Z');
  const ics = await readAction(coordinator, '2.1-04');
  await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-04', status: 'IN_PROGRESS', progress: 30, expectedVersion: ics.version } });
  now = new Date('2013-06-10T11:00:00Z');
  await coordinator.call(OPEN_ROUND, { input: { name: 'Summer 2013', closes: '2013-07-31' } });
  const france = await clientFor(server, 'contact-fr');
  now = new Date('2013-06-10T12:00:00Z');
  await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'PLANNED' } });
  now = new Date('2014-01-15T10:00:00Z');
  await coordinator.call(REVIEW_REPORT, { input: { actionId: '2.1-10', country: 'FR', decision: 'ACCEPT', expectedVersion: 1 } });
});
afterAll(() => server.close());

describe('the dashboard for today', () => {
  it('counts the catalogue, the completed action and what is overdue', async () => {
    const figures = await dashboard();
    expect(figures.asOf).toBe('2014-01-15');
    expect(figures.daysToReview).toBe(23);
    expect(figures.totals.actions).toBe(catalogue.actions.length);
    expect(figures.totals.completed).toBe(1);
    expect(figures.totals.percentCompleted).toBe(Math.round((1000 * 1) / catalogue.actions.length) / 10);
    expect(figures.byStatus).toContainEqual({ status: 'COMPLETED', count: 1 });
    expect(figures.byStatus).toContainEqual({ status: 'IN_PROGRESS', count: 1 });
    // Past 31 December 2013: everything due by then and not done is overdue, 2.1-04 included.
    expect(figures.overdue.map((item) => item.ref)).toContain('2.1-04');
    expect(figures.overdue.map((item) => item.ref)).not.toContain('2.1-02');
    expect(figures.byPriority.map((priority) => priority.id)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(figures.coverage).toMatchObject({ reported: 1, accepted: 1 });
    expect(figures.coverage.byCountry.find((row) => row.country === 'FR')).toMatchObject({ reported: 1 });
    expect(figures.burnUp[0]).toMatchObject({ month: '2013-02' });
    expect(figures.burnUp.find((point) => point.month === '2013-05')).toMatchObject({ completed: 1 });
    expect(figures.forecast.method.length).toBeGreaterThan(20);
  });

  it('reads the strategy in at most 3 DynamoDB requests and no history item', async () => {
    server.probe.sent.length = 0;
    await dashboard();
    const sent = server.probe.sent;
    expect(sent.length).toBeLessThanOrEqual(3);
    expect(sent.every((command) => command.name.startsWith('Query') || command.name.startsWith('Get'))).toBe(true);
    expect(JSON.stringify(sent.map((command) => command.input))).not.toMatch(/EVENT|GSI1/);
  });
});

describe('the dashboard lists', () => {
  it('serves the first items of the overdue list and counts them all', async () => {
    const response = await coordinator.call<{ dashboard: { totals: { overdue: number }; overdue: { ref: string }[] } }>(
      '{ dashboard { totals { overdue } overdue(first: 2) { ref } } }',
    );
    expect(response.data!.dashboard.totals.overdue).toBeGreaterThan(2);
    expect(response.data!.dashboard.overdue).toHaveLength(2);
    const tooMany = await coordinator.call('{ dashboard { overdue(first: 501) { ref } } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the state kept between requests', () => {
  it('answers from memory with one small read while nothing changed', async () => {
    await dashboard();
    server.probe.sent.length = 0;
    await dashboard();
    expect(server.probe.sent).toHaveLength(1);
    expect(JSON.stringify(server.probe.sent[0]?.input)).toContain('#PUBLISHED');
  });

  it('sees at once a write made through another server instance', async () => {
    const other = createApp({
      store: server.store,
      strategyId: 'eu-cybersecurity-2013',
      mode: 'cloud',
      logging: false,
      clock: () => now,
      authenticate: async () => ({ id: 'coordinator-2', name: 'Second desk', role: 'COORDINATOR' }),
    });
    now = new Date('2014-01-15T11:00:00Z');
    const before = await dashboard();
    const { version } = await readAction(coordinator, '2.5-01');
    const response = await other.fetch('http://other/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: UpdateActionInput!) { updateAction(input: $input) { version } }',
        variables: {
          input: { actionId: '2.5-01', status: 'COMPLETED', progress: 100, evidenceUrls: ['https://eeas.europa.eu/x'], expectedVersion: version },
        },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect((await dashboard()).totals.completed).toBe(before.totals.completed + 1);
  });
});

describe('the dashboard as of a past date', () => {
  it('shows the figures as they stood then, rebuilt from history', async () => {
    const before = await dashboard('2013-05-19');
    expect(before.totals.completed).toBe(0);
    expect(before.byStatus).toContainEqual({ status: 'NOT_STARTED', count: catalogue.actions.length });
    expect(before.coverage.roundId).toBeNull();
    // 2.1-02 falls due on 30 June ("early in 2013"): upcoming until it was completed on 20 May.
    expect(before.upcoming.map((item) => item.ref)).toContain('2.1-02');

    const after = await dashboard('2013-05-20');
    expect(after.totals.completed).toBe(1);
    expect(after.upcoming.map((item) => item.ref)).not.toContain('2.1-02');

    const june = await dashboard('2013-06-30');
    expect(june.coverage).toMatchObject({ reported: 1, accepted: 0 });
  });

  it('refuses a date that is not one', async () => {
    const response = await coordinator.call(DASHBOARD, { asOf: '2013-13-01' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("the member states' accepted reports, counted where the figures count (issue 14)", () => {
  const PROGRESS = `query Progress($asOf: Date) { dashboard(asOf: $asOf) {
    byStatus { status count }
    memberStateProgress { actions countries expected accepted countriesReporting underReview byStatus { status count } }
  } }`;
  interface ProgressView {
    byStatus: { status: string; count: number }[];
    memberStateProgress: {
      actions: number;
      countries: number;
      expected: number;
      accepted: number;
      countriesReporting: number;
      underReview: number;
      byStatus: { status: string; count: number }[];
    };
  }
  const progressAsOf = async (asOf?: string) => {
    const response = await coordinator.call<{ dashboard: ProgressView }>(PROGRESS, asOf ? { asOf } : {});
    expect(response.errors).toBeUndefined();
    return response.data!.dashboard;
  };

  it("counts France's accepted report by the status France reported, and leaves the action's own status alone", async () => {
    const { memberStateProgress, byStatus } = await progressAsOf();
    const reporting = catalogue.actions.filter((action) => action.memberStateReporting).length;
    expect(memberStateProgress).toMatchObject({
      actions: reporting,
      countries: catalogue.memberStates.length,
      expected: reporting * catalogue.memberStates.length,
      accepted: 1,
      countriesReporting: 1,
      underReview: 0,
    });
    expect(memberStateProgress.byStatus).toContainEqual({ status: 'PLANNED', count: 1 });
    expect(memberStateProgress.byStatus.reduce((sum, entry) => sum + entry.count, 0)).toBe(1);
    // 2.1-10 is still not started: its owners set its status, the country's report does not.
    expect((await readAction(coordinator, '2.1-10')).status).toBe('NOT_STARTED');
    expect(byStatus).toContainEqual({ status: 'IN_PROGRESS', count: 1 });
  });

  it('counts the report as under review before it was accepted, as of that day', async () => {
    const { memberStateProgress } = await progressAsOf('2013-06-30');
    expect(memberStateProgress).toMatchObject({ accepted: 0, countriesReporting: 0, underReview: 1 });
  });
});

describe('what changed between two dates', () => {
  it('lists every change in the period, oldest first, with who made it', async () => {
    const response = await coordinator.call<{
      changes: { totalCount: number; edges: { node: { type: string; actionId: string | null; author: { id: string } } }[] };
    }>(`{ changes(from: "2013-05-01T00:00:00Z", to: "2013-06-11T00:00:00Z") { totalCount edges { node { type actionId author { id } } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.changes.edges.map((edge) => [edge.node.type, edge.node.actionId])).toEqual([
      ['ACTION_UPDATED', '2.1-02'],
      ['ACTION_UPDATED', '2.1-04'],
      ['ROUND_OPENED', null],
      ['REPORT_SUBMITTED', '2.1-10'],
    ]);
    expect(response.data?.changes.totalCount).toBe(4);
  });

  it('pages through the changes with cursors', async () => {
    const query = `query Changes($after: String) { changes(from: "2013-01-01T00:00:00Z", first: 2, after: $after) {
      totalCount edges { cursor node { type } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { changes: { totalCount: number; edges: { node: { type: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const types: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const response: { data?: Page } = await coordinator.call<Page>(query, after ? { after } : {});
      types.push(...response.data!.changes.edges.map((edge) => edge.node.type));
      if (!response.data!.changes.pageInfo.hasNextPage) break;
      after = response.data!.changes.pageInfo.endCursor;
    }
    // The last is the update made through the second instance above.
    expect(types).toEqual(['ACTION_UPDATED', 'ACTION_UPDATED', 'ROUND_OPENED', 'REPORT_SUBMITTED', 'REPORT_REVIEWED', 'ACTION_UPDATED']);
  });
});
