import { randomUUID } from 'node:crypto';
import { BatchWriteItemCommand, DeleteTableCommand, DynamoDBClient, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { loadCatalogue } from '../../functions/store/catalogue-load.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import { ensureTable } from '../../functions/store/table-admin.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';

/**
 * The strategy catalogue, loaded once per test run and copied into each test server's table.
 *
 * Loading the catalogue into an empty table is one transaction per action (49, one after the
 * other, each bumping a revision shard): about 0.6 s of every test server's start, and some
 * forty servers start in a run. What that load writes does not depend on the clock (no history
 * event is written for a created action, and the entities keep no timestamps), so the run loads
 * it once, through the production path (`loadCatalogue`), into a template table, and each test
 * table starts as a copy of it, written in batches of 25. The server's own start then runs the
 * same `loadCatalogue` on the copied table and finds every action unchanged, as a redeployment
 * with the same catalogue does. The load into an empty table stays tested where it is the
 * subject: test/integration/catalogue-load.test.ts, and servers started with
 * `{ catalogue: 'load' }`.
 */
function clientFor(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
}

/** Loads the strategy catalogue into a new table, through the production load; returns the table's name. */
export async function prepareCatalogueTemplate(endpoint: string): Promise<string> {
  const tableName = `catalogue-template-${randomUUID()}`;
  const client = clientFor(endpoint);
  try {
    await ensureTable(client, tableName);
    const documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    await loadCatalogue(createDynamoStore({ documentClient, tableName }), catalogue);
    return tableName;
  } finally {
    client.destroy();
  }
}

/**
 * Creates `tableName` holding a copy of every item of the template (a Scan of the template,
 * sent by the tests' own client: the servers' probe, which fails a file whose requests scan,
 * never sees it).
 */
export async function copyCatalogueTemplate(endpoint: string, template: string, tableName: string): Promise<void> {
  const client = clientFor(endpoint);
  try {
    await ensureTable(client, tableName);
    const items: Record<string, AttributeValue>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: template, ConsistentRead: true, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    if (items.length === 0) throw new Error(`The catalogue template ${template} is empty.`);
    const batches = [];
    for (let index = 0; index < items.length; index += 25) batches.push(items.slice(index, index + 25));
    await Promise.all(
      batches.map(async (batch) => {
        let pending: Record<string, { PutRequest: { Item: Record<string, AttributeValue> } }[]> | undefined = {
          [tableName]: batch.map((Item) => ({ PutRequest: { Item } })),
        };
        for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt += 1) {
          if (attempt > 5) throw new Error('Could not copy the catalogue template: DynamoDB kept items unprocessed.');
          const result = await client.send(new BatchWriteItemCommand({ RequestItems: pending }));
          pending = result.UnprocessedItems as typeof pending;
        }
      }),
    );
  } finally {
    client.destroy();
  }
}

/**
 * Deletes a test file's table when the file is done with it. DynamoDB Local keeps every table of
 * the run in one in-memory database, and its requests slow down as tables accumulate: the demo
 * year's 548 calls took 11.7 s beside one table, 14.7 s beside 150 and 16.7 s beside 400, and a
 * run makes some 200.
 */
export async function dropTable(endpoint: string, tableName: string): Promise<void> {
  const client = clientFor(endpoint);
  try {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } finally {
    client.destroy();
  }
}
