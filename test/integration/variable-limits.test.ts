import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, signIn, type TestServer } from '../support/local-server.js';

/**
 * An input object of many made-up fields is refused in one short error, before GraphQL
 * coerces it: GraphQL's own errors (one per unknown field, each printing the whole object)
 * turned a 150 kB request into a 6 MB answer after a second of CPU (found by the abuse suite).
 */
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date('2013-11-15T10:00:00Z') });
  token = await signIn(server, 'viewer');
});

afterAll(() => server?.close());

async function post(variables: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query Filter($filter: ActionFilter) { actions(filter: $filter) { totalCount } }', variables }),
  });
  const text = await response.text();
  return {
    bytes: Buffer.byteLength(text),
    body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
  };
}

it('refuses an input object of 10,000 made-up fields in one short BAD_USER_INPUT', async () => {
  const filter = Object.fromEntries(Array.from({ length: 10_000 }, (_value, index) => [`k${index}`, index]));
  const { bytes, body } = await post({ filter });
  expect(body.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
  expect(body.errors?.[0]?.message).toBe('An object in the variables has 10000 fields; at most 50 are accepted.');
  expect(bytes).toBeLessThan(1000);
});

it('still answers the usual input objects, and reports a few unknown fields as GraphQL does', async () => {
  expect((await post({ filter: { section: '2.1', text: 'ENISA' } })).body.data).toEqual({ actions: { totalCount: expect.any(Number) } });
  const { body } = await post({ filter: { section: '2.1', made: 1, up: 2 } });
  expect(body.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
});
