import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient, DYNAMODB_CLIENT_SETTINGS } from '../../functions/store/dynamo-client.js';

/**
 * The product's DynamoDB client (functions/store/dynamo-client.ts) against an endpoint that
 * accepts the connection and never answers: it must give up by itself, since one stalled
 * request held every reader of a server instance (docs/RELIABILITY.md).
 */
const sockets = new Set<Socket>();
const blackHole = createServer((socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.resume();
});
let endpoint = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(blackHole.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => blackHole.close(() => resolve()));
});

describe('the DynamoDB client', () => {
  it('gives up on a request that is never answered, at its request timeout', async () => {
    const client = createDynamoClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1 });
    const started = performance.now();
    const error = await client.send(new GetItemCommand({ TableName: 'table', Key: { PK: { S: 'a' } } })).then(
      () => undefined,
      (failure: unknown) => failure as Error,
    );
    const elapsed = performance.now() - started;
    client.destroy();
    expect(error?.name).toBe('TimeoutError');
    expect(elapsed).toBeGreaterThanOrEqual(DYNAMODB_CLIENT_SETTINGS.requestHandler.requestTimeout - 50);
  }, 15_000);
});
