import { createHash } from 'node:crypto';
import { BatchGetCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { UpdateItemCommand, $add, $append, $remove } from 'dynamodb-toolbox';
import { ConditionCheck } from 'dynamodb-toolbox/entity/actions/transactCheck';
import { UpdateTransaction } from 'dynamodb-toolbox/entity/actions/transactUpdate';
import { attributes, itemKey, keys, type Entities } from './entities.js';
import { StoreBusy, type ChangeList, type Revision } from './store.js';

/**
 * The strategy's revision as the store writes and reads it (docs/DATA_MODEL.md, "Revision"):
 * REVISION_SHARDS counters, each in a small item of its own, and beside each counter its change
 * list. Every write adds one to one shard (chosen by the write's subject, so unrelated writes
 * rarely meet on one) and appends the sort keys it changed to that shard's list, both in the
 * write's own transaction. Once that transaction committed, and before the write answers, it
 * adds one to the strategy's published count (`publish`), outside the transaction so that
 * concurrent writes never meet on that one item. Only plain reads and writes here: the state
 * reader (state-reader.ts) decides what they mean for a kept state.
 */
export const REVISION_SHARDS = 16;

/**
 * A shard's change list holds at most this many writes: a write that finds it full trims the
 * oldest SHARD_CHANGES_TRIMMED and runs again. So a kept state fewer than MAX - TRIMMED writes
 * behind on every shard is brought up to date by re-reading just the changed items.
 */
export const MAX_SHARD_CHANGES = 20;
const SHARD_CHANGES_TRIMMED = 12;

/** Attempts at a batch read whose keys DynamoDB left unprocessed (throttling) before the read is busy. */
const BATCH_ATTEMPTS = 5;

type RevisionEntities = Pick<Entities, 'RevisionShardEntity' | 'ChangeListEntity' | 'PublishedCountEntity'>;

export function createRevisionShards(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  { RevisionShardEntity, ChangeListEntity, PublishedCountEntity }: RevisionEntities,
) {
  const shardOf = (subject: string) => String(createHash('sha1').update(subject).digest()[0]! % REVISION_SHARDS);

  /** The condition that a shard is still at the count a state was read at (never written, if the state had none). */
  const unchangedShard = (readAt: Revision, shard: string) =>
    readAt[shard] === undefined ? { attr: 'revision' as const, exists: false } : { attr: 'revision' as const, eq: readAt[shard] };

  /**
   * The transaction items a write adds: the counter of the shard it bumps, that shard's change
   * list (the sort keys it changes appended; a full list cancels the transaction, and the caller
   * trims it with `trim`), and, with `readAt` (the revision of the state the write was computed
   * from), a check that every other shard is still at that revision (the bumped counter carries
   * the same condition). `counter` and `list` are the positions of those two items.
   */
  function writes(strategyId: string, subject: string, changed: string[], readAt?: Revision) {
    const bumped = shardOf(subject);
    const checks = readAt
      ? Array.from({ length: REVISION_SHARDS }, (_, index) => String(index))
          .filter((shard) => shard !== bumped)
          .map((shard) => ({
            transaction: RevisionShardEntity.build(ConditionCheck).key({ strategyId, shard }).condition(unchangedShard(readAt, shard)),
            rejection: 'STATE_CHANGED' as const,
          }))
      : [];
    const counter = RevisionShardEntity.build(UpdateTransaction).item({ strategyId, shard: bumped, revision: $add(1) });
    return [
      ...checks,
      {
        transaction: readAt ? counter.options({ condition: unchangedShard(readAt, bumped) }) : counter,
        rejection: readAt ? ('STATE_CHANGED' as const) : null,
        role: 'counter' as const,
      },
      {
        transaction: ChangeListEntity.build(UpdateTransaction)
          .item({ strategyId, shard: bumped, revision: $add(1), changes: $append([changed.join(' ')]) })
          .options({
            condition: {
              or: [
                { attr: 'changes', exists: false },
                { size: 'changes', lt: MAX_SHARD_CHANGES },
              ],
            },
          }),
        rejection: null,
        role: 'list' as const,
      },
    ];
  }

  /** Drops the oldest entries of the subject's shard's full change list (a no-op if another writer already did). */
  async function trim(strategyId: string, subject: string): Promise<void> {
    const oldest = Object.fromEntries(Array.from({ length: SHARD_CHANGES_TRIMMED }, (_, index) => [index, $remove()]));
    try {
      await ChangeListEntity.build(UpdateItemCommand)
        .item({ strategyId, shard: shardOf(subject), changes: oldest })
        .options({ condition: { size: 'changes', gte: MAX_SHARD_CHANGES } })
        .send();
    } catch (error) {
      // Another writer trimmed it first, or was writing the shard: the transaction runs again either way.
      const { name } = error as { name?: string };
      if (name !== 'ConditionalCheckFailedException' && name !== 'TransactionConflictException') throw error;
    }
  }

  /** The counters: one strongly consistent query of the revision's own partition (16 small items). */
  async function read(strategyId: string): Promise<Revision> {
    const { Items = [] } = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: '#pk = :pk',
        // Only what the check needs: fewer bytes to send and to unmarshal on every request.
        ProjectionExpression: '#shard, #revision',
        ExpressionAttributeNames: { '#pk': attributes.partitionKey, '#shard': 'shard', '#revision': 'revision' },
        ExpressionAttributeValues: { ':pk': keys.revision(strategyId) },
        ConsistentRead: true,
      }),
    );
    const revision: Revision = {};
    for (const item of Items) revision[String(item['shard'])] = Number(item['revision']);
    return revision;
  }

  /**
   * Counts one more finished write: after its transaction committed, before it answers. A plain
   * update (an atomic ADD), never part of a transaction: DynamoDB cancels concurrent
   * transactions that touch one item, and every write touches this one.
   */
  async function publish(strategyId: string): Promise<void> {
    await PublishedCountEntity.build(UpdateItemCommand)
      .item({ strategyId, published: $add(1) })
      .send();
  }

  /** The published count: one strongly consistent read of one small item (0 before any write published). */
  async function readPublished(strategyId: string): Promise<number> {
    const { Item } = await documentClient.send(
      new GetCommand({
        TableName: tableName,
        Key: itemKey(keys.published(strategyId), keys.publishedSort),
        ProjectionExpression: '#published',
        ExpressionAttributeNames: { '#published': 'published' },
        ConsistentRead: true,
      }),
    );
    return Number(Item?.['published'] ?? 0);
  }

  /** Strongly consistent: every item at least as new as the writes that completed before the call. */
  async function batchGet(requested: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    const found: Record<string, unknown>[] = [];
    let pending = requested;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt >= BATCH_ATTEMPTS) throw new StoreBusy(new Error('BatchGetItem left keys unprocessed'));
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 10 * attempt));
      const { Responses = {}, UnprocessedKeys = {} } = await documentClient.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      found.push(...(Responses[tableName] ?? []));
      pending = (UnprocessedKeys[tableName]?.Keys ?? []) as Record<string, unknown>[];
    }
    return found;
  }

  /** The change lists of the given shards (a shard never written has none). */
  async function readChanges(strategyId: string, shards: string[]): Promise<Record<string, ChangeList>> {
    const lists: Record<string, ChangeList> = {};
    if (shards.length === 0) return lists;
    const items = await batchGet(shards.map((shard) => itemKey(keys.changeLists(strategyId), keys.shardSort(shard))));
    for (const item of items) lists[String(item['shard'])] = { revision: Number(item['revision']), changes: (item['changes'] as string[]) ?? [] };
    return lists;
  }

  return { shardOf, writes, trim, read, readChanges, batchGet, publish, readPublished };
}
