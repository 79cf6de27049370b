import { buildDashboard, type ActionState, type DashboardInput, type ReportState } from '../../functions/domain/dashboard.js';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import type { ActionStatus } from '../../functions/domain/model.js';
import { buildDashboard as referenceBuildDashboard } from '../../test/unit/dashboard-reference.js';

/**
 * CPU time of buildDashboard alone, in this process, on a generated state of the benchmark's
 * size (BENCH_ACTIONS, default 5,000 actions; every tenth reported on by 27 member states in
 * two rounds), against the frozen pre-rewrite copy in test/unit/dashboard-reference.ts.
 * CPU time (process.cpuUsage), not wall time, so that a busy shared machine skews it less;
 * the median of RUNS (default 101) after 20 untimed runs.
 *   npx tsx scripts/bench/dashboard-cpu.ts
 */

const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 5000);
const RUNS = Number(process.env.RUNS ?? 101);

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function generate(asOf: string): DashboardInput {
  const random = seeded(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sections = ['2.1', '2.2', '2.3', '2.4', '2.5', '4'];
  const actors = ['COMMISSION', 'EEAS', 'ENISA', 'EC3', 'EDA', 'CERT-EU', 'INDUSTRY', 'ACADEMIA', 'HR_VP', 'EUROPOL', 'EUROJUST', 'CEPOL'];
  const deadlines = Array.from({ length: 40 }, (_, index) =>
    new Date(Date.UTC(2013, 5 + index * 2, index % 2 === 0 ? 30 : 31)).toISOString().slice(0, 10),
  );
  const statuses: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED', 'COMPLETED', 'ONGOING', 'DISCONTINUED'];
  const perSection = Math.ceil(ACTIONS / sections.length);
  const actions: ActionState[] = [];
  for (let index = 0; index < ACTIONS; index += 1) {
    const section = sections[Math.floor(index / perSection)] ?? '4';
    const status = pick(statuses);
    const deadline = pick(deadlines);
    const memberStateReporting = index % 10 === 0;
    actions.push({
      id: `a${index}`,
      ref: `${section}-${String((index % perSection) + 1).padStart(4, '0')}`,
      section,
      text: `Generated action ${index + 1}`,
      owners: memberStateReporting ? ['MEMBER_STATES'] : random() < 0.3 ? [pick(actors), pick(actors)] : [pick(actors)],
      memberStateReporting,
      recurring: status === 'ONGOING',
      baselineDeadline: deadline,
      deadline,
      status,
      progress: status === 'COMPLETED' ? 100 : status === 'NOT_STARTED' ? 0 : Math.floor(random() * 100),
      ...(random() < 0.2 ? { forecastDate: pick(deadlines) } : {}),
      ...(random() < 0.3 ? { declaredHealth: pick(['ON_TRACK', 'AT_RISK', 'OVERDUE'] as const) } : {}),
      ...(random() < 0.9 ? { lastConfirmedAt: `${pick(deadlines)}T10:00:00Z` } : {}),
      ...(status === 'COMPLETED' ? { completedAt: `${pick(deadlines)}T12:00:00Z` } : {}),
    });
  }
  const memberStates = Array.from({ length: 27 }, (_, index) => ({ code: `C${index}`, name: `Country ${index}` }));
  const rounds = [
    { id: 'r1', name: 'Round 1', opens: '2014-01-01', closes: '2014-03-31', open: false, closedAt: '2014-04-01T00:00:00Z' },
    { id: 'r2', name: 'Round 2', opens: '2015-01-01', closes: '2015-03-31', open: true },
  ];
  const reports: ReportState[] = [];
  for (const action of actions.filter((candidate) => candidate.memberStateReporting)) {
    for (const { code } of memberStates) {
      for (const round of rounds) {
        if (random() < 0.8) {
          reports.push({
            actionId: action.id,
            country: code,
            roundId: round.id,
            status: 'IN_PROGRESS',
            review: pick(['SUBMITTED', 'ACCEPTED', 'RETURNED'] as const),
            reportedAt: `${round.opens}T09:00:00Z`,
          });
        }
      }
    }
  }
  return {
    strategy: {
      adopted: '2013-02-07',
      reviewDate: '2016-02-07',
      priorities: sections.slice(0, 5).map((id) => ({ id, title: `Priority ${id}` })),
      actors: actors.map((id) => ({ id, name: id.toLowerCase() })),
      memberStates,
    },
    actions,
    reports,
    rounds,
    asOf,
    config: DEFAULT_HEALTH_CONFIG,
  };
}

function cpuMedian(compute: () => unknown): number {
  for (let run = 0; run < 20; run += 1) compute();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.cpuUsage();
    compute();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

for (const asOf of ['2015-06-15', new Date().toISOString().slice(0, 10)]) {
  const input = generate(asOf);
  const same = JSON.stringify(buildDashboard(input)) === JSON.stringify(referenceBuildDashboard(input));
  const reference = cpuMedian(() => referenceBuildDashboard(input));
  const current = cpuMedian(() => buildDashboard(input));
  console.log(
    `asOf ${asOf}: ${input.actions.length} actions, ${input.reports.length} reports; ` +
      `buildDashboard CPU median ${current.toFixed(2)} ms (reference ${reference.toFixed(2)} ms); identical JSON: ${same}`,
  );
}
