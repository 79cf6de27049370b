import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../graphql/yoga.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/** Outside local mode the API reveals nothing about its schema that a client did not ask for. */
let server: TestServer;
let cloud: App;

beforeAll(async () => {
  server = await startTestServer();
  cloud = createApp({
    store: server.store,
    strategyId: 'eu-cybersecurity-2013',
    mode: 'cloud',
    logging: false,
    authenticate: async () => ({ id: 'viewer', name: 'Viewer', role: 'VIEWER' }),
  });
});
afterAll(() => server.close());

async function post(query: string) {
  const response = await cloud.fetch('http://api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('cloud mode', () => {
  it('refuses introspection', async () => {
    const result = await post('{ __schema { types { name } } }');
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suggests no field names in its errors', async () => {
    const result = await post('{ strategi { reference } }');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses batched requests', async () => {
    const response = await cloud.fetch('http://api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('still serves ordinary queries', async () => {
    const result = await post('{ me { id role } strategy { reference } }');
    expect(result).toEqual({ data: { me: { id: 'viewer', role: 'VIEWER' }, strategy: { reference: 'JOIN(2013) 1' } } });
  });
});

describe('local mode', () => {
  it('keeps introspection and suggestions for developers', async () => {
    const local = createApp({
      store: server.store,
      strategyId: 'eu-cybersecurity-2013',
      mode: 'local',
      logging: false,
      authenticate: async () => ({ id: 'viewer', name: 'Viewer', role: 'VIEWER' }),
    });
    const response = await local.fetch('http://api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ strategi { reference } }' }),
    });
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Did you mean "strategy"/);
  });
});
