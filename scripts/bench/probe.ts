import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { FEED_INDEX, keys } from '../../functions/store/entities.js';

/**
 * Counts what the server sends to DynamoDB, through the `instrumentClient` hook of
 * startLocalServer: one middleware at the initialize step (command name, input, time to the
 * unmarshalled-by-the-SDK output, items returned) and one at the deserialize step (bytes of the
 * HTTP response). Records only while `recording` is set.
 */
export interface CommandRecord {
  name: string;
  ms: number;
  index?: string;
  /** Whether the request touched history (GSI1 or an EVENT# key). */
  history: boolean;
  items?: number;
  scanned?: number;
  bytes?: number;
  morePages: boolean;
}

export interface DynamoProbe {
  recording: boolean;
  records: CommandRecord[];
  install(client: DynamoDBClient): void;
  /** Runs `action` with recording on, returns what it sent. */
  record<T>(action: () => Promise<T>): Promise<{ result: T; records: CommandRecord[] }>;
  start(): void;
  /** Stops recording; returns what was sent since start(). */
  stop(): CommandRecord[];
}

const BYTES = Symbol('responseBytes');

/** The change feed's partitions end so (functions/store/entities.ts, keys.strategyEvents). */
const FEED_SUFFIX = keys.strategyEvents('').slice(keys.strategy('').length);

const mentionsHistory = (input: Record<string, unknown>) => {
  if (input.IndexName === FEED_INDEX) return true;
  const values = JSON.stringify(input.ExpressionAttributeValues ?? input.Key ?? {});
  return values.includes(keys.eventPrefix) || values.includes(FEED_SUFFIX);
};

export function createProbe(): DynamoProbe {
  const probe: DynamoProbe = {
    recording: false,
    records: [],
    install(client) {
      client.middlewareStack.add(
        (next, context) => async (args) => {
          if (!probe.recording) return next(args);
          const input = args.input as Record<string, unknown>;
          const started = performance.now();
          const result = await next(args);
          const output = result.output as { Count?: number; ScannedCount?: number; Item?: unknown; LastEvaluatedKey?: unknown };
          probe.records.push({
            name: String(context.commandName),
            ms: performance.now() - started,
            ...(typeof input.IndexName === 'string' ? { index: input.IndexName } : {}),
            history: mentionsHistory(input),
            items: output.Count ?? (output.Item ? 1 : 0),
            ...(output.ScannedCount !== undefined ? { scanned: output.ScannedCount } : {}),
            bytes: (context as Record<symbol, number | undefined>)[BYTES],
            morePages: output.LastEvaluatedKey !== undefined,
          });
          return result;
        },
        { step: 'initialize', name: 'benchProbe', priority: 'high' },
      );
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const result = await next(args);
          if (probe.recording) {
            const headers = (result.response as { headers?: Record<string, string> }).headers ?? {};
            const length = Number(headers['content-length'] ?? Number.NaN);
            if (Number.isFinite(length)) (context as Record<symbol, number>)[BYTES] = length;
          }
          return result;
        },
        { step: 'deserialize', name: 'benchProbeBytes' },
      );
    },
    start() {
      probe.records = [];
      probe.recording = true;
    },
    stop() {
      const { records } = probe;
      probe.recording = false;
      probe.records = [];
      return records;
    },
    async record(action) {
      probe.records = [];
      probe.recording = true;
      try {
        const result = await action();
        return { result, records: probe.records };
      } finally {
        probe.recording = false;
        probe.records = [];
      }
    },
  };
  return probe;
}

/** "GetItem ×1, Query ×8", per request when the records cover `requests` requests. */
export function describeCommands(records: readonly CommandRecord[], requests = 1): string {
  const counts = new Map<string, number>();
  for (const record of records) {
    const name = record.name.replace(/Command$/, '') + (record.index ? `(${record.index})` : '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const per = (count: number) => (Number.isInteger(count / requests) ? String(count / requests) : (count / requests).toFixed(2));
  return [...counts].map(([name, count]) => `${name} ×${per(count)}`).join(', ') || 'none';
}
