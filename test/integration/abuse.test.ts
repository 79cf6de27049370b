import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { ABUSE_NOW, DEFAULT_SEED } from '../support/abuse/clock.js';
import { combinationCount, generateCases, ROLES } from '../support/abuse/cases.js';
import { rootFields } from '../support/abuse/schema-sites.js';
import { formatReport, READ_ONLY_COMMAND, runAbuse } from '../support/abuse/runner.js';
import { tableChanges, tableReader, type TableReader } from '../support/abuse/table.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * The abuse suite, bounded: every argument of every query and mutation (and of their nested
 * fields and input objects), as every role and anonymously, with wrong types, extremes,
 * empties, huge and unicode-edge strings, injections, far dates and abusive selections
 * (test/support/abuse). Each answer is a contract error code or data, never
 * INTERNAL_SERVER_ERROR, within 1 s and 1 MB; a refused write leaves the table as it was.
 * `npm run fuzz` runs the same cases for longer. ABUSE_SEED and ABUSE_RUNS override the run.
 */
const SEED = Number(process.env.ABUSE_SEED ?? DEFAULT_SEED);
const RUNS = Number(process.env.ABUSE_RUNS ?? 3000);

let server: TestServer;
let table: TableReader;

let counted = 0;
let writes = 0;
/** How many commands that may write the server has sent to its table so far (its client's probe). */
function writesSent(): number {
  for (; counted < server.probe.sent.length; counted += 1) if (!READ_ONLY_COMMAND.test(server.probe.sent[counted]!.name)) writes += 1;
  return writes;
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => ABUSE_NOW });
  const tableName = server.probe.sent.map((command) => command.input['TableName']).find((name) => typeof name === 'string') as string;
  table = tableReader({ endpoint: inject('dynamoEndpoint'), tableName, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
});

afterAll(async () => {
  table?.close();
  await server?.close();
});

it(
  'answers every abusive argument and selection, as every role, with a contract error or data; refused writes change nothing',
  async () => {
    expect(RUNS).toBeGreaterThanOrEqual(combinationCount());
    const report = await runAbuse({ url: server.url, table, writesSent }, { seed: SEED, runs: RUNS });
    const summary = formatReport(report);
    console.log(summary);
    expect(report.cases).toBe(RUNS);
    expect(report.failures, summary).toEqual([]);
  },
  // A hang guard only: the run takes well under a minute.
  600_000,
);

it('aims at every argument of every query and mutation, and every field of their inputs, as every role', () => {
  const cases = generateCases(SEED, RUNS);
  const aimed = new Set(cases.map((testCase) => `${testCase.role} ${testCase.target.site?.id ?? testCase.target.rootField}`));
  for (const root of rootFields()) {
    const label = `${root.operation === 'query' ? 'Query' : 'Mutation'}.${root.name}`;
    for (const role of ROLES) {
      expect(aimed, `${role} ${root.name}`).toContain(`${role} ${root.name}`);
      for (const arg of root.field.args) expect(aimed, `${role} ${label}(${arg.name})`).toContain(`${role} ${label}(${arg.name})`);
    }
  }
  expect(aimed).toContain('contact Mutation.updateAction(input).note');
  expect(aimed).toContain('viewer Query.action>history(after)');
});

it('tells a table that changed from one that did not, and lets DynamoDB expire an item', () => {
  const before = new Map([
    ['A | 1', { hash: 'x' }],
    ['B | 1', { hash: 'y' }],
    ['C | 1', { hash: 'z', expiresAt: 100 }],
  ]);
  expect(tableChanges(before, new Map(before), 200)).toEqual([]);
  expect(
    tableChanges(
      before,
      new Map([
        ['A | 1', { hash: 'x' }],
        ['B | 1', { hash: 'y' }],
      ]),
      200,
    ),
  ).toEqual([]);
  expect(
    tableChanges(
      before,
      new Map([
        ['A | 1', { hash: 'x2' }],
        ['C | 1', { hash: 'z', expiresAt: 100 }],
        ['D | 1', { hash: 'w' }],
      ]),
      50,
    ),
  ).toEqual(['changed A | 1', 'added D | 1', 'removed B | 1']);
});
