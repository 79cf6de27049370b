import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClient } from '../../functions/store/dynamo-client.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local/dynamodb-local.js';
import { HELLO } from './floors.js';
import { ACTION, ACTION_NO_HEALTH, ACTIONS, DASHBOARD, UPDATE_ACTION, post, type GraphQLBody, type OperationSpec } from './operations.js';

/**
 * A bounded closed-loop load generator: `concurrency` lanes each send one request, wait for the
 * whole response, check it, and send the next, until `maxRequests` were sent or `maxMs` passed
 * (but not before `minRequests` were sent, so that a slow operation still yields a few
 * samples; never beyond `hardMaxMs`). Latency is measured from sending the request to the last byte of
 * the response; checking the response (JSON parse) happens outside the timed span.
 */
export interface LoadRun {
  url: string;
  token: string;
  spec: OperationSpec;
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  minRequests: number;
  hardMaxMs: number;
}

export interface LoadResult {
  latencies: number[];
  errors: number;
  errorSamples: string[];
  elapsedMs: number;
  responseBytes: number;
  /** Time the load generator's own event loop was busy (building, sending, parsing), ms. */
  clientBusyMs: number;
  /**
   * CPU time of the load generator's own thread, ms (from /proc/thread-self/stat; undefined
   * where there is none). Unlike the busy time, it does not count time the thread waited for a
   * core, which on a loaded machine is most of it.
   */
  clientCpuMs?: number;
  /** 'dashboard ⇄ action(id)': the successful latencies of each operation, by its name (they are in `latencies` too). */
  byKind?: Record<string, number[]>;
  /** updateAction: the versions and progress after the run, for the next run. */
  targets?: { id: string; version: number; progress: number }[];
}

interface PreparedRequest {
  body: string;
  /** Returns a problem with the response, or undefined when it is a success. */
  check(body: GraphQLBody): string | undefined;
  /** Sent and checked first, untimed. */
  before?: PreparedRequest;
  /** Which operation this is, where a run mixes two ('dashboard ⇄ action(id)'). */
  kind?: string;
}

const hasData = (field: string) => (body: GraphQLBody) =>
  body.errors?.length
    ? `errors: ${body.errors.map((error) => error.extensions?.code ?? error.message).join(', ')}`
    : body.data?.[field]
      ? undefined
      : `no data.${field}`;

/** action(id) requests cycling through `ids`. */
function actionRequests(ids: readonly string[], query: string): () => PreparedRequest {
  const bodies = ids.map((id) => JSON.stringify({ query, variables: { id } }));
  let next = 0;
  return () => ({ body: bodies[next++ % bodies.length] ?? '', check: hasData('action') });
}

function requestFactory(spec: OperationSpec, concurrency: number): (lane: number, sequence: number) => PreparedRequest {
  switch (spec.name) {
    case 'floor: yoga hello': {
      const body = JSON.stringify({ query: HELLO });
      return () => ({ body, check: hasData('hello') });
    }
    case 'floor: GetItem':
      throw new Error('the GetItem floor sends no GraphQL request');
    case 'dashboard': {
      const body = JSON.stringify({ query: DASHBOARD });
      return () => ({ body, check: hasData('dashboard') });
    }
    case 'actions': {
      const body = JSON.stringify({ query: ACTIONS, variables: { first: 100 } });
      return () => ({
        body,
        check: (response) =>
          hasData('actions')(response) ?? ((response.data?.actions as { edges: unknown[] }).edges.length > 0 ? undefined : 'empty page'),
      });
    }
    case 'action(id)':
    case 'action(id) w/o health': {
      const nextAction = actionRequests(spec.ids, spec.name === 'action(id)' ? ACTION : ACTION_NO_HEALTH);
      return () => nextAction();
    }
    case 'dashboard ⇄ action(id)': {
      const dashboard = JSON.stringify({ query: DASHBOARD });
      const nextAction = actionRequests(spec.ids, ACTION);
      return (_lane, sequence) =>
        sequence % 2 === 0 ? { body: dashboard, check: hasData('dashboard'), kind: 'dashboard' } : { ...nextAction(), kind: 'action(id)' };
    }
    case 'updateAction':
    case 'dashboard after write': {
      const lanes = Array.from({ length: concurrency }, (_, lane) => spec.targets.filter((_, index) => index % concurrency === lane));
      if (lanes.some((targets) => targets.length === 0)) throw new Error(`${spec.name} needs at least ${concurrency} targets`);
      const update = (lane: number, sequence: number): PreparedRequest => {
        const targets = lanes[lane] ?? [];
        const target = targets[sequence % targets.length];
        if (!target) throw new Error('no target');
        const progress = target.progress >= 99 ? 1 : target.progress + 1;
        const body = JSON.stringify({
          query: UPDATE_ACTION,
          variables: { input: { actionId: target.id, progress, expectedVersion: target.version } },
        });
        return {
          body,
          check(response) {
            const problem = hasData('updateAction')(response);
            if (problem) return problem;
            const updated = response.data?.updateAction as { version: number; progress: number };
            if (updated.version !== target.version + 1 || updated.progress !== progress) return 'unexpected version or progress';
            target.version = updated.version;
            target.progress = updated.progress;
            return undefined;
          },
        };
      };
      if (spec.name === 'updateAction') return update;
      const dashboard = JSON.stringify({ query: DASHBOARD });
      return (lane, sequence) => ({ body: dashboard, check: hasData('dashboard'), before: update(lane, sequence) });
    }
  }
}

/** This thread's CPU time (user + system), ms, in clock ticks of 10 ms; Linux only. */
function threadCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The GetItem floor's client: the product's client settings, kept across runs like the server's. */
let floorClient: { endpoint: string; client: DynamoDBDocumentClient } | undefined;

/**
 * The GetItem floor as prepared requests: each "body" is the index of an action's key, sent
 * with the document client (strongly consistent, as the product's reads are) and checked for
 * the item.
 */
function getItemSender(spec: Extract<LoadRun['spec'], { name: 'floor: GetItem' }>) {
  if (floorClient?.endpoint !== spec.endpoint) {
    floorClient?.client.destroy();
    const client = createDynamoClient({ endpoint: spec.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    floorClient = { endpoint: spec.endpoint, client: DynamoDBDocumentClient.from(client) };
  }
  const { client } = floorClient;
  let next = 0;
  return {
    prepare: (): PreparedRequest => ({ body: String(next++ % spec.keys.length), check: () => undefined }),
    async send(body: string) {
      const { Item } = await client.send(new GetCommand({ TableName: spec.tableName, Key: spec.keys[Number(body)], ConsistentRead: true }));
      const text = JSON.stringify(Item ?? null);
      return { status: Item ? 200 : 404, text };
    },
  };
}

export async function runLoad(run: LoadRun): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: run.concurrency });
  const url = new URL('/graphql', run.url);
  const getItem = run.spec.name === 'floor: GetItem' ? getItemSender(run.spec) : undefined;
  const next = getItem ? getItem.prepare : requestFactory(run.spec, run.concurrency);
  const send = getItem ? getItem.send : (body: string) => post(agent, url, body, run.token);
  const result: LoadResult = { latencies: [], errors: 0, errorSamples: [], elapsedMs: 0, responseBytes: 0, clientBusyMs: 0 };
  const loopAtStart = performance.eventLoopUtilization();
  const cpuAtStart = threadCpuMs();
  let sent = 0;
  const started = performance.now();
  const deadline = started + run.maxMs;
  const hardDeadline = started + run.hardMaxMs;
  const more = () => {
    if (sent >= run.maxRequests) return false;
    const now = performance.now();
    if (now >= hardDeadline) return false;
    return now < deadline || sent < run.minRequests;
  };
  const fail = (problem: string) => {
    result.errors += 1;
    if (result.errorSamples.length < 3) result.errorSamples.push(problem);
  };

  async function lane(index: number) {
    let sequence = 0;
    while (more()) {
      sent += 1;
      const prepared = next(index, sequence++);
      try {
        if (prepared.before) {
          const { status, text } = await post(agent, url, prepared.before.body, run.token);
          const problem = status === 200 ? prepared.before.check(JSON.parse(text) as GraphQLBody) : `HTTP ${status}: ${text.slice(0, 120)}`;
          if (problem) {
            fail(`before: ${problem}`);
            continue;
          }
        }
      } catch (error) {
        fail(`before: ${String(error)}`);
        continue;
      }
      const sentAt = performance.now();
      try {
        const { status, text } = await send(prepared.body);
        const latency = performance.now() - sentAt;
        result.responseBytes += Buffer.byteLength(text);
        const problem = status === 200 ? prepared.check(JSON.parse(text) as GraphQLBody) : `HTTP ${status}: ${text.slice(0, 120)}`;
        if (problem) fail(problem);
        else {
          result.latencies.push(latency);
          if (prepared.kind) ((result.byKind ??= {})[prepared.kind] ??= []).push(latency);
        }
      } catch (error) {
        fail(String(error));
      }
    }
  }

  await Promise.all(Array.from({ length: run.concurrency }, (_, index) => lane(index)));
  result.elapsedMs = performance.now() - started;
  result.clientBusyMs = performance.eventLoopUtilization(loopAtStart).active;
  const cpuAtEnd = threadCpuMs();
  if (cpuAtStart !== undefined && cpuAtEnd !== undefined) result.clientCpuMs = cpuAtEnd - cpuAtStart;
  agent.destroy();
  if ('targets' in run.spec) result.targets = run.spec.targets;
  return result;
}
