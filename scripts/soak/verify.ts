import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys, type itemKey } from '../../functions/store/entities.js';
import type { WriteRecord } from './workload.js';

/**
 * The soak's proof, read from the table itself (a Scan: the soak's own tool, never a request
 * path) before and after the run. docs/DATA_MODEL.md says what one write consists of: the item
 * (action, report, round, strategy) under a version condition, one history event, one revision
 * shard bumped, and the client mutation record, all in one transaction; a snapshot is its
 * header and its parts (a closing also writes the round's snapshot).
 */
/** A scanned item: its keys (named by functions/store/entities.ts) and its attributes. */
export type Item = Record<string, unknown> & ReturnType<typeof itemKey>;

export async function scanTable(client: DynamoDBDocumentClient, tableName: string): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey }));
    items.push(...((page.Items ?? []) as Item[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

export interface Invariant {
  name: string;
  pass: boolean;
  detail: string;
}

const keyOf = (item: Item) => `${item.PK}\u0000${item.SK}`;
const isEvent = (item: Item) => item.SK.startsWith(keys.eventPrefix);
const MUTATION_PREFIX = keys.mutation('');
const MARKER = /soak:([0-9a-f-]{36})/;

/**
 * The idempotency key a history event carries: in its note (updateAction's note, reviseDeadline's
 * reason, a review's comment), else in the note or name it wrote (a report, a round). Never
 * searched elsewhere: `before` holds the previous write's key, and a deadline revision's `after`
 * lists every earlier revision with its reason.
 */
function markerOf(event: Item): string | undefined {
  const after = (event['after'] ?? {}) as { note?: unknown; name?: unknown };
  for (const text of [event['note'], after.note, after.name]) {
    const found = typeof text === 'string' ? MARKER.exec(text)?.[1] : undefined;
    if (found) return found;
  }
  return undefined;
}

const versionAfter = (event: Item) => (event['after'] as { version?: number } | null)?.version;

function summarise(problems: string[], total: number, what: string): string {
  return problems.length === 0
    ? `${total} ${what}`
    : `${problems.length} of ${total} ${what}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; ...' : ''}`;
}

export function checkTable(options: { before: Item[]; after: Item[]; writes: WriteRecord[]; strategyId: string }): Invariant[] {
  const { before, after, writes, strategyId } = options;
  const beforeKeys = new Set(before.map(keyOf));
  const beforeByKey = new Map(before.map((item) => [keyOf(item), item]));
  const created = after.filter((item) => !beforeKeys.has(keyOf(item)));
  const events = created.filter(isEvent);
  const strategyPartition = keys.strategy(strategyId);

  const eventsByMarker = new Map<string, Item[]>();
  for (const event of events) {
    const found = markerOf(event);
    if (found) eventsByMarker.set(found, [...(eventsByMarker.get(found) ?? []), event]);
  }
  const mutationKeys = new Set(created.filter((item) => item.PK.startsWith(MUTATION_PREFIX)).map((item) => item.PK.slice(MUTATION_PREFIX.length)));
  const headers = after.filter((item) => item.PK === keys.snapshots(strategyId));
  const headersByName = new Map<string, Item[]>();
  for (const header of headers) headersByName.set(String(header['name']), [...(headersByName.get(String(header['name'])) ?? []), header]);
  const markerOfName = (name: string) => MARKER.exec(name)?.[1];
  const snapshotsOf = (key: string) =>
    [...headersByName].filter(([name]) => markerOfName(name) === key && name.startsWith('soak:')).flatMap(([, found]) => found);
  const closedEventsOf = (roundId: string) => events.filter((event) => event['type'] === 'ROUND_CLOSED' && event['roundId'] === roundId);
  /** What a keyed write left: its history events (its snapshot headers for freezeSnapshot), and whether its mutation record exists. */
  const traces = (write: WriteRecord) => ({
    written: write.op === 'freezeSnapshot' ? snapshotsOf(write.key) : (eventsByMarker.get(write.key) ?? []),
    record: mutationKeys.has(`${write.userId}#${write.key}`),
  });
  const keyed = writes.filter((write) => write.op !== 'closeReportingRound');
  const closes = writes.filter((write) => write.op === 'closeReportingRound');
  const invariants: Invariant[] = [];

  // 1. Every write answered with success is in the table, in history exactly once, as answered.
  {
    const problems: string[] = [];
    const successes = writes.filter((write) => write.outcome === 'success');
    for (const write of successes) {
      if (write.op === 'closeReportingRound') {
        const round = after.find((item) => item.PK === strategyPartition && item.SK === keys.roundSort(write.target));
        if (closedEventsOf(write.target).length !== 1 || round?.['open'] !== false)
          problems.push(`closing ${write.target}: ${closedEventsOf(write.target).length} events, open ${String(round?.['open'])}`);
        continue;
      }
      const { written, record } = traces(write);
      if (written.length !== 1 || !record)
        problems.push(`${write.op} ${write.key}: ${written.length} in history, mutation record ${record ? 'present' : 'missing'}`);
      else if (write.version !== undefined && versionAfter(written[0]!) !== write.version)
        problems.push(`${write.op} ${write.key}: answered version ${write.version}, history has ${versionAfter(written[0]!)}`);
      else if (
        write.op === 'openReportingRound' &&
        !after.some((item) => item.PK === strategyPartition && item.SK === keys.roundSort(String(write.id)))
      )
        problems.push(`round ${write.id} missing`);
    }
    invariants.push({
      name: 'every write answered with success is in the table and in history exactly once',
      pass: problems.length === 0,
      detail: summarise(problems, successes.length, 'successful writes'),
    });
  }

  // 2. Every refused write left nothing.
  {
    const refused = keyed.filter((write) => write.outcome === 'refused');
    const problems = refused.flatMap((write) => {
      const { written, record } = traces(write);
      return written.length > 0 || record ? [`${write.op} ${write.key} (${write.code}): ${written.length} in history, record ${record}`] : [];
    });
    invariants.push({
      name: 'every refused write left nothing',
      pass: problems.length === 0,
      detail: summarise(problems, refused.length, 'refused writes'),
    });
  }

  // 3. A write whose outcome stayed unknown happened wholly or not at all, and at most once.
  {
    const unknown = keyed.filter((write) => write.outcome === 'unknown');
    const problems = unknown.flatMap((write) => {
      const { written, record } = traces(write);
      const whole = written.length === 1 && record;
      return whole || (written.length === 0 && !record) ? [] : [`${write.op} ${write.key}: ${written.length} in history, record ${record}`];
    });
    const happened = unknown.filter((write) => traces(write).written.length === 1).length;
    const closeProblems = closes
      .filter((write) => write.outcome !== 'success')
      .flatMap((write) =>
        closedEventsOf(write.target).length > 1 ? [`round ${write.target} closed ${closedEventsOf(write.target).length} times`] : [],
      );
    invariants.push({
      name: 'a write whose outcome stayed unknown happened wholly or not at all, never twice',
      pass: problems.length + closeProblems.length === 0,
      detail: `${summarise([...problems, ...closeProblems], unknown.length + closes.filter((write) => write.outcome !== 'success').length, 'writes never answered with their outcome')}; ${happened} of them had happened`,
    });
  }

  // 4. No idempotency key appears twice in history; each history event of the run belongs to a write.
  {
    const problems = [...eventsByMarker].filter(([, found]) => found.length > 1).map(([key, found]) => `${key} ×${found.length}`);
    const known = new Set(writes.map((write) => write.key));
    const stray = events.filter((event) => {
      const found = markerOf(event);
      return found ? !known.has(found) : event['type'] !== 'ROUND_CLOSED';
    });
    invariants.push({
      name: 'no write is in history twice, and history holds nothing no one wrote',
      pass: problems.length === 0 && stray.length === 0,
      detail: `${events.length} new history events${problems.length ? `; repeated: ${problems.slice(0, 5).join(', ')}` : ''}${
        stray.length
          ? `; ${stray.length} belong to no write: ${stray
              .slice(0, 3)
              .map((event) => event.PK)
              .join(', ')}`
          : ''
      }`,
    });
  }

  // 5. No write is half done: items, history, revision shards, mutation records and snapshots agree.
  {
    const problems: string[] = [];
    // Each action and report: its version moved by exactly the history events of the run, one event per version.
    const items = after.filter(
      (item) => item.PK === strategyPartition && (item.SK.startsWith(keys.actionPrefix) || item.SK.startsWith(keys.reportPrefix)),
    );
    for (const item of items) {
      const previous = Number(beforeByKey.get(keyOf(item))?.['version'] ?? 0);
      const current = Number(item['version']);
      const own = events.filter((event) =>
        item.SK.startsWith(keys.actionPrefix)
          ? event.PK === keys.actionSubject(String(item['id'])) && !event['country']
          : event.PK === keys.actionSubject(String(item['actionId'])) && event['country'] === item['country'],
      );
      const versions = own.map(versionAfter).sort((a, b) => (a ?? 0) - (b ?? 0));
      const expected = Array.from({ length: current - previous }, (_, index) => previous + index + 1);
      if (JSON.stringify(versions) !== JSON.stringify(expected))
        problems.push(`${item.SK}: version ${previous} → ${current}, history versions [${versions.join(',')}]`);
    }
    // Every write with a history event bumped exactly one revision shard.
    const revisionSum = (list: Item[]) =>
      list.filter((item) => item.PK === keys.revision(strategyId)).reduce((sum, item) => sum + Number(item['revision']), 0);
    const bumps = revisionSum(after) - revisionSum(before);
    if (bumps !== events.length) problems.push(`revision shards moved by ${bumps} for ${events.length} history events`);
    // Every mutation record belongs to exactly one write that happened, and every keyed write that happened has its record.
    for (const key of mutationKeys) {
      const clientKey = key.split('#').slice(1).join('#');
      if ((eventsByMarker.get(clientKey)?.length ?? 0) + snapshotsOf(clientKey).length !== 1)
        problems.push(`mutation record ${key} matches no single write`);
    }
    for (const [clientKey] of eventsByMarker) {
      if (![...mutationKeys].some((key) => key.endsWith(`#${clientKey}`))) problems.push(`history event of ${clientKey} has no mutation record`);
    }
    // Rounds: closed ones have their one closing event and their snapshot; at most one is open, and it is the strategy's.
    const rounds = after.filter((item) => item.PK === strategyPartition && item.SK.startsWith(keys.roundPrefix));
    const strategy = after.find((item) => item.PK === strategyPartition && item.SK === keys.strategySort);
    for (const round of rounds) {
      const closedNow = round['open'] === false && beforeByKey.get(keyOf(round))?.['open'] !== false;
      if (
        closedNow &&
        (closedEventsOf(String(round['id'])).length !== 1 ||
          (headersByName.get(`Reporting round "${String(round['name'])}" closed`)?.length ?? 0) !== 1)
      ) {
        problems.push(`round ${String(round['id'])} closed without its one event and snapshot`);
      }
      if (round['open'] === true && strategy?.['openRoundId'] !== round['id'])
        problems.push(`round ${String(round['id'])} is open but not the strategy's open round`);
    }
    // Snapshots: every header has all its parts.
    for (const header of headers) {
      const parts = after.filter((item) => item.PK === keys.snapshotParts(strategyId, String(header['id']))).length;
      if (parts !== Number(header['parts'])) problems.push(`snapshot ${String(header['id'])}: ${parts} of ${String(header['parts'])} parts`);
    }
    invariants.push({
      name: 'no write is half done (item, history event, revision shard, mutation record, snapshot parts agree)',
      pass: problems.length === 0,
      detail:
        problems.length === 0
          ? `${items.length} actions and reports, ${rounds.length} rounds, ${headers.length} snapshots, ${mutationKeys.size} mutation records, revision +${bumps}`
          : `${problems.length} problems: ${problems.slice(0, 5).join('; ')}`,
    });
  }
  return invariants;
}
