import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LIMITS } from '../../functions/domain/validation.js';
import { ensureTable } from '../../functions/store/table-admin.js';
import { MAX_REQUEST_BODY_BYTES } from '../../graphql/front-door.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal } from '../../scripts/local/dynamodb-local.js';
import { UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * What `npm start` exposes, tried as an attacker on the network or a hostile web page would:
 * where the server and DynamoDB Local listen, which Host headers they answer, CORS, the body
 * cap, the JSON error, and who may read the data folder.
 */
let server: TestServer;
let coordinator: Client;

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await clientFor(server, 'coordinator');
});
afterAll(() => server.close());

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request over real HTTP with headers fetch will not send (Host), to 127.0.0.1. */
function raw(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Whether a TCP connection to address:port is accepted. */
function accepts(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 5000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** This machine's addresses other than loopback: what another machine on the network would connect to. */
const externalAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && !address.internal && address.family === 'IPv4')
    .map((address) => address!.address);

const writesSent = (from: number) =>
  server.probe.sent.slice(from).filter((command) => /^(Put|Update|Delete|TransactWrite|BatchWrite)/.test(command.name));

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe('where local mode listens', () => {
  it('listens on 127.0.0.1 only: no other address of this machine accepts a connection', async () => {
    expect(server.address.address).toBe('127.0.0.1');
    for (const address of externalAddresses()) expect(await accepts(address, server.port), address).toBe(false);
    expect(await accepts('127.0.0.1', server.port)).toBe(true);
  });

  it('answers only to loopback names in Host, with or without the port (DNS rebinding)', async () => {
    for (const host of ['localhost', `localhost:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port}`, `[::1]:${server.port}`, 'LOCALHOST']) {
      const response = await raw(server.port, { path: '/config.json', headers: { host } });
      expect(response.status, host).toBe(200);
    }
    for (const host of ['evil.example', `evil.example:${server.port}`, 'localhost.evil.example', 'localhost.', '127.0.0.1.nip.io']) {
      const response = await raw(server.port, { path: '/config.json', headers: { host } });
      expect(response.status, host).toBe(421);
      expect(response.body).toMatch(/answers only to localhost/);
    }
  });

  it('hands no token to a page on a rebound name, and runs no query for it', async () => {
    const signIn = await raw(server.port, {
      method: 'POST',
      path: '/auth/local',
      headers: { host: `rebound.evil.example:${server.port}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'coordinator' }),
    });
    expect(signIn.status).toBe(421);
    expect(signIn.body).not.toMatch(/token/);
    const query = await raw(server.port, {
      method: 'POST',
      path: '/graphql',
      headers: { host: 'rebound.evil.example', 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(query.status).toBe(421);
  });

  it('with HOST opted in to every interface, also answers by IP address and its own name, still not to other names', async () => {
    const open = await startTestServer({ host: '0.0.0.0' });
    try {
      expect(open.address.address).toBe('0.0.0.0');
      for (const address of externalAddresses()) {
        expect((await raw(open.port, { path: '/config.json', headers: { host: `${address}:${open.port}` } })).status).toBe(200);
      }
      expect((await raw(open.port, { path: '/config.json', headers: { host: `localhost:${open.port}` } })).status).toBe(200);
      expect((await raw(open.port, { path: '/config.json', headers: { host: `evil.example:${open.port}` } })).status).toBe(421);
    } finally {
      await open.close();
    }
  });
});

describe('DynamoDB Local', () => {
  const endpoint = () => new URL(inject('dynamoEndpoint'));

  it('listens on 127.0.0.1 only', async () => {
    const { hostname, port } = endpoint();
    expect(hostname).toBe('127.0.0.1');
    for (const address of externalAddresses()) expect(await accepts(address, Number(port)), address).toBe(false);
    expect(await accepts('127.0.0.1', Number(port))).toBe(true);
  });

  it('refuses a foreign Host header and sends no CORS header to a web page', async () => {
    const port = Number(endpoint().port);
    const listTables = { 'x-amz-target': 'DynamoDB_20120810.ListTables', 'content-type': 'application/x-amz-json-1.0' };
    const rebound = await raw(port, { method: 'POST', headers: { ...listTables, host: `evil.example:${port}` }, body: '{}' });
    expect(rebound.status).toBe(421);
    const crossOrigin = await raw(port, { method: 'POST', headers: { ...listTables, origin: 'https://evil.example' }, body: '{}' });
    expect(crossOrigin.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw(port, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-amz-target' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('writes its database files for their owner only', async () => {
    const dbPath = await mkdtemp(join(tmpdir(), 'strategy-tracker-dynamodb-'));
    const dynamo = await startDynamoDbLocal({ dbPath });
    try {
      const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
      await ensureTable(client, 'modes');
      client.destroy();
    } finally {
      await dynamo.stop();
    }
    const files = await readdir(dbPath);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect((await mode(join(dbPath, file))).toString(8), file).toBe('600');
    await rm(dbPath, { recursive: true, force: true });
  });
});

describe('the data folder', () => {
  it('is made 0700 with its files 0600, also when an older version left it open', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'strategy-tracker-data-'));
    await chmod(dataDir, 0o755);
    await mkdir(join(dataDir, 'dynamodb'), { mode: 0o755 });
    await writeFile(join(dataDir, 'dynamodb', 'shared-local-instance.db'), 'old', { mode: 0o644 });
    await writeFile(join(dataDir, 'local-stack.json'), '{}', { mode: 0o644 });
    const local = await startTestServer({ dataDir });
    try {
      expect((await mode(dataDir)).toString(8)).toBe('700');
      expect((await mode(join(dataDir, 'dynamodb'))).toString(8)).toBe('700');
      expect((await mode(join(dataDir, 'dynamodb', 'shared-local-instance.db'))).toString(8)).toBe('600');
      expect((await mode(join(dataDir, 'local-stack.json'))).toString(8)).toBe('600');
      expect((await mode(join(dataDir, 'keys'))).toString(8)).toBe('700');
      expect((await mode(join(dataDir, 'keys', 'local-signing-key.json'))).toString(8)).toBe('600');
    } finally {
      await local.close();
    }
  });
});

describe('CORS', () => {
  it('answers a preflight from another origin with no CORS header', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a cross-origin request with no CORS header, so the page cannot read the answer', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a listed origin only, without credentials, when a deployment lists one', async () => {
    const listed = await startTestServer({ allowedOrigins: ['https://partner.example'] });
    try {
      const preflight = (origin: string) =>
        fetch(`${listed.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      const partner = await preflight('https://partner.example');
      expect(partner.headers.get('access-control-allow-origin')).toBe('https://partner.example');
      expect(partner.headers.get('access-control-allow-credentials')).toBeNull();
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await listed.close();
    }
  });
});

describe('the request body', () => {
  it(`refuses a body over ${MAX_REQUEST_BODY_BYTES / 1024} kB with 413 and BAD_USER_INPUT, and writes nothing`, async () => {
    const before = await readAction(coordinator, '2.1-05');
    const sent = server.probe.sent.length;
    // A valid update, padded with a variable the operation does not declare (GraphQL ignores it).
    const body = JSON.stringify({
      query: UPDATE_ACTION,
      variables: { input: { actionId: '2.1-05', progress: 10, expectedVersion: before.version }, padding: 'x'.repeat(MAX_REQUEST_BODY_BYTES) },
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}` },
      body,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES / 1024} kB.`, extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(writesSent(sent)).toEqual([]);
    expect((await readAction(coordinator, '2.1-05')).version).toBe(before.version);
  });

  it('refuses an oversized body sent in chunks, with no length announced', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sentChunks = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sentChunks++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('accepts the largest valid write: a full note and twenty full evidence links in 3-byte characters', async () => {
    const before = await readAction(coordinator, '2.1-06');
    const note = '€'.repeat(LIMITS.noteLength);
    const evidenceUrls = Array.from({ length: LIMITS.evidenceLinks }, (_, index) => {
      const prefix = `https://example.org/${index}/`;
      return prefix + '€'.repeat(LIMITS.urlLength - prefix.length);
    });
    const variables = { input: { actionId: '2.1-06', note, evidenceUrls, expectedVersion: before.version } };
    expect(Buffer.byteLength(JSON.stringify({ query: UPDATE_ACTION, variables }))).toBeGreaterThan(120_000);
    const response = await coordinator.call<{ updateAction: { note: string; evidenceUrls: string[] } }>(UPDATE_ACTION, variables);
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateAction.note).toBe(note);
    expect(response.data?.updateAction.evidenceUrls).toEqual(evidenceUrls);
  });

  it('answers malformed JSON with BAD_USER_INPUT and nothing of the parser', async () => {
    const notUtf8 = Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]);
    for (const body of ['{"query": ', '{"query": "{ me { id } }",}', notUtf8]) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator.token}` },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });
});
