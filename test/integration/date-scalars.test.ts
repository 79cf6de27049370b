import { afterAll, beforeAll, expect, it } from 'vitest';
import { clientFor, type Client } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * A Date or DateTime that is not a string is bad input wherever it is written: a literal object
 * reached the resolvers as an object without a prototype and was answered
 * INTERNAL_SERVER_ERROR (found by the abuse suite).
 */
let server: TestServer;
let admin: Client;

beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date('2013-11-15T10:00:00Z') });
  admin = await clientFor(server, 'coordinator');
});

afterAll(() => server?.close());

const codes = async (query: string, variables?: Record<string, unknown>) => {
  const response = await admin.call(query, variables);
  return { codes: (response.errors ?? []).map((error) => error.extensions?.code), messages: (response.errors ?? []).map((error) => error.message) };
};

it.each([
  ['dashboard(asOf: {})', '{ dashboard(asOf: {}) { asOf } }'],
  ['actions(asOf: {a: 1})', '{ actions(asOf: {a: 1}) { totalCount } }'],
  ['changeSummary(from: {})', '{ changeSummary(from: {}, to: "2013-11-16") { totalCount } }'],
  ['changes(from: [])', '{ changes(from: []) { totalCount } }'],
  ['freezeSnapshot asOf: {}', 'mutation { freezeSnapshot(input: { name: "x", asOf: {} }) { id } }'],
  [
    'updateAction forecastDate: 20140101',
    'mutation { updateAction(input: { actionId: "2.1-01", expectedVersion: 1, forecastDate: 20140101 }) { id } }',
  ],
])('refuses a literal %s as BAD_USER_INPUT', async (_name, query) => {
  const answer = await codes(query);
  expect(answer.codes).toEqual(['BAD_USER_INPUT']);
  expect(answer.messages[0]).toMatch(/Date(Time)? must be a string such as/);
});

it('refuses a variable that is not a string as BAD_USER_INPUT', async () => {
  const answer = await codes('query D($asOf: Date) { dashboard(asOf: $asOf) { asOf } }', { asOf: { year: 2013 } });
  expect(answer.codes).toEqual(['BAD_USER_INPUT']);
  expect(answer.messages[0]).toContain('Date must be a string such as "2013-12-31", not an object.');
});

it('still reads dates written as strings, as literals or variables', async () => {
  expect((await admin.call('{ dashboard(asOf: "2013-06-30") { asOf } }')).data).toEqual({ dashboard: { asOf: '2013-06-30' } });
  expect((await admin.call('query D($asOf: Date) { dashboard(asOf: $asOf) { asOf } }', { asOf: '2013-06-30' })).data).toEqual({
    dashboard: { asOf: '2013-06-30' },
  });
});
