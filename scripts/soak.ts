/**
 * `npm run soak`: every role of local mode reading and writing at a steady rate for a few
 * minutes against the local stack (DynamoDB Local in memory, the local server in a process of
 * its own), while the fault injector (scripts/local/faults.ts) makes a share of the server's
 * DynamoDB requests fail: throttling, 500s, timeouts, connections dropped after the write.
 * Faults are on for most of the run and off for the rest, so the server must recover by
 * itself. At the end the table is read directly and every invariant of docs/RELIABILITY.md is
 * checked; it prints throughput, errors by code, latency percentiles and each invariant with
 * PASS or FAIL, and exits non-zero on any FAIL.
 *
 *   npm run soak -- [--minutes 3] [--rate 15] [--recovery 0.25] [--seed 1]
 *
 * STRATEGY_TRACKER_FAULTS sets the faults (a rate, or a JSON FaultSpec; default below).
 * Bounded: at most minutes x 60 x rate steps, never past the run's time and a drain of at most
 * 90 s; loopback only.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { catalogue } from '../functions/domain/strategy-catalogue.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDbLocal, type DynamoDbLocal } from './local/dynamodb-local.js';
import { FAULTS_VARIABLE, parseFaultSpec } from './local/faults.js';
import { percentile, table } from './bench/stats.js';
import type { FromServer, ToServer } from './soak/protocol.js';
import { countBy, MAX_IN_FLIGHT, ms, runSoak, type SoakResult } from './soak/run.js';
import { scanTable } from './soak/verify.js';
import type { Phase, RequestRecord } from './soak/workload.js';

/** A tenth of attempts fail inside the SDK's retries, 2% of calls after them; a timeout waits at most a minute. */
const DEFAULT_FAULTS = '{"attemptRate":0.1,"callRate":0.02,"maxStallMs":60000}';
const WARM_UP_MS = 5_000;
const ROUND_CYCLE_MS = 60_000;

const log = (message = '') => console.log(message);

function options() {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '3' },
      rate: { type: 'string', default: '15' },
      recovery: { type: 'string', default: '0.25' },
      seed: { type: 'string', default: '1' },
    },
  });
  const minutes = Number(values.minutes);
  const rate = Number(values.rate);
  const recovery = Number(values.recovery);
  const seed = Number(values.seed);
  if (!(minutes > 0 && minutes <= 60)) throw new Error('--minutes must be more than 0 and at most 60.');
  if (!(rate > 0 && rate <= 200)) throw new Error('--rate (requests per second) must be more than 0 and at most 200.');
  if (!(recovery > 0 && recovery < 1)) throw new Error('--recovery (the share of the run without faults, at the end) must be between 0 and 1.');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer.');
  return { minutes, rate, recovery, seed };
}

interface ServerHandle {
  url: string;
  pid: number;
  ask<T extends FromServer['type']>(message: ToServer, reply: T): Promise<Extract<FromServer, { type: T }>>;
  stop(): Promise<void>;
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ServerHandle> {
  const child: ChildProcess = fork(new URL('./soak/server-process.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const listeners = new Set<(message: FromServer) => void>();
  child.on('message', (message: FromServer) => listeners.forEach((listener) => listener(message)));
  const next = <T extends FromServer['type']>(type: T, timeoutMs: number) =>
    new Promise<Extract<FromServer, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`the soak server did not answer "${type}" within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (message: FromServer) => {
        if (message.type === 'failed') reject(new Error(`the soak server failed:\n${message.message}`));
        else if (message.type !== type) return;
        else resolve(message as Extract<FromServer, { type: T }>);
        clearTimeout(timer);
        listeners.delete(listener);
      };
      listeners.add(listener);
    });
  const ready = await next('ready', 120_000);
  return {
    url: ready.url,
    pid: ready.pid,
    ask(message, reply) {
      const answer = next(reply, 30_000);
      child.send(message);
      return answer;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.send({ type: 'stop' } satisfies ToServer);
      }),
  };
}

/** Answers that refuse (the contract's codes for a request it will not do), as opposed to failures. */
const REFUSED = new Set(['FORBIDDEN', 'CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED']);

function latencyRows(requests: RequestRecord[], phases: { phase: Phase | 'all'; seconds: number }[]) {
  return phases.map(({ phase, seconds }) => {
    const chosen = phase === 'all' ? requests : requests.filter((request) => request.phase === phase);
    const latencies = chosen.map((request) => request.ms);
    const refused = chosen.filter((request) => REFUSED.has(request.outcome)).length;
    const ok = chosen.filter((request) => request.outcome === 'ok').length;
    return [
      phase,
      chosen.length,
      (chosen.length / seconds).toFixed(1),
      ok,
      refused,
      chosen.length - ok - refused,
      ms(percentile(latencies, 50)),
      ms(percentile(latencies, 95)),
      ms(percentile(latencies, 99)),
      ms(Math.max(0, ...latencies)),
    ];
  });
}

async function main() {
  const settings = options();
  const faultsText = process.env[FAULTS_VARIABLE] || DEFAULT_FAULTS;
  const faultSpec = parseFaultSpec(faultsText);
  const totalMs = settings.minutes * 60_000;
  const faultMs = Math.round(totalMs * (1 - settings.recovery));
  const recoveryMs = totalMs - faultMs;
  log(
    `== Soak: ${settings.minutes} min at ${settings.rate} steps/s; faults ${JSON.stringify(faultSpec)} for ${(faultMs / 1000).toFixed(0)} s, then none for ${(recoveryMs / 1000).toFixed(0)} s ==`,
  );

  const dataDir = await mkdtemp(join(tmpdir(), 'soak-'));
  const tableName = `soak-${randomUUID().slice(0, 8)}`;
  let dynamo: DynamoDbLocal | undefined;
  let server: ServerHandle | undefined;
  let documentClient: DynamoDBDocumentClient | undefined;
  const started = performance.now();
  try {
    dynamo = await startDynamoDbLocal({ inMemory: true });
    server = await startServer({
      ...process.env,
      SOAK_DYNAMO_ENDPOINT: dynamo.endpoint,
      SOAK_TABLE: tableName,
      SOAK_DATA_DIR: dataDir,
      [FAULTS_VARIABLE]: faultsText,
    });
    log(
      `  stack up in ${((performance.now() - started) / 1000).toFixed(1)} s: DynamoDB Local ${dynamo.endpoint}, server ${server.url} (pid ${server.pid})`,
    );
    const reader = DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }),
    );
    documentClient = reader;
    const running = server;
    const result = await runSoak(
      {
        url: running.url,
        strategyId: catalogue.strategy.id,
        setFaults: async (enabled) => (await running.ask({ type: 'faults', enabled }, 'faults')).counts,
        memory: () => running.ask({ type: 'memory' }, 'memory'),
        scan: () => scanTable(reader, tableName),
      },
      { rate: settings.rate, warmUpMs: WARM_UP_MS, faultMs, recoveryMs, seed: settings.seed, roundCycleMs: ROUND_CYCLE_MS },
      log,
    );
    report(result, { faultMs, recoveryMs });
    log(`\nTotal run time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (result.invariants.some((invariant) => !invariant.pass)) process.exitCode = 1;
  } finally {
    documentClient?.destroy();
    await server?.stop();
    await dynamo?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function report(result: SoakResult, phases: { faultMs: number; recoveryMs: number }) {
  const { workload, faultCounts, invariants } = result;
  const { faultMs, recoveryMs } = phases;
  const { requests, writes } = workload;
  log('\n== Requests (latency from sending to the last byte of the answer, ms; a write retried after an unknown outcome counts each send) ==');
  log(
    table(
      ['phase', 'requests', 'req/s', 'ok', 'refused', 'failed', 'p50', 'p95', 'p99', 'max'],
      latencyRows(requests, [
        { phase: 'warm-up', seconds: WARM_UP_MS / 1000 },
        { phase: 'faults', seconds: faultMs / 1000 },
        { phase: 'recovery', seconds: recoveryMs / 1000 },
        { phase: 'all', seconds: (WARM_UP_MS + faultMs + recoveryMs) / 1000 },
      ]),
      1,
    ),
  );
  if (result.shed > 0) log(`  ${result.shed} steps not started: ${MAX_IN_FLIGHT} were already in flight`);

  log('\n== Answers by code and phase ==');
  const codes = [...new Set(requests.map((request) => request.outcome))].sort();
  log(
    table(
      ['answer', 'warm-up', 'faults', 'recovery'],
      codes.map((code) => [
        code,
        ...(['warm-up', 'faults', 'recovery'] as const).map(
          (phase) => requests.filter((request) => request.phase === phase && request.outcome === code).length,
        ),
      ]),
      1,
    ),
  );

  log('\n== Operations (all phases) ==');
  const ops = [...new Set(requests.map((request) => request.op))].sort();
  log(
    table(
      ['operation', 'requests', 'ok', 'p50', 'p95', 'p99'],
      ops.map((op) => {
        const chosen = requests.filter((request) => request.op === op);
        const latencies = chosen.map((request) => request.ms);
        return [
          op,
          chosen.length,
          chosen.filter((request) => request.outcome === 'ok').length,
          ms(percentile(latencies, 50)),
          ms(percentile(latencies, 95)),
          ms(percentile(latencies, 99)),
        ];
      }),
      1,
    ),
  );

  log('\n== Writes, by final outcome (after resending those whose outcome was unknown) ==');
  const writeOps = [...new Set(writes.map((write) => write.op))].sort();
  log(
    table(
      ['write', 'success', 'refused', 'refused by code', 'unknown', 'resent'],
      writeOps.map((op) => {
        const chosen = writes.filter((write) => write.op === op);
        const refused = chosen.filter((write) => write.outcome === 'refused');
        return [
          op,
          chosen.filter((write) => write.outcome === 'success').length,
          refused.length,
          [...countBy(refused, (write) => write.code ?? '?')].map(([code, count]) => `${code} ${count}`).join(', ') || '–',
          chosen.filter((write) => write.outcome === 'unknown').length,
          chosen.filter((write) => write.attempts > 1).length,
        ];
      }),
      1,
    ),
  );

  log("\n== Faults injected on the server's DynamoDB client ==");
  log(
    `  ${faultCounts.attempts} HTTP attempts and ${faultCounts.calls} calls while on: ${
      Object.entries(faultCounts.injected)
        .sort()
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ') || 'none'
    }`,
  );

  log('\n== Invariants ==');
  for (const invariant of invariants) log(`  ${invariant.pass ? 'PASS' : 'FAIL'}  ${invariant.name}\n        ${invariant.detail}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
