import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { viewerFromClaims } from '../domain/identity.js';
import { createExportHandler } from '../export/http.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { createPeopleStore } from '../store/people-store.js';
import { createPersonGate } from '../people/gate.js';
import { requiredEnv } from './env.js';
import { requestFromEvent, resultFromResponse } from './http-adapter.js';
import { createObservability, instrument, type Observability } from './observability.js';

/**
 * GET /export/{file} behind API Gateway's HTTP API: the CSV and XLSX exports, in a function
 * of their own so that exceljs never reaches the GraphQL API's bundle. The route carries the
 * same JWT authorizer as /graphql; the viewer comes from its verified claims, as in api.ts.
 */
export function viewerOfEvent(event: APIGatewayProxyEventV2) {
  const claims = (event as Partial<APIGatewayProxyEventV2WithJWTAuthorizer>).requestContext?.authorizer?.jwt?.claims;
  return claims ? viewerFromClaims(claims) : null;
}

type ExportFetchHandler = ReturnType<typeof createExportHandler>;

export function createExportLambda(exports: ExportFetchHandler, observability: Observability) {
  return instrument(observability, async (event: APIGatewayProxyEventV2, lambdaContext: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const response = await exports(requestFromEvent(event), { event, lambdaContext });
    observability.metrics.addMetric('ExportRequests', MetricUnit.Count, 1);
    if (response.status >= 500) observability.metrics.addMetric('ExportServerErrors', MetricUnit.Count, 1);
    return resultFromResponse(response);
  });
}

const observability = createObservability();
const documentClient = DynamoDBDocumentClient.from(observability.tracer.captureAWSv3Client(createDynamoClient()), {
  marshallOptions: { removeUndefinedValues: true },
});

// The same check of every request as the API (issue 12): a disabled person downloads nothing.
const gate = createPersonGate({ people: createPeopleStore({ documentClient, tableName: requiredEnv('TABLE_NAME') }), recordSignIns: false });

const exports = createExportHandler({
  store: createDynamoStore({ documentClient, tableName: requiredEnv('TABLE_NAME') }),
  strategyId: requiredEnv('STRATEGY_ID'),
  async authenticate(_request, serverContext) {
    const viewer = viewerOfEvent(serverContext.event as APIGatewayProxyEventV2);
    return viewer && gate.check(viewer);
  },
  logError: (message, error) => observability.logger.error(message, { error }),
});

export const handler = createExportLambda(exports, observability);
