import { randomUUID } from 'node:crypto';
import { DAY_MS, toDay } from '../../functions/domain/dates.js';
import { keys } from '../../functions/store/entities.js';
import type { FaultCounts } from '../local/faults.js';
import { assertLoopback, createHttp } from './http.js';
import { checkTable, type Invariant, type Item } from './verify.js';
import { ACTIONS_PAGE, createWorkload, marker, sleep, type Phase, type SoakState, type SoakUser, type Workload } from './workload.js';
import { seededRandom } from '../bench/stats.js';

/**
 * One soak run against a server that is already up: sign every local user in, warm up, faults
 * on, faults off, drain, then prove the invariants from the table and the server's answers.
 * `npm run soak` (scripts/soak.ts) runs it against a server in a process of its own; the
 * integration test runs a short one against an in-process server.
 */
export interface SoakTarget {
  url: string;
  strategyId: string;
  setFaults(enabled: boolean): Promise<FaultCounts>;
  /** The server's memory after a full garbage collection; undefined where it cannot be measured apart. */
  memory(): Promise<{ rss: number; heapUsed: number } | undefined>;
  scan(): Promise<Item[]>;
}

export interface SoakSettings {
  /** Steps (a read, or a write with its resends) started per second. */
  rate: number;
  warmUpMs: number;
  faultMs: number;
  recoveryMs: number;
  seed: number;
  /** How often a coordinator closes the round and opens the next. */
  roundCycleMs: number;
}

export interface SoakResult {
  workload: Workload;
  faultCounts: FaultCounts;
  shed: number;
  memory?: { baseline: { rss: number; heapUsed: number }; end: { rss: number; heapUsed: number } };
  invariants: Invariant[];
}

/** API Gateway answers 504 after 30 s: a request unanswered by then is a hang. */
export const GUARD_MS = 30_000;
export const MAX_IN_FLIGHT = 64;
const DRAIN_MS = 90_000;
/** Heap after a full GC at the end may exceed the warmed-up one by this much (the state kept, caches within their bounds). */
const HEAP_GROWTH_ALLOWED = { ratio: 1.5, bytes: 16 * 1024 * 1024 };
/** Answers that say the server failed, not that it refused. */
const FAILURES = new Set(['INTERNAL_SERVER_ERROR', 'TIMEOUT', 'NETWORK', 'NO_DATA', 'NO_CODE']);

export const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
export const ms = (value: number) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '–');

export function countBy<T>(values: T[], keyOf: (value: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(keyOf(value), (counts.get(keyOf(value)) ?? 0) + 1);
  return counts;
}

async function signInAll(url: string): Promise<SoakUser[]> {
  const listed = (await (await fetch(new URL('/auth/local', url))).json()) as Omit<SoakUser, 'token'>[];
  return Promise.all(
    listed.map(async (user) => {
      const response = await fetch(new URL('/auth/local', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: user.id }),
      });
      if (!response.ok) throw new Error(`sign-in as ${user.id} failed: ${response.status}`);
      return { ...user, token: ((await response.json()) as { token: string }).token };
    }),
  );
}

/** The actions, their versions, the member states and an open round, through the API (faults off). */
async function prepare(state: SoakState, workload: Workload, coordinator: SoakUser, users: SoakUser[]): Promise<void> {
  let after: string | null = null;
  do {
    const page = (await workload.query(coordinator, { query: ACTIONS_PAGE, variables: { after } })) as {
      actions: {
        edges: { node: { id: string; owners: string[]; memberStateReporting: boolean; version: number } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    for (const { node } of page.actions.edges)
      state.actions.set(node.id, { id: node.id, owners: node.owners, memberStateReporting: node.memberStateReporting, version: node.version });
    after = page.actions.pageInfo.hasNextPage ? page.actions.pageInfo.endCursor : null;
  } while (after);
  state.countries = users.flatMap((user) => (user.country ? [user.country] : []));
  const { reportingRounds } = (await workload.query(coordinator, { query: 'query { reportingRounds { id open } }' })) as {
    reportingRounds: { id: string; open: boolean }[];
  };
  const open = reportingRounds.find((round) => round.open);
  if (open) state.round = { id: open.id, open: true };
  else {
    const key = randomUUID();
    const closes = toDay(Date.now() + 30 * DAY_MS);
    const data = (await workload.query(coordinator, {
      query: 'mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { id } }',
      variables: { input: { name: marker(key), closes, clientMutationId: key } },
    })) as { openReportingRound: { id: string } };
    state.round = { id: data.openReportingRound.id, open: true };
  }
}

/** Starts `rate` steps a second for `durationMs` (while the budget lasts); at most MAX_IN_FLIGHT at once, the rest shed. */
async function drive(
  workload: Workload,
  phase: Phase,
  rate: number,
  durationMs: number,
  budget: { steps: number; shed: number },
  inFlight: Set<Promise<void>>,
  log: (message: string) => void,
) {
  const started = performance.now();
  const interval = 1000 / rate;
  for (let index = 0; budget.steps > 0; index += 1) {
    const due = started + index * interval;
    if (due - started >= durationMs) break;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    if (inFlight.size >= MAX_IN_FLIGHT) {
      budget.shed += 1;
      continue;
    }
    budget.steps -= 1;
    const step = workload.step(phase).catch((error: unknown) => {
      log(`  a step failed in the soak itself: ${error instanceof Error ? error.message : String(error)}`);
    });
    inFlight.add(step);
    void step.finally(() => inFlight.delete(step));
  }
}

interface Served {
  actions: { id: string; version: number; progress: number; status: string }[];
  reportVersions: Map<string, number>;
}

/** Every action and report as the server serves them (its kept state). */
async function servedState(workload: Workload, coordinator: SoakUser): Promise<Served> {
  type Node = Served['actions'][number] & { memberStateReports: { country: string; version: number }[] };
  const actions: Node[] = [];
  let after: string | null = null;
  do {
    const page = (await workload.query(coordinator, {
      query: `query($after: String) { actions(first: 100, after: $after) { edges { node { id version progress status memberStateReports { country version } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { after },
    })) as { actions: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    actions.push(...page.actions.edges.map((edge) => edge.node));
    after = page.actions.pageInfo.hasNextPage ? page.actions.pageInfo.endCursor : null;
  } while (after);
  const reportVersions = new Map<string, number>();
  for (const action of actions)
    for (const report of action.memberStateReports) reportVersions.set(keys.reportSort(action.id, report.country), report.version);
  return { actions, reportVersions };
}

function compareServed(served: Served, items: Item[], strategyId: string): string[] {
  const problems: string[] = [];
  const partition = items.filter((item) => item.PK === keys.strategy(strategyId));
  const stored = new Map(
    partition.filter((item) => item.SK.startsWith(keys.actionPrefix)).map((item) => [item.SK.slice(keys.actionPrefix.length), item]),
  );
  for (const action of served.actions) {
    const item = stored.get(action.id);
    if (!item || item['version'] !== action.version || item['progress'] !== action.progress || item['status'] !== action.status) {
      problems.push(
        `${action.id}: served v${action.version} ${action.status} ${action.progress}%, table v${String(item?.['version'])} ${String(item?.['status'])} ${String(item?.['progress'])}%`,
      );
    }
  }
  if (served.actions.length !== stored.size) problems.push(`${served.actions.length} actions served, ${stored.size} in the table`);
  const reports = partition.filter((item) => item.SK.startsWith(keys.reportPrefix));
  for (const item of reports) {
    if (served.reportVersions.get(item.SK) !== item['version'])
      problems.push(`${item.SK}: served v${served.reportVersions.get(item.SK)}, table v${String(item['version'])}`);
  }
  if (reports.length !== served.reportVersions.size) problems.push(`${served.reportVersions.size} reports served, ${reports.length} in the table`);
  return problems;
}

export async function runSoak(target: SoakTarget, settings: SoakSettings, log: (message: string) => void = () => undefined): Promise<SoakResult> {
  assertLoopback(target.url);
  const http = createHttp({ maxSockets: MAX_IN_FLIGHT, guardMs: GUARD_MS });
  try {
    const users = await signInAll(target.url);
    const state: SoakState = { actions: new Map(), reports: new Map(), countries: [] };
    const workload = createWorkload({
      url: target.url,
      http,
      users,
      state,
      random: seededRandom(settings.seed),
      roundCycleMs: settings.roundCycleMs,
    });
    const coordinator = users.find((user) => user.role === 'COORDINATOR');
    if (!coordinator) throw new Error('no coordinator among the local users');
    await prepare(state, workload, coordinator, users);
    log(
      `  ${users.length} users (${[...countBy(users, (user) => user.role)].map(([role, count]) => `${count} ${role}`).join(', ')}), ${state.actions.size} actions, round ${state.round?.id}`,
    );
    const before = await target.scan();

    const budget = { steps: Math.ceil((settings.rate * (settings.warmUpMs + settings.faultMs + settings.recoveryMs)) / 1000), shed: 0 };
    const inFlight = new Set<Promise<void>>();
    await drive(workload, 'warm-up', settings.rate, settings.warmUpMs, budget, inFlight, log);
    await Promise.all(inFlight);
    const baseline = await target.memory();
    if (baseline) log(`  warmed up; server memory after GC: heap ${mb(baseline.heapUsed)}, RSS ${mb(baseline.rss)}`);

    await target.setFaults(true);
    log(`  faults on for ${(settings.faultMs / 1000).toFixed(0)} s`);
    await drive(workload, 'faults', settings.rate, settings.faultMs, budget, inFlight, log);
    const faultCounts = await target.setFaults(false);
    log(
      `  faults off: ${Object.values(faultCounts.injected).reduce((sum, count) => sum + count, 0)} injected over ${faultCounts.attempts} attempts and ${faultCounts.calls} calls; ` +
        `${(settings.recoveryMs / 1000).toFixed(0)} s without`,
    );
    await drive(workload, 'recovery', settings.rate, settings.recoveryMs, budget, inFlight, log);

    const drainStarted = performance.now();
    let drainTimer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      Promise.all(inFlight).then(() => true),
      new Promise<boolean>((resolve) => (drainTimer = setTimeout(() => resolve(false), DRAIN_MS))),
    ]);
    clearTimeout(drainTimer);
    const unfinished = inFlight.size;
    log(
      `  load done; ${drained ? 'every step finished' : `${unfinished} steps unfinished after ${DRAIN_MS / 1000} s`} (drain ${((performance.now() - drainStarted) / 1000).toFixed(1)} s)`,
    );

    const after = await target.scan();
    const served = await servedState(workload, coordinator);
    const end = await target.memory();

    const invariants: Invariant[] = checkTable({ before, after, writes: workload.writes, strategyId: target.strategyId });
    const hangs = workload.requests.filter((request) => request.outcome === 'TIMEOUT');
    invariants.push({
      name: `the server answered every request (none unanswered after ${GUARD_MS / 1000} s) and every step finished`,
      pass: hangs.length === 0 && drained,
      detail: `${workload.requests.length} requests, ${hangs.length} unanswered, ${unfinished} steps unfinished; slowest ${ms(Math.max(0, ...workload.requests.map((request) => request.ms)))} ms`,
    });
    const afterFaults = workload.requests.filter((request) => request.phase === 'recovery');
    const failed = afterFaults.filter((request) => FAILURES.has(request.outcome) || request.outcome.startsWith('HTTP_'));
    const mismatches = compareServed(served, after, target.strategyId);
    invariants.push({
      name: "it recovers by itself when the faults stop (no failure after, its state the table's)",
      pass: failed.length === 0 && afterFaults.length > 0 && mismatches.length === 0,
      detail:
        `${afterFaults.length} requests after the faults, ${failed.length} failed` +
        `${failed.length ? ` (${[...countBy(failed, (request) => request.outcome)].map(([code, count]) => `${code} ${count}`).join(', ')})` : ''}; ` +
        `served state vs table: ${mismatches.length ? mismatches.slice(0, 3).join('; ') : `${served.actions.length} actions and ${served.reportVersions.size} reports agree`}`,
    });
    if (baseline && end) {
      const allowed = Math.max(baseline.heapUsed * HEAP_GROWTH_ALLOWED.ratio, baseline.heapUsed + HEAP_GROWTH_ALLOWED.bytes);
      invariants.push({
        name: 'memory returns to its level (server heap after a full GC)',
        pass: end.heapUsed <= allowed,
        detail: `heap ${mb(baseline.heapUsed)} warmed up → ${mb(end.heapUsed)} at the end (allowed ${mb(allowed)}); RSS ${mb(baseline.rss)} → ${mb(end.rss)}`,
      });
    }
    return { workload, faultCounts, shed: budget.shed, ...(baseline && end ? { memory: { baseline, end } } : {}), invariants };
  } finally {
    http.close();
  }
}
