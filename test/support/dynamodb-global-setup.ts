import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../scripts/local/dynamodb-local.js';
import { ensurePrerequisites } from '../../scripts/setup/prerequisites.js';

/**
 * Starts DynamoDB Local once per test run, in memory; each test file makes its own table.
 * First the prerequisites check that `npm test` runs, so that `npx vitest run <file>` also
 * installs Java where it may, or stops with its one sentence instead of a stack trace.
 */
export default async function setup(project: TestProject) {
  if (!ensurePrerequisites(['java'], 'then run the tests again', { quiet: true })) throw new Error('Java 17 or newer is missing (see above).');
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const dynamo = await startDynamoDbLocal({ inMemory: true });
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return () => dynamo.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
