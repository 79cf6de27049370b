import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleHandler, HANDLER_ENTRIES, type HandlerBundle, type HandlerName } from '../infra/bundling.js';

/**
 * `npm run bench:cold`: what each Lambda bundle adds to a cold start. Each handler is bundled
 * as CDK bundles it, then imported in a fresh `node` process (with source maps enabled, as
 * NodejsFunction sets NODE_OPTIONS) and compared with a bare `node` start. Median of RUNS.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const BUDGET_MS = 200;

/** What the functions read at module scope; nothing is called during the import. */
const LAMBDA_LIKE_ENV = {
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  TABLE_NAME: 'bench',
  STRATEGY_ID: 'eu-cybersecurity-2013',
  AUDIT_BUCKET_NAME: 'bench',
  STATUS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:bench',
  USER_POOL_ID: 'eu-west-1_bench',
  MAIL_FROM: 'bench@example.invalid',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Bench',
  NODE_OPTIONS: '--enable-source-maps',
};

interface Sample {
  wallMs: number;
  importMs: number;
}

function run(script: string): Sample {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH, ...LAMBDA_LIKE_ENV },
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`node exited with ${child.status}:\n${child.stderr}`);
  const importMs = Number(/IMPORT_MS=([\d.]+)/.exec(child.stdout)?.[1] ?? 0);
  return { wallMs, importMs };
}

const importScript = (file: string) =>
  `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log('IMPORT_MS=' + (performance.now() - t));`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const outdir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
try {
  const names = Object.keys(HANDLER_ENTRIES) as HandlerName[];
  const bundles: HandlerBundle[] = [];
  for (const name of names) bundles.push(await bundleHandler(name, join(outdir, name)));

  run(''); // warm the file-system cache for node itself
  const bare: number[] = [];
  const samples = new Map<HandlerName, Sample[]>(names.map((name) => [name, []]));
  // Interleaved, so that a slow moment of the machine hits every column alike.
  for (let round = 0; round < RUNS; round += 1) {
    bare.push(run('').wallMs);
    for (const bundle of bundles) samples.get(bundle.name)?.push(run(importScript(bundle.file)));
  }

  const bareMs = median(bare);
  const rows = bundles.map((bundle) => {
    const runs = samples.get(bundle.name) ?? [];
    const wall = median(runs.map((sample) => sample.wallMs));
    return {
      handler: bundle.name,
      'bundle (kB)': Math.round(bundle.bytes / 1024),
      'import (ms)': Math.round(median(runs.map((sample) => sample.importMs))),
      'node + import (ms)': Math.round(wall),
      'bare node (ms)': Math.round(bareMs),
      'added (ms)': Math.round(wall - bareMs),
      [`budget +${BUDGET_MS} ms`]: wall - bareMs <= BUDGET_MS ? 'ok' : 'OVER',
    };
  });
  console.log(`Cold import of each Lambda bundle, median of ${RUNS} runs (node ${process.version}):`);
  console.table(rows);
  if (rows.some((row) => row['added (ms)'] > BUDGET_MS)) process.exitCode = 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
