import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../scripts/local/dynamodb-local.js';
import { prepareCatalogueTemplate } from './catalogue-template.js';

/**
 * Starts DynamoDB Local in memory for the projects that name this setup: one emulator for the
 * integration project, one shared by the others (end-to-end and handlers), each started by the
 * first of its projects to run and stopped by the last (a Java start costs about two seconds
 * and a core). Each test file still makes its own table, and drops it when done.
 *
 * Why two: after the integration project's 300 tests (the abuse suite's 3,000 requests, the
 * soak's injected faults, 30 racing writes) the emulator answered more slowly for the rest of
 * the run. The demo year's 548 calls, recorded by the end-to-end demo file, took 88 to 154 s
 * on it in whole runs against 24 s on an emulator of its own, and the whole run 265 to 291 s
 * against 223 s. What inside the emulator slows down was not found: not the number of tables
 * (each file drops its own), not garbage collection (0.3 s of pauses in the run), not the
 * compiler's code cache (a quarter full), not the stored idempotency tokens of 6,000
 * transactions (docs/PERFORMANCE.md, "The test suite").
 *
 * Its launcher runs the prerequisites check of `npm test`, so `npx vitest run <file>` also
 * installs Java where it may, or stops with its one sentence. The setups run in vitest's main
 * process, each project through its own module runner, so the emulators are kept on the
 * process's global object (not in a module variable), with a count of the projects using each:
 * the last to tear down stops it.
 */
interface Shared {
  started: Promise<{ dynamo: DynamoDbLocal; catalogueTemplate: string }>;
  users: number;
}

const KEY = Symbol.for('strategy-tracker.test.dynamodb-local');
const emulators = ((globalThis as unknown as Record<typeof KEY, Map<string, Shared> | undefined>)[KEY] ??= new Map());
/** The project that gets an emulator of its own; every other project shares one. */
const OWN_EMULATOR = 'integration';

/** The named emulator, started on first use. */
function emulatorFor(name: string): Shared {
  const known = emulators.get(name);
  if (known) return known;
  const started = (async () => {
    const dynamo = await startDynamoDbLocal({ inMemory: true });
    try {
      return { dynamo, catalogueTemplate: await prepareCatalogueTemplate(dynamo.endpoint) };
    } catch (error) {
      await dynamo.stop();
      throw error;
    }
  })();
  const emulator = { started, users: 0 };
  emulators.set(name, emulator);
  return emulator;
}

export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const name = project.name === OWN_EMULATOR ? OWN_EMULATOR : 'shared';
  const emulator = emulatorFor(name);
  emulator.users += 1;
  let started;
  try {
    started = await emulator.started;
  } catch (error) {
    emulator.users -= 1;
    if (emulator.users === 0) emulators.delete(name);
    throw error;
  }
  project.provide('dynamoEndpoint', started.dynamo.endpoint);
  project.provide('catalogueTemplate', started.catalogueTemplate);
  return async () => {
    emulator.users -= 1;
    if (emulator.users > 0) return;
    emulators.delete(name);
    await started.dynamo.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    /** A table holding the strategy catalogue as its load writes it, for test servers to copy (catalogue-template.ts). */
    catalogueTemplate: string;
  }
}
