import { GetItemCommand, QueryCommand } from 'dynamodb-toolbox';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { execute } from 'dynamodb-toolbox/entity/actions/transactWrite';
import type { SnapshotContent, SnapshotHeader } from '../domain/snapshot.js';
import { keys, mutationRecordWrite, type Entities } from './entities.js';
import { decodeContent, encodeContent, type EncodedContent } from './snapshot-codec.js';
import { WriteRejected, type Idempotency } from './store.js';

/**
 * Frozen snapshots in DynamoDB (docs/DATA_MODEL.md, "Snapshot"): a header and its parts, kept
 * out of the strategy's partition (entities.ts, SnapshotHeaderEntity and SnapshotPartEntity).
 * Every item is written once, under attribute_not_exists, and never updated: a snapshot is
 * immutable. The header and all parts go in one transaction, so a snapshot is whole or absent.
 */

/** A snapshot ready to write: its header and its encoded content. */
export interface SnapshotWrite {
  strategyId: string;
  header: SnapshotHeader;
  encoded: EncodedContent;
}

export function snapshotWrite(strategyId: string, header: SnapshotHeader, content: SnapshotContent): SnapshotWrite {
  return { strategyId, header, encoded: encodeContent(content) };
}

export interface SnapshotPage {
  snapshots: SnapshotHeader[];
  /** The last snapshot's id, when older ones remain. */
  nextCursor?: string;
}

/** What the API needs from persistence for snapshots; part of Store (store.ts). */
export interface SnapshotStore {
  /** Writes a snapshot whole, in one transaction, with the mutation record if given. */
  saveSnapshot(snapshot: SnapshotWrite, idempotency?: Idempotency): Promise<void>;
  /** Snapshot headers, newest first. */
  listSnapshots(strategyId: string, page: { limit: number; after?: string }): Promise<SnapshotPage>;
  getSnapshotHeader(strategyId: string, snapshotId: string): Promise<SnapshotHeader | undefined>;
  /** The content as frozen; undefined if there is no such snapshot. */
  getSnapshotContent(strategyId: string, snapshotId: string): Promise<SnapshotContent | undefined>;
}

type StoredHeader = SnapshotHeader & { strategyId: string; parts: number; bytes: number; digest: string };

function headerOf({ strategyId: _strategyId, parts: _parts, bytes: _bytes, digest: _digest, ...header }: StoredHeader): SnapshotHeader {
  return { ...header, round: header.round ?? null };
}

export function createSnapshotStore(entities: Entities, clock: () => Date = () => new Date()) {
  const { table, SnapshotHeaderEntity, SnapshotPartEntity, MutationEntity } = entities;

  /** The header and the parts as transaction items, each refused if it already exists. */
  function writes({ strategyId, header, encoded }: SnapshotWrite) {
    return [
      {
        transaction: SnapshotHeaderEntity.build(PutTransaction)
          .item({ ...header, strategyId, parts: encoded.parts.length, bytes: encoded.bytes, digest: encoded.digest })
          .options({ condition: { attr: 'id', exists: false } }),
        rejection: null,
      },
      ...encoded.parts.map((data, index) => ({
        transaction: SnapshotPartEntity.build(PutTransaction)
          .item({ strategyId, snapshotId: header.id, index, data })
          .options({ condition: { attr: 'snapshotId', exists: false } }),
        rejection: null,
      })),
    ];
  }

  async function getStoredHeader(strategyId: string, snapshotId: string): Promise<StoredHeader | undefined> {
    const { Item } = await SnapshotHeaderEntity.build(GetItemCommand).key({ strategyId, id: snapshotId }).options({ consistent: true }).send();
    return Item as StoredHeader | undefined;
  }

  const store: SnapshotStore = {
    async saveSnapshot(snapshot, idempotency) {
      const items = [
        ...(idempotency ? [mutationRecordWrite(MutationEntity, idempotency, clock())] : []),
        ...writes(snapshot).map((write) => write.transaction),
      ];
      try {
        await execute(...(items as Parameters<typeof execute>));
      } catch (error) {
        const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
        if (idempotency && reasons?.[0]?.Code === 'ConditionalCheckFailed') throw new WriteRejected('REPEATED_MUTATION');
        throw error;
      }
    },

    async listSnapshots(strategyId, { limit, after }) {
      const { Items = [], LastEvaluatedKey } = await table
        .build(QueryCommand)
        .entities(SnapshotHeaderEntity)
        .query({
          partition: keys.snapshots(strategyId),
          range: after ? { between: [keys.snapshotPrefix, keys.snapshotSort(after)] } : { beginsWith: keys.snapshotPrefix },
        })
        .options({ reverse: true, consistent: true, limit: limit + (after ? 1 : 0) })
        .send();
      // `between` includes the cursor's own snapshot; it was on the previous page.
      const snapshots = (Items as StoredHeader[])
        .filter((header) => header.id !== after)
        .slice(0, limit)
        .map(headerOf);
      const last = snapshots.at(-1);
      return { snapshots, ...(LastEvaluatedKey && last ? { nextCursor: last.id } : {}) };
    },

    async getSnapshotHeader(strategyId, snapshotId) {
      const stored = await getStoredHeader(strategyId, snapshotId);
      return stored ? headerOf(stored) : undefined;
    },

    async getSnapshotContent(strategyId, snapshotId) {
      const [stored, { Items = [] }] = await Promise.all([
        getStoredHeader(strategyId, snapshotId),
        table
          .build(QueryCommand)
          .entities(SnapshotPartEntity)
          .query({ partition: keys.snapshotParts(strategyId, snapshotId), range: { beginsWith: keys.partPrefix } })
          .options({ consistent: true, maxPages: Infinity })
          .send(),
      ]);
      if (!stored) return undefined;
      const parts = (Items as { index: number; data: Uint8Array }[]).sort((a, b) => a.index - b.index).map((part) => part.data);
      if (parts.length !== stored.parts) throw new Error(`Snapshot ${snapshotId} has ${parts.length} of its ${stored.parts} parts.`);
      return decodeContent(parts, stored);
    },
  };

  return { store, writes };
}
