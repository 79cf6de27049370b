import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

/**
 * Every item of the table, keyed by PK and SK, with a hash of its content: compared before and
 * after refused writes. It reads through a client of its own, so the harness's check that no
 * request path scans the table still sees only the server's commands.
 */
export type TableImage = Map<string, { hash: string; expiresAt?: number }>;

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Set) return `set(${[...value].map(canonical).sort().join(',')})`;
  if (value instanceof Uint8Array) return `bytes(${Buffer.from(value).toString('base64')})`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
};

export interface TableReader {
  image(): Promise<TableImage>;
  close(): void;
}

export function tableReader(options: {
  endpoint: string;
  tableName: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}): TableReader {
  const client = new DynamoDBClient({ endpoint: options.endpoint, region: options.region, credentials: options.credentials });
  const documents = DynamoDBDocumentClient.from(client);
  return {
    async image() {
      const image: TableImage = new Map();
      let start: Record<string, unknown> | undefined;
      do {
        const page = await documents.send(new ScanCommand({ TableName: options.tableName, ConsistentRead: true, ExclusiveStartKey: start }));
        for (const item of page.Items ?? []) {
          const expiresAt = typeof item['expiresAt'] === 'number' ? item['expiresAt'] : undefined;
          image.set(`${String(item['PK'])} | ${String(item['SK'])}`, {
            hash: createHash('sha256').update(canonical(item)).digest('base64url'),
            ...(expiresAt !== undefined ? { expiresAt } : {}),
          });
        }
        start = page.LastEvaluatedKey;
      } while (start);
      return image;
    },
    close: () => client.destroy(),
  };
}

/** The keys added, removed or changed between two images; an item past its TTL may vanish (DynamoDB deletes it). */
export function tableChanges(before: TableImage, after: TableImage, nowSeconds = Date.now() / 1000): string[] {
  const changes: string[] = [];
  for (const [key, item] of after) {
    const earlier = before.get(key);
    if (!earlier) changes.push(`added ${key}`);
    else if (earlier.hash !== item.hash) changes.push(`changed ${key}`);
  }
  for (const [key, item] of before) {
    if (!after.has(key) && !(item.expiresAt !== undefined && item.expiresAt <= nowSeconds)) changes.push(`removed ${key}`);
  }
  return changes;
}
