import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { compareRefs } from '../functions/domain/action-query.js';
import type { Catalogue } from '../functions/domain/catalogue.js';
import { catalogue as realCatalogue } from '../functions/domain/strategy-catalogue.js';
import { itemKey, keys } from '../functions/store/entities.js';
import { tableDefinition } from '../functions/store/table-definition.js';
import { startDynamoDbLocal } from './local/dynamodb-local.js';
import { startLocalServer, type LocalServer } from './local/server.js';
import { saveProfile, startCpuProfile, summarise } from './bench/cpu-profile.js';
import { startHelloServer } from './bench/floors.js';
import {
  batchPut,
  generateCatalogue,
  planHistory,
  seedThroughMutations,
  touchThroughApi,
  writeTrackingAndReports,
  type MutationSeed,
} from './bench/dataset.js';
import { startLoadClient, type LoadClient } from './bench/load-client.js';
import { createTableForSeeding } from './bench/table.js';
import type { LoadResult } from './bench/load.js';
import { closeSharedAgent, signIn, type OperationSpec } from './bench/operations.js';
import { cpuSince, findJavaPid, sampleCpu, type CpuUsage } from './bench/cpu.js';
import { profileDashboard, type DashboardProfile } from './bench/profile.js';
import { createProbe, describeCommands, type CommandRecord, type DynamoProbe } from './bench/probe.js';
import { bytes, markdownTable, ms, percentile, seededRandom, table } from './bench/stats.js';

/**
 * `npm run bench:api`: latency (concurrency 1) and throughput (concurrency 8) of the API's main
 * operations over real HTTP against the local stack (DynamoDB Local in memory and the local
 * server in this process; the load generator in a worker thread), on the real catalogue and on
 * a generated large data set; dashboard, actions, action(id), updateAction, the dashboard right
 * after a write (the server's kept state out of date) and a diagnostic action(id) without
 * health; the DynamoDB requests each makes (counted by a middleware on the server's client);
 * CPU per request; and where a dashboard request's time goes.
 * See docs/PERFORMANCE.md.
 *
 * Beside the product, in the same run and on the same DynamoDB Local, it measures the two floors
 * of `action(id)` (scripts/bench/floors.ts): a bare graphql-yoga "hello" server and one bare
 * GetItem of an action's item, and compares the product with them (issue 11).
 *
 * Knobs (environment): BENCH_ACTIONS (5000), BENCH_EVENTS (200000), BENCH_REQUESTS (500 per
 * run), BENCH_SECONDS (3 per run), BENCH_MARKDOWN=1 to print the tables as Markdown too,
 * BENCH_DATASETS (real,large: the data sets to run), BENCH_OPERATIONS (all: a comma-separated
 * subset of the operations, e.g. "floor: yoga hello,floor: GetItem,action(id),dashboard").
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const LARGE_ACTIONS = Number(process.env.BENCH_ACTIONS ?? 5000);
const LARGE_EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const MARKDOWN = process.env.BENCH_MARKDOWN === '1';
const DATASETS = (process.env.BENCH_DATASETS ?? 'real,large').split(',').map((name) => name.trim());
const OPERATIONS = process.env.BENCH_OPERATIONS?.split(',').map((name) => name.trim());
/** A directory: the server thread's CPU profile of each throughput run is written there and summed up (cpu-profile.ts). */
const PROFILE_DIR = process.env.BENCH_PROFILE;
const CONCURRENCY = 8;
const WARM_UP = { requests: 50, ms: 2000 };
/** BatchWriteItem requests in flight while seeding. */
const EVENT_WRITERS = 8;
/** Actions the mutations manage (the first page): the updateAction targets come from them. */
const MUTATION_PAGE = 100;

const BUDGET = {
  dashboardP95Ms: 50,
  actionRps: 1000,
  dashboardRequests: 3,
  /** action(id) p50 ≤ this × (yoga hello p50 + GetItem p50), in the same run (issue 11). */
  actionOverFloorsP50: 1.2,
  /** action(id) req/s at concurrency 8 ≥ this × the slower floor's. */
  actionOfSlowerFloorRps: 0.8,
};

interface Row {
  dataset: string;
  operation: OperationSpec['name'];
  latency: LoadResult;
  throughput: LoadResult;
  warmUpErrors: number;
  /** What the server sent to DynamoDB during the concurrency-1 run. */
  dynamo: CommandRecord[];
  /** CPU used during the concurrency-8 run. */
  cpu: CpuUsage;
}

const log = (message = '') => console.log(message);
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const rps = (result: LoadResult) => (result.latencies.length / result.elapsedMs) * 1000;
const rate = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(1));
/**
 * The server's CPU per request in the concurrency-8 run, ms: this process's CPU (server thread,
 * SDK, garbage collection, and the load generator's thread) less the load generator thread's own
 * CPU (its busy time where that cannot be read).
 */
const clientCpuMs = (row: Row) => row.throughput.clientCpuMs ?? row.throughput.clientBusyMs;
const serverCpuMs = (row: Row) => (row.cpu.nodeMs - clientCpuMs(row)) / Math.max(1, row.throughput.latencies.length + row.throughput.errors);
/** Requests per second one core would serve at that CPU cost (DynamoDB Local's CPU not counted). */
const oneCoreRps = (row: Row) => 1000 / serverCpuMs(row);
const errorsOf = (row: Row) => row.latency.errors + row.throughput.errors + row.warmUpErrors;
const requestsOf = (row: Row) => Math.max(1, row.latency.latencies.length + row.latency.errors);
const perRequest = (row: Row, value: (record: CommandRecord) => number) =>
  row.dynamo.reduce((sum, record) => sum + value(record), 0) / requestsOf(row);

interface Harness {
  load: LoadClient;
  probe: DynamoProbe;
  javaPid: number | undefined;
}

async function measure(
  { load, probe, javaPid }: Harness,
  dataset: string,
  url: string,
  token: string,
  spec: OperationSpec,
): Promise<{ row: Row; spec: OperationSpec }> {
  const base = { url, token, hardMaxMs: 20_000 };
  const next = (result: LoadResult): OperationSpec => (result.targets && 'targets' in spec ? { ...spec, targets: result.targets } : spec);
  const warmUp = await load.run({ ...base, spec, concurrency: 1, maxRequests: WARM_UP.requests, maxMs: WARM_UP.ms, minRequests: 1 });
  spec = next(warmUp);
  probe.start();
  const latency = await load.run({ ...base, spec, concurrency: 1, maxRequests: REQUESTS, maxMs: SECONDS * 1000, minRequests: 3 });
  // 'dashboard after write': the untimed write's GetItem and TransactWriteItems (and the
  // UpdateItem with which a write now and then trims its revision shard's list of changes) are
  // not the dashboard's.
  const writeCommands = new Set(['GetItemCommand', 'TransactWriteItemsCommand', 'UpdateItemCommand']);
  const dynamo = probe.stop().filter((record) => spec.name !== 'dashboard after write' || !writeCommands.has(record.name));
  spec = next(latency);
  const profiler = PROFILE_DIR ? await startCpuProfile() : undefined;
  const cpuAtStart = sampleCpu(javaPid);
  const throughput = await load.run({
    ...base,
    spec,
    concurrency: CONCURRENCY,
    maxRequests: REQUESTS * 2,
    maxMs: SECONDS * 1000,
    minRequests: CONCURRENCY,
  });
  const cpu = cpuSince(cpuAtStart, javaPid);
  if (profiler && PROFILE_DIR) {
    const json = await profiler.stop();
    const file = await saveProfile(PROFILE_DIR, `${dataset}-${spec.name}`, json);
    const summary = summarise(json);
    const requests = Math.max(1, throughput.latencies.length + throughput.errors);
    const each = (value: number) => `${((value * 1000) / requests).toFixed(0)} µs`;
    log(
      `  CPU profile of the server thread, ${spec.name} at c${CONCURRENCY}: ${file}; ${each(summary.totalMs)} of samples a request (idle excluded), self time:`,
    );
    for (const [place, value] of summary.places) log(`    ${each(value).padStart(8)}  ${place}`);
    log('    with it on the stack (inclusive):');
    for (const [place, value] of summary.inclusive) log(`    ${each(value).padStart(8)}  ${place}`);
    log('    functions:');
    for (const [name, value] of summary.functions) log(`    ${each(value).padStart(8)}  ${name}`);
  }
  spec = next(throughput);
  const row: Row = { dataset, operation: spec.name, latency, throughput, warmUpErrors: warmUp.errors, dynamo, cpu };
  const errors = errorsOf(row);
  log(
    `  ${spec.name.padEnd(22)} c1: ${latency.latencies.length} ok, p50 ${ms(percentile(latency.latencies, 50))} ms, p95 ${ms(percentile(latency.latencies, 95))} ms` +
      ` | c${CONCURRENCY}: ${rate(rps(throughput))} req/s over ${throughput.latencies.length} | DynamoDB ${describeCommands(dynamo, requestsOf(row))} | errors ${errors}` +
      (errors ? ` (${[...warmUp.errorSamples, ...latency.errorSamples, ...throughput.errorSamples].slice(0, 3).join('; ')})` : ''),
  );
  return { row, spec };
}

interface DatasetResult {
  rows: Row[];
  profile: DashboardProfile;
  rounds: SideBySideRound[];
}

/** Operations compared in the side-by-side rounds: action(id), its two floors and the dashboard. */
const SIDE_BY_SIDE = ['floor: yoga hello', 'floor: GetItem', 'action(id)', 'dashboard'] as const;
type SideBySideName = (typeof SIDE_BY_SIDE)[number];
/** Rounds of the side-by-side comparison (BENCH_ROUNDS); each runs the four operations back to back, in a rotating order. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROUND_SECONDS = 1.5;

interface SideBySideRound {
  order: SideBySideName[];
  figures: Record<SideBySideName, { p50: number; rps: number }>;
  /** The dashboard and action(id) in turn, in one run at concurrency 1: each one's p50. */
  interleaved: { dashboard: number; action: number };
}

const ratiosOf = ({ figures }: SideBySideRound) => ({
  floors: figures['floor: yoga hello'].p50 + figures['floor: GetItem'].p50,
  slowerRps: Math.min(figures['floor: yoga hello'].rps, figures['floor: GetItem'].rps),
  p50: figures['action(id)'].p50 / (figures['floor: yoga hello'].p50 + figures['floor: GetItem'].p50),
  rps: figures['action(id)'].rps / Math.min(figures['floor: yoga hello'].rps, figures['floor: GetItem'].rps),
  dashboard: figures.dashboard.p50 / figures['action(id)'].p50,
});

/** The dashboard's p50 over action(id)'s when the two ran in turn (the budget's figure: both under the same conditions). */
const interleavedRatio = ({ interleaved }: SideBySideRound) => interleaved.dashboard / interleaved.action;

/**
 * The four operations again, each for ROUND_SECONDS at concurrency 1 then at concurrency 8, back
 * to back, ROUNDS times in a rotating order: on a shared machine whose load drifts, a ratio
 * within one round compares operations measured seconds apart, and the median over the rounds
 * is less at the mercy of one disturbed run. Each round then runs the dashboard and action(id)
 * in turn, request by request, for twice ROUND_SECONDS: the two product operations compared
 * under the same conditions, which the dashboard's budget (no slower than action(id)) is judged
 * on, since the two are within a few per cent of each other and the drift between two runs is
 * larger than that.
 */
async function sideBySide(
  harness: Harness,
  urls: { product: string; hello: string },
  token: string,
  specs: Record<SideBySideName, OperationSpec>,
): Promise<SideBySideRound[]> {
  const rounds: SideBySideRound[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = SIDE_BY_SIDE.map((_, index) => SIDE_BY_SIDE[(index + round) % SIDE_BY_SIDE.length]!);
    const figures = {} as SideBySideRound['figures'];
    for (const name of order) {
      const base = { url: name === 'floor: yoga hello' ? urls.hello : urls.product, token, spec: specs[name], hardMaxMs: 20_000 };
      const latency = await harness.load.run({ ...base, concurrency: 1, maxRequests: REQUESTS, maxMs: ROUND_SECONDS * 1000, minRequests: 3 });
      const throughput = await harness.load.run({
        ...base,
        concurrency: CONCURRENCY,
        maxRequests: REQUESTS * 2,
        maxMs: ROUND_SECONDS * 1000,
        minRequests: CONCURRENCY,
      });
      const errors = latency.errors + throughput.errors;
      if (errors)
        throw new Error(
          `${name}: ${errors} errors in a side-by-side round (${[...latency.errorSamples, ...throughput.errorSamples].slice(0, 2).join('; ')})`,
        );
      figures[name] = { p50: percentile(latency.latencies, 50), rps: rps(throughput) };
    }
    const inTurn = await harness.load.run({
      url: urls.product,
      token,
      spec: { name: 'dashboard ⇄ action(id)', ids: idsOf(specs['action(id)']) },
      concurrency: 1,
      maxRequests: REQUESTS * 2,
      maxMs: ROUND_SECONDS * 2000,
      minRequests: 6,
      hardMaxMs: 20_000,
    });
    if (inTurn.errors) throw new Error(`dashboard ⇄ action(id): ${inTurn.errors} errors (${inTurn.errorSamples.slice(0, 2).join('; ')})`);
    const interleaved = {
      dashboard: percentile(inTurn.byKind?.dashboard ?? [], 50),
      action: percentile(inTurn.byKind?.['action(id)'] ?? [], 50),
    };
    const ratios = ratiosOf({ order, figures, interleaved });
    log(
      `  side by side, round ${round + 1} (${order.join(' → ')}): ` +
        SIDE_BY_SIDE.map((name) => `${name} ${ms(figures[name].p50)} ms / ${rate(figures[name].rps)} req/s`).join(', ') +
        ` | action p50 ${ratios.p50.toFixed(2)}× floors, req/s ${ratios.rps.toFixed(2)}× slower floor, dashboard ${ratios.dashboard.toFixed(2)}× action` +
        ` | in turn: dashboard ${interleaved.dashboard.toFixed(2)} ms, action(id) ${interleaved.action.toFixed(2)} ms, ${interleavedRatio({ order, figures, interleaved }).toFixed(2)}×`,
    );
    rounds.push({ order, figures, interleaved });
  }
  return rounds;
}

const idsOf = (spec: OperationSpec) => ('ids' in spec ? spec.ids : []);

/** Starts the server on a fresh table and seeds it. */
async function seedDataset(options: {
  name: string;
  catalogue: Catalogue;
  large: boolean;
  dynamoEndpoint: string;
  tableName: string;
  dataDir: string;
  probe: DynamoProbe;
}): Promise<{ server: LocalServer; seed: MutationSeed }> {
  const { catalogue, large, tableName } = options;
  const started = performance.now();
  const serverOptions = {
    dynamoEndpoint: options.dynamoEndpoint,
    tableName,
    dataDir: options.dataDir,
    port: 0,
    quiet: true,
    catalogue,
    instrumentClient: (client: DynamoDBClient) => options.probe.install(client),
  };
  // Reports on the large set are written directly (a report submission reads the whole partition).
  const mutationLimits = large ? { memberStateActions: 0, countries: 0 } : { memberStateActions: 4, countries: catalogue.memberStates.length };
  const seedThroughApi = async (server: LocalServer) => {
    const table = large ? 'table created beforehand with its stream off, ' : 'table + ';
    log(
      `  seed: catalogue load by the server (${table}${server.catalogueLoad.created} actions, one PutItem each): ${seconds(performance.now() - started)}`,
    );
    const mutationsStarted = performance.now();
    const seed = await seedThroughMutations(server.url, catalogue, seededRandom(large ? 5000 : 49), mutationLimits);
    log(
      `  seed: tracking through the API: ${seed.mutations} mutations (updateAction, reviseDeadline, openReportingRound, submit/review reports): ${seconds(performance.now() - mutationsStarted)}`,
    );
    return seed;
  };

  if (!large) {
    const server = await startLocalServer(serverOptions);
    try {
      return { server, seed: await seedThroughApi(server) };
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  // The large set: the catalogue load (by the server), the first page of actions through the
  // API, then the history, final tracking fields and reports written directly, all with the
  // table's stream off; it is turned on before anything is measured. (Writing the events while
  // the catalogue loads was tried: DynamoDB Local then slows both down.)
  const table = await createTableForSeeding(options.dynamoEndpoint, tableName);
  const server = await startLocalServer(serverOptions);
  try {
    const seed = await seedThroughApi(server);
    const excluded = new Set(
      [...catalogue.actions]
        .sort((a, b) => compareRefs(a.ref, b.ref))
        .slice(0, MUTATION_PAGE)
        .map((action) => action.ref),
    );
    if ([...excluded].some((id) => !seed.touchedActions.has(id)) || seed.touchedActions.size !== excluded.size) {
      throw new Error('the mutations did not manage the expected first page of actions');
    }
    const plan = planHistory({
      catalogue,
      excluded,
      eventCount: LARGE_EVENTS,
      random: seededRandom(7),
      documentClient: server.documentClient,
      tableName,
    });
    const eventsStarted = performance.now();
    const requests = await batchPut(server.documentClient, tableName, plan.events, EVENT_WRITERS);
    const elapsed = performance.now() - eventsStarted;
    log(
      `  seed: ${plan.events.length.toLocaleString('en')} history events written directly with BatchWriteItem and the server's documentClient ` +
        `(25 a request, ${EVENT_WRITERS} in flight, ${requests} requests; far faster than as many mutations): ${seconds(elapsed)}, ` +
        `${Math.round((plan.events.length / elapsed) * 1000).toLocaleString('en')} items/s`,
    );
    const tracking = await writeTrackingAndReports({
      client: server.documentClient,
      tableName,
      catalogue,
      seed,
      finals: plan.finals,
      random: seededRandom(11),
    });
    log(
      `  seed: final tracking fields of ${tracking.actions.toLocaleString('en')} actions and ${tracking.reports.toLocaleString('en')} member-state reports, ` +
        `written the same way (${tracking.requests} requests): ${seconds(tracking.ms)}`,
    );
    await table.enableStream();
    log(`  seed: the table's stream (off while seeding) is on again (${tableDefinition.stream}), as the shared definition has it`);
    // The direct writes bumped no revision: one write through the API makes sure no server
    // instance goes on serving a copy of the state read before them.
    const [first] = seed.writable;
    if (!first) throw new Error('no action left to update');
    await touchThroughApi(server.url, first);
    return { server, seed };
  } catch (error) {
    await server.close();
    throw error;
  }
}

async function benchDataset(options: {
  name: string;
  catalogue: Catalogue;
  large: boolean;
  dynamoEndpoint: string;
  harness: Harness;
}): Promise<DatasetResult> {
  const { name, catalogue, large, harness } = options;
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-api-'));
  const tableName = `bench-${name}-${randomUUID().slice(0, 8)}`;
  log(
    `\n== ${name}: ${catalogue.actions.length.toLocaleString('en')} actions${large ? `, ${LARGE_EVENTS.toLocaleString('en')} history events` : ''} ==`,
  );
  const started = performance.now();
  const { server, seed } = await seedDataset({ ...options, probe: harness.probe, tableName, dataDir });
  const hello = await startHelloServer();
  try {
    log(`  seed: total seeding time: ${seconds(performance.now() - started)}`);
    const token = await signIn(server.url, 'coordinator');
    const refs = catalogue.actions.map((action) => action.ref);
    const step = Math.max(1, Math.floor(refs.length / 200));
    const ids = refs.filter((_, index) => index % step === 0);

    const rows: Row[] = [];
    let targets = seed.writable.map((target) => ({ ...target }));
    const floorKeys = ids.map((id) => itemKey(keys.strategy(catalogue.strategy.id), keys.actionSort(id)));
    // The floors run right before action(id), against the same DynamoDB Local and the same ids.
    const specs: OperationSpec[] = [
      { name: 'dashboard' },
      { name: 'actions' },
      { name: 'floor: yoga hello' },
      { name: 'floor: GetItem', endpoint: options.dynamoEndpoint, tableName, keys: floorKeys },
      { name: 'action(id)', ids },
      { name: 'updateAction', targets },
      { name: 'dashboard after write', targets },
      { name: 'action(id) w/o health', ids },
    ];
    for (const spec of specs) {
      if (OPERATIONS && !OPERATIONS.includes(spec.name)) continue;
      // The write operations share the targets: each run continues from the versions the last one left.
      const url = spec.name === 'floor: yoga hello' ? hello.url : server.url;
      const measured = await measure(harness, name, url, token, 'targets' in spec ? { ...spec, targets } : spec);
      rows.push(measured.row);
      if ('targets' in measured.spec) targets = measured.spec.targets;
    }

    const compared = Object.fromEntries(
      specs.filter((spec) => (SIDE_BY_SIDE as readonly string[]).includes(spec.name)).map((spec) => [spec.name, spec]),
    );
    const rounds = SIDE_BY_SIDE.every((name) => compared[name] && (!OPERATIONS || OPERATIONS.includes(name)))
      ? await sideBySide(harness, { product: server.url, hello: hello.url }, token, compared as Record<SideBySideName, OperationSpec>)
      : [];
    const profile = await profileDashboard({
      store: server.store,
      strategyId: catalogue.strategy.id,
      runs: large ? 3 : 10,
      stateRuns: large ? 1 : 10,
    });
    log(`  measured in ${seconds(performance.now() - started)} (seeding included)`);
    return { rows, profile, rounds };
  } finally {
    await hello.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'OVER');

/** The commit measured, and whether the server's code differs from it. */
function codeVersion(): string {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown (not a git checkout)';
  const dirty = git('status', '--porcelain', '--', 'functions', 'graphql', 'scripts/local').stdout.trim() !== '';
  return `commit ${head.stdout.trim()}${dirty ? ' with uncommitted changes in functions/, graphql/ or scripts/local/' : ''}`;
}

function report(
  rows: Row[],
  profiles: { dataset: string; profile: DashboardProfile }[],
  sideBySideRounds: { dataset: string; rounds: SideBySideRound[] }[],
) {
  const print = (title: string, headers: string[], lines: (string | number)[][], left = 2) => {
    log(`\n== ${title} ==`);
    log(table(headers, lines, left));
    if (MARKDOWN) log(`\n${markdownTable(headers, lines, left)}`);
  };

  print(
    `Results: latency at concurrency 1, throughput at concurrency ${CONCURRENCY}; errors over all runs, warm-up included`,
    ['data set', 'operation', 'n (c1)', 'p50 ms', 'p95 ms', 'p99 ms', `req/s (c${CONCURRENCY})`, `n (c${CONCURRENCY})`, 'errors', 'response'],
    rows.map((row) => [
      row.dataset,
      row.operation === 'action(id) w/o health' ? `${row.operation} (diagnostic)` : row.operation,
      row.latency.latencies.length,
      ms(percentile(row.latency.latencies, 50)),
      ms(percentile(row.latency.latencies, 95)),
      ms(percentile(row.latency.latencies, 99)),
      rate(rps(row.throughput)),
      row.throughput.latencies.length,
      errorsOf(row),
      bytes(Math.round(row.latency.responseBytes / requestsOf(row))),
    ]),
  );

  print(
    'DynamoDB requests per API request (server-side middleware, averaged over the concurrency-1 run)',
    ['data set', 'operation', 'requests', 'commands', 'items read', 'bytes read', 'DynamoDB ms', 'history read'],
    rows.map((row) => [
      row.dataset,
      row.operation,
      rate(perRequest(row, () => 1)),
      describeCommands(row.dynamo, requestsOf(row)),
      Math.round(perRequest(row, (record) => record.items ?? 0)),
      bytes(Math.round(perRequest(row, (record) => record.bytes ?? 0))),
      ms(perRequest(row, (record) => record.ms)),
      row.dynamo.some((record) => record.history) ? 'YES' : 'no',
    ]),
  );

  const perThroughputRequest = (row: Row, value: number | undefined) =>
    value === undefined ? '–' : ms(value / Math.max(1, row.throughput.latencies.length + row.throughput.errors));
  print(
    `CPU per request during the concurrency-${CONCURRENCY} run (2 cores: ceiling ≈ 2000 ms / (Java + Node − load generator))`,
    ['data set', 'operation', 'req/s', 'Java ms', 'Node ms', 'load gen. ms', 'server ms', 'one core req/s', 'server loop busy', 'ceiling req/s'],
    rows.map((row) => {
      const requests = Math.max(1, row.throughput.latencies.length + row.throughput.errors);
      const serverSide = ((row.cpu.javaMs ?? Number.NaN) + row.cpu.nodeMs - clientCpuMs(row)) / requests;
      return [
        row.dataset,
        row.operation,
        rate(rps(row.throughput)),
        perThroughputRequest(row, row.cpu.javaMs),
        perThroughputRequest(row, row.cpu.nodeMs),
        perThroughputRequest(row, clientCpuMs(row)),
        serverCpuMs(row).toFixed(2),
        rate(oneCoreRps(row)),
        `${Math.round(row.cpu.serverLoop * 100)}%`,
        Number.isFinite(serverSide) ? rate(2000 / serverSide) : '–',
      ];
    }),
  );

  log('\n== Budgets (informational) ==');
  for (const row of rows) {
    const label = `${row.dataset.padEnd(6)} ${row.operation.padEnd(21)}`;
    if (row.operation === 'dashboard' || row.operation === 'dashboard after write') {
      const p95 = percentile(row.latency.latencies, 95);
      const requests = perRequest(row, () => 1);
      const history = row.dynamo.some((record) => record.history);
      log(`  ${label} p95 ≤ ${BUDGET.dashboardP95Ms} ms                  ${ms(p95).padStart(7)} ms     ${pass(p95 <= BUDGET.dashboardP95Ms)}`);
      log(
        `  ${label} DynamoDB requests ≤ ${BUDGET.dashboardRequests}           ${rate(requests).padStart(7)}        ${pass(requests <= BUDGET.dashboardRequests)}`,
      );
      log(`  ${label} no history read (GSI1/EVENT#)   ${(history ? 'reads' : 'none').padStart(7)}        ${pass(!history)}`);
    }
    if (row.operation === 'action(id)') {
      const value = rps(row.throughput);
      log(
        `  ${label} ≥ ${BUDGET.actionRps} req/s (c${CONCURRENCY}, wall clock)  ${rate(value).padStart(7)} req/s  ${pass(value >= BUDGET.actionRps)}`,
      );
      // The server's own CPU: the honest "one core" figure where DynamoDB Local and the load
      // generator share the machine's cores with it.
      const oneCore = oneCoreRps(row);
      log(
        `  ${label} ≥ ${BUDGET.actionRps} req/s on one core (server CPU ${serverCpuMs(row).toFixed(2)} ms/request) ${rate(oneCore).padStart(7)} req/s  ${pass(oneCore >= BUDGET.actionRps)}`,
      );
    }
  }

  const rowOf = (dataset: string, operation: OperationSpec['name']) => rows.find((row) => row.dataset === dataset && row.operation === operation);
  const p50Of = (row: Row) => percentile(row.latency.latencies, 50);
  const floorLines: (string | number)[][] = [];
  for (const dataset of new Set(rows.map((row) => row.dataset))) {
    const [hello, getItem, action, dashboard] = (['floor: yoga hello', 'floor: GetItem', 'action(id)', 'dashboard'] as const).map((operation) =>
      rowOf(dataset, operation),
    );
    if (!hello || !getItem || !action) continue;
    const floorP50 = p50Of(hello) + p50Of(getItem);
    const slowerRps = Math.min(rps(hello.throughput), rps(getItem.throughput));
    const p50Ratio = p50Of(action) / floorP50;
    const rpsRatio = rps(action.throughput) / slowerRps;
    log(
      `  ${dataset.padEnd(6)} action(id) p50 ≤ ${BUDGET.actionOverFloorsP50} × floors (${ms(p50Of(hello))} + ${ms(p50Of(getItem))} = ${ms(floorP50)} ms)  ${ms(p50Of(action)).padStart(7)} ms = ${p50Ratio.toFixed(2)}×  ${pass(p50Ratio <= BUDGET.actionOverFloorsP50)}`,
    );
    log(
      `  ${dataset.padEnd(6)} action(id) req/s ≥ ${BUDGET.actionOfSlowerFloorRps} × slower floor (${rate(slowerRps)} req/s)  ${rate(rps(action.throughput)).padStart(7)} req/s = ${rpsRatio.toFixed(2)}×  ${pass(rpsRatio >= BUDGET.actionOfSlowerFloorRps)}`,
    );
    if (dashboard) {
      log(
        `  ${dataset.padEnd(6)} dashboard p50 ≤ action(id) p50 (${ms(p50Of(action))} ms)  ${ms(p50Of(dashboard)).padStart(7)} ms  ${pass(p50Of(dashboard) <= p50Of(action))}`,
      );
    }
    floorLines.push([
      dataset,
      ms(p50Of(hello)),
      rate(rps(hello.throughput)),
      ms(p50Of(getItem)),
      rate(rps(getItem.throughput)),
      ms(p50Of(action)),
      rate(rps(action.throughput)),
      dashboard ? ms(p50Of(dashboard)) : '–',
      p50Ratio.toFixed(2),
      rpsRatio.toFixed(2),
      dashboard ? (p50Of(dashboard) / p50Of(action)).toFixed(2) : '–',
      '–',
    ]);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
  for (const { dataset, rounds } of sideBySideRounds) {
    if (rounds.length === 0) continue;
    const ratios = rounds.map(ratiosOf);
    const p50 = median(ratios.map((ratio) => ratio.p50));
    const perSecond = median(ratios.map((ratio) => ratio.rps));
    const dashboard = median(ratios.map((ratio) => ratio.dashboard));
    const inTurn = median(rounds.map(interleavedRatio));
    log(
      `  ${dataset.padEnd(6)} side by side, median of ${rounds.length} rounds: action(id) p50 / floors ${p50.toFixed(2)}× (≤ ${BUDGET.actionOverFloorsP50}) ${pass(p50 <= BUDGET.actionOverFloorsP50)}; ` +
        `req/s / slower floor ${perSecond.toFixed(2)}× (≥ ${BUDGET.actionOfSlowerFloorRps}) ${pass(perSecond >= BUDGET.actionOfSlowerFloorRps)}; ` +
        `dashboard / action(id) p50 in turn ${inTurn.toFixed(3)}× (≤ 1) ${pass(inTurn <= 1)} (in separate runs ${dashboard.toFixed(2)}×)`,
    );
    rounds.forEach((round, index) => {
      const ratio = ratios[index]!;
      const { figures } = round;
      floorLines.push([
        `${dataset} r${index + 1}`,
        ms(figures['floor: yoga hello'].p50),
        rate(figures['floor: yoga hello'].rps),
        ms(figures['floor: GetItem'].p50),
        rate(figures['floor: GetItem'].rps),
        ms(figures['action(id)'].p50),
        rate(figures['action(id)'].rps),
        ms(figures.dashboard.p50),
        ratio.p50.toFixed(2),
        ratio.rps.toFixed(2),
        ratio.dashboard.toFixed(2),
        `${round.interleaved.dashboard.toFixed(2)} / ${round.interleaved.action.toFixed(2)} = ${interleavedRatio(round).toFixed(3)}`,
      ]);
    });
  }
  if (floorLines.length > 0) {
    print(
      `action(id) against its floors, same run (budgets: p50 ≤ ${BUDGET.actionOverFloorsP50}× the floors' sum, req/s ≥ ${BUDGET.actionOfSlowerFloorRps}× the slower floor's, dashboard ≤ action(id), judged in turn)`,
      [
        'data set',
        'hello p50',
        'hello req/s',
        'GetItem p50',
        'GetItem req/s',
        'action p50',
        'action req/s',
        'dashboard p50',
        'p50 / floors',
        'req/s / slower',
        'dashboard / action',
        'in turn: dashboard / action p50, ms',
      ],
      floorLines,
      1,
    );
  }
  const field = (label: string, value: (profile: DashboardProfile, hit: Row, miss: Row) => string) => [
    label,
    ...profiles.map(({ dataset, profile }) => {
      const hit = rowOf(dataset, 'dashboard');
      const miss = rowOf(dataset, 'dashboard after write');
      return hit && miss ? value(profile, hit, miss) : '–';
    }),
  ];
  const p50 = (row: Row) => percentile(row.latency.latencies, 50);
  const dynamoMs = (row: Row) => perRequest(row, (record) => record.ms);
  const dynamoCalls = (row: Row) =>
    `${ms(dynamoMs(row))} (${describeCommands(row.dynamo, requestsOf(row))}, ${bytes(Math.round(perRequest(row, (record) => record.bytes ?? 0)))})`;
  print(
    'Where a dashboard request spends its time (ms; HTTP and DynamoDB from the concurrency-1 runs, the rest measured in process)',
    ['', ...profiles.map((entry) => entry.dataset)],
    [
      field('state (actions / reports)', (p) => `${p.actions} / ${p.reports}`),
      field('kept state current — HTTP p50', (_p, hit) => ms(p50(hit))),
      field('  DynamoDB calls (incl. SDK)', (_p, hit) => dynamoCalls(hit)),
      field('  dashboardOf (domain figures)', (p) => ms(p.figures)),
      field('    of which one coverage (computed twice)', (p) => ms(p.coverage)),
      field('  rest: GraphQL, JSON, HTTP, JWT', (p, hit) => ms(p50(hit) - dynamoMs(hit) - p.figures)),
      field('  yoga in process (no HTTP, no JWT)', (p) => `${ms(p.yoga)} (${bytes(p.responseBytes)})`),
      field('  same without overdue/upcoming lists', (p) => `${ms(p.yogaNoLists)} (${bytes(p.responseBytesNoLists)})`),
      field('after a write — HTTP p50', (_p, _hit, miss) => ms(p50(miss))),
      field('  DynamoDB calls (incl. SDK)', (_p, _hit, miss) => dynamoCalls(miss)),
      field('  catch-up (change list + items, BatchGetItem ×2)', (p) => ms(p.refresh)),
      field('  dashboardOf on the patched state', (p) => ms(p.figuresPatched)),
      field('fallback: store.strategyState (whole read)', (p) => ms(p.strategyState)),
    ],
    1 + profiles.length,
  );
}

async function main() {
  const started = performance.now();
  const cores = cpus();
  log(`API benchmark: ${cores.length} × ${cores[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  log(
    `NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}: graphql-js runs its ${process.env.NODE_ENV === 'production' ? 'production' : 'development'} checks ` +
      `(the Lambda sets production; \`npm run bench:api\` does too).`,
  );
  log(`Server code: ${codeVersion()}. DynamoDB Local (Java), the Node server and the load generator (a worker thread) share these cores.`);
  log(
    `Per operation: warm-up ≤ ${WARM_UP.requests} requests or ${WARM_UP.ms / 1000} s; latency: ≤ ${REQUESTS} requests or ${SECONDS} s at concurrency 1 (at least 3); ` +
      `throughput: ≤ ${REQUESTS * 2} requests or ${SECONDS} s at concurrency ${CONCURRENCY} (at least ${CONCURRENCY}). Every response is checked for errors.`,
  );

  const large = generateCatalogue(realCatalogue, LARGE_ACTIONS, seededRandom(1));
  const load = startLoadClient();
  const probe = createProbe();
  const rows: Row[] = [];
  const profiles: { dataset: string; profile: DashboardProfile }[] = [];
  const rounds: { dataset: string; rounds: SideBySideRound[] }[] = [];
  try {
    for (const dataset of [
      { name: 'real', catalogue: realCatalogue, large: false },
      { name: 'large', catalogue: large, large: true },
    ].filter(({ name }) => DATASETS.includes(name))) {
      // A fresh DynamoDB Local per data set: neither inherits the other's heap, data or JIT state.
      const dynamo = await startDynamoDbLocal({ inMemory: true });
      try {
        const harness: Harness = { load, probe, javaPid: findJavaPid(dynamo.port) };
        const result = await benchDataset({ ...dataset, dynamoEndpoint: dynamo.endpoint, harness });
        rows.push(...result.rows);
        profiles.push({ dataset: dataset.name, profile: result.profile });
        rounds.push({ dataset: dataset.name, rounds: result.rounds });
      } finally {
        await dynamo.stop();
      }
    }
  } finally {
    await load.close();
    closeSharedAgent();
  }
  report(rows, profiles, rounds);
  log(`\nTotal run time: ${seconds(performance.now() - started)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
