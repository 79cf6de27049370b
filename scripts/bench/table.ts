import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { createTableInput } from '../../functions/store/table-admin.js';
import { tableDefinition } from '../../functions/store/table-definition.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local/dynamodb-local.js';

/**
 * The large set's table, created before the server starts (the server's ensureTable then finds
 * it): the same CreateTable input as ensureTable's (keys, GSI1, TTL) but with the stream off
 * while the bulk data is written, since DynamoDB Local records every write in the stream
 * synchronously (it cost about 40% of the seeding throughput here). `enableStream` then turns the stream on
 * as the shared definition has it, before anything is measured.
 */
export async function createTableForSeeding(endpoint: string, tableName: string): Promise<{ enableStream(): Promise<void> }> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const { StreamSpecification, ...withoutStream } = createTableInput(tableName);
  try {
    await client.send(new CreateTableCommand(withoutStream));
    await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { Enabled: true, AttributeName: tableDefinition.timeToLiveAttribute },
      }),
    );
  } catch (error) {
    client.destroy();
    throw error;
  }
  return {
    async enableStream() {
      try {
        await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification }));
        await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: tableName });
        const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
        const stream = Table?.StreamSpecification;
        if (!stream?.StreamEnabled || stream.StreamViewType !== StreamSpecification?.StreamViewType) {
          throw new Error(`the table's stream is not as the shared definition has it: ${JSON.stringify(stream)}`);
        }
      } finally {
        client.destroy();
      }
    },
  };
}
