import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createApp } from '../../graphql/yoga.js';
import { createImportHandler } from '../import/http.js';
import { createPreviewStore } from '../import/preview-store.js';
import { createPersonGate } from '../people/gate.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { createPeopleStore } from '../store/people-store.js';
import { requiredEnv } from './env.js';
import { viewerOfEvent } from './export.js';
import { requestFromEvent, resultFromResponse } from './http-adapter.js';
import { createObservability, instrument, type Observability } from './observability.js';

/**
 * The spreadsheet round trip (issue 13) behind API Gateway: GET /export/workbook.xlsx and
 * POST /import/{proxy+}, in a function of its own so that exceljs stays out of the GraphQL
 * API's bundle. Its routes carry the same JWT authorizer as /graphql. The apply's writes are
 * the API's own mutations, run in-process by the same yoga app (graphql/yoga.ts) with the
 * same viewer from the same verified claims: one write path, whichever door a change comes in.
 */
type ImportFetchHandler = ReturnType<typeof createImportHandler>;

export function createImportLambda(imports: ImportFetchHandler, observability: Observability) {
  return instrument(observability, async (event: APIGatewayProxyEventV2, lambdaContext: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const response = await imports(requestFromEvent(event), { event, lambdaContext });
    observability.metrics.addMetric('ImportRequests', MetricUnit.Count, 1);
    if (response.status >= 500) observability.metrics.addMetric('ImportServerErrors', MetricUnit.Count, 1);
    return resultFromResponse(response);
  });
}

const observability = createObservability();
const documentClient = DynamoDBDocumentClient.from(observability.tracer.captureAWSv3Client(createDynamoClient()), {
  marshallOptions: { removeUndefinedValues: true },
});
const tableName = requiredEnv('TABLE_NAME');
const strategyId = requiredEnv('STRATEGY_ID');
const store = createDynamoStore({ documentClient, tableName });
// The same check of every request as the API (issue 12): a disabled person imports nothing.
const gate = createPersonGate({ people: createPeopleStore({ documentClient, tableName }), recordSignIns: false });
const authenticate = async (_request: Request, serverContext: Record<string, unknown>) => {
  const viewer = viewerOfEvent(serverContext.event as APIGatewayProxyEventV2);
  return viewer && gate.check(viewer);
};
const logError = (message: string, error: unknown) => observability.logger.error(message, { error });

const api = createApp({ store, strategyId, mode: 'cloud', authenticate, logError, logging: false });

const imports = createImportHandler({
  store,
  strategyId,
  previews: createPreviewStore(documentClient, tableName),
  authenticate,
  graphql: async (request, serverContext) => api.fetch(request, serverContext),
  logError,
});

export const handler = createImportLambda(imports, observability);
