import { QueryCommand } from 'dynamodb-toolbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../functions/domain/model.js';
import { entitiesFor, keys } from '../../functions/store/entities.js';
import { catchUp } from '../../functions/store/state-reader.js';
import { revisionKey, type Store } from '../../functions/store/store.js';
import { createApp, type App } from '../../graphql/yoga.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { CLOSE_ROUND, OPEN_ROUND, REVIEW_REPORT, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';

/**
 * The state each server instance keeps (functions/store/state-reader.ts): after writes made
 * anywhere, the next request catches up, re-reading only the items those writes changed, named
 * by the change lists of the shards that moved, and serves exactly what a fresh read of the
 * whole state would; when the lists no longer say what changed, it reads the whole state again.
 */
const STRATEGY = 'eu-cybersecurity-2013';

const DASHBOARD = `{ dashboard {
  asOf totals { actions completed percentCompleted overdue atRisk upcoming stale disagreements }
  byStatus { status count } byHealth { health count }
  byPriority { id total byStatus { status count } byHealth { health count } }
  byOwner { id total byStatus { status count } }
  overdue(first: 500) { actionId ref deadline status health daysLate } upcoming(first: 500) { actionId ref deadline }
  coverage { roundId expected reported accepted percentReported byCountry { country expected reported accepted } byAction { actionId expected reported accepted } }
  burnUp { month completed fallingDue } forecast { doneByReview low high pacePerMonth }
} }`;
const ACTIONS = `{ actions(first: 100) { edges { node { id ref status progress note evidenceUrls version memberStateReports { country status version review { state } } } } } }`;
const ROUNDS = `{ reportingRounds { id name open closedAt coverage { expected reported accepted } } }`;

let now = new Date('2013-06-01T09:00:00Z');
let server: TestServer;
let coordinator: Client;

const COORDINATOR_2: Viewer = { id: 'coordinator-2', name: 'Second desk', role: 'COORDINATOR' };

/** Another server instance on the same table (its own kept state), as another Lambda container would be. */
function instance(viewer: Viewer = COORDINATOR_2): App {
  return createApp({ store: server.store, strategyId: STRATEGY, mode: 'cloud', logging: false, clock: () => now, authenticate: async () => viewer });
}

async function call<T>(app: App, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await app.fetch('http://instance/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** What the instance serves, against what a new instance (reading the whole state) serves. */
async function expectSameAsFresh(app: App) {
  const fresh = instance();
  for (const query of [DASHBOARD, ACTIONS, ROUNDS]) expect(await call(app, query)).toEqual(await call(fresh, query));
}

const dynamoCalls = () => server.probe.sent.map((command) => command.name.replace(/Command$/, ''));

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
});
afterAll(() => server.close());

describe('reading the whole state', () => {
  it('gives exactly what the dynamodb-toolbox entities read', async () => {
    const progress = await readAction(coordinator, '2.1-04');
    await coordinator.call(UPDATE_ACTION, {
      input: {
        actionId: '2.1-04',
        status: 'IN_PROGRESS',
        progress: 20,
        note: 'Kick-off.',
        evidenceUrls: ['https://europa.eu/x'],
        expectedVersion: progress.version,
      },
    });
    await coordinator.call(OPEN_ROUND, { input: { name: 'Summer 2013', closes: '2013-12-31' } });
    await (
      await clientFor(server, 'contact-fr')
    ).call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'PLANNED', note: 'Plan.' } });

    const state = (await server.store.strategyState(STRATEGY))!;
    const { table, StrategyEntity, ActionEntity, ReportEntity, RoundEntity } = entitiesFor(server.documentClient, tableNameOf(server));
    const { Items = [] } = await table
      .build(QueryCommand)
      .entities(StrategyEntity, ActionEntity, ReportEntity, RoundEntity)
      .query({ partition: keys.strategy(STRATEGY) })
      .options({ consistent: true, maxPages: Infinity, showEntityAttr: true })
      .send();
    const of = (name: string) => Items.filter((item) => item.entity === name).map(({ entity: _entity, ...item }) => item);
    const byKey = <T>(list: T[], key: (item: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(state.strategy).toEqual(of('Strategy')[0]);
    expect(byKey(state.actions, (action) => action.id)).toEqual(byKey(of('Action') as typeof state.actions, (action) => action.id));
    expect(state.reports).toEqual(of('MemberStateReport'));
    expect(state.rounds).toEqual(of('ReportingRound'));
    expect(state.reports).toHaveLength(1);
    expect(state.rounds).toHaveLength(1);
  });
});

/** The table's name, from a command the server sent (the test server does not expose it). */
function tableNameOf(testServer: TestServer): string {
  const named = testServer.probe.sent.find((command) => typeof command.input['TableName'] === 'string');
  if (!named) throw new Error('no command named the table');
  return named.input['TableName'] as string;
}

describe('a kept state after writes made by another instance', () => {
  it("re-reads only the changed action: 4 DynamoDB requests (the published count, the counters, the moved shard's change list, the changed item), the same figures as a fresh read", async () => {
    const served = instance();
    const writer = instance();
    const before = await call<{ dashboard: { totals: { completed: number } } }>(served, DASHBOARD);
    const { version } = await readAction(coordinator, '2.5-01');
    await call(writer, UPDATE_ACTION, {
      input: { actionId: '2.5-01', status: 'COMPLETED', progress: 100, evidenceUrls: ['https://eeas.europa.eu/x'], expectedVersion: version },
    });

    server.probe.sent.length = 0;
    const after = await call<{ dashboard: { totals: { completed: number } } }>(served, DASHBOARD);
    expect(after.dashboard.totals.completed).toBe(before.dashboard.totals.completed + 1);
    expect(dynamoCalls()).toEqual(['GetItem', 'Query', 'BatchGetItem', 'BatchGetItem']);
    // The check of every request reads the published count first, one item in its own
    // partition; it moved, so the counters next, alone in theirs; then the change list of the
    // one shard that moved, then the item it names.
    const count = server.probe.sent[0]!.input as { Key: { PK: string; SK: string }; ConsistentRead: boolean };
    expect(count.Key).toEqual({ PK: keys.published(STRATEGY), SK: keys.publishedSort });
    expect(count.ConsistentRead).toBe(true);
    const check = server.probe.sent[1]!.input as { ExpressionAttributeValues: Record<string, string>; ConsistentRead: boolean };
    expect(check.ExpressionAttributeValues[':pk']).toBe(keys.revision(STRATEGY));
    expect(check.ConsistentRead).toBe(true);
    expect((check as { ProjectionExpression?: string }).ProjectionExpression).toBe('#shard, #revision');
    const batchOf = (index: number) =>
      Object.values(
        (server.probe.sent[index]!.input as { RequestItems: Record<string, { Keys: { PK: string; SK: string }[]; ConsistentRead: boolean }> })
          .RequestItems,
      )[0]!;
    expect(batchOf(2).Keys).toHaveLength(1);
    expect(batchOf(2).Keys[0]!.PK).toBe(keys.changeLists(STRATEGY));
    expect(batchOf(2).ConsistentRead).toBe(true);
    expect(batchOf(3).Keys.map((key) => key.SK)).toEqual(['ACTION#2.5-01']);
    expect(batchOf(3).ConsistentRead).toBe(true);
    expect(JSON.stringify(server.probe.sent.map((command) => command.input))).not.toMatch(/EVENT|GSI1/);

    // Nothing changed since: one small read, the published count.
    server.probe.sent.length = 0;
    await call(served, DASHBOARD);
    expect(dynamoCalls()).toEqual(['GetItem']);
    await expectSameAsFresh(served);
  });

  it('follows reports, reviews, rounds opened and closed, from several writers, as a fresh read would', async () => {
    const served = instance();
    const writer = instance();
    await call(served, DASHBOARD);
    const contact = (country: string) =>
      instance({ id: `contact-${country.toLowerCase()}`, name: `Contact ${country}`, role: 'MEMBER_STATE', country });
    const steps: (() => Promise<unknown>)[] = [
      () => call(contact('DE'), SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'DE', status: 'IN_PROGRESS' } }),
      () =>
        call(writer, REVIEW_REPORT, {
          input: { actionId: '2.1-10', country: 'DE', decision: 'RETURN', comment: 'Add evidence.', expectedVersion: 1 },
        }),
      () => call(contact('HR'), SUBMIT_REPORT, { input: { actionId: '2.4-10', country: 'HR', status: 'COMPLETED' } }),
      async () => {
        const { reportingRounds } = await call<{ reportingRounds: { id: string; open: boolean }[] }>(writer, ROUNDS);
        now = new Date('2013-07-01T09:00:00Z');
        return call(writer, CLOSE_ROUND, { id: reportingRounds.find((round) => round.open)!.id });
      },
      () => call(writer, OPEN_ROUND, { input: { name: 'Winter 2013', closes: '2014-01-31' } }),
      () => call(contact('FR'), SUBMIT_REPORT, { input: { actionId: '2.1-11', country: 'FR', status: 'PLANNED' } }),
      async () => {
        // Two writes between two reads, one of them by the serving instance itself.
        const first = await readAction(coordinator, '2.3-01');
        await call(served, UPDATE_ACTION, { input: { actionId: '2.3-01', progress: 10, expectedVersion: first.version } });
        const second = await readAction(coordinator, '2.2-03');
        return call(writer, UPDATE_ACTION, {
          input: { actionId: '2.2-03', status: 'DISCONTINUED', note: 'Merged into 2.2-01.', expectedVersion: second.version },
        });
      },
    ];
    for (const step of steps) {
      await step();
      server.probe.sent.length = 0;
      await call(served, DASHBOARD);
      const calls = dynamoCalls();
      expect(calls.length).toBeLessThanOrEqual(4);
      expect(calls).toEqual(['GetItem', 'Query', 'BatchGetItem', 'BatchGetItem']);
      await expectSameAsFresh(served);
    }
  });
});

describe('when the change lists no longer say what changed', () => {
  it('reads the whole state again, with the right figures, once the writes outrun the change lists', async () => {
    const served = instance();
    await call(served, DASHBOARD);
    const writer = instance();
    // Every write to one action lands on the same shard; its list keeps at most 20 writes.
    for (let index = 0; index < 25; index += 1) {
      const { version } = await readAction(coordinator, '2.4-02');
      await call(writer, UPDATE_ACTION, { input: { actionId: '2.4-02', progress: index + 1, expectedVersion: version } });
    }
    const revision = await server.store.readRevision(STRATEGY);
    const lists = await server.store.readChanges(STRATEGY, Object.keys(revision));
    expect(Math.max(...Object.values(lists).map((list) => list.changes.length))).toBeLessThanOrEqual(20);

    server.probe.sent.length = 0;
    await call(served, DASHBOARD);
    // The check (count, counters), the moved shard's change list (which no longer reaches back
    // far enough), then the whole partition (one page at this size): no item is re-read on its own.
    expect(dynamoCalls()).toEqual(['GetItem', 'Query', 'BatchGetItem', 'Query']);
    expect(JSON.stringify(server.probe.sent[2]!.input)).not.toMatch(/ACTION#/);
    expect((await readAction(coordinator, '2.4-02')).progress).toBe(25);
    await expectSameAsFresh(served);
    const history = await server.store.actionHistory('2.4-02', { limit: 100 });
    expect(history.events.filter((event) => event.type === 'ACTION_UPDATED')).toHaveLength(25);
  });

  it('drops a kept state it cannot bring up to date: the next action(id) reads its item, not a revision to no end', async () => {
    const served = instance();
    await call(served, DASHBOARD);
    const writer = instance();
    for (let index = 0; index < 25; index += 1) {
      const { version } = await readAction(coordinator, '2.4-03');
      await call(writer, UPDATE_ACTION, { input: { actionId: '2.4-03', progress: index + 1, expectedVersion: version } });
    }
    const ACTION = 'query($id: ID!) { action(id: $id) { id progress health } }';
    server.probe.sent.length = 0;
    expect(await call(served, ACTION, { id: '2.4-03' })).toMatchObject({ action: { progress: 25 } });
    // The check (count, counters), the change list (too short now), then the item itself.
    expect(dynamoCalls()).toEqual(['GetItem', 'Query', 'BatchGetItem', 'BatchGetItem']);
    server.probe.sent.length = 0;
    const again = await call(served, ACTION, { id: '2.4-03' });
    expect(dynamoCalls()).toEqual(['BatchGetItem']);
    expect(again).toEqual(await call(instance(), ACTION, { id: '2.4-03' }));
    // A request that needs the whole state reads it again, and the instance keeps it from then on.
    await call(served, DASHBOARD);
    server.probe.sent.length = 0;
    await call(served, ACTION, { id: '2.4-03' });
    expect(dynamoCalls()).toEqual(['GetItem']);
  });

  it('reads the whole state when a kept state predates the change lists', async () => {
    const state = (await server.store.strategyState(STRATEGY))!;
    const readAt = state.readAt!;
    const shards = Object.keys(readAt);
    const lists = await server.store.readChanges(STRATEGY, shards);
    // A state stamped with every shard one write older than the oldest write its list still names.
    const older = Object.fromEntries(shards.map((shard) => [shard, readAt[shard]! - lists[shard]!.changes.length - 1]));
    expect(await catchUp(server.store, STRATEGY, { ...state, readAt: older }, shards)).toBeUndefined();
    // One write behind on one shard only: caught up.
    const shard = shards.find((each) => lists[each]!.changes.length > 0)!;
    const caught = await catchUp(server.store, STRATEGY, { ...state, readAt: { ...readAt, [shard]: readAt[shard]! - 1 } }, [shard]);
    expect(caught).toBeDefined();
    expect(caught!.revision).toBe(revisionKey(readAt));
    expect(caught!.readAt).toEqual(readAt);
    expect(caught!.actions).toEqual(state.actions);
  });
});

describe('action(id) from the kept state', () => {
  const ACTION_QUERY = 'query($id: ID!) { action(id: $id) { id version progress health } }';
  type ActionData = { action: { id: string; version: number; progress: number } | null };

  it('reads the one item on an instance that keeps no state, and the kept state once it holds one', async () => {
    const served = instance();
    server.probe.sent.length = 0;
    expect((await call<ActionData>(served, ACTION_QUERY, { id: '2.2-04' })).action?.id).toBe('2.2-04');
    // The action and the strategy's record (the dates its health needs), in one strongly consistent read.
    expect(dynamoCalls()).toEqual(['BatchGetItem']);
    const [read] = Object.values(
      (server.probe.sent[0]!.input as { RequestItems: Record<string, { Keys: { SK: string }[]; ConsistentRead: boolean }> }).RequestItems,
    );
    expect(read!.Keys.map((key) => key.SK)).toEqual(['ACTION#2.2-04', 'STRATEGY']);
    expect(read!.ConsistentRead).toBe(true);
    await call(served, DASHBOARD);
    server.probe.sent.length = 0;
    expect((await call<ActionData>(served, ACTION_QUERY, { id: '2.2-04' })).action?.id).toBe('2.2-04');
    expect(dynamoCalls()).toEqual(['GetItem']);
    const missing = await served.fetch('http://instance/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ACTION_QUERY, variables: { id: '9.9-99' } }),
    });
    expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('sees every write completed before the request, while concurrent requests share revision checks', async () => {
    // Each check's answers arrive 25 ms after DynamoDB read them, as over a slow network: a
    // request that joined a check already under way could miss a write that completed meanwhile.
    const late = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 25));
    const slowChecks: Store = {
      ...server.store,
      readPublished: async (strategyId) => late(await server.store.readPublished(strategyId)),
      readRevision: async (strategyId) => late(await server.store.readRevision(strategyId)),
    };
    const served = createApp({
      store: slowChecks,
      strategyId: STRATEGY,
      mode: 'cloud',
      logging: false,
      clock: () => now,
      authenticate: async () => COORDINATOR_2,
    });
    const writer = instance();
    await call(served, DASHBOARD);
    let stop = false;
    // Background readers keep a check running almost all the time.
    const background = Array.from({ length: 6 }, async () => {
      let requests = 0;
      while (!stop) {
        await call<ActionData>(served, ACTION_QUERY, { id: '2.3-02' });
        requests += 1;
      }
      return requests;
    });
    let { version } = await readAction(coordinator, '2.5-02');
    server.probe.sent.length = 0;
    for (let index = 1; index <= 12; index += 1) {
      const written = await call<{ updateAction: { version: number } }>(
        writer,
        'mutation($input: UpdateActionInput!) { updateAction(input: $input) { version } }',
        {
          input: { actionId: '2.5-02', progress: index, expectedVersion: version },
        },
      );
      version = written.updateAction.version;
      const read = await call<ActionData>(served, ACTION_QUERY, { id: '2.5-02' });
      expect(read.action).toMatchObject({ version, progress: index });
    }
    stop = true;
    const servedRequests = (await Promise.all(background)).reduce((sum, count) => sum + count, 0);
    const checks = server.probe.sent.filter((command) => JSON.stringify(command.input).includes(keys.published(STRATEGY))).length;
    // Shared: fewer checks than requests served.
    expect(checks).toBeLessThan(servedRequests + 12);
    expect(
      server.probe.sent.filter((command) => command.name === 'GetItemCommand' && JSON.stringify(command.input).includes('ACTION#2.3-02')),
    ).toHaveLength(0);
  });
});

describe('the published count', () => {
  it('moves once per write that committed, not for a refused one nor for a mutation answered again from its record', async () => {
    const writer = instance();
    const published = () => server.store.readPublished(STRATEGY);
    const { version } = await readAction(coordinator, '2.1-04');
    const input = { actionId: '2.1-04', progress: 33, expectedVersion: version, clientMutationId: 'published-count-1' };
    const before = await published();
    await call(writer, UPDATE_ACTION, { input });
    expect(await published()).toBe(before + 1);
    // A stale version is refused: nothing committed, nothing published.
    const refused = await writer.fetch('http://instance/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: UPDATE_ACTION, variables: { input: { ...input, clientMutationId: 'published-count-2' } } }),
    });
    expect(JSON.stringify(await refused.json())).toContain('CONFLICT');
    expect(await published()).toBe(before + 1);
    // The same mutation again: answered from its record, nothing written.
    await call(writer, UPDATE_ACTION, { input });
    expect(await published()).toBe(before + 1);
    expect((await readAction(coordinator, '2.1-04')).version).toBe(version + 1);
  });
});

describe('a write whose publication failed', () => {
  it('is seen at once by the instance that made it, whose own count includes it', async () => {
    const served = instance();
    await call(served, DASHBOARD);
    const before = await server.store.readPublished(STRATEGY);
    const { version } = await readAction(coordinator, '2.1-05');
    server.probe.beforeSend = (command) => {
      if (command.name === 'UpdateItemCommand' && JSON.stringify(command.input).includes(keys.published(STRATEGY))) {
        throw Object.assign(new Error('Injected: the publication is lost.'), { name: 'InternalServerError' });
      }
    };
    try {
      const written = await call<{ updateAction: { version: number } }>(served, UPDATE_ACTION, {
        input: { actionId: '2.1-05', progress: 55, expectedVersion: version },
      });
      expect(written.updateAction.version).toBe(version + 1);
    } finally {
      server.probe.beforeSend = undefined;
    }
    server.probe.sent.length = 0;
    const ACTION = 'query($id: ID!) { action(id: $id) { id progress version } }';
    expect(await call(served, ACTION, { id: '2.1-05' })).toEqual({ action: { id: '2.1-05', progress: 55, version: version + 1 } });
    // The count, then the counters (it moved, as this instance counts it), the change list and the item.
    expect(dynamoCalls()).toEqual(['GetItem', 'Query', 'BatchGetItem', 'BatchGetItem']);
    // This instance's count: the stored one, which only the second write moved, and its one lost publication.
    await call(served, UPDATE_ACTION, { input: { actionId: '2.1-05', progress: 56, expectedVersion: version + 1 } });
    expect(await server.store.readPublished(STRATEGY)).toBe(before + 2);
  });
});

describe("a past day's state", () => {
  const PAST = '{ dashboard(asOf: "2013-05-01") { asOf totals { actions completed } byStatus { status count } } }';
  const historyReads = () => server.probe.sent.filter((command) => /EVENT|GSI1/.test(JSON.stringify(command.input))).length;

  it('is rebuilt from history once while nothing is written: the day looked at again reads no history', async () => {
    const served = instance();
    const first = await call(served, PAST);
    server.probe.sent.length = 0;
    expect(await call(served, PAST)).toEqual(first);
    expect(historyReads()).toBe(0);
    expect(dynamoCalls()).toEqual(['GetItem']);

    // A write, even one about today, moves the revision: the day is rebuilt again.
    const { version } = await readAction(coordinator, '2.1-03');
    await call(instance(), UPDATE_ACTION, { input: { actionId: '2.1-03', progress: 7, expectedVersion: version } });
    server.probe.sent.length = 0;
    expect(await call(served, PAST)).toEqual(await call(instance(), PAST));
    expect(historyReads()).toBeGreaterThan(0);
  });
});
