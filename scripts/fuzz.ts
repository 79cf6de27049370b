import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from './local/dynamodb-local.js';
import { startLocalServer } from './local/server.js';
import { ABUSE_NOW } from '../test/support/abuse/clock.js';
import { combinationCount } from '../test/support/abuse/cases.js';
import { formatReport, READ_ONLY_COMMAND, runAbuse } from '../test/support/abuse/runner.js';
import { tableReader } from '../test/support/abuse/table.js';

/**
 * `npm run fuzz`: the abuse suite of `npm test` (test/integration/abuse.test.ts), for longer and
 * with a new seed each time, on its own DynamoDB Local (in memory) and local server, loopback
 * only. `--runs N` (default 20,000), `--seed S` to replay a run, `--only I` for one case of it.
 * Exits 1 when any case fails, after printing each failing class with a case to reproduce it.
 */
const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' }, only: { type: 'string' } } });
const runs = Number(values.runs ?? 20_000);
const seed = values.seed !== undefined ? Number(values.seed) : randomInt(2 ** 31 - 1);
const only = values.only !== undefined ? Number(values.only) : undefined;
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || (only !== undefined && !Number.isInteger(only))) {
  console.error('Usage: npm run fuzz -- [--runs N] [--seed S] [--only CASE]');
  process.exit(2);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

console.log(`Fuzzing with seed ${seed}: ${runs} cases over ${combinationCount()} (argument or selection, role) pairs…`);
const dynamo = await startDynamoDbLocal({ inMemory: true });
const dataDir = await mkdtemp(join(tmpdir(), 'strategy-tracker-fuzz-'));
const tableName = `fuzz-${randomUUID()}`;
// The commands that may write, counted as the server sends them: a check of refused writes
// reads the table only when one was sent since its last image (runner.ts, `writesSent`).
let writes = 0;
const server = await startLocalServer({
  dynamoEndpoint: dynamo.endpoint,
  tableName,
  dataDir,
  port: 0,
  quiet: true,
  clock: () => ABUSE_NOW,
  instrumentClient: (client) =>
    client.middlewareStack.add(
      (next, context) => (args) => {
        if (!READ_ONLY_COMMAND.test(String(context.commandName))) writes += 1;
        return next(args);
      },
      { step: 'initialize', name: 'fuzzWrites' },
    ),
});
const table = tableReader({ endpoint: dynamo.endpoint, tableName, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
let failed = true;
try {
  const report = await runAbuse(
    { url: server.url, table, writesSent: () => writes },
    {
      seed,
      runs,
      only,
      onProgress: (done, failures) => {
        if (done % 1000 === 0) console.log(`  ${done} cases, ${failures} failures`);
      },
    },
  );
  console.log(formatReport(report));
  failed = report.failures.length > 0;
} finally {
  table.close();
  await server.close();
  await dynamo.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
