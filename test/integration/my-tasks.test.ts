import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_ROUND, REVIEW_REPORT, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * Issue 14, "Each person's own work first": `myTasks` per role over real HTTP on DynamoDB
 * Local, and who declared an action's health.
 */
let now = new Date('2013-10-01T09:00:00Z');
let server: TestServer;

type Role = 'coordinator' | 'contact-de' | 'contact-fr' | 'owner-enisa' | 'owner-europol-ec3' | 'viewer';
const ROLES: readonly Role[] = ['coordinator', 'contact-de', 'contact-fr', 'owner-enisa', 'owner-europol-ec3', 'viewer'];
let clients: Record<Role, Client>;

const RETURN_COMMENT = 'Name the national programme and link to it';

const MY_TASKS = `query MyTasks { myTasks {
  asOf openRound { id name closes }
  toReport { ref }
  returned { ref country status review { state comment reviewedBy } }
  toReview { ref country reportedBy }
  attention { ref owners overdue stale health }
  actionable
} }`;

interface Tasks {
  asOf: string;
  openRound: { id: string; name: string; closes: string } | null;
  toReport: { ref: string }[];
  returned: { ref: string; country: string; status: string; review: { state: string; comment: string | null; reviewedBy: string | null } }[];
  toReview: { ref: string; country: string; reportedBy: string | null }[];
  attention: { ref: string; owners: string[]; overdue: boolean; stale: boolean; health: string }[];
  actionable: number;
}

async function ok<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await client.call<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const tasksOf = async (role: Role) => (await ok<{ myTasks: Tasks }>(clients[role], MY_TASKS)).myTasks;
const refs = (items: { ref: string }[]) => items.map((item) => item.ref);

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  clients = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await clientFor(server, role)] as const))) as Record<Role, Client>;

  // Autumn 2013: ENISA confirms 2.1-03 (its deadline is the review date); a round opens; Germany
  // reports on two actions and France on one; the coordinator returns Germany's 2.1-10.
  const enisaAction = await readAction(clients['owner-enisa'], '2.1-03');
  await ok(clients['owner-enisa'], UPDATE_ACTION, {
    input: { actionId: '2.1-03', status: 'IN_PROGRESS', progress: 30, expectedVersion: enisaAction.version },
  });
  await ok(clients.coordinator, OPEN_ROUND, { input: { name: 'Spring 2014', closes: '2014-06-30' } });
  await ok(clients['contact-de'], SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'DE', status: 'PLANNED', note: 'A pilot in Bavaria' } });
  await ok(clients['contact-de'], SUBMIT_REPORT, { input: { actionId: '2.1-11', country: 'DE', status: 'IN_PROGRESS' } });
  now = new Date('2013-10-02T09:00:00Z');
  await ok(clients['contact-fr'], SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS' } });
  await ok(clients.coordinator, REVIEW_REPORT, {
    input: { actionId: '2.1-10', country: 'DE', decision: 'RETURN', comment: RETURN_COMMENT, expectedVersion: 1 },
  });
  // The conference has passed: 1 June 2014.
  now = new Date('2014-06-01T09:00:00Z');
});

afterAll(async () => {
  await server?.close();
});

describe('myTasks', () => {
  it("gives Germany's contact the returned report with its comment, and what is left to report in the open round", async () => {
    const tasks = await tasksOf('contact-de');
    expect(tasks.asOf).toBe('2014-06-01');
    expect(tasks.openRound).toMatchObject({ name: 'Spring 2014', closes: '2014-06-30' });
    expect(tasks.returned).toEqual([
      {
        ref: '2.1-10',
        country: 'DE',
        status: 'PLANNED',
        review: { state: 'RETURNED', comment: RETURN_COMMENT, reviewedBy: 'Commission coordinator' },
      },
    ]);
    // 2.1-11 is submitted, 2.1-10 is under returned: the other two actions addressed to the member states remain.
    const addressed = (
      await ok<{ actions: { edges: { node: { ref: string; memberStateReporting: boolean } }[] } }>(
        clients['contact-de'],
        'query { actions(first: 100) { edges { node { ref memberStateReporting } } } }',
      )
    ).actions.edges
      .map((edge) => edge.node)
      .filter((action) => action.memberStateReporting)
      .map((action) => action.ref);
    expect(refs(tasks.toReport)).toEqual(addressed.filter((ref) => ref !== '2.1-10' && ref !== '2.1-11'));
    expect(tasks.actionable).toBe(tasks.toReport.length + 1);
    expect(tasks).toMatchObject({ toReview: [], attention: [] });
  });

  it("never shows France's contact Germany's returned report", async () => {
    const tasks = await tasksOf('contact-fr');
    expect(tasks.returned).toEqual([]);
    expect(refs(tasks.toReport)).not.toContain('2.1-10');
    expect(JSON.stringify(tasks)).not.toContain(RETURN_COMMENT);
  });

  it('gives the coordinator the reports waiting for review, oldest first, and every overdue or stale action to follow up', async () => {
    const tasks = await tasksOf('coordinator');
    expect(tasks.toReview.map((task) => `${task.ref} ${task.country}`)).toEqual(['2.1-11 DE', '2.1-10 FR']);
    expect(tasks.attention.length).toBeGreaterThan(40);
    expect(tasks.attention.every((task) => task.overdue || task.stale)).toBe(true);
    expect(tasks.actionable).toBe(2);
  });

  it("gives an owner only their own body's overdue or stale actions", async () => {
    const tasks = await tasksOf('owner-enisa');
    expect(tasks.attention.length).toBeGreaterThan(0);
    expect(tasks.attention.every((task) => task.owners.includes('ENISA'))).toBe(true);
    expect(tasks.attention.find((task) => task.ref === '2.1-03')).toMatchObject({ overdue: true, stale: true, health: 'OVERDUE' });
    expect(tasks.actionable).toBe(tasks.attention.length);
    expect(tasks).toMatchObject({ toReport: [], returned: [], toReview: [] });
  });

  it('drops an action from the owner\'s tasks once it is ongoing and confirmed (a continuing action, 2.1-05 "Continue supporting ...")', async () => {
    expect(refs((await tasksOf('owner-enisa')).attention)).toContain('2.1-05');
    const action = await readAction(clients['owner-enisa'], '2.1-05');
    await ok(clients['owner-enisa'], UPDATE_ACTION, {
      input: { actionId: '2.1-05', status: 'ONGOING', progress: 50, expectedVersion: action.version },
    });
    expect(refs((await tasksOf('owner-enisa')).attention)).not.toContain('2.1-05');
    expect(await readAction(clients['owner-enisa'], '2.1-05')).toMatchObject({ status: 'ONGOING', health: 'ON_TRACK', stale: false });
  });

  it('gives a viewer nothing to do', async () => {
    expect(await tasksOf('viewer')).toMatchObject({ toReport: [], returned: [], toReview: [], attention: [], actionable: 0 });
  });
});

describe('declaredHealthBy', () => {
  const DECLARED = `query Declared($id: ID!) { action(id: $id) { declaredHealth declaredHealthBy version } }`;
  const declared = async (client: Client, id: string) =>
    (await ok<{ action: { declaredHealth: string | null; declaredHealthBy: string | null; version: number } }>(client, DECLARED, { id })).action;

  it('names who declared the health, keeps it through other updates, and clears it with the declaration', async () => {
    const id = '2.1-04';
    const before = await declared(clients['owner-enisa'], id);
    expect(before).toMatchObject({ declaredHealth: null, declaredHealthBy: null });

    await ok(clients.coordinator, UPDATE_ACTION, { input: { actionId: id, declaredHealth: 'AT_RISK', expectedVersion: before.version } });
    const set = await declared(clients['owner-enisa'], id);
    expect(set).toMatchObject({ declaredHealth: 'AT_RISK', declaredHealthBy: 'Commission coordinator' });

    // The owner saves the form with the same declaration: the declarer stays the coordinator.
    await ok(clients['owner-enisa'], UPDATE_ACTION, {
      input: { actionId: id, progress: 40, declaredHealth: 'AT_RISK', expectedVersion: set.version },
    });
    const kept = await declared(clients['owner-enisa'], id);
    expect(kept.declaredHealthBy).toBe('Commission coordinator');

    await ok(clients['owner-enisa'], UPDATE_ACTION, { input: { actionId: id, declaredHealth: 'ON_TRACK', expectedVersion: kept.version } });
    const changed = await declared(clients.viewer, id);
    expect(changed).toMatchObject({ declaredHealth: 'ON_TRACK', declaredHealthBy: expect.stringMatching(/ENISA/) });

    await ok(clients.coordinator, UPDATE_ACTION, { input: { actionId: id, declaredHealth: null, expectedVersion: changed.version } });
    expect(await declared(clients.viewer, id)).toMatchObject({ declaredHealth: null, declaredHealthBy: null });
  });
});
