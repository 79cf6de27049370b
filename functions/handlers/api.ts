import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { parseAllowedOrigins } from '../../graphql/front-door.js';
import { createApp, type App, type ServerContext } from '../../graphql/yoga.js';
import { viewerFromClaims } from '../domain/identity.js';
import type { Viewer } from '../domain/model.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { createPeopleStore } from '../store/people-store.js';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createCognitoDirectory } from '../people/cognito-directory.js';
import { createPersonGate } from '../people/gate.js';
import { createPeopleService } from '../people/service.js';
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

const store = createDynamoStore({ documentClient, tableName: requiredEnv('TABLE_NAME') });
const strategyId = requiredEnv('STRATEGY_ID');
// People and access (issue 12): Cognito is the directory; the table keeps each person's record,
// which every request is checked against (a disabled person is refused, a new role applies).
const peopleStore = createPeopleStore({ documentClient, tableName: requiredEnv('TABLE_NAME') });
const gate = createPersonGate({ people: peopleStore });
const people = createPeopleService({
  people: peopleStore,
  directory: createCognitoDirectory({
    client: observability.tracer.captureAWSv3Client(new CognitoIdentityProviderClient({})),
    userPoolId: requiredEnv('USER_POOL_ID'),
  }),
  bindings: async () => (await store.getStrategy(strategyId)) ?? { actors: [], memberStates: [] },
  gate,
});

const app = createApp({
  store,
  strategyId,
  people,
  mode: 'cloud',
  // Empty unless the stage lists origins (corsAllowedOrigins): the dashboard is on the API's own origin.
  allowedOrigins: parseAllowedOrigins(process.env.CORS_ALLOWED_ORIGINS),
  async authenticate(_request, serverContext) {
    const viewer = viewerFromEvent((serverContext as LambdaServerContext).event);
    return viewer && gate.check(viewer);
  },
  logError: (message, error) => observability.logger.error(message, { error }),
});

export const handler = createApiHandler(app, observability);
