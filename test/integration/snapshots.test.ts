import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/local-server.js';
import {
  CLOSE_ROUND,
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

/**
 * Frozen snapshots over real HTTP on DynamoDB Local: what the report page renders, frozen by a
 * coordinator or by closing a round, read back the same whatever changed since.
 */
const HEADER_FIELDS = `id name asOf frozenAt frozenBy { id role name } trigger actionCount
  round { id name opens closes open closedAt }
  totals { actions completed percentCompleted overdue atRisk upcoming stale disagreements }`;
/**
 * What the report page reads: the snapshot's own fields, and its dashboard through
 * `dashboard(snapshotId)`, in several queries: one would exceed the API's query cost
 * limit (graphql-armor, graphql/yoga.ts), as the live dashboard's whole field set does.
 */
const CONTENT_FIELDS = [
  HEADER_FIELDS,
  `strategy { reference title adopted reviewDate priorities { id title } sections { id title } actors { id name owningBody } memberStates { code name } }
  actions { id ref section subheading leadIn text owners memberStateReporting status progress health stale declaredHealth
    baselineDeadline deadline deadlineRevisionCount slippageDays forecastDate completedAt lastConfirmedAt note evidenceUrls }
  reports { actionId country status review reportedAt }`,
];

/** The snapshot's dashboard, through the dashboard query (a snapshot's field would cost too much one level deeper). */
const SNAPSHOT_DASHBOARD = [
  `asOf reviewDate daysToReview
    totals { actions completed percentCompleted overdue atRisk upcoming stale disagreements }
    byStatus { status count } byHealth { health count }
    byPriority { id label total byStatus { status count } byHealth { health count } }
    byOwner { id label total }
    burnUp { month completed fallingDue }`,
  `coverage { roundId roundName expected reported accepted percentReported byCountry { country name expected reported accepted } byAction { actionId ref expected reported accepted } }`,
  `overdue(first: 500) { actionId ref section text owners deadline status progress health daysLate }
    upcoming(first: 500) { actionId ref deadline daysLate }`,
  `forecast { doneByReview low high pacePerMonth method likelyToMissCount likelyToMissMethod likelyToMiss(first: 500) { reason projectedProgress action { actionId ref daysLate } } }`,
].map((fields) => `query SnapshotDashboard($id: ID!) { dashboard(snapshotId: $id) { ${fields} } }`);

const FREEZE = `mutation Freeze($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { ${HEADER_FIELDS} } }`;
const snapshotQuery = (fields: string) => `query Snapshot($id: ID!) { snapshot(id: $id) { ${fields} } }`;
const SNAPSHOTS = `query Snapshots($first: Int, $after: String) { snapshots(first: $first, after: $after) {
  edges { cursor node { id name asOf trigger round { id open } totals { actions completed } } } pageInfo { hasNextPage endCursor } } }`;

interface SnapshotView {
  id: string;
  name: string;
  asOf: string;
  trigger: string;
  frozenBy: { id: string; role: string };
  round: { id: string; open: boolean; closedAt: string | null } | null;
  totals: { actions: number; completed: number };
  dashboard: { totals: { completed: number }; coverage: { roundId: string | null; reported: number; accepted: number } };
  actions: {
    ref: string;
    status: string;
    progress: number;
    deadline: string;
    baselineDeadline: string;
    slippageDays: number;
    deadlineRevisionCount: number;
  }[];
  reports: { actionId: string; country: string; status: string; review: string }[];
}

interface ListView {
  snapshots: {
    edges: { cursor: string; node: { id: string; name: string; trigger: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

// Every write moves the clock on, so that no two history events share an instant.
let now = new Date('2013-09-02T09:00:00Z');
const tick = (minutes = 1) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

let server: TestServer;
let coordinator: Client;
let viewer: Client;
let owner: Client;
let france: Client;
/** 2.1-03's deadline as the strategy set it; revised to 2014-12-31 below. */
let baseline: string;

async function freeze(client: Client, input: Record<string, unknown>) {
  tick();
  return client.call<{ freezeSnapshot: SnapshotView }>(FREEZE, { input });
}

/** The whole snapshot as the report page reads it. */
async function snapshot(id: string): Promise<SnapshotView> {
  const parts = await Promise.all(CONTENT_FIELDS.map((fields) => viewer.call<{ snapshot: SnapshotView }>(snapshotQuery(fields), { id })));
  const dashboard = await Promise.all(SNAPSHOT_DASHBOARD.map((query) => viewer.call<{ dashboard: SnapshotView['dashboard'] }>(query, { id })));
  for (const part of [...parts, ...dashboard]) expect(part.errors).toBeUndefined();
  return Object.assign({}, ...parts.map((part) => part.data!.snapshot), {
    dashboard: Object.assign({}, ...dashboard.map((part) => part.data!.dashboard)),
  }) as SnapshotView;
}

async function listAll(): Promise<ListView['snapshots']['edges'][number]['node'][]> {
  const response = await viewer.call<ListView>(SNAPSHOTS, { first: 100 });
  expect(response.errors).toBeUndefined();
  return response.data!.snapshots.edges.map((edge) => edge.node);
}

async function update(actionId: string, input: Record<string, unknown>) {
  tick();
  const { version } = await readAction(coordinator, actionId);
  const response = await coordinator.call(UPDATE_ACTION, { input: { actionId, expectedVersion: version, ...input } });
  expect(response.errors).toBeUndefined();
}

/** Items the snapshot store wrote: the Put requests inside transactions sent to DynamoDB. */
function snapshotPuts(): number {
  return server.probe.sent
    .filter((command) => command.name.startsWith('TransactWrite'))
    .flatMap((command) => (command.input['TransactItems'] as { Put?: { Item: { _et?: string } } }[]) ?? [])
    .filter((write) => write.Put?.Item._et === 'SnapshotHeader' || write.Put?.Item._et === 'SnapshotPart').length;
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
  viewer = await clientFor(server, 'viewer');
  owner = await clientFor(server, 'owner-enisa');
  france = await clientFor(server, 'contact-fr');
  await update('2.1-02', { status: 'COMPLETED', progress: 100, evidenceUrls: ['https://ec.europa.eu/pilot'] });
  await update('2.1-04', { status: 'IN_PROGRESS', progress: 30, note: 'Feasibility study under way.' });
});
afterAll(() => server.close());

describe('freezeSnapshot', () => {
  let frozen: SnapshotView;

  it('freezes the state as presented, and reads back the same after further writes', async () => {
    const response = await freeze(coordinator, { name: 'As presented to the working party', clientMutationId: 'freeze-1' });
    expect(response.errors).toBeUndefined();
    const header = response.data!.freezeSnapshot;
    frozen = await snapshot(header.id);
    expect(frozen).toMatchObject(header);
    expect(frozen).toMatchObject({
      name: 'As presented to the working party',
      asOf: '2013-09-02',
      trigger: 'COORDINATOR',
      frozenBy: { id: 'coordinator', role: 'COORDINATOR' },
    });
    expect(frozen.totals.completed).toBe(1);
    expect(frozen.actions.find((action) => action.ref === '2.1-04')).toMatchObject({ status: 'IN_PROGRESS', progress: 30 });
    // The note and evidence as they stood, for the printed report (issue 14); none is none.
    expect(frozen.actions.find((action) => action.ref === '2.1-04')).toMatchObject({ note: 'Feasibility study under way.', evidenceUrls: [] });
    expect(frozen.actions.find((action) => action.ref === '2.1-02')).toMatchObject({ note: null, evidenceUrls: ['https://ec.europa.eu/pilot'] });
    expect(frozen.actions).toHaveLength(frozen.totals.actions);

    // What the dashboard showed for the same day is what was frozen.
    const live = await viewer.call<{ dashboard: unknown }>(
      `query { dashboard { totals { actions completed percentCompleted overdue atRisk upcoming stale disagreements } } }`,
    );
    expect(live.data!.dashboard).toEqual({ totals: (frozen.dashboard as { totals: unknown }).totals });

    // Everything moves on: an update, a deadline revision, a round with a report.
    await update('2.1-04', { status: 'COMPLETED', progress: 100, evidenceUrls: ['https://ec.europa.eu/ics'] });
    tick();
    const target = await readAction(coordinator, '2.1-03');
    baseline = String(target['baselineDeadline']);
    expect(
      errorCodes(
        await coordinator.call(REVISE_DEADLINE, {
          input: { actionId: '2.1-03', date: '2014-12-31', reason: 'Re-planned.', expectedVersion: target.version },
        }),
      ),
    ).toEqual([]);
    tick();
    await coordinator.call(OPEN_ROUND, { input: { name: 'Autumn 2013', closes: '2013-12-31' } });
    tick();
    expect(errorCodes(await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'PLANNED' } }))).toEqual([]);

    expect(await snapshot(frozen.id)).toEqual(frozen);
  });

  it('returns the first result to a retry with the same client mutation id, and writes nothing', async () => {
    const before = snapshotPuts();
    const retry = await freeze(coordinator, { name: 'As presented to the working party', clientMutationId: 'freeze-1' });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.freezeSnapshot.id).toBe(frozen.id);
    expect(snapshotPuts()).toBe(before);
    expect((await listAll()).filter((node) => node.id === frozen.id)).toHaveLength(1);
  });

  it('freezes a past date as it stood, rebuilt from history', async () => {
    const response = await freeze(coordinator, { name: 'End of August', asOf: '2013-08-31' });
    expect(response.errors).toBeUndefined();
    const past = await snapshot(response.data!.freezeSnapshot.id);
    expect(past.asOf).toBe('2013-08-31');
    // Both updates happened on 2 September.
    expect(past.totals.completed).toBe(0);
    expect(past.actions.find((action) => action.ref === '2.1-04')).toMatchObject({ status: 'NOT_STARTED', progress: 0 });
  });

  it.each([
    ['no name', { name: '   ' }],
    ['a name too long', { name: 'x'.repeat(201) }],
    ['a future date', { name: 'Tomorrow', asOf: '2013-09-03' }],
    ['a date before adoption', { name: 'Before', asOf: '2013-02-06' }],
    ['a date that does not exist', { name: 'Nowhere', asOf: '2013-02-30' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, input) => {
    const before = { puts: snapshotPuts(), list: await listAll() };
    const response = await freeze(coordinator, input);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(snapshotPuts()).toBe(before.puts);
    expect(await listAll()).toEqual(before.list);
  });

  it.each([
    ['a viewer', () => viewer],
    ['an owner', () => owner],
    ['a member state', () => france],
  ])('is FORBIDDEN to %s, and nothing is written', async (_who, client) => {
    const before = { puts: snapshotPuts(), list: await listAll() };
    const response = await freeze(client(), { name: 'Not mine to freeze' });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(snapshotPuts()).toBe(before.puts);
    expect(await listAll()).toEqual(before.list);
  });
});

describe('closing a reporting round', () => {
  it('freezes one snapshot with the round closed, in the same write', async () => {
    tick();
    const accepted = await coordinator.call(REVIEW_REPORT, { input: { actionId: '2.1-10', country: 'FR', decision: 'ACCEPT', expectedVersion: 1 } });
    expect(errorCodes(accepted)).toEqual([]);
    const rounds = await coordinator.call<{ reportingRounds: { id: string; open: boolean }[] }>('{ reportingRounds { id open } }');
    const open = rounds.data!.reportingRounds.find((round) => round.open)!;
    const before = await listAll();
    tick();
    const closed = await coordinator.call(CLOSE_ROUND, { id: open.id });
    expect(errorCodes(closed)).toEqual([]);

    const after = await listAll();
    expect(after).toHaveLength(before.length + 1);
    const [newest] = after;
    expect(newest).toMatchObject({ trigger: 'ROUND_CLOSED' });
    const frozen = await snapshot(newest!.id);
    expect(frozen.round).toMatchObject({ id: open.id, open: false });
    expect(frozen.round!.closedAt).not.toBeNull();
    expect(frozen.dashboard.coverage).toMatchObject({ roundId: open.id, reported: 1, accepted: 1 });
    expect(frozen.reports).toEqual([{ actionId: '2.1-10', country: 'FR', status: 'PLANNED', review: 'ACCEPTED', reportedAt: expect.any(String) }]);
    expect(frozen.actions.find((action) => action.ref === '2.1-03')).toMatchObject({
      baselineDeadline: baseline,
      deadline: '2014-12-31',
      deadlineRevisionCount: 1,
      slippageDays: (Date.parse('2014-12-31') - Date.parse(baseline)) / 86_400_000,
    });

    // A later change leaves the round's snapshot as it was.
    await update('2.1-05', { status: 'IN_PROGRESS', progress: 10 });
    expect(await snapshot(newest!.id)).toEqual(frozen);
  });
});

describe('reading snapshots', () => {
  it('lists them newest first, page by page', async () => {
    const all = await listAll();
    expect(all.length).toBeGreaterThanOrEqual(3);
    const ids = all.map((node) => node.id);
    expect([...ids].sort().reverse()).toEqual(ids);
    const first = await viewer.call<ListView>(SNAPSHOTS, { first: 2 });
    expect(first.data!.snapshots.pageInfo.hasNextPage).toBe(true);
    const rest = await viewer.call<ListView>(SNAPSHOTS, { first: 100, after: first.data!.snapshots.pageInfo.endCursor });
    expect([...first.data!.snapshots.edges, ...rest.data!.snapshots.edges].map((edge) => edge.node.id)).toEqual(ids);
  });

  it('answers null for an unknown id', async () => {
    const response = await viewer.call<{ snapshot: null }>(snapshotQuery(CONTENT_FIELDS[1]!), { id: '20130902T090000Z-000000' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.snapshot).toBeNull();
  });
});
