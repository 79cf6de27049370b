import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { startLocalServer, type LocalServer, type LocalServerOptions } from '../../scripts/local/server.js';
import { copyCatalogueTemplate, dropTable } from './catalogue-template.js';

/**
 * A real local server over real HTTP, on DynamoDB Local, with a fresh table so test files
 * never see each other's data.
 */
export interface SentCommand {
  name: string;
  input: Record<string, unknown>;
}

/** What the server sends to DynamoDB, and a hook to make a command fail as DynamoDB might. */
export interface DynamoProbe {
  sent: SentCommand[];
  /**
   * Called before each command is sent; throw to simulate a failure, or edit the input, or
   * return a promise to hold the command until something else (another request) is done.
   */
  beforeSend?: (command: SentCommand) => void | Promise<void>;
}

export interface TestServerOptions extends Partial<
  Pick<LocalServerOptions, 'webRoot' | 'clock' | 'host' | 'allowedOrigins' | 'dataDir' | 'instrumentClient' | 'demo'>
> {
  /**
   * How the table gets the strategy catalogue before the server starts: 'copy' (the default
   * when the run prepared a template, catalogue-template.ts) copies the run's one load of it,
   * and the server's start then finds it loaded; 'load' leaves the table empty, so the server's
   * start loads it action by action, as a first deployment does.
   */
  catalogue?: 'copy' | 'load';
}

export async function startTestServer(options: TestServerOptions = {}) {
  const { instrumentClient, catalogue, ...serverOptions } = options;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'strategy-tracker-test-')));
  const dynamoEndpoint = inject('dynamoEndpoint');
  const tableName = `test-${randomUUID()}`;
  const template = inject('catalogueTemplate');
  if (template && catalogue !== 'load') await copyCatalogueTemplate(dynamoEndpoint, template, tableName);
  const probe: DynamoProbe = { sent: [] };
  const server: LocalServer = await startLocalServer({
    instrumentClient: (client) => {
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const command = { name: String(context.commandName), input: args.input as Record<string, unknown> };
          probe.sent.push(command);
          await probe.beforeSend?.(command);
          return next(args);
        },
        { step: 'initialize', name: 'testProbe' },
      );
      instrumentClient?.(client);
    },
    dynamoEndpoint,
    tableName,
    dataDir,
    port: 0,
    quiet: true,
    ...serverOptions,
  });
  return {
    ...server,
    dataDir,
    probe,
    async close() {
      await server.close();
      try {
        await dropTable(dynamoEndpoint, tableName);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
      // No request path may scan the table (docs/DATA_MODEL.md): every test file checks it on closing.
      const scans = probe.sent.filter((command) => command.name.startsWith('Scan'));
      if (scans.length > 0) throw new Error(`A request path sent ${scans.length} Scan command(s) to DynamoDB.`);
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export async function signIn(server: Pick<LocalServer, 'url'>, userId: string): Promise<string> {
  const response = await fetch(`${server.url}/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: userId }),
  });
  if (!response.ok) throw new Error(`sign-in as ${userId} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [extension: string]: unknown } }[];
}

export async function graphql<T = Record<string, unknown>>(
  server: Pick<LocalServer, 'url'>,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

export const errorCodes = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.code);
