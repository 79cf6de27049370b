import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import LongestFirstSequencer from '../support/sequencer.js';

/** The order the run hands its files to the workers (test/support/sequencer.ts). */
const ROOT = '/repo';
const spec = (project: string, path: string) => ({ project: { name: project }, moduleId: `${ROOT}/${path}` }) as unknown as TestSpecification;
/** Committed figures as a whole run might give them. */
class WithFigures extends LongestFirstSequencer {
  protected override hints() {
    return {
      'test/e2e/languages.test.ts': 60,
      'test/integration/abuse.test.ts': 56,
      'test/e2e/hosted-sign-in.test.ts': 5,
      'test/integration/catalogue-load.test.ts': 3,
    };
  }
}
const order = async (files: TestSpecification[], cached: Record<string, number> = {}) => {
  const ctx = {
    config: { root: ROOT },
    cache: { getFileTestResults: (key: string) => (key in cached ? { duration: cached[key]!, failed: false } : undefined) },
  } as unknown as Vitest;
  return (await new WithFigures(ctx).sort(files)).map((file) => `${file.project.name} ${file.moduleId.slice(ROOT.length + 1)}`);
};

describe('the test sequencer', () => {
  const files = [
    spec('unit', 'test/unit/a.test.ts'),
    spec('integration', 'test/integration/catalogue-load.test.ts'),
    spec('e2e', 'test/e2e/hosted-sign-in.test.ts'),
    spec('integration', 'test/integration/abuse.test.ts'),
    spec('e2e', 'test/e2e/languages.test.ts'),
    spec('integration', 'test/integration/new-and-unknown.test.ts'),
  ];

  it("in a fresh clone, runs each project's files together, the projects by their longest file, each project's longest first", async () => {
    expect(await order(files)).toEqual([
      'e2e test/e2e/languages.test.ts',
      'e2e test/e2e/hosted-sign-in.test.ts',
      'integration test/integration/abuse.test.ts',
      'integration test/integration/catalogue-load.test.ts',
      'integration test/integration/new-and-unknown.test.ts',
      'unit test/unit/a.test.ts',
    ]);
  });

  it('reads the committed figures, one per file of 2 s or more', async () => {
    const figures = new LongestFirstSequencer({} as Vitest)['hints']();
    expect(Object.keys(figures).length).toBeGreaterThan(10);
    for (const [path, seconds] of Object.entries(figures)) {
      expect(path).toMatch(/^(test|web)\/.+\.test\.ts$/);
      expect(seconds).toBeGreaterThanOrEqual(2);
    }
  });

  it("prefers this checkout's own cached durations to the committed figures", async () => {
    const cached = { 'integration:test/integration/abuse.test.ts': 90_000, 'unit:test/unit/a.test.ts': 100_000 };
    expect(await order(files, cached)).toEqual([
      'unit test/unit/a.test.ts',
      'integration test/integration/abuse.test.ts',
      'integration test/integration/catalogue-load.test.ts',
      'integration test/integration/new-and-unknown.test.ts',
      'e2e test/e2e/languages.test.ts',
      'e2e test/e2e/hosted-sign-in.test.ts',
    ]);
  });
});
