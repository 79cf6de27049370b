import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import type { Viewer } from '../../functions/domain/model.js';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { catalogueRecords } from '../../functions/store/catalogue-load.js';
import { createStateReader } from '../../functions/store/state-reader.js';
import type { ActionRecord, Store, StrategyState } from '../../functions/store/store.js';
import { createRequestLoaders, type GraphQLContext } from '../../graphql/context.js';
import { useContractErrorCodes } from '../../graphql/contract-error-codes.js';
import { useDocumentNestingLimit } from '../../graphql/document-nesting.js';
import { useRequestBodyLimit } from '../../graphql/front-door.js';
import { typeDefs } from '../../graphql/generated/type-defs.js';
import { resolvers } from '../../graphql/resolvers.js';
import { scalars } from '../../graphql/scalars.js';
import { useVariableLimits } from '../../graphql/variable-limits.js';
import { createApp, QUERY_LIMITS } from '../../graphql/yoga.js';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import { ACTION, DASHBOARD } from './operations.js';
import { HELLO } from './floors.js';

/**
 * The server's own CPU per request, without HTTP and without DynamoDB (issue 11: where does
 * action(id)'s time go beyond its floors?): `app.fetch` in process, sequentially, against a store
 * whose check of the revision answers at once with the kept state current (the real catalogue, no
 * reports). Compares the bare graphql-yoga "hello" server, the product's schema and resolvers with
 * none of its plugins, each plugin alone, and the product's createApp. CPU time
 * (process.cpuUsage) per request, median of 5 rounds of REQUESTS after a warm-up.
 *   NODE_ENV=production npx tsx scripts/bench/request-cpu.ts   (as the Lambda runs; ONLY=<prefix> runs one line)
 */
const REQUESTS = Number(process.env.REQUESTS ?? 2000);
const ROUNDS = 5;
const VIEWER: Viewer = { id: 'coordinator', name: 'Coordinator', role: 'COORDINATOR' };

const records = catalogueRecords(catalogue);
const actions: ActionRecord[] = records.actions.map((action) => ({
  ...action,
  strategyId: catalogue.strategy.id,
  status: 'IN_PROGRESS',
  progress: 40,
  evidenceUrls: [],
  version: 3,
  lastConfirmedAt: '2013-05-01T00:00:00Z',
}));
const state: StrategyState = {
  strategy: { ...records.strategy, version: 1 },
  actions,
  reports: [],
  rounds: [],
  revision: '0:1',
  readAt: { '0': 1 },
};
const store = {
  readPublished: async () => 1,
  readRevision: async () => state.readAt,
  strategyState: async () => state,
} as unknown as Store;
const DASHBOARD_BODY = JSON.stringify({ query: DASHBOARD });
const clock = () => new Date('2013-06-01T09:00:00Z');

type Fetch = (request: Request) => Promise<Response> | Response;

function productYoga(plugins: Plugin[]): Fetch {
  const stateReader = createStateReader(store, catalogue.strategy.id);
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema: createSchema<Record<string, unknown> & GraphQLContext>({ typeDefs, resolvers: [resolvers, scalars] }),
    graphqlEndpoint: '/graphql',
    batching: false,
    logging: false,
    graphiql: false,
    landingPage: false,
    cors: false,
    plugins,
    context: async () => ({
      viewer: VIEWER,
      store,
      strategyId: catalogue.strategy.id,
      now: clock,
      today: clock().toISOString().slice(0, 10),
      healthConfig: DEFAULT_HEALTH_CONFIG,
      loaders: createRequestLoaders(store, catalogue.strategy.id, stateReader),
      stateReader,
    }),
  });
  return (request) => yoga.fetch(request);
}

const hello = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  graphqlEndpoint: '/graphql',
  logging: false,
  graphiql: false,
  landingPage: false,
});

const armor = (): Plugin => EnvelopArmorPlugin({ ...QUERY_LIMITS, blockFieldSuggestion: { enabled: true } });
const app = createApp({ store, strategyId: catalogue.strategy.id, mode: 'cloud', logging: false, clock, authenticate: async () => VIEWER });

const servers: [string, Fetch, string][] = [
  ['bare yoga, { hello }', (request) => hello.fetch(request), JSON.stringify({ query: HELLO })],
  ['product schema, no plugins', productYoga([]), ''],
  ['  + request body limit', productYoga([useRequestBodyLimit()]), ''],
  ['  + graphql-armor', productYoga([armor()]), ''],
  ['  + document nesting limit', productYoga([useDocumentNestingLimit()]), ''],
  ['  + variable limits', productYoga([useVariableLimits()]), ''],
  ['  + contract error codes', productYoga([useContractErrorCodes()]), ''],
  ['createApp (cloud mode)', (request) => app.fetch(request), ''],
];

async function cpuPerRequest(fetch: Fetch, body: string): Promise<number> {
  const send = async () => {
    const response = await fetch(
      new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body }),
    );
    const text = await response.text();
    if (!text.includes('"data"') || text.includes('"errors"')) throw new Error(`unexpected answer: ${text.slice(0, 300)}`);
  };
  // A dashboard first: the instance then keeps the state, as a warm one does.
  if (body !== DASHBOARD_BODY && !body.includes('hello'))
    await fetch(new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: DASHBOARD_BODY }));
  for (let index = 0; index < 200; index += 1) await send();
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = process.cpuUsage();
    for (let index = 0; index < REQUESTS; index += 1) await send();
    const used = process.cpuUsage(started);
    samples.push((used.user + used.system) / REQUESTS);
  }
  return samples.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

const operations: [string, string][] = [
  ['action(id)', JSON.stringify({ query: ACTION, variables: { id: '2.2-04' } })],
  ['dashboard', DASHBOARD_BODY],
];
console.log(`CPU per request in process (µs, median of ${ROUNDS} × ${REQUESTS}); no HTTP, no DynamoDB, kept state current`);
for (const [name, fetch, own] of servers.filter(([name]) => name.startsWith(process.env.ONLY ?? ''))) {
  const figures = [];
  for (const [operation, body] of own ? [['hello', own] as const] : operations)
    figures.push(`${operation} ${(await cpuPerRequest(fetch, body)).toFixed(0)}`);
  console.log(`  ${name.padEnd(30)} ${figures.join('   ')}`);
}
