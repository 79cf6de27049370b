import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DURATIONS_FILE } from './sequencer.js';

/**
 * Writes test/support/file-durations.json, the expected time of each test file that the
 * sequencer (sequencer.ts) orders a fresh clone's run by: seconds, rounded, files of 2 s or
 * more. Run it after a whole `npx vitest run` on the 2-core machine, in that checkout or naming
 * it: `npx tsx test/support/file-durations.ts [checkout]`.
 *
 * The figures are vitest's own record of the run (its results cache, the durations the
 * sequencer reads when a checkout has them), which time each file whole: its `beforeAll` and
 * `afterAll` included. The JSON report's start and end times span only the file's tests, so
 * figures taken from it left out the set-up: the demo file records its year of 548 API calls
 * before its first test, 20 to 48 s that its 17 s figure did not show, and it was handed out
 * late.
 */
interface Results {
  results: [string, { duration?: number }][];
}

const root = resolve(import.meta.dirname, '../..');
const checkout = resolve(root, process.argv[2] ?? '.');
const cacheDir = join(checkout, 'node_modules/.vite/vitest');
const caches = readdirSync(cacheDir).map((hash) => join(cacheDir, hash, 'results.json'));
const durations = caches
  .flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as Results).results)
  // Keys are "project:path from the checkout".
  .map(([key, { duration }]) => [key.slice(key.indexOf(':') + 1), Math.round((duration ?? 0) / 1000)] as const)
  .filter(([, seconds]) => seconds >= 2)
  .sort(([pathA, a], [pathB, b]) => b - a || pathA.localeCompare(pathB));
writeFileSync(DURATIONS_FILE, `${JSON.stringify(Object.fromEntries(durations), null, 2)}\n`);
console.log(`${durations.length} files of 2 s or more written to ${relative(root, DURATIONS_FILE.pathname)}.`);
