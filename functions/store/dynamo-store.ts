import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { GetCommand, QueryCommand as DocumentQueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand, QueryCommand, $add, $remove, $set } from 'dynamodb-toolbox';
import { ConditionCheck } from 'dynamodb-toolbox/entity/actions/transactCheck';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { UpdateTransaction } from 'dynamodb-toolbox/entity/actions/transactUpdate';
import { execute } from 'dynamodb-toolbox/entity/actions/transactWrite';
import { CATALOGUE_FIELDS, type CatalogueField } from '../domain/action-fields.js';
import { compareRefs } from '../domain/action-query.js';
import { effectiveOnOf, feedInstantOf, recordedLate } from '../domain/effective-dates.js';
import { attributes, entitiesFor, entityOf, FEED_INDEX, itemKey, keys, mutationRecordWrite, recordOf, sortKeyOf } from './entities.js';
import { createRevisionShards } from './revision-shards.js';
import { createSnapshotStore } from './snapshot-store.js';
import {
  StoreBusy,
  WriteRejected,
  type ActionRecord,
  type CatalogueFields,
  type CatalogueSyncResult,
  type ChangeAuthor,
  type HistoryEventRecord,
  type HistoryPage,
  type Idempotency,
  type NewHistoryEvent,
  type RejectionReason,
  type ReportRecord,
  type RoundRecord,
  type Store,
  type StrategyRecord,
  revisionKey,
  type Revision,
  type StateItem,
} from './store.js';

export interface DynamoStoreOptions {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  clock?: () => Date;
}

/** Attempts at a transaction that only lost a race on a revision shard (nothing else conflicted). */
const REVISION_RACE_ATTEMPTS = 5;

/** Reads and writes of the strategy record a catalogue load tries when another load wrote it meanwhile. */
const CATALOGUE_ATTEMPTS = 3;

const sameValue = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null);

/** The catalogue fields whose values differ, as before/after pairs for the history event. */
export function catalogueDifferences(existing: CatalogueFields, incoming: CatalogueFields) {
  const before: Partial<Record<CatalogueField, unknown>> = {};
  const after: Partial<Record<CatalogueField, unknown>> = {};
  for (const field of CATALOGUE_FIELDS) {
    if (!sameValue(existing[field], incoming[field])) {
      before[field] = existing[field] ?? null;
      after[field] = incoming[field] ?? null;
    }
  }
  return Object.keys(after).length === 0 ? null : { before, after };
}

/**
 * A patch for dynamodb-toolbox's update: lists and maps replace the attribute whole ($set; by
 * default the toolbox updates them element by element, which would leave a shortened list's
 * tail behind), and null removes the attribute.
 */
const toUpdate = (patch: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(patch).map(([field, value]) => [
      field,
      value === null ? $remove() : typeof value === 'object' ? $set(value as Record<string, unknown>) : value,
    ]),
  );

/** Cursors over history are event keys (`<at>#<id>`), opaque to clients. */
const eventKeyOf = (event: { at: string; id: string }) => `${event.at}#${event.id}`;
/** An event's key in the change feed (GSI1SK): in effective order (entities.ts). */
const feedKeyOf = (event: { at: string; id: string; effectiveOn?: string | null }) => `${feedInstantOf(event)}#${event.id}`;

export function createDynamoStore({ documentClient, tableName, clock = () => new Date() }: DynamoStoreOptions): Store {
  const entities = entitiesFor(documentClient, tableName);
  const { table, StrategyEntity, ActionEntity, ReportEntity, RoundEntity, MutationEntity, HistoryEventEntity } = entities;
  const snapshots = createSnapshotStore(entities, clock);
  const revisions = createRevisionShards(documentClient, tableName, entities);

  const partitionOf = (strategyId: string) => keys.strategy(strategyId);

  function eventTransaction(strategyId: string, event: NewHistoryEvent) {
    const id = randomUUID();
    const subject = event.actionId ? keys.actionSubject(event.actionId) : keys.roundSubject(event.roundId ?? 'unknown');
    return HistoryEventEntity.build(PutTransaction)
      .item({
        subject,
        eventKey: eventKeyOf({ at: event.at, id }),
        strategyId,
        id,
        at: event.at,
        type: event.type,
        ...(event.actionId ? { actionId: event.actionId } : {}),
        ...(event.country ? { country: event.country } : {}),
        ...(event.roundId ? { roundId: event.roundId } : {}),
        actorId: event.author.id,
        actorRole: event.author.role,
        actorName: event.author.name,
        before: event.before ?? null,
        after: event.after ?? null,
        ...(event.note ? { note: event.note } : {}),
        effectiveOn: effectiveOnOf(event),
        ...(recordedLate(event) ? { late: true } : {}),
      })
      .options({ condition: { attr: 'id', exists: false } });
  }

  /**
   * Runs a transaction whose items each carry a condition; when DynamoDB cancels it, names the
   * condition that failed (by the position of its item) so the API can answer precisely.
   */
  async function transact(
    strategyId: string,
    subject: string,
    writes: { transaction: Parameters<typeof execute>[number]; rejection: RejectionReason | null }[],
    /** The sort keys of the strategy's partition that the write changes (its state items). */
    changed: string[] = [],
    /** The revision of the state the write was computed from: written only if no shard moved since. */
    readAt?: Revision,
  ): Promise<void> {
    const items = [...writes, ...revisions.writes(strategyId, subject, changed, readAt)];
    const counter = items.length - 2;
    const list = items.length - 1;
    /** Whether the transaction failed only on the revision's items, with this code. */
    const onlyOnRevision = (reasons: { Code?: string }[] | undefined, code: string, at: number[]) =>
      !!reasons &&
      reasons.some((reason, index) => at.includes(index) && reason.Code === code) &&
      reasons.every((reason, index) => !reason.Code || reason.Code === 'None' || (at.includes(index) && reason.Code === code));
    for (let races = 0, trims = 0; ;) {
      try {
        await execute(...(items.map((item) => item.transaction) as Parameters<typeof execute>));
      } catch (error) {
        const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
        // Only the shard's change list was full: trim it and write again.
        if (onlyOnRevision(reasons, 'ConditionalCheckFailed', [list]) && trims < 3) {
          trims += 1;
          await revisions.trim(strategyId, subject);
          continue;
        }
        // Two writes to different items met only on the shared revision shard: not a
        // conflict for the person writing, so the transaction runs again.
        if (onlyOnRevision(reasons, 'TransactionConflict', [counter, list])) {
          races += 1;
          // Out of turns is not a conflict: nobody touched what this write is about.
          if (races >= REVISION_RACE_ATTEMPTS) throw new StoreBusy(error);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * races));
          continue;
        }
        throw rejectionOf(error, items);
      }
      await publish(strategyId);
      return;
    }
  }

  /**
   * Per strategy, the writes this instance made whose publication failed. `readPublished` adds
   * them to the stored count, so that this instance's own next check reads the counters and
   * sees its own write at once (the count, as read here, still only grows); other instances see
   * it at their next full check.
   */
  const unpublished = new Map<string, number>();

  /**
   * Counts a committed write as finished (revision-shards.ts `publish`), so that checks see it.
   * The write is made whatever happens here: a failure to publish is logged, not reported as
   * the write's failure; this instance counts it (`unpublished`), and the other instances' full
   * check at least every MAX_UNCHECKED_MS (state-reader.ts) sees the write all the same.
   */
  async function publish(strategyId: string): Promise<void> {
    try {
      await revisions.publish(strategyId);
    } catch (error) {
      unpublished.set(strategyId, (unpublished.get(strategyId) ?? 0) + 1);
      console.warn(`A write to strategy ${strategyId} committed but its publication failed; other instances see it at their next full check.`, error);
    }
  }

  /** Names the condition that made DynamoDB cancel the transaction, by its item's position. */
  function rejectionOf(error: unknown, items: { rejection: RejectionReason | null }[]): unknown {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    if (!reasons) return error;
    // The idempotency record is checked first: a repeated mutation is not a conflict.
    const failed = items
      .map((item, index) => ({ ...item, code: reasons[index]?.Code }))
      .filter((item) => item.code === 'ConditionalCheckFailed' && item.rejection);
    const repeated = failed.find((item) => item.rejection === 'REPEATED_MUTATION');
    const rejection = (repeated ?? failed[0])?.rejection;
    if (rejection) return new WriteRejected(rejection);
    // Another transaction was writing the same items at the same moment: the caller read a
    // version that is about to be stale, which is a conflict like any other.
    if (reasons.some((reason) => reason.Code === 'TransactionConflict')) return new WriteRejected('STALE_VERSION');
    return error;
  }

  const withIdempotency = (idempotency: Idempotency | undefined) =>
    idempotency ? [{ transaction: mutationRecordWrite(MutationEntity, idempotency, clock()), rejection: 'REPEATED_MUTATION' as const }] : [];

  async function getStrategy(strategyId: string): Promise<StrategyRecord | undefined> {
    const { Item } = await StrategyEntity.build(GetItemCommand).key({ id: strategyId }).options({ consistent: true }).send();
    return Item as StrategyRecord | undefined;
  }

  async function listActions(strategyId: string): Promise<ActionRecord[]> {
    const { Items = [] } = await table
      .build(QueryCommand)
      .entities(ActionEntity)
      .query({ partition: keys.strategy(strategyId), range: { beginsWith: keys.actionPrefix } })
      .options({ consistent: true, maxPages: Infinity })
      .send();
    return Items as ActionRecord[];
  }

  const toEventRecord = ({ subject: _subject, eventKey: _eventKey, late: _late, ...event }: Record<string, unknown>) => {
    const record = event as unknown as HistoryEventRecord;
    return { ...record, effectiveOn: effectiveOnOf(record) };
  };

  async function changesPage(
    strategyId: string,
    range: { from: string; to: string },
    page: { limit?: number; after?: string },
  ): Promise<HistoryPage> {
    // Feed keys are `<instant>#<id>` (the instant recorded, or for a late record the end of the
    // day it took effect): between [from, to] holds exactly from ≤ instant < to, and a cursor
    // followed by `~` (after every character of a key) starts just past that event. A cursor
    // from another period never widens this one: before `from` it starts at `from`, past `to`
    // the page is empty (DynamoDB refuses a BETWEEN whose bounds are reversed).
    const lower = page.after && `${page.after}~` > range.from ? `${page.after}~` : range.from;
    if (lower > range.to) return { events: [] };
    const { Items = [], LastEvaluatedKey } = await table
      .build(QueryCommand)
      .entities(HistoryEventEntity)
      .query({ index: FEED_INDEX, partition: keys.strategyEvents(strategyId), range: { between: [lower, range.to] } })
      .options({ ...(page.limit ? { limit: page.limit } : { maxPages: Infinity }) })
      .send();
    const events = Items.map(toEventRecord);
    const last = events.at(-1);
    return { events, ...(LastEvaluatedKey && last ? { nextCursor: feedKeyOf(last) } : {}) };
  }

  /**
   * Writes the strategy's catalogue fields when they differ; whether they did. Never touches
   * `openRoundId`: a coordinator may open or close a round between this read and this write,
   * and the load must not bring back or drop it. The fields are updated (not the item put)
   * under the version read, so two loads at once cannot undo each other either: the loser
   * reads again.
   */
  async function syncStrategy(strategy: Omit<StrategyRecord, 'version'>): Promise<boolean> {
    const { id, ...fields } = strategy;
    for (let attempt = 1; ; attempt += 1) {
      const existing = await getStrategy(id);
      if (existing) {
        const { version: _version, openRoundId: _openRoundId, ...stored } = existing;
        if (sameValue(stored, strategy)) return false;
      }
      try {
        await transact(
          id,
          keys.strategy(id),
          [
            existing
              ? {
                  transaction: StrategyEntity.build(UpdateTransaction)
                    .item({ id, ...toUpdate(fields), version: $add(1) })
                    .options({ condition: { attr: 'version', eq: existing.version } }),
                  rejection: 'STALE_VERSION',
                }
              : {
                  transaction: StrategyEntity.build(PutTransaction)
                    .item({ ...strategy, version: 1 })
                    .options({ condition: { attr: 'id', exists: false } }),
                  rejection: 'STALE_VERSION',
                },
          ],
          [keys.strategySort],
        );
        return true;
      } catch (error) {
        if (!(error instanceof WriteRejected && error.reason === 'STALE_VERSION') || attempt >= CATALOGUE_ATTEMPTS) throw error;
      }
    }
  }

  return {
    ...snapshots.store,
    getStrategy,
    listActions,

    async getAction(strategyId, actionId) {
      // The hottest read (action(id), every write): the document client and a light mapping
      // cost less CPU per request than the toolbox's parse and format.
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: itemKey(partitionOf(strategyId), keys.actionSort(actionId)), ConsistentRead: true }),
      );
      return Item && entityOf(Item) === ActionEntity.entityName ? recordOf<ActionRecord>(Item) : undefined;
    },

    async getActionWithStrategy(strategyId, actionId) {
      // One BatchGetItem: about a GetItem's cost, where two GetItems cost two round trips.
      const found = await revisions.batchGet([
        itemKey(partitionOf(strategyId), keys.actionSort(actionId)),
        itemKey(partitionOf(strategyId), keys.strategySort),
      ]);
      const action = found.find((item) => entityOf(item) === ActionEntity.entityName);
      const strategy = found.find((item) => entityOf(item) === StrategyEntity.entityName);
      return {
        ...(action ? { action: recordOf<ActionRecord>(action) } : {}),
        ...(strategy ? { strategy: recordOf<StrategyRecord>(strategy) } : {}),
      };
    },

    async strategyState(strategyId, revision) {
      // The revision first: the pages are read one after another, and the state is never
      // older than the revision it is stamped with.
      const readAt = revision ?? (await revisions.read(strategyId));
      // One query of the partition, all pages, mapped without the toolbox's formatter (at
      // 5,000 actions that formatter cost more than the read). The items sort by key:
      // ACTION#, REPORT#, ROUND#, STRATEGY.
      const items: Record<string, unknown>[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await documentClient.send(
          new DocumentQueryCommand({
            TableName: tableName,
            KeyConditionExpression: `${attributes.partitionKey} = :pk`,
            ExpressionAttributeValues: { ':pk': partitionOf(strategyId) },
            ConsistentRead: true,
            ExclusiveStartKey,
          }),
        );
        items.push(...(page.Items ?? []));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      const ofEntity = (name: string) => items.filter((item) => entityOf(item) === name);
      const strategy = ofEntity(StrategyEntity.entityName).map((item) => recordOf<StrategyRecord>(item))[0];
      if (!strategy) return undefined;
      return {
        strategy,
        actions: ofEntity(ActionEntity.entityName)
          .map((item) => recordOf<ActionRecord>(item))
          .sort((a, b) => compareRefs(a.ref, b.ref)),
        reports: ofEntity(ReportEntity.entityName).map((item) => recordOf<ReportRecord>(item)),
        rounds: ofEntity(RoundEntity.entityName).map((item) => recordOf<RoundRecord>(item)),
        revision: revisionKey(readAt),
        readAt,
      };
    },

    readRevision: (strategyId) => revisions.read(strategyId),

    readPublished: async (strategyId) => (await revisions.readPublished(strategyId)) + (unpublished.get(strategyId) ?? 0),

    readChanges: (strategyId, shards) => revisions.readChanges(strategyId, shards),

    async readStateItems(strategyId, sortKeys) {
      const kinds: Record<string, StateItem['kind']> = {
        [StrategyEntity.entityName]: 'strategy',
        [ActionEntity.entityName]: 'action',
        [ReportEntity.entityName]: 'report',
        [RoundEntity.entityName]: 'round',
      };
      const found = await revisions.batchGet(sortKeys.map((key) => itemKey(partitionOf(strategyId), key)));
      return found.flatMap((item) => {
        const kind = kinds[String(entityOf(item))];
        return kind ? [{ sortKey: sortKeyOf(item), kind, record: recordOf(item) } as StateItem] : [];
      });
    },

    async actionHistory(actionId, { limit, after }) {
      const { Items = [], LastEvaluatedKey } = await table
        .build(QueryCommand)
        .entities(HistoryEventEntity)
        .query({
          partition: keys.actionSubject(actionId),
          range: after ? { between: [keys.eventPrefix, keys.eventSort(after)] } : { beginsWith: keys.eventPrefix },
        })
        .options({ reverse: true, limit: limit + (after ? 1 : 0), consistent: true })
        .send();
      // `between` includes the cursor's own event; it was on the previous page.
      const events = Items.filter((item) => item.eventKey !== after)
        .slice(0, limit)
        .map(toEventRecord);
      const last = events.at(-1);
      return { events, ...(LastEvaluatedKey && last ? { nextCursor: eventKeyOf(last) } : {}) };
    },

    changes: (strategyId, { from, to, limit, after }) => changesPage(strategyId, { from, to }, { limit, after }),

    async countChanges(strategyId, { from, to, late, knownAt }) {
      if (!late && !knownAt) {
        const { Count = 0 } = await table
          .build(QueryCommand)
          .query({ index: FEED_INDEX, partition: keys.strategyEvents(strategyId), range: { between: [from, to] } })
          .options({ select: 'COUNT', maxPages: Infinity })
          .send();
        return Count;
      }
      // Late records carry `late` (only they do), so the filter reads the range but returns counts only.
      const filters = [...(late ? ['attribute_exists(#late)'] : []), ...(knownAt ? ['#at <= :known'] : [])];
      let count = 0;
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await documentClient.send(
          new DocumentQueryCommand({
            TableName: tableName,
            IndexName: FEED_INDEX,
            KeyConditionExpression: `${attributes.indexPartitionKey} = :pk AND ${attributes.indexSortKey} BETWEEN :from AND :to`,
            FilterExpression: filters.join(' AND '),
            ExpressionAttributeNames: { ...(late ? { '#late': 'late' } : {}), ...(knownAt ? { '#at': 'at' } : {}) },
            ExpressionAttributeValues: {
              ':pk': keys.strategyEvents(strategyId),
              ':from': from,
              ':to': to,
              ...(knownAt ? { ':known': knownAt } : {}),
            },
            Select: 'COUNT',
            ExclusiveStartKey,
          }),
        );
        count += page.Count ?? 0;
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return count;
    },

    async eventsBefore(strategyId, until) {
      return (await changesPage(strategyId, { from: '0', to: until }, {})).events;
    },

    async getReport(strategyId, actionId, country) {
      const { Item } = await ReportEntity.build(GetItemCommand).key({ strategyId, actionId, country }).options({ consistent: true }).send();
      return Item as ReportRecord | undefined;
    },

    async getRound(strategyId, roundId) {
      const { Item } = await RoundEntity.build(GetItemCommand).key({ strategyId, id: roundId }).options({ consistent: true }).send();
      return Item as RoundRecord | undefined;
    },

    async mutationResult(key) {
      const { Item } = await MutationEntity.build(GetItemCommand).key({ key }).options({ consistent: true }).send();
      return Item ? { mutation: Item.mutation, result: Item.result } : undefined;
    },

    async saveActionChange({ strategyId, actionId, expectedVersion, patch, event, idempotency }) {
      await transact(
        strategyId,
        keys.actionSubject(actionId),
        [
          ...withIdempotency(idempotency),
          {
            transaction: ActionEntity.build(UpdateTransaction)
              .item({ strategyId, id: actionId, ...toUpdate(patch), version: $add(1) })
              .options({ condition: { attr: 'version', eq: expectedVersion } }),
            rejection: 'STALE_VERSION',
          },
          { transaction: eventTransaction(strategyId, event), rejection: null },
        ],
        [keys.actionSort(actionId)],
      );
    },

    async saveReport({ report, expectedVersion, requireOpenRound, event, idempotency }) {
      await transact(
        report.strategyId,
        `${keys.actionSubject(report.actionId)}#${report.country}`,
        [
          ...withIdempotency(idempotency),
          {
            transaction: ReportEntity.build(PutTransaction)
              .item(report)
              .options({
                condition: expectedVersion === null ? { attr: 'version', exists: false } : { attr: 'version', eq: expectedVersion },
              }),
            rejection: 'STALE_VERSION',
          },
          ...(requireOpenRound
            ? [
                {
                  transaction: StrategyEntity.build(ConditionCheck)
                    .key({ id: report.strategyId })
                    .condition({ attr: 'openRoundId', eq: requireOpenRound }),
                  rejection: 'ROUND_NOT_OPEN' as const,
                },
              ]
            : []),
          { transaction: eventTransaction(report.strategyId, event), rejection: null },
        ],
        [keys.reportSort(report.actionId, report.country)],
      );
    },

    async openRound({ round, event, idempotency }) {
      await transact(
        round.strategyId,
        keys.roundSubject(round.id),
        [
          ...withIdempotency(idempotency),
          {
            transaction: StrategyEntity.build(UpdateTransaction)
              .item({ id: round.strategyId, openRoundId: round.id })
              .options({ condition: { attr: 'openRoundId', exists: false } }),
            rejection: 'ROUND_ALREADY_OPEN',
          },
          { transaction: RoundEntity.build(PutTransaction).item(round), rejection: null },
          { transaction: eventTransaction(round.strategyId, event), rejection: null },
        ],
        [keys.strategySort, keys.roundSort(round.id)],
      );
    },

    async closeRound({ round, event, idempotency, snapshot, readAt }) {
      await transact(
        round.strategyId,
        keys.roundSubject(round.id),
        [
          ...withIdempotency(idempotency),
          {
            transaction: StrategyEntity.build(UpdateTransaction)
              .item({ id: round.strategyId, openRoundId: $remove() })
              .options({ condition: { attr: 'openRoundId', eq: round.id } }),
            rejection: 'ROUND_NOT_OPEN',
          },
          {
            transaction: RoundEntity.build(PutTransaction)
              .item(round)
              .options({ condition: { attr: 'open', eq: true } }),
            rejection: 'ROUND_NOT_OPEN',
          },
          { transaction: eventTransaction(round.strategyId, event), rejection: null },
          // The round's snapshot (header and parts): written with the closing, or not at all.
          ...(snapshot ? snapshots.writes(snapshot) : []),
        ],
        [keys.strategySort, keys.roundSort(round.id)],
        readAt,
      );
    },

    async syncCatalogue(strategy, actions, author: ChangeAuthor): Promise<CatalogueSyncResult> {
      const strategyChanged = await syncStrategy(strategy);

      const existingById = new Map((await listActions(strategy.id)).map((action) => [action.id, action]));
      const result: CatalogueSyncResult = { created: 0, corrected: 0, unchanged: 0, strategyChanged };
      for (const incoming of actions) {
        const existing = existingById.get(incoming.id);
        if (!existing) {
          await transact(
            strategy.id,
            keys.actionSubject(incoming.id),
            [
              {
                transaction: ActionEntity.build(PutTransaction)
                  .item({ ...incoming, strategyId: strategy.id })
                  .options({ condition: { attr: 'id', exists: false } }),
                rejection: 'STALE_VERSION',
              },
            ],
            [keys.actionSort(incoming.id)],
          );
          result.created += 1;
          continue;
        }
        const differences = catalogueDifferences(existing, incoming);
        if (!differences) {
          result.unchanged += 1;
          continue;
        }
        await transact(
          strategy.id,
          keys.actionSubject(incoming.id),
          [
            {
              transaction: ActionEntity.build(UpdateTransaction)
                .item({ strategyId: strategy.id, id: incoming.id, ...toUpdate(differences.after), version: $add(1) })
                .options({ condition: { attr: 'version', eq: existing.version } }),
              rejection: 'STALE_VERSION',
            },
            {
              transaction: eventTransaction(strategy.id, {
                type: 'CATALOGUE_CORRECTED',
                at: clock().toISOString(),
                // The catalogue is in force from the adoption (issue 13).
                effectiveOn: strategy.adopted,
                actionId: incoming.id,
                author,
                before: { ...differences.before, version: existing.version },
                after: { ...differences.after, version: existing.version + 1 },
                note: 'The strategy catalogue was corrected.',
              }),
              rejection: null,
            },
          ],
          [keys.actionSort(incoming.id)],
        );
        result.corrected += 1;
      }
      return result;
    },
  };
}
