import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand, PutItemCommand, UpdateItemCommand } from 'dynamodb-toolbox';
import { entitiesFor } from '../store/entities.js';
import type { PlannedWrite, PreviewRow } from './preview.js';

/**
 * Import previews (issue 13, docs/DATA_MODEL.md): one item per upload (entities.ts,
 * PreviewEntity), owned by the person who uploaded it (only they can read or apply it), expiring
 * through the table's TTL a day after the upload. Its content (the rows shown and the writes
 * the CHANGED rows would make, then the apply's answer) is gzip'd JSON: a 1,000-row preview
 * stays well below DynamoDB's 400 KB item.
 */
export const PREVIEW_TTL_SECONDS = 24 * 60 * 60;
/** The most compressed bytes a preview's content may take in its item. */
export const PREVIEW_MAX_BYTES = 300 * 1024;

export interface AppliedRow extends Omit<PreviewRow, 'outcome'> {
  outcome: 'APPLIED' | 'SKIPPED' | 'FAILED';
  reason?: string;
  code?: string;
}

export interface StoredPreview {
  id: string;
  ownerId: string;
  createdAt: string;
  rows: PreviewRow[];
  writes: (PlannedWrite | null)[];
  appliedAt?: string;
  applied?: AppliedRow[];
}

export class PreviewTooLarge extends Error {}

export interface PreviewStore {
  save(preview: Omit<StoredPreview, 'id' | 'createdAt'>): Promise<StoredPreview>;
  /** The preview if it exists, has not expired and belongs to `ownerId`; undefined otherwise (never telling which). */
  get(id: string, ownerId: string): Promise<StoredPreview | undefined>;
  /** Records the apply's answer once: false when another apply recorded one first. */
  recordApplied(id: string, applied: AppliedRow[]): Promise<boolean>;
}

const pack = (value: unknown) => new Uint8Array(gzipSync(JSON.stringify(value)));
const unpack = <T>(bytes: Uint8Array): T => JSON.parse(gunzipSync(bytes).toString('utf8')) as T;

const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException || (error instanceof Error && error.name === 'ConditionalCheckFailedException');

/** A preview id: 128 random bits, URL-safe. */
export const newPreviewId = () => randomBytes(16).toString('base64url');
export const PREVIEW_ID = /^[A-Za-z0-9_-]{22}$/;

export function createPreviewStore(documentClient: DynamoDBDocumentClient, tableName: string, clock: () => Date = () => new Date()): PreviewStore {
  const { PreviewEntity } = entitiesFor(documentClient, tableName);
  return {
    async save(preview) {
      const content = pack({ rows: preview.rows, writes: preview.writes });
      if (content.byteLength > PREVIEW_MAX_BYTES) throw new PreviewTooLarge();
      const now = clock();
      const stored: StoredPreview = { ...preview, id: newPreviewId(), createdAt: now.toISOString() };
      await PreviewEntity.build(PutItemCommand)
        .item({
          previewId: stored.id,
          ownerId: stored.ownerId,
          createdAt: stored.createdAt,
          content,
          expiresAt: Math.floor(now.getTime() / 1000) + PREVIEW_TTL_SECONDS,
        })
        .options({ condition: { attr: 'previewId', exists: false } })
        .send();
      return stored;
    },

    async get(id, ownerId) {
      if (!PREVIEW_ID.test(id)) return undefined;
      const { Item } = await PreviewEntity.build(GetItemCommand).key({ previewId: id }).options({ consistent: true }).send();
      // DynamoDB removes expired items within days, not at once: an expired one is gone already.
      if (!Item || Item.ownerId !== ownerId || Item.expiresAt * 1000 <= clock().getTime()) return undefined;
      const { rows, writes } = unpack<Pick<StoredPreview, 'rows' | 'writes'>>(Item.content);
      return {
        id,
        ownerId: Item.ownerId,
        createdAt: Item.createdAt,
        rows,
        writes,
        ...(Item.appliedAt ? { appliedAt: Item.appliedAt } : {}),
        ...(Item.applied ? { applied: unpack<AppliedRow[]>(Item.applied) } : {}),
      };
    },

    async recordApplied(id, applied) {
      try {
        await PreviewEntity.build(UpdateItemCommand)
          .item({ previewId: id, appliedAt: clock().toISOString(), applied: pack(applied) })
          .options({
            condition: {
              and: [
                { attr: 'previewId', exists: true },
                { attr: 'appliedAt', exists: false },
              ],
            },
          })
          .send();
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}
