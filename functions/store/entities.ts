import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity, Table, any, boolean, item, list, number, string } from 'dynamodb-toolbox';
import { ACTION_STATUSES } from '../domain/model.js';
import { tableDefinition } from './table-definition.js';

/**
 * The dynamodb-toolbox entities: the only code that knows attribute and key names.
 * Key layout (see docs/DATA_MODEL.md):
 *   strategy   PK STRATEGY#<sid>  SK STRATEGY
 *   action     PK STRATEGY#<sid>  SK ACTION#<actionId>
 *   event      PK ACTION#<actionId>  SK EVENT#<at>#<eventId>   GSI1 STRATEGY#<sid>#EVENTS / <at>#<eventId>
 */
export function createTable(documentClient: DynamoDBDocumentClient, name: string) {
  const [gsi1] = tableDefinition.globalSecondaryIndexes;
  return new Table({
    documentClient,
    name,
    partitionKey: { name: tableDefinition.partitionKey.name, type: 'string' },
    sortKey: { name: tableDefinition.sortKey.name, type: 'string' },
    indexes: {
      [gsi1.indexName]: {
        type: 'global',
        partitionKey: { name: gsi1.partitionKey.name, type: 'string' },
        sortKey: { name: gsi1.sortKey.name, type: 'string' },
      },
    } as { GSI1: { type: 'global'; partitionKey: { name: 'GSI1PK'; type: 'string' }; sortKey: { name: 'GSI1SK'; type: 'string' } } },
    entityAttributeSavedAs: '_et',
  });
}

export type StrategyTable = ReturnType<typeof createTable>;

const strategyKey = (strategyId: string) => `STRATEGY#${strategyId}`;

export function createEntities(table: StrategyTable) {
  const StrategyEntity = new Entity({
    name: 'Strategy',
    table,
    // Time is recorded where it means something (history events, confirmations), not as
    // toolbox bookkeeping that would make every catalogue load look like a change.
    timestamps: false,
    schema: item({
      id: string().key(),
      reference: string(),
      title: string(),
      adopted: string(),
      reviewDate: string(),
      sections: list(any()),
      memberStates: list(any()),
      actors: list(any()),
      priorities: list(any()),
      version: number(),
    }),
    computeKey: ({ id }) => ({ PK: strategyKey(id), SK: 'STRATEGY' }),
  });

  const ActionEntity = new Entity({
    name: 'Action',
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      id: string().key(),
      ref: string(),
      section: string(),
      subheading: string().optional(),
      leadIn: string().optional(),
      text: string(),
      owners: list(string()),
      partners: list(string()),
      deadlinePhrase: string().optional(),
      baselineDeadline: string(),
      deadlineSource: string().enum('PHRASE', 'REVIEW_DATE'),
      recurring: boolean(),
      memberStateReporting: boolean(),
      kind: string().enum('BULLET', 'SENTENCE'),
      status: string()
        .enum(...ACTION_STATUSES)
        .default('NOT_STARTED'),
      progress: number().default(0),
      note: string().optional(),
      evidenceUrls: list(string()).default(() => []),
      forecastDate: string().optional(),
      lastConfirmedAt: string().optional(),
      version: number().default(1),
    }),
    computeKey: ({ strategyId, id }) => ({ PK: strategyKey(strategyId), SK: `ACTION#${id}` }),
  });

  const HistoryEventEntity = new Entity({
    name: 'HistoryEvent',
    table,
    timestamps: false,
    schema: item({
      actionId: string().key(),
      eventKey: string().key(),
      strategyId: string(),
      id: string(),
      at: string(),
      type: string(),
      actorId: string(),
      actorRole: string(),
      actorName: string(),
      before: any().optional(),
      after: any().optional(),
      note: string().optional(),
    }).and((_eventSchema) => ({
      GSI1PK: string().link<typeof _eventSchema>(({ strategyId }) => `${strategyKey(strategyId)}#EVENTS`),
      GSI1SK: string().link<typeof _eventSchema>(({ eventKey }) => eventKey),
    })),
    computeKey: ({ actionId, eventKey }) => ({ PK: `ACTION#${actionId}`, SK: `EVENT#${eventKey}` }),
  });

  return { StrategyEntity, ActionEntity, HistoryEventEntity };
}

export type Entities = ReturnType<typeof createEntities>;
export const keys = { strategy: strategyKey };
