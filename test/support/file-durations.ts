import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DURATIONS_FILE } from './sequencer.js';

/**
 * Writes test/support/file-durations.json, the expected time of each test file that the
 * sequencer (sequencer.ts) orders a fresh clone's run by, from the JSON report of a whole run
 * (`.tmp/vitest-report.json`, or the path given): seconds, rounded, files of 2 s or more.
 * Run it after a whole `npx vitest run` on the 2-core machine: `npx tsx test/support/file-durations.ts`.
 */
interface Report {
  testResults: { name: string; startTime: number; endTime: number }[];
}

const root = resolve(import.meta.dirname, '../..');
const reportPath = resolve(root, process.argv[2] ?? '.tmp/vitest-report.json');
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
// The checkout the report was written in (another clone, perhaps): its .tmp/ holds the report.
const reportRoot = resolve(reportPath, '../..');
const durations = report.testResults
  .map((file) => [relative(reportRoot, file.name), Math.round((file.endTime - file.startTime) / 1000)] as const)
  .filter(([, seconds]) => seconds >= 2)
  .sort(([pathA, a], [pathB, b]) => b - a || pathA.localeCompare(pathB));
writeFileSync(DURATIONS_FILE, `${JSON.stringify(Object.fromEntries(durations), null, 2)}\n`);
console.log(`${durations.length} files of 2 s or more written to ${relative(root, DURATIONS_FILE.pathname)}.`);
