import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';

/**
 * A cursor of `changes` used with another period never widens it and never fails: past the
 * period's end the page is empty (DynamoDB refused the reversed range: INTERNAL_SERVER_ERROR,
 * found by the abuse suite), before its start the page starts at the start.
 */
let server: TestServer;
let admin: Client;
let now = new Date('2013-03-01T09:00:00Z');

const CHANGES = `query Changes($from: DateTime!, $to: DateTime, $after: String) {
  changes(from: $from, to: $to, after: $after, first: 100) { edges { cursor node { at } } totalCount } }`;
type Changes = { changes: { edges: { cursor: string; node: { at: string } }[]; totalCount: number } };

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  admin = await clientFor(server, 'coordinator');
  for (const [at, progress] of [
    ['2013-03-01T09:00:00Z', 10],
    ['2013-04-01T09:00:00Z', 20],
    ['2013-06-01T09:00:00Z', 30],
    ['2013-09-01T09:00:00Z', 40],
  ] as const) {
    now = new Date(at);
    const { version } = await readAction(admin, '2.1-01');
    const response = await admin.call(UPDATE_ACTION, { input: { actionId: '2.1-01', expectedVersion: version, progress, status: 'IN_PROGRESS' } });
    expect(response.errors).toBeUndefined();
  }
  now = new Date('2013-11-15T10:00:00Z');
});

afterAll(() => server?.close());

async function changes(variables: Record<string, unknown>) {
  const response = await admin.call<Changes>(CHANGES, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.changes.edges.map((edge) => edge.node.at);
}

async function cursorAt(at: string) {
  const response = await admin.call<Changes>(CHANGES, { from: '2013-02-07T00:00:00Z' });
  return response.data!.changes.edges.find((edge) => edge.node.at.startsWith(at))!.cursor;
}

it('answers an empty page for a cursor past the end of the period', async () => {
  expect(await changes({ from: '2013-02-07T00:00:00Z', to: '2013-07-01T00:00:00Z', after: await cursorAt('2013-09-01') })).toEqual([]);
});

it('starts at the period for a cursor before it, never earlier', async () => {
  const at = await changes({ from: '2013-05-01T00:00:00Z', to: '2013-10-01T00:00:00Z', after: await cursorAt('2013-03-01') });
  expect(at.map((instant) => instant.slice(0, 10))).toEqual(['2013-06-01', '2013-09-01']);
});

it('still pages within the period', async () => {
  const at = await changes({ from: '2013-02-07T00:00:00Z', to: '2013-10-01T00:00:00Z', after: await cursorAt('2013-04-01') });
  expect(at.map((instant) => instant.slice(0, 10))).toEqual(['2013-06-01', '2013-09-01']);
});
