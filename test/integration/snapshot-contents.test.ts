import { afterAll, beforeAll, expect, it } from 'vitest';
import { clientFor, type Client } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * One request opens the contents of at most two snapshots: listing a hundred snapshots with
 * their actions read a hundred large items and answered several megabytes (found by the abuse
 * suite). Headers are listed freely; contents are read by id.
 */
let server: TestServer;
let admin: Client;
const ids: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date('2013-11-15T10:00:00Z') });
  admin = await clientFor(server, 'coordinator');
  for (const name of ['First', 'Second', 'Third']) {
    const response = await admin.call<{ freezeSnapshot: { id: string } }>(
      'mutation F($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { id } }',
      {
        input: { name },
      },
    );
    ids.push(response.data!.freezeSnapshot.id);
  }
});

afterAll(() => server?.close());

it('refuses to open the contents of a third snapshot in one request', async () => {
  const response = await admin.call('{ snapshots(first: 10) { edges { node { id actions { id status } } } } }');
  expect(response.data).toBeNull();
  expect(new Set(response.errors?.map((error) => [error.extensions?.code, error.message].join(': ')))).toEqual(
    new Set(['BAD_USER_INPUT: One request may open the contents of at most 2 snapshots: list their headers, then ask for each snapshot by id.']),
  );
});

it('lists every header, and opens two snapshots side by side', async () => {
  const list = await admin.call<{ snapshots: { edges: unknown[] } }>(
    '{ snapshots(first: 10) { edges { node { id name asOf totals { actions } } } } }',
  );
  expect(list.data?.snapshots.edges).toHaveLength(3);
  const pair = await admin.call<Record<string, { actions: unknown[] }>>(
    'query P($a: ID!, $b: ID!) { a: snapshot(id: $a) { actions { id } dashboard { asOf } } b: snapshot(id: $b) { actions { id } reports { country } } }',
    { a: ids[0], b: ids[1] },
  );
  expect(pair.errors).toBeUndefined();
  expect(pair.data?.a?.actions.length).toBeGreaterThan(0);
  expect(pair.data?.b?.actions.length).toBe(pair.data?.a?.actions.length);
});
