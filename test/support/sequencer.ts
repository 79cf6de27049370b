import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order in which the run hands its files to the workers: longest first, so that the
 * workers (three on the 2-core machine) end together (docs/PERFORMANCE.md, "The test suite").
 *
 * Vitest's own order runs the projects one after the other by name (e2e, handlers, infra,
 * integration, unit) and, in a fresh clone with no cache of durations, each project's files
 * largest first: the 56 s abuse suite then started after 300 s and ran alone at the end. Here
 * each file's expected time is vitest's cached duration when this checkout has one, else the
 * committed figure of test/support/file-durations.json (seconds, from a whole run on the
 * 2-core machine; files under 2 s are left out and count as one). Files of a project stay
 * together, because a worker reuses its process and loaded modules only for the next file of
 * the same project (isolate: false); the projects go in the order of their longest file, and
 * within a project the longest file goes first.
 *
 * Refresh the figures after a whole run with `npx tsx test/support/file-durations.ts`.
 */
export const DURATIONS_FILE = new URL('./file-durations.json', import.meta.url);
const UNKNOWN_SECONDS = 1;

export default class LongestFirstSequencer extends BaseSequencer {
  /** The committed figures: seconds by path from the repository's root. */
  protected hints(): Record<string, number> {
    return JSON.parse(readFileSync(DURATIONS_FILE, 'utf8')) as Record<string, number>;
  }

  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const hints = this.hints();
    const root = this.ctx.config.root;
    const expected = new Map<TestSpecification, number>();
    for (const file of files) {
      const path = relative(root, file.moduleId);
      const cached = this.ctx.cache.getFileTestResults(`${file.project.name}:${path}`)?.duration;
      expected.set(file, cached !== undefined ? cached / 1000 : (hints[path] ?? UNKNOWN_SECONDS));
    }
    const longestOfProject = new Map<string, number>();
    for (const [file, seconds] of expected) longestOfProject.set(file.project.name, Math.max(seconds, longestOfProject.get(file.project.name) ?? 0));
    return [...files].sort(
      (a, b) =>
        longestOfProject.get(b.project.name)! - longestOfProject.get(a.project.name)! ||
        a.project.name.localeCompare(b.project.name) ||
        expected.get(b)! - expected.get(a)! ||
        a.moduleId.localeCompare(b.moduleId),
    );
  }
}
