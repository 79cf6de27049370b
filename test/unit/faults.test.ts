import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand, TransactWriteItemsCommand, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaultInjector, faultInjectorFromEnvironment, parseFaultSpec, type FaultSpec } from '../../scripts/local/faults.js';

/**
 * The fault injector of local mode (scripts/local/faults.ts), on a real DynamoDB client against
 * a stand-in endpoint that counts the requests reaching it and answers each with `{}`.
 */
let endpoint: Server;
let received = 0;
let url = '';

beforeAll(async () => {
  endpoint = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => endpoint.close(() => resolve())));

function clientWith(spec: Partial<FaultSpec>, config: DynamoDBClientConfig = {}) {
  const client = new DynamoDBClient({
    endpoint: url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 2,
    ...config,
  });
  const injector = createFaultInjector({ ...parseFaultSpec('0'), ...spec });
  injector.install(client);
  injector.enabled = true;
  return { client, injector };
}

const get = new GetItemCommand({ TableName: 'table', Key: { PK: { S: 'a' } } });
const write = new TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName: 'table', Item: { PK: { S: 'a' } } } }] });

/** One call with the injector off: the HTTP handler resolves its settings on its first request. */
async function warmUp(client: DynamoDBClient, injector: { enabled: boolean }) {
  injector.enabled = false;
  await client.send(get);
  injector.enabled = true;
}

async function failure(promise: Promise<unknown>): Promise<Error & { code?: string; $metadata?: { attempts?: number; httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('the call succeeded');
}

describe('the fault specification', () => {
  it('takes a bare rate as the share of attempts, a fifth of it as the share of calls, every kind', () => {
    expect(parseFaultSpec('0.1')).toEqual({
      attemptRate: 0.1,
      callRate: 0.02,
      kinds: ['throttle', 'server', 'timeout', 'drop'],
      seed: 1,
      maxStallMs: 300_000,
    });
  });

  it('takes JSON and refuses what it does not understand', () => {
    expect(parseFaultSpec('{"attemptRate":0.2,"callRate":0,"kinds":["drop"],"seed":7}')).toMatchObject({
      attemptRate: 0.2,
      callRate: 0,
      kinds: ['drop'],
      seed: 7,
    });
    expect(() => parseFaultSpec('1.5')).toThrow(/attemptRate/);
    expect(() => parseFaultSpec('{"rate":0.1}')).toThrow(/unknown fields: rate/);
    expect(() => parseFaultSpec('{"kinds":["fire"]}')).toThrow(/kinds/);
  });

  it('is off unless STRATEGY_TRACKER_FAULTS asks, and starts disabled when it does', () => {
    expect(faultInjectorFromEnvironment({})).toBeUndefined();
    expect(faultInjectorFromEnvironment({ STRATEGY_TRACKER_FAULTS: '0.3' })).toMatchObject({ enabled: false, spec: { attemptRate: 0.3 } });
  });
});

describe('the fault injector', () => {
  it('lets every call through while disabled, even at a rate of 1', async () => {
    const { client, injector } = clientWith({ attemptRate: 1, callRate: 1 });
    injector.enabled = false;
    const before = received;
    await client.send(get);
    expect(received - before).toBe(1);
    expect(injector.counts.injected).toEqual({});
    client.destroy();
  });

  it('throttles attempts inside the SDK retry loop: the SDK retries, nothing reaches DynamoDB', async () => {
    const { client, injector } = clientWith({ attemptRate: 1, callRate: 0, kinds: ['throttle'] });
    const before = received;
    const error = await failure(client.send(get));
    expect(['ProvisionedThroughputExceededException', 'ThrottlingException']).toContain(error.name);
    expect(error.$metadata?.attempts).toBe(2);
    expect(injector.counts.injected).toEqual({ 'attempt throttle': 2 });
    expect(received - before).toBe(0);
    client.destroy();
  });

  it('answers a call with InternalServerError (HTTP 500) after the SDK retries', async () => {
    const { client } = clientWith({ attemptRate: 0, callRate: 1, kinds: ['server'] });
    const error = await failure(client.send(get));
    expect(error.name).toBe('InternalServerError');
    expect(error.$metadata?.httpStatusCode).toBe(500);
    client.destroy();
  });

  it('drops the connection after the write reached DynamoDB', async () => {
    const { client, injector } = clientWith({ attemptRate: 0, callRate: 1, kinds: ['drop'] });
    const before = received;
    const error = await failure(client.send(write));
    expect(error.code).toBe('ECONNRESET');
    expect(received - before).toBe(1);
    expect(injector.counts).toMatchObject({ calls: 1, injected: { 'call drop': 1 } });
    client.destroy();
  });

  it('a dropped attempt is retried by the SDK with the same ClientRequestToken, so DynamoDB applies the transaction once', async () => {
    const tokens: string[] = [];
    const { client } = clientWith({ attemptRate: 1, callRate: 0, kinds: ['drop'] });
    client.middlewareStack.add(
      (next) => async (args) => {
        const body = (args.request as { body?: string }).body ?? '{}';
        tokens.push((JSON.parse(body) as { ClientRequestToken?: string }).ClientRequestToken ?? '');
        return next(args);
      },
      { step: 'deserialize', priority: 'low', name: 'readToken' },
    );
    await failure(client.send(write));
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toMatch(/\w{8}-/);
    expect(new Set(tokens).size).toBe(1);
    client.destroy();
  });

  it('stalls an attempt until the client gives up, at its own request timeout', async () => {
    const { client, injector } = clientWith(
      { attemptRate: 1, callRate: 0, kinds: ['timeout'] },
      { maxAttempts: 1, requestHandler: { requestTimeout: 150, throwOnRequestTimeout: true } },
    );
    await warmUp(client, injector);
    const started = performance.now();
    const error = await failure(client.send(get));
    expect(error.name).toBe('TimeoutError');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(injector.counts.injected).toEqual({ 'attempt timeout': 1 });
    client.destroy();
  });

  it('stalls a client that has no timeout of its own for ever (here: until maxStallMs)', async () => {
    const { client, injector } = clientWith({ attemptRate: 1, callRate: 0, kinds: ['timeout'], maxStallMs: 300 }, { maxAttempts: 1 });
    await warmUp(client, injector);
    const started = performance.now();
    const error = await failure(client.send(get));
    expect(error.message).toMatch(/the client has no timeout/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    client.destroy();
  });

  it('injects about the share it is given, the same faults for the same seed', async () => {
    const run = async () => {
      const { client, injector } = clientWith({ attemptRate: 0, callRate: 0.3, kinds: ['server'], seed: 42 });
      const outcomes: boolean[] = [];
      for (let index = 0; index < 200; index += 1)
        outcomes.push(
          await client.send(get).then(
            () => true,
            () => false,
          ),
        );
      client.destroy();
      return { outcomes, injected: injector.counts.injected['call server'] ?? 0 };
    };
    const first = await run();
    expect(first.injected).toBeGreaterThan(35);
    expect(first.injected).toBeLessThan(85);
    expect((await run()).outcomes).toEqual(first.outcomes);
  });
});
