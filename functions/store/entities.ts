import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity, Table, any, binary, boolean, item, list, number, string } from 'dynamodb-toolbox';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { ACTION_STATUSES, ROLES } from '../domain/model.js';
import { feedInstantOf } from '../domain/effective-dates.js';
import { emailKey, PERSON_STATUSES } from '../domain/people.js';
import { tableDefinition } from './table-definition.js';

/**
 * The dynamodb-toolbox entities of the table, and the only code that knows its attribute
 * names, key prefixes and entity names (issue 11): the stores, the notifier, the import and
 * the scripts name items through these entities, `keys` and `attributes`, never by a literal.
 * Key layout (see docs/DATA_MODEL.md):
 *   strategy   PK STRATEGY#<sid>  SK STRATEGY
 *   action     PK STRATEGY#<sid>  SK ACTION#<actionId>
 *   report     PK STRATEGY#<sid>  SK REPORT#<actionId>#<country>  GSI1 STRATEGY#<sid>#COUNTRY#<cc> / REPORT#<actionId>
 *   round      PK STRATEGY#<sid>  SK ROUND#<roundId>
 *   revision   PK STRATEGY#<sid>#REVISION  SK SHARD#<shard>   (0–15: a counter of the writes to that shard)
 *   changes    PK STRATEGY#<sid>#CHANGES   SK SHARD#<shard>   (the state items that shard's latest writes changed)
 *              (both written in each write's transaction; read by functions/store/state-reader.ts)
 *   published  PK STRATEGY#<sid>#PUBLISHED SK COUNT   (how many writes finished: each adds one once its transaction committed)
 *   event      PK <subject>       SK EVENT#<at>#<eventId>   GSI1 STRATEGY#<sid>#EVENTS / <at>#<eventId>
 *              (subject: ACTION#<actionId> for actions and their reports, ROUND#<roundId> for rounds)
 *   mutation   PK MUTATION#<viewerId>#<clientMutationId>  SK MUTATION  (expires through TTL)
 *   snapshot   PK STRATEGY#<sid>#SNAPSHOTS  SK SNAPSHOT#<id>;  parts PK SNAPSHOT#<sid>#<id>  SK PART#<nnn>
 *   person     PK PEOPLE  SK PERSON#<id>;  e-mail claim PK EMAIL#<lower-cased>  SK EMAIL;
 *              person event PK PERSON#<id>  SK EVENT#<at>#<eventId>
 *   health     PK STRATEGY#<sid>#HEALTH  SK <asOf>   (the daily job's snapshot of health)
 *   outbox     PK OUTBOX#<dueOn>  SK <kind>#<recipientId>#<ref>   (expires through TTL)
 *   preview    PK IMPORT#<previewId>  SK PREVIEW   (expires through TTL)
 */

const [feedIndex] = tableDefinition.globalSecondaryIndexes;

/** The attributes the table adds to every item (keys, index keys, entity name), which no record carries. */
export const attributes = {
  partitionKey: tableDefinition.partitionKey.name,
  sortKey: tableDefinition.sortKey.name,
  indexPartitionKey: feedIndex.partitionKey.name,
  indexSortKey: feedIndex.sortKey.name,
  /** The entity's name on every item (dynamodb-toolbox's `entityAttributeSavedAs`). */
  entity: '_et',
  /** Epoch seconds: DynamoDB's TTL deletes the item after it. */
  expiresAt: tableDefinition.timeToLiveAttribute,
} as const;

/** The global index: the change feed (events by strategy) and reports by country. */
export const FEED_INDEX = feedIndex.indexName;

/** The name each entity writes in `attributes.entity`. */
export const entityNames = {
  strategy: 'Strategy',
  action: 'Action',
  report: 'MemberStateReport',
  round: 'ReportingRound',
  revisionShard: 'RevisionShard',
  changeList: 'ChangeList',
  publishedCount: 'PublishedCount',
  mutation: 'ClientMutation',
  historyEvent: 'HistoryEvent',
  snapshotHeader: 'SnapshotHeader',
  snapshotPart: 'SnapshotPart',
  person: 'Person',
  emailClaim: 'EmailClaim',
  personEvent: 'PersonEvent',
  healthSnapshot: 'HealthSnapshot',
  outboxMessage: 'OutboxMessage',
  importPreview: 'ImportPreview',
} as const;

const strategyKey = (strategyId: string) => `STRATEGY#${strategyId}`;

/** Key values: partitions, sort keys and the prefixes queries range over. */
export const keys = {
  strategy: strategyKey,
  /** Sort keys of the state's items in the strategy's partition (as computeKey writes them). */
  strategySort: 'STRATEGY',
  actionPrefix: 'ACTION#',
  actionSort: (actionId: string) => `ACTION#${actionId}`,
  reportPrefix: 'REPORT#',
  reportSort: (actionId: string, country: string) => `REPORT#${actionId}#${country}`,
  roundPrefix: 'ROUND#',
  roundSort: (roundId: string) => `ROUND#${roundId}`,
  /** The partition of the strategy's revision: one small item per shard, only its counter. */
  revision: (strategyId: string) => `${strategyKey(strategyId)}#REVISION`,
  /** The partition of the shards' change lists. */
  changeLists: (strategyId: string) => `${strategyKey(strategyId)}#CHANGES`,
  shardSort: (shard: string) => `SHARD#${shard}`,
  /** The partition of the strategy's published count (one item): the first read of every check. */
  published: (strategyId: string) => `${strategyKey(strategyId)}#PUBLISHED`,
  publishedSort: 'COUNT',
  /** History events' partitions: an action and its reports, or a round. */
  actionSubject: (actionId: string) => `ACTION#${actionId}`,
  roundSubject: (roundId: string) => `ROUND#${roundId}`,
  eventPrefix: 'EVENT#',
  eventSort: (eventKey: string) => `EVENT#${eventKey}`,
  /** The change feed's partition in FEED_INDEX. */
  strategyEvents: (strategyId: string) => `${strategyKey(strategyId)}#EVENTS`,
  /** A country's reports in FEED_INDEX, sorted by action. */
  countryReports: (strategyId: string, country: string) => `${strategyKey(strategyId)}#COUNTRY#${country}`,
  countryReportSort: (actionId: string) => `REPORT#${actionId}`,
  mutation: (key: string) => `MUTATION#${key}`,
  mutationSort: 'MUTATION',
  snapshots: (strategyId: string) => `${strategyKey(strategyId)}#SNAPSHOTS`,
  snapshotPrefix: 'SNAPSHOT#',
  snapshotSort: (snapshotId: string) => `SNAPSHOT#${snapshotId}`,
  snapshotParts: (strategyId: string, snapshotId: string) => `SNAPSHOT#${strategyId}#${snapshotId}`,
  partPrefix: 'PART#',
  partSort: (index: number) => `PART#${String(index).padStart(3, '0')}`,
  people: 'PEOPLE',
  personPrefix: 'PERSON#',
  personSort: (personId: string) => `PERSON#${personId}`,
  personSubject: (personId: string) => `PERSON#${personId}`,
  emailClaim: (email: string) => `EMAIL#${emailKey(email)}`,
  emailClaimSort: 'EMAIL',
  healthSnapshots: (strategyId: string) => `${strategyKey(strategyId)}#HEALTH`,
  outbox: (dueOn: string) => `OUTBOX#${dueOn}`,
  importPreview: (previewId: string) => `IMPORT#${previewId}`,
  importPreviewSort: 'PREVIEW',
};

/** A stored item's primary key, for the document client's raw reads. */
export const itemKey = (partition: string, sort: string) =>
  ({ [attributes.partitionKey]: partition, [attributes.sortKey]: sort }) as { PK: string; SK: string };

/** A stored item's sort key. */
export const sortKeyOf = (item: Record<string, unknown>) => String(item[attributes.sortKey]);

/** The name of the entity that wrote a stored item. */
export const entityOf = (item: Record<string, unknown>) => item[attributes.entity];

const STORED_ONLY = [attributes.partitionKey, attributes.sortKey, attributes.indexPartitionKey, attributes.indexSortKey, attributes.entity] as const;

/**
 * A stored item as its record: without what the table adds to every item. The toolbox's
 * formatter does the same and validates too, but on the whole state it cost more than the read
 * (docs/PERFORMANCE.md); the items were written through the entities, and a test compares both
 * readings.
 */
export function recordOf<T>(item: Record<string, unknown>): T {
  const record = { ...item };
  for (const attribute of STORED_ONLY) delete record[attribute];
  return record as T;
}

export function createTable(documentClient: DynamoDBDocumentClient, name: string) {
  return new Table({
    documentClient,
    name,
    partitionKey: { name: attributes.partitionKey, type: 'string' },
    sortKey: { name: attributes.sortKey, type: 'string' },
    indexes: {
      [FEED_INDEX]: {
        type: 'global',
        partitionKey: { name: attributes.indexPartitionKey, type: 'string' },
        sortKey: { name: attributes.indexSortKey, type: 'string' },
      },
    } as Record<
      typeof FEED_INDEX,
      {
        type: 'global';
        partitionKey: { name: typeof attributes.indexPartitionKey; type: 'string' };
        sortKey: { name: typeof attributes.indexSortKey; type: 'string' };
      }
    >,
    entityAttributeSavedAs: attributes.entity,
  });
}

export type StrategyTable = ReturnType<typeof createTable>;

/** Every entity of the table. Built once per table: use `entitiesFor` rather than calling this again. */
export function createEntities(table: StrategyTable) {
  const StrategyEntity = new Entity({
    name: entityNames.strategy,
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
    computeKey: ({ id }) => ({ PK: strategyKey(id), SK: keys.strategySort }),
  });

  const ActionEntity = new Entity({
    name: entityNames.action,
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
    computeKey: ({ strategyId, id }) => ({ PK: strategyKey(strategyId), SK: keys.actionSort(id) }),
  });

  const ReportEntity = new Entity({
    name: entityNames.report,
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
      [attributes.indexPartitionKey]: string()
        .hidden()
        .link<typeof _reportSchema>(({ strategyId, country }) => keys.countryReports(strategyId, country)),
      [attributes.indexSortKey]: string()
        .hidden()
        .link<typeof _reportSchema>(({ actionId }) => keys.countryReportSort(actionId)),
    })),
    computeKey: ({ strategyId, actionId, country }) => ({ PK: strategyKey(strategyId), SK: keys.reportSort(actionId, country) }),
  });

  const RoundEntity = new Entity({
    name: entityNames.round,
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
    computeKey: ({ strategyId, id }) => ({ PK: strategyKey(strategyId), SK: keys.roundSort(id) }),
  });

  // The strategy's revision (docs/DATA_MODEL.md, "Revision"): every write adds one to one
  // shard's counter and appends what it changed to that shard's change list, in its own
  // transaction. The counters are apart from the lists, in a partition of their own, so that
  // the check every request makes reads 16 small items and nothing else.
  const RevisionShardEntity = new Entity({
    name: entityNames.revisionShard,
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      shard: string().key(),
      /** How many writes whose subject hashes to this shard were made (absent: none). */
      revision: number(),
    }),
    computeKey: ({ strategyId, shard }) => ({ PK: keys.revision(strategyId), SK: keys.shardSort(shard) }),
  });

  const ChangeListEntity = new Entity({
    name: entityNames.changeList,
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      shard: string().key(),
      /** The shard's counter, bumped in the same update: always equal to its RevisionShard's. */
      revision: number(),
      /**
       * What the latest writes to this shard changed, oldest first: one entry per write (the sort
       * keys it wrote in the strategy's partition, separated by spaces), appended in the same
       * update that bumps `revision`, so the last entry belongs to `revision`, the one before to
       * `revision - 1`, and so on. Bounded: the store trims the oldest entries (MAX_SHARD_CHANGES).
       */
      changes: list(string()),
    }),
    computeKey: ({ strategyId, shard }) => ({ PK: keys.changeLists(strategyId), SK: keys.shardSort(shard) }),
  });

  // The published count (docs/DATA_MODEL.md, "Revision"): every write adds one to it after its
  // transaction committed and before it answers, outside the transaction (so that concurrent
  // writes never meet on it). A check whose count has not moved since the last full check
  // needs no more than this one small item.
  const PublishedCountEntity = new Entity({
    name: entityNames.publishedCount,
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      /** How many writes to the strategy finished (absent: none since the count was introduced). */
      published: number(),
    }),
    computeKey: ({ strategyId }) => ({ PK: keys.published(strategyId), SK: keys.publishedSort }),
  });

  const MutationEntity = new Entity({
    name: entityNames.mutation,
    table,
    timestamps: false,
    schema: item({
      key: string().key(),
      mutation: string(),
      result: any(),
      /** Epoch seconds: DynamoDB's TTL removes the record once retries are no longer plausible. */
      [attributes.expiresAt]: number(),
    }),
    computeKey: ({ key }) => ({ PK: keys.mutation(key), SK: keys.mutationSort }),
  });

  const HistoryEventEntity = new Entity({
    name: entityNames.historyEvent,
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
      [attributes.indexPartitionKey]: string()
        .hidden()
        .link<typeof _eventSchema>(({ strategyId }) => keys.strategyEvents(strategyId)),
      // The change feed runs in effective order: a late record sits at the end of the day it took effect.
      [attributes.indexSortKey]: string()
        .hidden()
        .link<typeof _eventSchema>(({ id, at, effectiveOn }) => `${feedInstantOf({ at, effectiveOn: effectiveOn ?? null })}#${id}`),
    })),
    computeKey: ({ subject, eventKey }) => ({ PK: subject, SK: keys.eventSort(eventKey) }),
  });

  // Frozen snapshots (docs/DATA_MODEL.md, "Snapshot"), kept out of the strategy's partition so
  // that reading the current state never reads one. Written once, never updated.
  const SnapshotHeaderEntity = new Entity({
    name: entityNames.snapshotHeader,
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      id: string().key(),
      name: string(),
      asOf: string(),
      frozenAt: string(),
      frozenBy: any(),
      trigger: string().enum('COORDINATOR', 'ROUND_CLOSED'),
      round: any(),
      actionCount: number(),
      totals: any(),
      parts: number(),
      bytes: number(),
      digest: string(),
    }),
    computeKey: ({ strategyId, id }) => ({ PK: keys.snapshots(strategyId), SK: keys.snapshotSort(id) }),
  });

  const SnapshotPartEntity = new Entity({
    name: entityNames.snapshotPart,
    table,
    timestamps: false,
    schema: item({
      strategyId: string().key(),
      snapshotId: string().key(),
      index: number().key(),
      /** gzip'd JSON, at most 300 KB. */
      data: binary(),
    }),
    computeKey: ({ strategyId, snapshotId, index }) => ({ PK: keys.snapshotParts(strategyId, snapshotId), SK: keys.partSort(index) }),
  });

  // The product's record of its people (issue 12), in one partition: the list is one query.
  // Person events stay out of the strategy's change feed (no GSI1 keys).
  const PersonEntity = new Entity({
    name: entityNames.person,
    table,
    timestamps: false,
    schema: item({
      id: string().key(),
      name: string(),
      email: string(),
      role: string().enum(...ROLES),
      actor: string().optional(),
      country: string().optional(),
      status: string().enum(...PERSON_STATUSES),
      invitedAt: string().optional(),
      lastSignInAt: string().optional(),
      version: number(),
    }),
    computeKey: ({ id }) => ({ PK: keys.people, SK: keys.personSort(id) }),
  });

  /** An address held by a person: unique addresses through a condition on its absence. */
  const EmailClaimEntity = new Entity({
    name: entityNames.emailClaim,
    table,
    timestamps: false,
    schema: item({ email: string().key(), personId: string() }),
    computeKey: ({ email }) => ({ PK: keys.emailClaim(email), SK: keys.emailClaimSort }),
  });

  const PersonEventEntity = new Entity({
    name: entityNames.personEvent,
    table,
    timestamps: false,
    schema: item({
      personId: string().key(),
      eventKey: string().key(),
      id: string(),
      at: string(),
      type: string(),
      actorId: string(),
      actorRole: string(),
      actorName: string(),
      before: any().optional(),
      after: any().optional(),
    }),
    computeKey: ({ personId, eventKey }) => ({ PK: keys.personSubject(personId), SK: keys.eventSort(eventKey) }),
  });

  /** The daily job's figures of a day (functions/notify/health-snapshot.ts); keeps the toolbox's timestamps. */
  const HealthSnapshotEntity = new Entity({
    name: entityNames.healthSnapshot,
    table,
    schema: item({
      strategyId: string().key(),
      asOf: string().key(),
      counts: any(),
      actions: list(any()),
      computedAt: string(),
    }),
    computeKey: ({ strategyId, asOf }) => ({ PK: keys.healthSnapshots(strategyId), SK: asOf }),
  });

  /** A message the daily job sends (functions/notify/outbox.ts); keeps the toolbox's timestamps. */
  const OutboxEntity = new Entity({
    name: entityNames.outboxMessage,
    table,
    schema: item({
      dueOn: string().key(),
      messageKey: string().key(),
      kind: string(),
      ref: string(),
      recipientId: string(),
      recipientEmail: string().optional(),
      subject: string(),
      body: string().optional(),
      status: string().enum('PENDING', 'SENT', 'FAILED'),
      attempts: number(),
      claimedAt: string(),
      sentAt: string().optional(),
      providerMessageId: string().optional(),
      error: string().optional(),
      // Optional on read: records written before the TTL existed have none.
      [attributes.expiresAt]: number().optional(),
    }),
    computeKey: ({ dueOn, messageKey }) => ({ PK: keys.outbox(dueOn), SK: messageKey }),
  });

  /** An import's preview (functions/import/preview-store.ts), owned by its uploader, expiring a day after. */
  const PreviewEntity = new Entity({
    name: entityNames.importPreview,
    table,
    timestamps: false,
    schema: item({
      previewId: string().key(),
      ownerId: string(),
      createdAt: string(),
      /** gzip'd JSON: { rows, writes }. */
      content: binary(),
      appliedAt: string().optional(),
      /** gzip'd JSON of the apply's answer. */
      applied: binary().optional(),
      [attributes.expiresAt]: number(),
    }),
    computeKey: ({ previewId }) => ({ PK: keys.importPreview(previewId), SK: keys.importPreviewSort }),
  });

  return {
    table,
    StrategyEntity,
    ActionEntity,
    ReportEntity,
    RoundEntity,
    RevisionShardEntity,
    ChangeListEntity,
    PublishedCountEntity,
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
  };
}

export type Entities = ReturnType<typeof createEntities>;

const built = new WeakMap<DynamoDBDocumentClient, Map<string, Entities>>();

/**
 * The table's entities for this client, built on first use and shared by every store made
 * with the same client and table (the strategy store, people, previews, the daily job's).
 */
export function entitiesFor(documentClient: DynamoDBDocumentClient, tableName: string): Entities {
  let byTable = built.get(documentClient);
  if (!byTable) {
    byTable = new Map();
    built.set(documentClient, byTable);
  }
  let entities = byTable.get(tableName);
  if (!entities) {
    entities = createEntities(createTable(documentClient, tableName));
    byTable.set(tableName, entities);
  }
  return entities;
}

/** How long a client mutation id is remembered: far beyond any plausible retry. */
export const IDEMPOTENCY_DAYS = 7;

/** A retried mutation's first result, kept with the write. */
export interface MutationRecord {
  /** `<viewer id>#<client mutation id>`. */
  key: string;
  mutation: string;
  result: unknown;
}

/**
 * The one write of a client mutation's record, put in the mutation's own transaction and
 * refused if the key was used already: a retried mutation cannot apply twice, and the caller
 * answers it with the first result.
 */
export function mutationRecordWrite(MutationEntity: Entities['MutationEntity'], record: MutationRecord, now: Date) {
  return MutationEntity.build(PutTransaction)
    .item({
      key: record.key,
      mutation: record.mutation,
      result: record.result,
      expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_DAYS * 86_400,
    })
    .options({ condition: { attr: 'key', exists: false } });
}
