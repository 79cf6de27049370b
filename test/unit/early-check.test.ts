import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../functions/domain/model.js';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { catalogueRecords } from '../../functions/store/catalogue-load.js';
import type { ActionRecord, Store, StrategyState } from '../../functions/store/store.js';
import { createApp } from '../../graphql/yoga.js';

/**
 * A request starts its check of the revision (its first half, the read of the published count)
 * on arrival, before its context is built (graphql/early-check.ts); a mutation spends nothing
 * more, a request without a valid token nothing at all; every read of the request's state
 * shares the one check. The product's createApp against a
 * store held in memory: test/integration/state-cache.test.ts holds the reads on DynamoDB Local.
 */
const COORDINATOR: Viewer = { id: 'coordinator', name: 'Coordinator', role: 'COORDINATOR' };
const records = catalogueRecords(catalogue);
const state: StrategyState = {
  strategy: { ...records.strategy, version: 1 },
  actions: records.actions.map((action) => ({ ...action, strategyId: catalogue.strategy.id, version: 1 }) as ActionRecord),
  reports: [],
  rounds: [],
  revision: '0:1',
  readAt: { '0': 1 },
};

function server() {
  const events: string[] = [];
  /** The published count: a test moves it as another instance's write would. */
  const table = { published: 1 };
  const store = {
    readPublished: async () => (events.push('count'), table.published),
    readRevision: async () => (events.push('counters'), state.readAt),
    strategyState: async () => (events.push('whole'), state),
    getAction: async (_strategy: string, id: string) => (events.push('getAction'), state.actions.find((action) => action.id === id)),
    getActionWithStrategy: async (_strategy: string, id: string) => (
      events.push('item'),
      { action: state.actions.find((action) => action.id === id), strategy: state.strategy }
    ),
  } as unknown as Store;
  const app = createApp({
    store,
    strategyId: catalogue.strategy.id,
    mode: 'cloud',
    logging: false,
    // The context reads the clock once, as it is built.
    clock: () => (events.push('context'), new Date('2013-06-01T09:00:00Z')),
    authenticate: async (request) => (events.push('authenticate'), request.headers.get('authorization') === 'Bearer valid' ? COORDINATOR : null),
  });
  /** Through the Node front door by default (its adapter passes the Node request as `req`), else as the Lambda calls. */
  const ask = async (query: string, token = 'valid', front: 'node' | 'lambda' = 'node') => {
    const response = await app.fetch(
      'http://test/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      },
      front === 'node' ? { req: {} } : { event: {} },
    );
    return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  };
  return { events, ask, table };
}

/** A server whose instance keeps the state (a dashboard read it whole), with its events since cleared. */
async function keepingState() {
  const started = server();
  await started.ask('{ dashboard { asOf } }');
  started.events.length = 0;
  return started;
}

describe('the early check', () => {
  it('starts a query’s check on arrival, before its context is built, and authenticates it once', async () => {
    const { events, ask } = await keepingState();
    const answer = await ask('{ action(id: "2.1-01") { id } }');
    expect(answer.errors).toBeUndefined();
    expect(events).toEqual(['authenticate', 'count', 'context']);
  });

  it('shares the one check, counters included, among every read of the request’s state', async () => {
    const { events, ask, table } = await keepingState();
    table.published = 2;
    const answer = await ask('{ a: action(id: "2.1-01") { id health } b: action(id: "2.1-02") { id } dashboard { asOf } }');
    expect(answer.errors).toBeUndefined();
    expect(events.filter((event) => event === 'count')).toHaveLength(1);
    expect(events.filter((event) => event === 'counters')).toHaveLength(1);
  });

  it('starts none on an instance that keeps no state, where action(id) reads its item without a check', async () => {
    const { events, ask } = server();
    const answer = await ask('{ action(id: "2.1-01") { id health } }');
    expect(answer.errors).toBeUndefined();
    expect(events).toEqual(['authenticate', 'context', 'item']);
  });

  it('starts none behind API Gateway, where the body comes in the event: the resolver starts the check', async () => {
    const { events, ask } = await keepingState();
    const answer = await ask('{ action(id: "2.1-01") { id } }', 'valid', 'lambda');
    expect(answer.errors).toBeUndefined();
    expect(events).toEqual(['authenticate', 'context', 'count']);
  });

  it('starts none for a request without a valid token: it reads nothing and is refused', async () => {
    const { events, ask } = await keepingState();
    const answer = await ask('{ action(id: "2.1-01") { id } }', 'forged');
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(events).toEqual(['authenticate']);
  });

  it('spends a mutation only the count read it started on arrival: the counters are read for a query that reads the state', async () => {
    const { events, ask, table } = await keepingState();
    table.published = 2;
    await ask('mutation { updateAction(input: { actionId: "9.9-99", progress: 1, expectedVersion: 1 }) { version } }');
    expect(events.filter((event) => event === 'count')).toHaveLength(1);
    expect(events).not.toContain('counters');
    expect(events).not.toContain('whole');
    expect(events.filter((event) => event === 'authenticate')).toHaveLength(1);
    events.length = 0;
    await ask('{ action(id: "2.1-01") { id } }');
    expect(events).toEqual(['authenticate', 'count', 'context', 'counters']);
  });
});
