import { InternalServerError, ProvisionedThroughputExceededException, ThrottlingException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { seededRandom } from '../bench/stats.js';

/**
 * Local mode's DynamoDB fault injector, for `npm run soak` (and `npm start` when asked): it
 * makes a share of the server's DynamoDB requests fail as DynamoDB and the network do.
 *
 * - `throttle`: ProvisionedThroughputExceededException or ThrottlingException (HTTP 400);
 *   nothing reached the table.
 * - `server`: InternalServerError (HTTP 500); nothing reached the table.
 * - `timeout`: the request is sent (half the time) or not, and no answer comes back: the call
 *   fails only when the SDK's own timeout for the client would fire (its socket timeout, or
 *   its request timeout when it throws), so a client with no timeout hangs as it would.
 * - `drop`: the request reaches DynamoDB and is applied, then the connection drops before the
 *   answer (ECONNRESET): the caller cannot know the write happened.
 *
 * Two levels: `attemptRate` is the share of HTTP attempts that fail, inside the SDK's retry
 * loop (the SDK retries them as it would, a transaction with the same ClientRequestToken);
 * `callRate` the share of calls that fail after the SDK's retries, so the error reaches the
 * store and the API.
 *
 * Enabled only by STRATEGY_TRACKER_FAULTS (a rate, e.g. `0.1`, or a JSON FaultSpec) and only
 * by local-mode entry points. It lives in scripts/local/, which no Lambda bundle includes:
 * test/infra/bundle.test.ts checks that no bundle carries FAULT_INJECTOR_MARKER.
 */
export const FAULTS_VARIABLE = 'STRATEGY_TRACKER_FAULTS';
export const FAULT_INJECTOR_MARKER = 'strategy-tracker-fault-injector';

export const FAULT_KINDS = ['throttle', 'server', 'timeout', 'drop'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  /** Share (0..1) of HTTP attempts that fail, inside the SDK's retry loop. */
  attemptRate: number;
  /** Share (0..1) of calls that fail after the SDK's retries. */
  callRate: number;
  kinds: FaultKind[];
  /** Seed of the injector's random choices: the same seed, the same faults for the same calls. */
  seed: number;
  /** The longest a `timeout` waits when the client has no timeout of its own, ms. */
  maxStallMs: number;
}

export interface FaultCounts {
  attempts: number;
  calls: number;
  /** Faults injected, by `<level> <kind>`, e.g. `attempt throttle`. */
  injected: Record<string, number>;
}

export interface FaultInjector {
  readonly spec: FaultSpec;
  /** Faults are injected only while enabled; an injector starts disabled. */
  enabled: boolean;
  counts: FaultCounts;
  install(client: DynamoDBClient): void;
}

const DEFAULT_MAX_STALL_MS = 300_000;

const isRate = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

/** `0.1` (that share of attempts, a fifth of it of calls) or a JSON object with FaultSpec's fields. */
export function parseFaultSpec(text: string): FaultSpec {
  const trimmed = text.trim();
  const parsed: unknown = /^[\d.]+$/.test(trimmed) ? { attemptRate: Number(trimmed) } : JSON.parse(trimmed);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${FAULTS_VARIABLE} must be a rate or a JSON object.`);
  const given = parsed as Partial<Record<keyof FaultSpec, unknown>>;
  const unknown = Object.keys(given).filter((key) => !['attemptRate', 'callRate', 'kinds', 'seed', 'maxStallMs'].includes(key));
  if (unknown.length > 0) throw new Error(`${FAULTS_VARIABLE} has unknown fields: ${unknown.join(', ')}.`);
  const attemptRate = given.attemptRate ?? 0;
  if (!isRate(attemptRate)) throw new Error(`${FAULTS_VARIABLE}: attemptRate must be a number from 0 to 1.`);
  const callRate = given.callRate ?? attemptRate / 5;
  if (!isRate(callRate)) throw new Error(`${FAULTS_VARIABLE}: callRate must be a number from 0 to 1.`);
  const kinds = given.kinds ?? [...FAULT_KINDS];
  if (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every((kind) => (FAULT_KINDS as readonly unknown[]).includes(kind))) {
    throw new Error(`${FAULTS_VARIABLE}: kinds must be a non-empty list of ${FAULT_KINDS.join(', ')}.`);
  }
  const seed = given.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) throw new Error(`${FAULTS_VARIABLE}: seed must be an integer.`);
  const maxStallMs = given.maxStallMs ?? DEFAULT_MAX_STALL_MS;
  if (typeof maxStallMs !== 'number' || !(maxStallMs > 0)) throw new Error(`${FAULTS_VARIABLE}: maxStallMs must be a positive number.`);
  return { attemptRate, callRate, kinds: kinds as FaultKind[], seed, maxStallMs };
}

interface HandlerTimeouts {
  requestTimeout?: number;
  throwOnRequestTimeout?: boolean;
  socketTimeout?: number;
  defaultSocketTimeout?: number;
}

/**
 * When the client's HTTP handler would give up on a request that gets no answer, ms, and with
 * which error: its socket (inactivity) timeout, or its request timeout when that throws
 * (@smithy/node-http-handler only warns otherwise); Infinity when it never would.
 */
function stallLimit(client: DynamoDBClient): { ms: number; error: () => Error } {
  const handler = client.config.requestHandler as { httpHandlerConfigs?: () => HandlerTimeouts };
  const settings = handler.httpHandlerConfigs?.() ?? {};
  const socket = settings.socketTimeout && settings.socketTimeout > 0 ? settings.socketTimeout : (settings.defaultSocketTimeout ?? Infinity);
  const request = settings.throwOnRequestTimeout && settings.requestTimeout ? settings.requestTimeout : Infinity;
  if (request === Infinity && socket === Infinity) {
    return {
      ms: Infinity,
      error: () =>
        Object.assign(new Error('Injected fault: no answer, and the client has no timeout (the wait was cut at maxStallMs).'), {
          name: 'TimeoutError',
        }),
    };
  }
  if (request <= socket) {
    return {
      ms: request,
      error: () =>
        Object.assign(new Error(`Injected fault: no answer within the ${request} ms requestTimeout.`), { name: 'TimeoutError', code: 'ETIMEDOUT' }),
    };
  }
  return { ms: socket, error: () => Object.assign(new Error(`Injected fault: the socket was silent for ${socket} ms.`), { name: 'TimeoutError' }) };
}

const metadata = (httpStatusCode: number) => ({ httpStatusCode, requestId: 'injected-fault' });

export function createFaultInjector(spec: FaultSpec): FaultInjector {
  const random = seededRandom(spec.seed);
  const injector: FaultInjector = {
    spec,
    enabled: false,
    counts: { attempts: 0, calls: 0, injected: {} },
    install(client) {
      const pick = (rate: number): FaultKind | undefined => {
        if (!injector.enabled || random() >= rate) return undefined;
        return spec.kinds[Math.floor(random() * spec.kinds.length)] ?? spec.kinds[0];
      };
      const fail = async <T>(level: 'attempt' | 'call', kind: FaultKind, next: () => Promise<T>): Promise<never> => {
        const key = `${level} ${kind}`;
        injector.counts.injected[key] = (injector.counts.injected[key] ?? 0) + 1;
        switch (kind) {
          case 'throttle': {
            const options = { message: 'Injected fault: throughput exceeded.', $metadata: metadata(400) };
            throw random() < 0.5 ? new ProvisionedThroughputExceededException(options) : new ThrottlingException(options);
          }
          case 'server':
            throw new InternalServerError({ message: 'Injected fault: internal server error.', $metadata: metadata(500) });
          case 'timeout': {
            // Sent or not, the answer never comes: only the client's own timeout ends the wait.
            if (random() < 0.5) void next().catch(() => undefined);
            const limit = stallLimit(client);
            await new Promise((resolve) => setTimeout(resolve, Math.min(limit.ms, spec.maxStallMs)));
            throw limit.error();
          }
          case 'drop':
            // DynamoDB applies the request; its answer is lost with the connection.
            await next().catch(() => undefined);
            throw Object.assign(new Error('Injected fault: socket hang up after the request was sent.'), { code: 'ECONNRESET' });
        }
      };
      // Outermost: a call that fails after the SDK's retries.
      client.middlewareStack.add(
        (next) => async (args) => {
          injector.counts.calls += 1;
          const kind = pick(spec.callRate);
          return kind ? fail('call', kind, () => next(args)) : next(args);
        },
        { step: 'initialize', priority: 'high', name: `${FAULT_INJECTOR_MARKER}-call` },
      );
      // Around each HTTP attempt, inside the SDK's retry loop (finalizeRequest) and after signing.
      client.middlewareStack.add(
        (next) => async (args) => {
          injector.counts.attempts += 1;
          const kind = pick(spec.attemptRate);
          return kind ? fail('attempt', kind, () => next(args)) : next(args);
        },
        { step: 'deserialize', priority: 'high', name: `${FAULT_INJECTOR_MARKER}-attempt` },
      );
    },
  };
  return injector;
}

/** The injector STRATEGY_TRACKER_FAULTS asks for (disabled until the caller enables it), or undefined. */
export function faultInjectorFromEnvironment(environment: NodeJS.ProcessEnv = process.env): FaultInjector | undefined {
  const value = environment[FAULTS_VARIABLE];
  if (!value) return undefined;
  return createFaultInjector(parseFaultSpec(value));
}
