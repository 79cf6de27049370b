import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import type { Catalogue } from '../domain/catalogue.js';
import { catalogue } from '../domain/strategy-catalogue.js';
import { loadCatalogue } from '../store/catalogue-load.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { createPeopleStore } from '../store/people-store.js';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createCognitoDirectory } from '../people/cognito-directory.js';
import { ensureFirstCoordinator } from '../people/first-coordinator.js';
import { createPeopleService } from '../people/service.js';
import type { Store } from '../store/store.js';
import { requiredEnv } from './env.js';
import { createObservability, instrument, type Observability } from './observability.js';

/**
 * Loads the strategy catalogue into the table on every deployment that changes it, as
 * `npm start` does locally: idempotent, creating missing actions and correcting catalogue
 * fields with a history event, never touching tracking fields. Deleting the stack deletes
 * nothing: the data outlives it.
 */
export interface CatalogueLoadResult {
  PhysicalResourceId: string;
  Data: { created: number; corrected: number; unchanged: number };
}

/** Invites the stage's first coordinator unless it has one (functions/people/first-coordinator.ts). */
export type InviteFirstCoordinator = (person: { email: string; name: string }) => Promise<'invited' | 'existing'>;

export const FIRST_COORDINATOR_RESOURCE = 'Custom::FirstCoordinator';

export function createCatalogueHandler(
  store: () => Store,
  data: Catalogue,
  observability: Observability,
  inviteFirstCoordinator?: InviteFirstCoordinator,
) {
  const physicalId = `catalogue-${data.strategy.id}`;
  return instrument(observability, async (event: CloudFormationCustomResourceEvent, _context: Context): Promise<CatalogueLoadResult> => {
    if (event.ResourceType === FIRST_COORDINATOR_RESOURCE) {
      // Deleting the resource deletes nobody; a later deployment with another address invites nobody once a coordinator exists.
      if (event.RequestType === 'Delete') return { PhysicalResourceId: 'first-coordinator', Data: { created: 0, corrected: 0, unchanged: 0 } };
      if (!inviteFirstCoordinator) throw new Error('USER_POOL_ID is not set: the first coordinator cannot be invited.');
      const { email, name } = event.ResourceProperties as unknown as { email: string; name: string };
      const outcome = await inviteFirstCoordinator({ email, name });
      // By outcome only: the address is personal data and stays out of the logs.
      observability.logger.info('First coordinator', { outcome });
      return {
        PhysicalResourceId: 'first-coordinator',
        Data: { created: outcome === 'invited' ? 1 : 0, corrected: 0, unchanged: outcome === 'existing' ? 1 : 0 },
      };
    }
    if (event.RequestType === 'Delete') return { PhysicalResourceId: physicalId, Data: { created: 0, corrected: 0, unchanged: 0 } };
    const { created, corrected, unchanged } = await loadCatalogue(store(), data);
    observability.metrics.addMetric('CatalogueActionsCreated', MetricUnit.Count, created);
    observability.metrics.addMetric('CatalogueActionsCorrected', MetricUnit.Count, corrected);
    observability.logger.info('Catalogue loaded', { strategyId: data.strategy.id, created, corrected, unchanged });
    return { PhysicalResourceId: physicalId, Data: { created, corrected, unchanged } };
  });
}

const observability = createObservability();
const documentClient = DynamoDBDocumentClient.from(observability.tracer.captureAWSv3Client(createDynamoClient()), {
  marshallOptions: { removeUndefinedValues: true },
});
const tableName = requiredEnv('TABLE_NAME');

const userPoolId = process.env.USER_POOL_ID;
const inviteFirstCoordinator: InviteFirstCoordinator | undefined = userPoolId
  ? async (person) => {
      const people = createPeopleStore({ documentClient, tableName });
      const store = createDynamoStore({ documentClient, tableName });
      const service = createPeopleService({
        people,
        directory: createCognitoDirectory({ client: observability.tracer.captureAWSv3Client(new CognitoIdentityProviderClient({})), userPoolId }),
        bindings: async () => (await store.getStrategy(catalogue.strategy.id)) ?? { actors: [], memberStates: [] },
      });
      const result = await ensureFirstCoordinator(service, () => people.list(), person);
      return 'invited' in result ? 'invited' : 'existing';
    }
  : undefined;

export const handler = createCatalogueHandler(
  () => createDynamoStore({ documentClient, tableName }),
  catalogue,
  observability,
  inviteFirstCoordinator,
);
