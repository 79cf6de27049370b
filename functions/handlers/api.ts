import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { parseAllowedOrigins } from '../../graphql/front-door.js';
import { createApp, type App, type ServerContext } from '../../graphql/yoga.js';
import { viewerFromClaims } from '../domain/identity.js';
import type { Viewer } from '../domain/model.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { requiredEnv } from './env.js';
import { requestFromEvent, resultFromResponse } from './http-adapter.js';
import { createObservability, instrument, type Observability } from './observability.js';

/**
 * The GraphQL API behind API Gateway's HTTP API. API Gateway's JWT authorizer has already
 * verified the Cognito token; the viewer is built from its claims for each request.
 * The yoga instance and the clients live for the life of the container.
 */
export interface LambdaServerContext extends ServerContext {
  event: APIGatewayProxyEventV2;
  lambdaContext: Context;
}

export function viewerFromEvent(event: APIGatewayProxyEventV2): Viewer | null {
  const claims = (event as Partial<APIGatewayProxyEventV2WithJWTAuthorizer>).requestContext?.authorizer?.jwt?.claims;
  return claims ? viewerFromClaims(claims) : null;
}

export function createApiHandler(app: App, observability: Observability) {
  return instrument(observability, async (event: APIGatewayProxyEventV2, lambdaContext: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const serverContext: LambdaServerContext = { event, lambdaContext };
    const response = await app.fetch(requestFromEvent(event), serverContext);
    observability.metrics.addMetric('GraphQLRequests', MetricUnit.Count, 1);
    if (response.status >= 500) observability.metrics.addMetric('GraphQLServerErrors', MetricUnit.Count, 1);
    return resultFromResponse(response);
  });
}

const observability = createObservability();
const documentClient = DynamoDBDocumentClient.from(observability.tracer.captureAWSv3Client(createDynamoClient()), {
  marshallOptions: { removeUndefinedValues: true },
});

const app = createApp({
  store: createDynamoStore({ documentClient, tableName: requiredEnv('TABLE_NAME') }),
  strategyId: requiredEnv('STRATEGY_ID'),
  mode: 'cloud',
  // Empty unless the stage lists origins (corsAllowedOrigins): the dashboard is on the API's own origin.
  allowedOrigins: parseAllowedOrigins(process.env.CORS_ALLOWED_ORIGINS),
  async authenticate(_request, serverContext) {
    return viewerFromEvent((serverContext as LambdaServerContext).event);
  },
  logError: (message, error) => observability.logger.error(message, { error }),
});

export const handler = createApiHandler(app, observability);
