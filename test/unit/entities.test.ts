import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, type ServiceInputTypes } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand, PutItemCommand } from 'dynamodb-toolbox';
import { describe, expect, it } from 'vitest';
import { attributes, entitiesFor, entityOf, FEED_INDEX, itemKey, keys, mutationRecordWrite, recordOf } from '../../functions/store/entities.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import { tableDefinition } from '../../functions/store/table-definition.js';

/**
 * The table's item layout, read from the commands the entities build (`.params()`, as
 * dynamodb-toolbox's own tests do): no DynamoDB, no I/O. docs/DATA_MODEL.md describes the
 * same keys; a change here is a change of the stored layout and needs a migration.
 */
const client = () =>
  DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }));

const documentClient = client();
const entities = entitiesFor(documentClient, 'table');
const {
  StrategyEntity,
  ActionEntity,
  ReportEntity,
  RoundEntity,
  MutationEntity,
  HistoryEventEntity,
  SnapshotHeaderEntity,
  SnapshotPartEntity,
  PersonEntity,
  EmailClaimEntity,
  PersonEventEntity,
  HealthSnapshotEntity,
  OutboxEntity,
  PreviewEntity,
} = entities;

const report = {
  strategyId: 'eu-2013',
  actionId: '2.1-03',
  country: 'FR',
  roundId: 'round-1',
  status: 'IN_PROGRESS',
  evidenceUrls: [],
  version: 1,
  reportedAt: '2014-03-01T10:00:00.000Z',
  reportedBy: 'Anne Martin',
  reportedById: 'contact-fr',
  review: { state: 'PENDING' },
};

const event = {
  subject: 'ACTION#2.1-03',
  eventKey: '2014-03-01T10:00:00.000Z#e1',
  strategyId: 'eu-2013',
  actionId: '2.1-03',
  id: 'e1',
  at: '2014-03-01T10:00:00.000Z',
  type: 'ACTION_UPDATED',
  actorId: 'owner',
  actorRole: 'OWNER',
  actorName: 'Owner',
};

const catalogueAction = {
  strategyId: 'eu-2013',
  id: '2.1-03',
  ref: '2.1-03',
  section: '2.1',
  text: 'Text.',
  owners: ['ENISA'],
  partners: [],
  baselineDeadline: '2015-12-31',
  deadlineSource: 'PHRASE',
  recurring: false,
  memberStateReporting: true,
  kind: 'BULLET',
} as const;

/** An action's item as the entity writes it. */
const storedAction = (tracking: { progress?: number } = {}): Record<string, unknown> =>
  ActionEntity.build(PutItemCommand)
    .item({ ...catalogueAction, owners: [...catalogueAction.owners], partners: [], ...tracking })
    .params().Item ?? {};

describe('the table names', () => {
  it('are those of the table definition the CDK stack and local mode create', () => {
    expect(attributes).toMatchObject({
      partitionKey: tableDefinition.partitionKey.name,
      sortKey: tableDefinition.sortKey.name,
      indexPartitionKey: tableDefinition.globalSecondaryIndexes[0].partitionKey.name,
      indexSortKey: tableDefinition.globalSecondaryIndexes[0].sortKey.name,
      expiresAt: tableDefinition.timeToLiveAttribute,
    });
    expect(FEED_INDEX).toBe(tableDefinition.globalSecondaryIndexes[0].indexName);
    expect(itemKey('STRATEGY#eu-2013', 'ACTION#2.1-03')).toEqual({ PK: 'STRATEGY#eu-2013', SK: 'ACTION#2.1-03' });
  });

  it('strip from a stored item exactly what the table adds to it', () => {
    const stored = storedAction();
    expect(entityOf(stored)).toBe('Action');
    const record = recordOf<Record<string, unknown>>(stored);
    expect(record).toEqual({
      strategyId: 'eu-2013',
      id: '2.1-03',
      ref: '2.1-03',
      section: '2.1',
      text: 'Text.',
      owners: ['ENISA'],
      partners: [],
      baselineDeadline: '2015-12-31',
      deadlineSource: 'PHRASE',
      recurring: false,
      memberStateReporting: true,
      kind: 'BULLET',
      status: 'NOT_STARTED',
      progress: 0,
      evidenceUrls: [],
      version: 1,
    });
  });

  it('are built once per client and table, and shared', () => {
    expect(entitiesFor(documentClient, 'table')).toBe(entities);
    expect(entitiesFor(documentClient, 'other')).not.toBe(entities);
    expect(entitiesFor(client(), 'table')).not.toBe(entities);
  });
});

describe('the primary keys', () => {
  it.each([
    ['strategy', () => StrategyEntity.build(GetItemCommand).key({ id: 'eu-2013' }), 'STRATEGY#eu-2013', 'STRATEGY'],
    ['action', () => ActionEntity.build(GetItemCommand).key({ strategyId: 'eu-2013', id: '2.1-03' }), 'STRATEGY#eu-2013', 'ACTION#2.1-03'],
    [
      'report',
      () => ReportEntity.build(GetItemCommand).key({ strategyId: 'eu-2013', actionId: '2.1-03', country: 'FR' }),
      'STRATEGY#eu-2013',
      'REPORT#2.1-03#FR',
    ],
    ['round', () => RoundEntity.build(GetItemCommand).key({ strategyId: 'eu-2013', id: 'round-1' }), 'STRATEGY#eu-2013', 'ROUND#round-1'],
    ['client mutation', () => MutationEntity.build(GetItemCommand).key({ key: 'owner#m-1' }), 'MUTATION#owner#m-1', 'MUTATION'],
    [
      'history event',
      () => HistoryEventEntity.build(GetItemCommand).key({ subject: 'ACTION#2.1-03', eventKey: 'at#e1' }),
      'ACTION#2.1-03',
      'EVENT#at#e1',
    ],
    [
      'snapshot header',
      () => SnapshotHeaderEntity.build(GetItemCommand).key({ strategyId: 'eu-2013', id: 'snap-1' }),
      'STRATEGY#eu-2013#SNAPSHOTS',
      'SNAPSHOT#snap-1',
    ],
    [
      'snapshot part',
      () => SnapshotPartEntity.build(GetItemCommand).key({ strategyId: 'eu-2013', snapshotId: 'snap-1', index: 7 }),
      'SNAPSHOT#eu-2013#snap-1',
      'PART#007',
    ],
    ['person', () => PersonEntity.build(GetItemCommand).key({ id: 'p-1' }), 'PEOPLE', 'PERSON#p-1'],
    [
      'e-mail claim',
      () => EmailClaimEntity.build(GetItemCommand).key({ email: ' Anne.Martin@Example.EU ' }),
      'EMAIL#anne.martin@example.eu',
      'EMAIL',
    ],
    ['person event', () => PersonEventEntity.build(GetItemCommand).key({ personId: 'p-1', eventKey: 'at#e1' }), 'PERSON#p-1', 'EVENT#at#e1'],
    [
      'health snapshot',
      () => HealthSnapshotEntity.build(GetItemCommand).key({ strategyId: 'eu-2013', asOf: '2014-03-01' }),
      'STRATEGY#eu-2013#HEALTH',
      '2014-03-01',
    ],
    [
      'outbox message',
      () => OutboxEntity.build(GetItemCommand).key({ dueOn: '2014-03-01', messageKey: 'REMINDER#p-1#2.1-03' }),
      'OUTBOX#2014-03-01',
      'REMINDER#p-1#2.1-03',
    ],
    ['import preview', () => PreviewEntity.build(GetItemCommand).key({ previewId: 'abc' }), 'IMPORT#abc', 'PREVIEW'],
  ])('%s', (_name, command, PK, SK) => {
    expect(command().params()).toEqual({ TableName: 'table', Key: { PK, SK } });
  });

  it('the key helpers name the same keys the entities write', () => {
    expect(itemKey(keys.strategy('eu-2013'), keys.actionSort('2.1-03'))).toEqual(
      ActionEntity.build(GetItemCommand).key({ strategyId: 'eu-2013', id: '2.1-03' }).params().Key,
    );
    expect(itemKey(keys.strategy('eu-2013'), keys.strategySort)).toEqual(StrategyEntity.build(GetItemCommand).key({ id: 'eu-2013' }).params().Key);
    expect(itemKey(keys.strategy('eu-2013'), keys.reportSort('2.1-03', 'FR'))).toEqual(
      ReportEntity.build(GetItemCommand).key({ strategyId: 'eu-2013', actionId: '2.1-03', country: 'FR' }).params().Key,
    );
    expect(keys.actionSort('2.1-03').startsWith(keys.actionPrefix)).toBe(true);
    expect(keys.eventSort('at#e1').startsWith(keys.eventPrefix)).toBe(true);
  });
});

describe('the index keys (GSI1)', () => {
  it("a member-state report is listed under its country, by action, with its entity's name", () => {
    const { Item } = ReportEntity.build(PutItemCommand).item(report).params();
    expect(Item).toMatchObject({
      PK: 'STRATEGY#eu-2013',
      SK: 'REPORT#2.1-03#FR',
      GSI1PK: 'STRATEGY#eu-2013#COUNTRY#FR',
      GSI1SK: 'REPORT#2.1-03',
      _et: 'MemberStateReport',
    });
  });

  it('a history event is in the change feed at the instant it was recorded', () => {
    const { Item } = HistoryEventEntity.build(PutItemCommand).item(event).params();
    expect(Item).toMatchObject({
      PK: 'ACTION#2.1-03',
      SK: 'EVENT#2014-03-01T10:00:00.000Z#e1',
      GSI1PK: keys.strategyEvents('eu-2013'),
      GSI1SK: '2014-03-01T10:00:00.000Z#e1',
      _et: 'HistoryEvent',
    });
    expect(keys.strategyEvents('eu-2013')).toBe('STRATEGY#eu-2013#EVENTS');
  });

  it('a late record is in the change feed at the end of the day it took effect', () => {
    const { Item } = HistoryEventEntity.build(PutItemCommand)
      .item({ ...event, effectiveOn: '2014-02-20', late: true })
      .params();
    expect(Item).toMatchObject({ GSI1PK: 'STRATEGY#eu-2013#EVENTS', GSI1SK: '2014-02-20T23:59:59.999Z#e1' });
  });

  it('nothing else is in the index', () => {
    expect(Object.keys(ReportEntity.schema.attributes)).toEqual(expect.arrayContaining(['GSI1PK', 'GSI1SK']));
    for (const entity of [StrategyEntity, ActionEntity, RoundEntity, MutationEntity, PersonEventEntity]) {
      const names = Object.keys(entity.schema.attributes);
      expect([entity.entityName, names]).toEqual([entity.entityName, expect.not.arrayContaining(['GSI1PK'])]);
    }
  });
});

describe('the conditions', () => {
  it('the client mutation record is refused if its key was used, and expires 7 days after the write', () => {
    const now = new Date('2014-03-01T10:00:00.000Z');
    const params = mutationRecordWrite(MutationEntity, { key: 'owner#m-1', mutation: 'updateAction', result: { id: '2.1-03' } }, now).params();
    expect(params.Put).toEqual({
      TableName: 'table',
      Item: {
        PK: 'MUTATION#owner#m-1',
        SK: 'MUTATION',
        _et: 'ClientMutation',
        key: 'owner#m-1',
        mutation: 'updateAction',
        result: { id: '2.1-03' },
        expiresAt: now.getTime() / 1000 + 7 * 86_400,
      },
      ConditionExpression: 'attribute_not_exists(#c_1)',
      ExpressionAttributeNames: { '#c_1': 'key' },
    });
  });
});

/** A document client that answers every command with nothing and keeps what it was sent. */
function recordingClient() {
  const sent: { name: string; input: ServiceInputTypes }[] = [];
  const recording = client();
  recording.send = ((command: { constructor: { name: string }; input: ServiceInputTypes }) => {
    sent.push({ name: command.constructor.name, input: command.input });
    return Promise.resolve({});
  }) as never;
  return { recording, sent };
}

type TransactItem = { Put?: Record<string, unknown>; Update?: Record<string, unknown> & { Key: Record<string, unknown> } };

describe("the strategy store's writes and fast reads", () => {
  it('an action update holds to the version read, with the mutation record first in its transaction', async () => {
    const { recording, sent } = recordingClient();
    const store = createDynamoStore({ documentClient: recording, tableName: 'table', clock: () => new Date('2014-03-01T10:00:00.000Z') });
    await store.saveActionChange({
      strategyId: 'eu-2013',
      actionId: '2.1-03',
      expectedVersion: 4,
      patch: { progress: 40 },
      event: { type: 'ACTION_UPDATED', at: '2014-03-01T10:00:00.000Z', actionId: '2.1-03', author: { id: 'owner', role: 'OWNER', name: 'Owner' } },
      idempotency: { key: 'owner#m-1', mutation: 'updateAction', result: null },
    });
    const transaction = sent.find((command) => command.name === 'TransactWriteCommand');
    const items = (transaction?.input as { TransactItems: TransactItem[] }).TransactItems;
    expect(items[0]?.Put).toMatchObject({ Item: { PK: 'MUTATION#owner#m-1', SK: 'MUTATION' }, ConditionExpression: 'attribute_not_exists(#c_1)' });
    const update = items.find((item) => item.Update?.Key['SK'] === 'ACTION#2.1-03')?.Update;
    expect(update).toMatchObject({
      Key: { PK: 'STRATEGY#eu-2013', SK: 'ACTION#2.1-03' },
      ConditionExpression: '#c_1 = :c_1',
      ExpressionAttributeNames: { '#c_1': 'version' },
      ExpressionAttributeValues: { ':c_1': 4 },
    });
    const put = items.find((item) => item.Put && (item.Put['Item'] as Record<string, unknown>)['_et'] === 'HistoryEvent')?.Put;
    expect(put).toMatchObject({
      Item: { PK: 'ACTION#2.1-03', GSI1PK: 'STRATEGY#eu-2013#EVENTS' },
      ConditionExpression: 'attribute_not_exists(#c_1)',
    });
  });

  it("an action's fast read asks for the entity's key and keeps only the record", async () => {
    const { recording, sent } = recordingClient();
    const stored = storedAction({ progress: 40 });
    recording.send = ((command: { constructor: { name: string }; input: ServiceInputTypes }) => {
      sent.push({ name: command.constructor.name, input: command.input });
      return Promise.resolve({ Item: { ...stored, version: 3 } });
    }) as never;
    const store = createDynamoStore({ documentClient: recording, tableName: 'table' });
    const action = await store.getAction('eu-2013', '2.1-03');
    expect(sent).toEqual([
      { name: 'GetCommand', input: { TableName: 'table', Key: { PK: 'STRATEGY#eu-2013', SK: 'ACTION#2.1-03' }, ConsistentRead: true } },
    ]);
    expect(action).toMatchObject({ id: '2.1-03', progress: 40, version: 3 });
    expect(Object.keys(action ?? {})).toEqual(expect.not.arrayContaining(['PK', 'SK', '_et', 'GSI1PK', 'GSI1SK']));
  });

  it('the change count reads the feed index by its key names', async () => {
    const { recording, sent } = recordingClient();
    const store = createDynamoStore({ documentClient: recording, tableName: 'table' });
    await store.countChanges('eu-2013', { from: '2014-01-01', to: '2014-02-01', late: true });
    expect(sent[0]?.input).toMatchObject({
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': 'STRATEGY#eu-2013#EVENTS' },
    });
  });
});
