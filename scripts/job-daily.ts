/**
 * `npm run job:daily [-- --as-of YYYY-MM-DD]`: the daily job of the cloud (health snapshot and
 * reminders, through the outbox) against the local data. It uses the DynamoDB Local of a
 * running `npm start` (DATA_DIR/local-stack.json), or starts one on DATA_DIR/dynamodb. Local
 * mode has no mail service: messages are recorded in the outbox, and printed.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_HEALTH_CONFIG } from '../functions/domain/health.js';
import { catalogue } from '../functions/domain/strategy-catalogue.js';
import { createPeopleStore } from '../functions/store/people-store.js';
import { asOfFromEvent, runDailyJob } from '../functions/notify/daily-job.js';
import { createLocalDirectory } from '../functions/notify/directory.js';
import { createHealthSnapshots } from '../functions/notify/health-snapshot.js';
import { createOutboxOnlyMailer } from '../functions/notify/mailer.js';
import { createOutbox } from '../functions/notify/outbox.js';
import { DEFAULT_REMINDER_CONFIG } from '../functions/notify/reminders.js';
import { loadCatalogue } from '../functions/store/catalogue-load.js';
import { createDynamoStore } from '../functions/store/dynamo-store.js';
import { ensureTable } from '../functions/store/table-admin.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal, type DynamoDbLocal } from './local/dynamodb-local.js';
import { localUsers } from './local/users.js';

/** The table `npm start` creates (scripts/local/start.ts). */
const LOCAL_TABLE_NAME = 'strategy-tracker';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface LocalStack {
  dynamoEndpoint: string;
  tableName: string;
}

async function answers(endpoint: string): Promise<boolean> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

/** The running local stack, if `npm start` is up; otherwise a DynamoDB Local of our own on the same data. */
async function connect(dataDir: string): Promise<LocalStack & { started?: DynamoDbLocal }> {
  const stateFile = join(dataDir, 'local-stack.json');
  if (existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as Partial<LocalStack>;
    if (state.dynamoEndpoint && state.tableName && (await answers(state.dynamoEndpoint))) {
      console.log(`Using the running local stack (${state.dynamoEndpoint}, table ${state.tableName}).`);
      return { dynamoEndpoint: state.dynamoEndpoint, tableName: state.tableName };
    }
    console.log(`${stateFile} is left over from a stopped \`npm start\`; starting DynamoDB Local instead.`);
  }
  await mkdir(join(dataDir, 'dynamodb'), { recursive: true });
  const started = await startDynamoDbLocal({ dbPath: join(dataDir, 'dynamodb') });
  console.log(`Started DynamoDB Local on ${join(dataDir, 'dynamodb')}.`);
  return { dynamoEndpoint: started.endpoint, tableName: LOCAL_TABLE_NAME, started };
}

async function main() {
  const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
  const asOf = asOfFromEvent(values['as-of'] ? { asOf: values['as-of'] } : {}, new Date());
  const dataDir = resolve(process.env.DATA_DIR ?? join(root, '.data'));
  const stack = await connect(dataDir);
  try {
    const client = new DynamoDBClient({ endpoint: stack.dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    const store = createDynamoStore({ documentClient, tableName: stack.tableName });
    if (stack.started) {
      // As `npm start` would: a fresh data folder gets its table and the catalogue.
      await ensureTable(client, stack.tableName);
      await loadCatalogue(store, catalogue);
    }
    const strategy = await store.getStrategy(catalogue.strategy.id);
    if (!strategy) throw new Error('The strategy is not loaded: run `npm start` once first.');

    const outbox = createOutbox(documentClient, stack.tableName);
    // The people of the table (issue 12); the seeded users if the server never started on it.
    const peopleStore = createPeopleStore({ documentClient, tableName: stack.tableName });
    const people = await peopleStore.list();
    const active = people.filter((person) => person.status === 'ACTIVE');
    const result = await runDailyJob(
      {
        store,
        strategyId: strategy.id,
        outbox,
        snapshots: createHealthSnapshots(documentClient, stack.tableName),
        directory: createLocalDirectory(people.length > 0 ? active : localUsers(strategy)),
        people: async () => people,
        mailer: createOutboxOnlyMailer(),
        config: { ...DEFAULT_REMINDER_CONFIG, healthConfig: DEFAULT_HEALTH_CONFIG },
        appUrl: `http://localhost:${process.env.PORT ?? 4000}`,
      },
      asOf,
    );

    const { DONE, ON_TRACK, AT_RISK, OVERDUE, STALE } = result.health;
    console.log(`\nHealth as of ${asOf}: ${DONE} done, ${ON_TRACK} on track, ${AT_RISK} at risk, ${OVERDUE} overdue; ${STALE} stale.`);
    const count = (outcome: string) => result.deliveries.filter((delivery) => delivery.outcome === outcome).length;
    console.log(
      `Reminders due: ${result.reminders}; messages recorded now: ${count('sent')}, already in the outbox: ${count('skipped')}, failed: ${count('failed')}.`,
    );

    const days = [...new Set(result.deliveries.map((delivery) => delivery.dueOn))].sort();
    if (days.length === 0) console.log(`\nNo reminder falls due on ${asOf}. Try a day of the strategy's year, e.g. --as-of 2013-12-02.`);
    for (const day of days) {
      const messages = await outbox.listDueOn(day);
      console.log(`\nOutbox for reminders due on ${day} (${messages.length}):`);
      console.table(messages.map((message) => ({ status: message.status, kind: message.kind, to: message.recipientId, subject: message.subject })));
    }
  } finally {
    await stack.started?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
