import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import sirv from 'sirv';
import { createBearerTokenAuthenticator } from '../../functions/auth/bearer-token.js';
import { createExportHandler } from '../../functions/export/http.js';
import { EXPORT_PATH_PREFIX } from '../../functions/export/request.js';
import { createImportHandler, IMPORT_PATH_PREFIX, WORKBOOK_PATH } from '../../functions/import/http.js';
import { createPreviewStore } from '../../functions/import/preview-store.js';
import { Readable } from 'node:stream';
import type { Catalogue } from '../../functions/domain/catalogue.js';
import { catalogue as strategyCatalogue } from '../../functions/domain/strategy-catalogue.js';
import { loadCatalogue } from '../../functions/store/catalogue-load.js';
import { createDynamoClient } from '../../functions/store/dynamo-client.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import { ensureTable } from '../../functions/store/table-admin.js';
import type { CatalogueSyncResult, Store } from '../../functions/store/store.js';
import { createApp } from '../../graphql/yoga.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './dynamodb-local.js';
import { exposureWarning, hostHeaderCheck, isLoopback, LOOPBACK_HOST } from './listen-address.js';
import { makePrivateDir } from './private-files.js';
import { createLocalSignIn, LOCAL_AUDIENCE, LOCAL_ISSUER } from './local-sign-in.js';
import { loadOrCreateSigningKey } from './signing-key.js';
import { localPeople, localUserOf, localUsers, type LocalUser } from './users.js';
import { createLocalDirectory } from '../../functions/people/directory.js';
import { createPersonGate } from '../../functions/people/gate.js';
import { createPeopleService, type PeopleService } from '../../functions/people/service.js';
import { createPeopleStore } from '../../functions/store/people-store.js';
import type { Viewer } from '../../functions/domain/model.js';

/**
 * The local front door: one Node HTTP server on one origin serving the GraphQL API at
 * /graphql (the same createApp the Lambda runs), local sign-in at /auth/local, and the built
 * web app at /. Used by `npm start` and by the integration and end-to-end tests.
 */
export interface LocalServerOptions {
  dynamoEndpoint: string;
  tableName: string;
  /** Keeps the signing key; made readable by its owner only (0700, files 0600). */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** The address to listen on: 127.0.0.1 by default; anything else prints a warning (listen-address.ts). */
  host?: string;
  /** The built web app (web/dist); when absent, / explains how to build it. */
  webRoot?: string;
  clock?: () => Date;
  quiet?: boolean;
  /** The catalogue to load and serve; the EU Cybersecurity Strategy by default (benchmarks use a generated one). */
  catalogue?: Catalogue;
  /** Origins answered with CORS headers (CORS_ALLOWED_ORIGINS); none by default: same origin only. */
  allowedOrigins?: readonly string[];
  /** Lets tests observe or disturb the DynamoDB client (e.g. count commands, inject failures). */
  instrumentClient?: (client: DynamoDBClient) => void;
  /** The demo year (`npm start -- --demo`): every page says the data is invented (scripts/demo). */
  demo?: boolean;
}

export interface LocalServer {
  url: string;
  port: number;
  /** The address the server listens on, as the socket reports it. */
  address: AddressInfo;
  store: Store;
  /** The seeded users (the first start's people; the table holds who may sign in now). */
  users: LocalUser[];
  people: PeopleService;
  catalogueLoad: CatalogueSyncResult;
  documentClient: DynamoDBDocumentClient;
  close(): Promise<void>;
}

const STATIC_SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

/** Runs a Fetch handler (the exports, shared with their Lambda) for a Node request; exports are GETs, so no body is read. */
async function serveFetch(handler: (request: Request) => Promise<Response>, request: IncomingMessage, response: ServerResponse) {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const reply = await handler(new Request(new URL(request.url ?? '/', 'http://localhost'), { method: request.method ?? 'GET', headers }));
    response.writeHead(reply.status, Object.fromEntries(reply.headers));
    response.end(Buffer.from(await reply.arrayBuffer()));
  } catch (error) {
    console.error('Export failed', error);
    if (!response.headersSent) response.writeHead(500).end();
  }
}

/** Runs the import's Fetch handler (shared with its Lambda): its uploads are streamed, and the handler stops reading past its bound. */
async function serveFetchWithBody(handler: (request: Request) => Promise<Response>, request: IncomingMessage, response: ServerResponse) {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const method = request.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const reply = await handler(
      new Request(new URL(request.url ?? '/', 'http://localhost'), {
        method,
        headers,
        ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
      } as RequestInit),
    );
    // A refused upload may be left unread: close the connection rather than drain it.
    if (hasBody && !request.readableEnded) response.setHeader('connection', 'close');
    response.writeHead(reply.status, Object.fromEntries(reply.headers));
    response.end(Buffer.from(await reply.arrayBuffer()));
  } catch (error) {
    console.error('Import failed', error);
    if (!response.headersSent) response.writeHead(500).end();
  }
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const client = createDynamoClient({ endpoint: options.dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  options.instrumentClient?.(client);
  const documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  await ensureTable(client, options.tableName);
  const store = createDynamoStore({ documentClient, tableName: options.tableName, clock: options.clock });
  const catalogue = options.catalogue ?? strategyCatalogue;
  const catalogueLoad = await loadCatalogue(store, catalogue);

  await makePrivateDir(options.dataDir);
  const signingKey = await loadOrCreateSigningKey(options.dataDir);
  const strategy = await store.getStrategy(catalogue.strategy.id);
  if (!strategy) throw new Error('The strategy catalogue did not load.');
  const users = localUsers(strategy);

  // People and access (issue 12): the seeded users become people on the first start; from then
  // on the table says who may sign in and what they may do, on every request.
  const peopleStore = createPeopleStore({ documentClient, tableName: options.tableName, clock: options.clock });
  await peopleStore.seed(localPeople(strategy));
  const gate = createPersonGate({ people: peopleStore, clock: options.clock });
  const people = createPeopleService({
    people: peopleStore,
    directory: createLocalDirectory({ log: options.quiet ? () => undefined : undefined }),
    bindings: async () => (await store.getStrategy(catalogue.strategy.id)) ?? { actors: [], memberStates: [] },
    clock: options.clock,
    gate,
  });
  const verifyToken = createBearerTokenAuthenticator({ key: signingKey.publicKey, issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE });
  const authenticate = async (request: Request): Promise<Viewer | null> => {
    const viewer = await verifyToken(request);
    return viewer && gate.check(viewer);
  };
  const app = createApp({
    store,
    strategyId: catalogue.strategy.id,
    mode: 'local',
    clock: options.clock,
    authenticate,
    logError: options.quiet ? () => undefined : undefined,
    logging: !options.quiet,
    allowedOrigins: options.allowedOrigins ?? [],
    people,
  });
  const exports = createExportHandler({
    store,
    strategyId: catalogue.strategy.id,
    authenticate,
    demo: options.demo,
    clock: options.clock,
    logError: options.quiet ? () => undefined : undefined,
  });
  // The spreadsheet round trip (issue 13): its writes are the API's own mutations, run by the same app.
  const imports = createImportHandler({
    store,
    strategyId: catalogue.strategy.id,
    previews: createPreviewStore(documentClient, options.tableName, options.clock),
    authenticate,
    graphql: (request) => Promise.resolve(app.fetch(request)),
    ...(options.demo ? { demo: true } : {}),
    clock: options.clock,
    logError: options.quiet ? () => undefined : undefined,
  });
  const signIn = createLocalSignIn(
    {
      list: async () => (await peopleStore.list()).filter((person) => person.status !== 'DISABLED').map(localUserOf),
      async find(id) {
        const person = await peopleStore.get(id);
        return person && person.status !== 'DISABLED' ? localUserOf(person) : undefined;
      },
      async signedIn(id) {
        await peopleStore.recordSignIn(id, (options.clock?.() ?? new Date()).toISOString());
        gate.forget(id);
      },
    },
    signingKey,
  );
  const webRoot = options.webRoot && existsSync(join(options.webRoot, 'index.html')) ? options.webRoot : undefined;
  const serveWeb = webRoot
    ? sirv(webRoot, {
        single: true,
        etag: true,
        setHeaders: (response, pathname) => {
          for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.setHeader(name, value);
          response.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      })
    : undefined;

  const host = options.host ?? LOOPBACK_HOST;
  const isAllowedHost = hostHeaderCheck(host);
  const server: Server = createServer((request, response) => {
    if (!isAllowedHost(request.headers.host)) {
      // DNS rebinding: a page on another name that resolves here must not reach the sign-in or the API.
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      return void response.end('Misdirected request: this server answers only to localhost and 127.0.0.1.\n');
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql') return void app(request, response);
    if (path === WORKBOOK_PATH || path.startsWith(IMPORT_PATH_PREFIX)) return void serveFetchWithBody(imports, request, response);
    if (path.startsWith(EXPORT_PATH_PREFIX)) return void serveFetch(exports, request, response);
    if (path === '/auth/local') {
      return void signIn(request, response).catch((error: unknown) => {
        console.error('Local sign-in failed', error);
        if (!response.headersSent) response.writeHead(500).end();
      });
    }
    if (path === '/config.json') {
      // The cloud publishes its Cognito settings here; local mode signs in through /auth/local.
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void response.end(JSON.stringify({ mode: 'local', ...(options.demo ? { demo: true } : {}) }));
    }
    if (serveWeb) return serveWeb(request, response);
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The web app is not built: run `npm run build:web`, or `npm start`, which builds it.');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const { port } = address;
  if (!isLoopback(host) && !options.quiet) console.warn(exposureWarning(host, port));

  return {
    url: `http://localhost:${port}`,
    port,
    address,
    store,
    users,
    people,
    catalogueLoad,
    documentClient,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      client.destroy();
    },
  };
}
