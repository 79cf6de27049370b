import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/support/sequencer.js';

/**
 * One run, five projects: fast unit tests of pure code; integration tests through real HTTP
 * on DynamoDB Local; infrastructure tests (CDK templates, cdk-nag, bundles), which need no
 * database; the Lambda handlers on DynamoDB Local; end-to-end tests in headless Chromium.
 *
 * How it fits a small machine (docs/PERFORMANCE.md, "The test suite"): the projects that need a
 * database share two DynamoDB Locals, one for the integration project and one for the rest,
 * each with one catalogue load (their global setup); all of them run side by side on
 * one worker more than the machine has cores, three on two cores (vitest's default there is
 * one: a test waiting on HTTP, DynamoDB Local or Chromium leaves a core idle, and with two
 * workers the cores were still idle 23 % of the run; a third took the whole run from 317 to
 * 265 s, a fourth made the end-to-end files slower again); and the files of every project but the handlers share their worker's
 * loaded modules (aws-cdk-lib, graphql, the SDK) instead of a fresh process each
 * (isolate: false), since each file makes its own server, table, browser or CDK app. The
 * handler tests stay isolated: they set process.env before importing handlers that read it
 * as they load. The files are handed out longest first (test/support/sequencer.ts), so that
 * the workers end together even in a fresh clone, where vitest has no durations cached.
 */
const DATABASE = 'test/support/dynamodb-global-setup.ts';

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print the plain "N passed, N failed" line CI reads.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]],
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: [DATABASE],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          isolate: false,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          isolate: false,
        },
      },
      {
        test: {
          name: 'handlers',
          include: ['test/handlers/**/*.test.ts'],
          globalSetup: [DATABASE],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [DATABASE, 'test/support/web-build-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          isolate: false,
        },
      },
    ],
  },
});
