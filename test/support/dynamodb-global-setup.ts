import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../scripts/local/dynamodb-local.js';
import { prepareCatalogueTemplate } from './catalogue-template.js';

/**
 * Starts DynamoDB Local once per test run, in memory, however many projects ask for it: the
 * integration, infrastructure and end-to-end projects each name this setup, and the first to
 * run starts the one emulator the others then share (a Java start costs about two seconds and
 * a core). Each test file still makes its own table. Its launcher runs the prerequisites check
 * of `npm test`, so `npx vitest run <file>` also installs Java where it may, or stops with its
 * one sentence.
 *
 * The setups run in vitest's main process, each project through its own module runner, so the
 * shared emulator is kept on the process's global object (not in a module variable), with a
 * count of the projects using it: the last to tear down stops it.
 */
interface Shared {
  started: Promise<{ dynamo: DynamoDbLocal; catalogueTemplate: string }>;
  users: number;
}

const KEY = Symbol.for('strategy-tracker.test.dynamodb-local');
const shared = globalThis as unknown as Record<typeof KEY, Shared | undefined>;

export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const current = (shared[KEY] ??= {
    started: (async () => {
      const dynamo = await startDynamoDbLocal({ inMemory: true });
      try {
        return { dynamo, catalogueTemplate: await prepareCatalogueTemplate(dynamo.endpoint) };
      } catch (error) {
        await dynamo.stop();
        throw error;
      }
    })(),
    users: 0,
  });
  current.users += 1;
  let started;
  try {
    started = await current.started;
  } catch (error) {
    current.users -= 1;
    if (current.users === 0) shared[KEY] = undefined;
    throw error;
  }
  project.provide('dynamoEndpoint', started.dynamo.endpoint);
  project.provide('catalogueTemplate', started.catalogueTemplate);
  return async () => {
    current.users -= 1;
    if (current.users > 0) return;
    shared[KEY] = undefined;
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
