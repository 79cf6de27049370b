import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { ABUSE_NOW, DEFAULT_SEED } from '../support/abuse/clock.js';
import { combinationCount } from '../support/abuse/cases.js';
import { formatReport, runAbuse } from '../support/abuse/runner.js';
import { tableReader, type TableReader } from '../support/abuse/table.js';
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
    const report = await runAbuse({ url: server.url, table }, { seed: SEED, runs: RUNS });
    const summary = formatReport(report);
    console.log(summary);
    expect(report.cases).toBe(RUNS);
    expect(report.failures, summary).toEqual([]);
  },
  // A hang guard only: the run takes well under a minute.
  600_000,
);
