import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../functions/domain/model.js';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { loadCatalogue } from '../../functions/store/catalogue-load.js';
import { createApp, type App } from '../../graphql/yoga.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * The strategy's adoption and review dates come from the catalogue, which its own function loads
 * (a catalogue-only deployment): a warm server instance must not go on serving the dates it read
 * before (issue 11). They are read with the state (whose revision a catalogue load moves) or with
 * the action, never kept across requests.
 */
const STRATEGY = catalogue.strategy.id;
const now = new Date('2013-06-01T09:00:00Z');
const VIEWER: Viewer = { id: 'coordinator-2', name: 'Second desk', role: 'COORDINATOR' };
const EARLIER = '2003-02-07';

let server: TestServer;

const instance = (): App =>
  createApp({ store: server.store, strategyId: STRATEGY, mode: 'cloud', logging: false, clock: () => now, authenticate: async () => VIEWER });

interface Body<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function call<T>(app: App, query: string, variables: Record<string, unknown> = {}): Promise<Body<T>> {
  const response = await app.fetch('http://instance/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Body<T>;
}

const HEALTHS = '{ actions(first: 100) { edges { node { id health } } } }';
const ACTION = 'query($id: ID!) { action(id: $id) { id health } }';
/** A day before any adoption date: refused, naming the earliest day allowed (the adoption). */
const TOO_EARLY = '{ dashboard(asOf: "2000-01-01") { asOf } }';

async function healths(app: App): Promise<Map<string, string>> {
  const body = await call<{ actions: { edges: { node: { id: string; health: string } }[] } }>(app, HEALTHS);
  return new Map(body.data!.actions.edges.map(({ node }) => [node.id, node.health]));
}

/** The days the refusal names other than the one asked for. */
async function earliestDayNamed(app: App): Promise<string[]> {
  const body = await call(app, TOO_EARLY);
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return [...body.errors![0]!.message.matchAll(/\d{4}-\d{2}-\d{2}/g)].map(([day]) => day).filter((day) => day !== '2000-01-01');
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server.close());

describe('the strategy dates after a catalogue-only deployment', () => {
  it('are the new ones at once on warm instances, whether they keep the state or not', async () => {
    const keeping = instance();
    const notKeeping = instance();
    const before = await healths(keeping);
    expect(await earliestDayNamed(keeping)).toContain(catalogue.strategy.adopted);
    // An instance that only ever served action(id): it keeps no state.
    const [id] = [...before.keys()];
    await call(notKeeping, ACTION, { id });
    expect(await earliestDayNamed(notKeeping)).toContain(catalogue.strategy.adopted);

    // The catalogue function loads a catalogue whose adoption date was corrected.
    await loadCatalogue(server.store, { ...catalogue, strategy: { ...catalogue.strategy, adopted: EARLIER } });

    const fresh = await healths(instance());
    const changed = [...fresh].filter(([action, health]) => before.get(action) !== health).map(([action]) => action);
    // The correction matters: some actions' health depends on the adoption date.
    expect(changed.length).toBeGreaterThan(0);
    expect(await healths(keeping)).toEqual(fresh);
    expect(await earliestDayNamed(keeping)).toEqual(expect.arrayContaining([EARLIER]));
    expect(await earliestDayNamed(keeping)).not.toContain(catalogue.strategy.adopted);
    for (const app of [keeping, notKeeping]) {
      const read = await call<{ action: { id: string; health: string } }>(app, ACTION, { id: changed[0] });
      expect(read.data?.action.health).toBe(fresh.get(changed[0]!));
    }
    expect(await earliestDayNamed(notKeeping)).toEqual(expect.arrayContaining([EARLIER]));
    expect(await earliestDayNamed(notKeeping)).not.toContain(catalogue.strategy.adopted);
  });
});
