import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import type { Catalogue } from '../domain/catalogue.js';
import { catalogue } from '../domain/strategy-catalogue.js';
import { loadCatalogue } from '../store/catalogue-load.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { createDynamoStore } from '../store/dynamo-store.js';
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

export function createCatalogueHandler(store: () => Store, data: Catalogue, observability: Observability) {
  const physicalId = `catalogue-${data.strategy.id}`;
  return instrument(observability, async (event: CloudFormationCustomResourceEvent, _context: Context): Promise<CatalogueLoadResult> => {
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

export const handler = createCatalogueHandler(() => createDynamoStore({ documentClient, tableName }), catalogue, observability);
