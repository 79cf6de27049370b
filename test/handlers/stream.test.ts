import { DynamoDBClient, QueryCommand, type AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutObjectCommand, S3ServiceException, type PutObjectCommandInput } from '@aws-sdk/client-s3';
import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns';
import type { AttributeValue, Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { auditKey, historyEventFromRecord } from '../../functions/handlers/history-records.js';
import type { StreamHandlerDependencies } from '../../functions/handlers/stream.js';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { lambdaContext } from './events.js';
import { copyCatalogueTemplate } from '../support/catalogue-template.js';

/**
 * The stream consumer on DynamoDB stream records whose images are items the store really
 * wrote to DynamoDB Local, with S3 and SNS doubles that behave like the services: S3 refuses
 * a second `If-None-Match: *` write of a key with 412 Precondition Failed.
 */
type StreamHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;
type CreateStreamHandler = (deps: StreamHandlerDependencies) => StreamHandler;

class S3Double {
  readonly objects = new Map<string, PutObjectCommandInput>();
  readonly puts: PutObjectCommandInput[] = [];
  failOnKey: string | undefined;

  async send(command: unknown) {
    if (!(command instanceof PutObjectCommand)) throw new Error(`unexpected S3 command ${String(command)}`);
    const input = command.input;
    this.puts.push(input);
    if (input.Key === this.failOnKey) {
      throw new S3ServiceException({
        name: 'InternalError',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
        message: 'We encountered an internal error.',
      });
    }
    if (input.IfNoneMatch === '*' && this.objects.has(input.Key ?? '')) {
      throw new S3ServiceException({
        name: 'PreconditionFailed',
        $fault: 'client',
        $metadata: { httpStatusCode: 412 },
        message: 'At least one of the pre-conditions you specified did not hold',
      });
    }
    this.objects.set(input.Key ?? '', input);
    return { $metadata: { httpStatusCode: 200 }, ETag: '"etag"' };
  }
}

class SnsDouble {
  readonly published: PublishCommandInput[] = [];
  async send(command: unknown) {
    if (!(command instanceof PublishCommand)) throw new Error(`unexpected SNS command ${String(command)}`);
    this.published.push(command.input);
    return { MessageId: `m-${this.published.length}`, $metadata: { httpStatusCode: 200 } };
  }
}

const TABLE = `stream-handler-${Date.now()}`;
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:status-changes';
const BUCKET = 'strategy-tracker-test-audit-123456789012-eu-west-1';
const author = { id: '7a2b-owner', role: 'OWNER', name: 'Olaf Owner' };

let createStreamHandler: CreateStreamHandler;
let createObservability: () => StreamHandlerDependencies['observability'];
let statusEvent: Record<string, SdkAttributeValue>;
let noteEvent: Record<string, SdkAttributeValue>;
let actionItem: Record<string, SdkAttributeValue>;
let sequence = 100;

function record(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', image: Record<string, SdkAttributeValue>): DynamoDBRecord {
  sequence += 1;
  const asStream = image as unknown as Record<string, AttributeValue>;
  return {
    eventID: `c4ca4238a0b923820dcc509a6f75849b-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    dynamodb: {
      ApproximateCreationDateTime: 1391731200,
      Keys: { PK: asStream.PK as AttributeValue, SK: asStream.SK as AttributeValue },
      NewImage: asStream,
      SequenceNumber: `${sequence}000000000000000000001`,
      SizeBytes: 512,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: `arn:aws:dynamodb:eu-west-1:123456789012:table/${TABLE}/stream/2014-02-07T00:00:00.000`,
  };
}

beforeAll(async () => {
  Object.assign(process.env, {
    AUDIT_BUCKET_NAME: BUCKET,
    STATUS_TOPIC_ARN: TOPIC,
    AWS_REGION: 'eu-west-1',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  ({ createStreamHandler } = (await import('../../functions/handlers/stream.js')) as { createStreamHandler: CreateStreamHandler });
  ({ createObservability } = await import('../../functions/handlers/observability.js'));

  const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  // The catalogue as its load writes it, copied from the run's one load (test/support/catalogue-template.ts).
  await copyCatalogueTemplate(inject('dynamoEndpoint'), inject('catalogueTemplate'), TABLE);
  const store = createDynamoStore({ documentClient: DynamoDBDocumentClient.from(client), tableName: TABLE });
  const at = '2013-06-01T09:00:00.000Z';
  await store.saveActionChange({
    strategyId: catalogue.strategy.id,
    actionId: '2.1-03',
    expectedVersion: 1,
    patch: { status: 'IN_PROGRESS', progress: 10 },
    event: {
      type: 'ACTION_UPDATED',
      at,
      actionId: '2.1-03',
      author,
      before: { status: 'NOT_STARTED', progress: 0 },
      after: { status: 'IN_PROGRESS', progress: 10 },
    },
  });
  await store.saveActionChange({
    strategyId: catalogue.strategy.id,
    actionId: '2.1-03',
    expectedVersion: 2,
    patch: { note: 'Work programme agreed.' },
    event: {
      type: 'ACTION_UPDATED',
      at: '2013-06-02T09:00:00.000Z',
      actionId: '2.1-03',
      author,
      before: { note: null },
      after: { note: 'Work programme agreed.' },
    },
  });
  // The raw items, exactly as a NEW_AND_OLD_IMAGES stream record carries them.
  const events = await client.send(
    new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': { S: 'ACTION#2.1-03' } } }),
  );
  [statusEvent, noteEvent] = (events.Items ?? []).filter((item) => item._et?.S === 'HistoryEvent') as [typeof statusEvent, typeof noteEvent];
  const actions = await client.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: 'PK = :pk AND SK = :sk',
      ExpressionAttributeValues: { ':pk': { S: `STRATEGY#${catalogue.strategy.id}` }, ':sk': { S: 'ACTION#2.1-03' } },
    }),
  );
  actionItem = actions.Items?.[0] as typeof actionItem;
});

describe('the stream consumer', () => {
  let s3: S3Double;
  let sns: SnsDouble;
  let handler: StreamHandler;
  const run = (...records: DynamoDBRecord[]) => handler({ Records: records }, lambdaContext('strategy-tracker-stream'));

  beforeEach(() => {
    s3 = new S3Double();
    sns = new SnsDouble();
    handler = createStreamHandler({ s3, sns, auditBucketName: BUCKET, statusTopicArn: TOPIC, observability: createObservability() });
  });

  it('writes one write-once audit copy per history event, under a key made of its subject and id', async () => {
    expect(await run(record('INSERT', statusEvent))).toEqual({ batchItemFailures: [] });
    const eventId = statusEvent.id?.S;
    expect(s3.puts).toHaveLength(1);
    expect(s3.puts[0]).toMatchObject({
      Bucket: BUCKET,
      Key: `history/eu-cybersecurity-2013/action/2.1-03/${eventId}.json`,
      IfNoneMatch: '*',
      ChecksumAlgorithm: 'SHA256',
      ContentType: 'application/json',
    });
    const copy = JSON.parse(String(s3.puts[0]?.Body));
    expect(copy).toMatchObject({
      format: 'strategy-tracker/history-event@1',
      strategyId: 'eu-cybersecurity-2013',
      subject: 'ACTION#2.1-03',
      actionId: '2.1-03',
      event: {
        id: eventId,
        type: 'ACTION_UPDATED',
        at: '2013-06-01T09:00:00.000Z',
        actor: author,
        before: { status: 'NOT_STARTED', progress: 0 },
        after: { status: 'IN_PROGRESS', progress: 10 },
      },
      item: statusEvent,
    });
  });

  it('publishes a status change with the event id for subscribers to de-duplicate', async () => {
    await run(record('INSERT', statusEvent));
    expect(sns.published).toHaveLength(1);
    const [message] = sns.published;
    expect(message?.TopicArn).toBe(TOPIC);
    expect(JSON.parse(message?.Message ?? '')).toMatchObject({
      kind: 'ACTION',
      actionId: '2.1-03',
      from: 'NOT_STARTED',
      to: 'IN_PROGRESS',
      eventId: statusEvent.id?.S,
      actor: author,
    });
    expect(message?.MessageAttributes).toMatchObject({
      eventId: { DataType: 'String', StringValue: statusEvent.id?.S },
      status: { DataType: 'String', StringValue: 'IN_PROGRESS' },
      kind: { DataType: 'String', StringValue: 'ACTION' },
    });
  });

  it('writes each copy once when the batch is delivered again', async () => {
    const batch = [record('INSERT', statusEvent), record('INSERT', noteEvent)];
    await run(...batch);
    expect(await run(...batch)).toEqual({ batchItemFailures: [] });
    expect(s3.puts).toHaveLength(4);
    expect(s3.objects.size).toBe(2);
    expect([...s3.objects.values()].map((object) => JSON.parse(String(object.Body)).event.id).sort()).toEqual(
      [statusEvent.id?.S, noteEvent.id?.S].sort(),
    );
  });

  it('copies an event that changes no status without publishing anything', async () => {
    await run(record('INSERT', noteEvent));
    expect(s3.objects.size).toBe(1);
    expect(sns.published).toEqual([]);
  });

  it('ignores records that are not history-event inserts', async () => {
    await run(record('MODIFY', actionItem), record('INSERT', actionItem), record('REMOVE', statusEvent));
    expect(s3.puts).toEqual([]);
    expect(sns.published).toEqual([]);
  });

  it('reports the first record that failed and stops there, so Lambda retries from it in order', async () => {
    const first = record('INSERT', statusEvent);
    const second = record('INSERT', noteEvent);
    const third = record('INSERT', { ...statusEvent, id: { S: 'later-event' } });
    const copy = historyEventFromRecord(second);
    s3.failOnKey = copy && auditKey(copy);
    expect(await run(first, second, third)).toEqual({ batchItemFailures: [{ itemIdentifier: second.dynamodb?.SequenceNumber }] });
    expect(s3.puts.map((put) => put.Key)).toEqual([expect.stringContaining(String(statusEvent.id?.S)), s3.failOnKey]);
  });
});
