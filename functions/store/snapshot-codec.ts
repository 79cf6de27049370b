import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SnapshotContent } from '../domain/snapshot.js';

/**
 * A snapshot's content as stored: JSON, gzip-compressed, cut into parts that each fit in a
 * DynamoDB item (400 KB) with room to spare. All parts, the header and the rest of the write
 * go in ONE TransactWriteItems, whose limits are 100 items and 4 MB: the content is capped at
 * MAX_SNAPSHOT_BYTES compressed (10 parts), which leaves the rest of the 4 MB for the header,
 * the closing round's item and the history event. A strategy of 5,000 actions compresses to a
 * fraction of the cap (test/unit/snapshot.test.ts measures it).
 */
export const PART_BYTES = 300_000;
export const MAX_SNAPSHOT_BYTES = 3_000_000;
export const MAX_SNAPSHOT_PARTS = MAX_SNAPSHOT_BYTES / PART_BYTES;

export interface EncodedContent {
  parts: Uint8Array[];
  /** Compressed size in bytes. */
  bytes: number;
  /** SHA-256 of the compressed content, hex: checked on every read. */
  digest: string;
}

export class SnapshotTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`The snapshot is ${bytes} bytes compressed; at most ${MAX_SNAPSHOT_BYTES} fit in one transaction.`);
    this.name = 'SnapshotTooLarge';
  }
}

export function encodeContent(content: SnapshotContent): EncodedContent {
  const compressed = gzipSync(Buffer.from(JSON.stringify(content), 'utf8'), { level: 9 });
  if (compressed.length > MAX_SNAPSHOT_BYTES) throw new SnapshotTooLarge(compressed.length);
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < compressed.length; offset += PART_BYTES) {
    parts.push(new Uint8Array(compressed.subarray(offset, offset + PART_BYTES)));
  }
  return { parts, bytes: compressed.length, digest: createHash('sha256').update(compressed).digest('hex') };
}

export function decodeContent(parts: readonly Uint8Array[], expected: { digest: string; bytes: number }): SnapshotContent {
  const compressed = Buffer.concat(parts.map((part) => Buffer.from(part)));
  const digest = createHash('sha256').update(compressed).digest('hex');
  if (compressed.length !== expected.bytes || digest !== expected.digest) {
    throw new Error(`A snapshot's stored parts do not match its header (${compressed.length} of ${expected.bytes} bytes).`);
  }
  return JSON.parse(gunzipSync(compressed).toString('utf8')) as SnapshotContent;
}
