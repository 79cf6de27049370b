import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity, Table, any, boolean, item, list, number, string } from 'dynamodb-toolbox';
import { ACTION_STATUSES } from '../domain/model.js';
import { feedInstantOf } from '../domain/effective-dates.js';
import { tableDefinition } from './table-definition.js';

/**
 * The dynamodb-toolbox entities: the only code that knows attribute and key names.
 * Key layout (see docs/DATA_MODEL.md):
 *   strategy   PK STRATEGY#<sid>  SK STRATEGY
 *   action     PK STRATEGY#<sid>  SK ACTION#<actionId>
 *   report     PK STRATEGY#<sid>  SK REPORT#<actionId>#<country>  GSI1 STRATEGY#<sid>#COUNTRY#<cc> / REPORT#<actionId>
 *   round      PK STRATEGY#<sid>  SK ROUND#<roundId>
 *   revision   PK STRATEGY#<sid>  SK REV#<shard>   (0–15: which part of the state changed last)
 *   event      PK <subject>       SK EVENT#<at>#<eventId>   GSI1 STRATEGY#<sid>#EVENTS / <at>#<eventId>
 *              (subject: ACTION#<actionId> for actions and their reports, ROUND#<roundId> for rounds)
 *   mutation   PK MUTATION#<viewerId>#<clientMutationId>  SK MUTATION  (expires through TTL)
 *   snapshot   PK STRATEGY#<sid>#SNAPSHOTS  SK SNAPSHOT#<id>;  parts PK SNAPSHOT#<sid>#<id>  SK PART#<nnn>
 *              (entities in snapshot-store.ts)
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
      /** The open reporting round, if any: one at a time, enforced by a condition on this attribute. */
      openRoundId: string().optional(),
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
      declaredHealth: string().optional(),
      declaredHealthBy: string().optional(),
      lastConfirmedAt: string().optional(),
      completedAt: string().optional(),
      /** The day its latest change took effect (issue 13). */
      effectiveOn: string().optional(),
      // Optional on read: items written before revisions existed have none.
      deadlineRevisions: list(any()).optional(),
      version: number().default(1),
    }),
    computeKey: ({ strategyId, id }) => ({ PK: strategyKey(strategyId), SK: `ACTION#${id}` }),
  });

  const ReportEntity = new Entity({
    name: 'MemberStateReport',
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      actionId: string().key(),
      country: string().key(),
      roundId: string(),
      status: string(),
      note: string().optional(),
      evidenceUrls: list(string()),
      version: number(),
      reportedAt: string(),
      reportedBy: string(),
      reportedById: string(),
      review: any(),
      /** The day its latest submission took effect (issue 13). */
      effectiveOn: string().optional(),
    }).and((_reportSchema) => ({
      GSI1PK: string()
        .hidden()
        .link<typeof _reportSchema>(({ strategyId, country }) => `${strategyKey(strategyId)}#COUNTRY#${country}`),
      GSI1SK: string()
        .hidden()
        .link<typeof _reportSchema>(({ actionId }) => `REPORT#${actionId}`),
    })),
    computeKey: ({ strategyId, actionId, country }) => ({ PK: strategyKey(strategyId), SK: `REPORT#${actionId}#${country}` }),
  });

  const RoundEntity = new Entity({
    name: 'ReportingRound',
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      id: string().key(),
      name: string(),
      opens: string(),
      closes: string(),
      open: boolean(),
      closedAt: string().optional(),
      /** The coverage figures as they stood when the round closed. */
      frozenCoverage: any().optional(),
    }),
    computeKey: ({ strategyId, id }) => ({ PK: strategyKey(strategyId), SK: `ROUND#${id}` }),
  });

  const RevisionEntity = new Entity({
    name: 'Revision',
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      shard: string().key(),
      /** Bumped by every write whose subject hashes to this shard, in the write's transaction. */
      revision: number(),
      /**
       * What the latest writes to this shard changed, oldest first: one entry per write (the sort
       * keys it wrote in the strategy's partition, separated by spaces), appended in the same
       * update that bumps `revision`, so the last entry belongs to `revision`, the one before to
       * `revision - 1`, and so on. Bounded: the store trims the oldest entries (MAX_SHARD_CHANGES).
       * Absent on shards written before it existed.
       */
      changes: list(string()).optional(),
    }),
    computeKey: ({ strategyId, shard }) => ({ PK: strategyKey(strategyId), SK: `REV#${shard}` }),
  });

  const MutationEntity = new Entity({
    name: 'ClientMutation',
    table,
    timestamps: false,
    schema: item({
      key: string().key(),
      mutation: string(),
      result: any(),
      /** Epoch seconds: DynamoDB's TTL removes the record once retries are no longer plausible. */
      expiresAt: number(),
    }),
    computeKey: ({ key }) => ({ PK: `MUTATION#${key}`, SK: 'MUTATION' }),
  });

  const HistoryEventEntity = new Entity({
    name: 'HistoryEvent',
    table,
    timestamps: false,
    schema: item({
      subject: string().key(),
      eventKey: string().key(),
      strategyId: string(),
      actionId: string().optional(),
      country: string().optional(),
      roundId: string().optional(),
      id: string(),
      at: string(),
      type: string(),
      actorId: string(),
      actorRole: string(),
      actorName: string(),
      before: any().optional(),
      after: any().optional(),
      note: string().optional(),
      /** The day the change took effect (issue 13); absent on events recorded before: the day of `at`. */
      effectiveOn: string().optional(),
      /** Present (true) only on a late record: one recorded after the day it took effect. */
      late: boolean().optional(),
    }).and((_eventSchema) => ({
      GSI1PK: string()
        .hidden()
        .link<typeof _eventSchema>(({ strategyId }) => `${strategyKey(strategyId)}#EVENTS`),
      // The change feed runs in effective order: a late record sits at the end of the day it took effect.
      GSI1SK: string()
        .hidden()
        .link<typeof _eventSchema>(({ id, at, effectiveOn }) => `${feedInstantOf({ at, effectiveOn: effectiveOn ?? null })}#${id}`),
    })),
    computeKey: ({ subject, eventKey }) => ({ PK: subject, SK: `EVENT#${eventKey}` }),
  });

  return { StrategyEntity, ActionEntity, ReportEntity, RoundEntity, RevisionEntity, MutationEntity, HistoryEventEntity };
}

export type Entities = ReturnType<typeof createEntities>;
export const keys = {
  strategy: strategyKey,
  /** Sort keys of the state's items in the strategy's partition (as computeKey writes them). */
  strategySort: 'STRATEGY',
  actionSort: (actionId: string) => `ACTION#${actionId}`,
  reportSort: (actionId: string, country: string) => `REPORT#${actionId}#${country}`,
  roundSort: (roundId: string) => `ROUND#${roundId}`,
  actionSubject: (actionId: string) => `ACTION#${actionId}`,
  roundSubject: (roundId: string) => `ROUND#${roundId}`,
};
