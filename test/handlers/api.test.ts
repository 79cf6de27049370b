import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { MAX_REQUEST_BODY_BYTES } from '../../graphql/front-door.js';
import { createPeopleStore } from '../../functions/store/people-store.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { cognitoClaims, httpApiEvent, lambdaContext } from './events.js';
import { copyCatalogueTemplate } from '../support/catalogue-template.js';

/**
 * The API Lambda exactly as deployed (functions/handlers/api.ts, module scope and all), invoked
 * with API Gateway HTTP API payload 2.0 events against DynamoDB Local with the real catalogue.
 */
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const TABLE = `api-handler-${Date.now()}`;
const coordinator = cognitoClaims({ sub: '5f1e-coordinator', name: 'Anna Coordinator', groups: ['COORDINATOR'] });
const enisaOwner = cognitoClaims({ sub: '7a2b-owner', name: 'Olaf Owner', groups: ['OWNER', 'VIEWER'], actor: 'ENISA' });

let handler: Handler;
const invoke = (event: APIGatewayProxyEventV2) => handler(event, lambdaContext('strategy-tracker-api'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response data is asserted field by field
type GraphQLBody = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
const json = (result: APIGatewayProxyStructuredResultV2) => JSON.parse(result.body ?? '') as GraphQLBody;
const post = (query: string, claims?: Record<string, string>, variables?: Record<string, unknown>) =>
  invoke(httpApiEvent({ method: 'POST', body: JSON.stringify({ query, variables }), ...(claims ? { claims } : {}) }));

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  // The catalogue as its load writes it, copied from the run's one load (test/support/catalogue-template.ts).
  await copyCatalogueTemplate(inject('dynamoEndpoint'), inject('catalogueTemplate'), TABLE);
  // People and access (issue 12): the product's records of two people with Cognito accounts.
  await createPeopleStore({ documentClient: DynamoDBDocumentClient.from(client), tableName: TABLE }).seed([
    { id: '8c-leaver', name: 'Lea Leaver', email: 'lea@example.eu', role: 'MEMBER_STATE', country: 'FR', status: 'DISABLED', version: 2 },
    { id: '9d-moved', name: 'Max Moved', email: 'max@example.eu', role: 'OWNER', actor: 'EC3', status: 'ACTIVE', version: 2 },
  ]);

  // What the function's configuration and the Lambda runtime provide.
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    STRATEGY_ID: catalogue.strategy.id,
    USER_POOL_ID: 'eu-west-1_AbCdEf123',
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    POWERTOOLS_SERVICE_NAME: 'strategy-tracker-api',
    POWERTOOLS_METRICS_NAMESPACE: 'StrategyTracker',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  });
  ({ handler } = (await import('../../functions/handlers/api.js')) as { handler: Handler });
});

describe('the API Lambda handler', () => {
  it('answers a GET with the query in the query string', async () => {
    const query = encodeURIComponent('{ strategy { id reference title } }');
    const result = await invoke(httpApiEvent({ method: 'GET', rawQueryString: `query=${query}`, claims: coordinator }));
    expect(result.statusCode).toBe(200);
    expect(json(result).data.strategy).toEqual({ id: 'eu-cybersecurity-2013', reference: 'JOIN(2013) 1', title: catalogue.strategy.title });
  });

  it('answers a POST with a JSON body, with the viewer taken from the verified claims', async () => {
    const result = await post('{ me { id name role actor country } actions(first: 2) { totalCount edges { node { id ref } } } }', enisaOwner);
    expect(result.statusCode).toBe(200);
    const { data } = json(result);
    expect(data.me).toEqual({ id: '7a2b-owner', name: 'Olaf Owner', role: 'OWNER', actor: 'ENISA', country: null });
    expect(data.actions.totalCount).toBe(catalogue.actions.length);
    expect(data.actions.edges.map((edge: { node: { ref: string } }) => edge.node.ref)).toEqual(['2.1-01', '2.1-02']);
  });

  it('decodes a base64 body, as API Gateway sends some bodies', async () => {
    const body = Buffer.from(JSON.stringify({ query: '{ me { role } }' })).toString('base64');
    const result = await invoke(httpApiEvent({ method: 'POST', body, isBase64Encoded: true, claims: coordinator }));
    expect(result.statusCode).toBe(200);
    expect(json(result).data).toEqual({ me: { role: 'COORDINATOR' } });
  });

  it('answers UNAUTHENTICATED when the request carries no verified claims', async () => {
    const result = await post('{ me { id } }');
    expect(result.statusCode).toBe(401);
    expect(json(result).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.headers?.['www-authenticate']).toBe('Bearer');
  });

  it('answers UNAUTHENTICATED for claims that bind no usable role (an owner without an actor)', async () => {
    const unbound = cognitoClaims({ sub: '9c-unbound', name: 'Unbound', groups: ['OWNER'] });
    expect(json(await post('{ me { id } }', unbound)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED for an access token, which the JWT authorizer lets through on its client_id', async () => {
    const { aud: _aud, name: _name, ...rest } = coordinator;
    const access = { ...rest, token_use: 'access', client_id: '1example23456789', scope: 'openid profile email' };
    const result = await post('{ me { id } }', access);
    expect(result.statusCode).toBe(401);
    expect(json(result).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { token_use: _use, ...untyped } = coordinator;
    expect(json(await post('{ me { id } }', untyped)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns lower-case header names and a text body', async () => {
    const result = await post('{ me { id } }', coordinator);
    const names = Object.keys(result.headers ?? {});
    expect(names).toContain('content-type');
    expect(names.every((name) => name === name.toLowerCase())).toBe(true);
    expect(result.isBase64Encoded).toBe(false);
    expect(result.headers?.['content-type']).toMatch(/json/);
  });

  it("writes through the same store: an owner updates an action of its body, and not another body's", async () => {
    const read = await post('{ action(id: "2.1-03") { version status } }', enisaOwner);
    const { version } = json(read).data.action;
    const update = `mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id status progress version } }`;
    const updated = await post(update, enisaOwner, { input: { actionId: '2.1-03', status: 'IN_PROGRESS', progress: 20, expectedVersion: version } });
    expect(json(updated).data.updateAction).toEqual({ id: '2.1-03', status: 'IN_PROGRESS', progress: 20, version: version + 1 });

    const foreign = await post(update, enisaOwner, { input: { actionId: '2.1-01', progress: 5, expectedVersion: 1 } });
    expect(json(foreign).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("the API Lambda handler checks every request against the person's record (issue 12)", () => {
  it('refuses a person the product disabled, though API Gateway verified their token', async () => {
    const leaver = cognitoClaims({ sub: '8c-leaver', name: 'Lea Leaver', groups: ['MEMBER_STATE'], country: 'FR' });
    const result = await post('{ me { id } }', leaver);
    expect(result.statusCode).toBe(401);
    expect(json(result).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('acts with the body the record holds, not the one in the token', async () => {
    const moved = cognitoClaims({ sub: '9d-moved', name: 'Max Moved', groups: ['OWNER'], actor: 'ENISA' });
    expect(json(await post('{ me { role actor } }', moved)).data.me).toEqual({ role: 'OWNER', actor: 'EC3' });
  });
});

describe("the API Lambda handler's front door (the same as local mode's, graphql/front-door.ts)", () => {
  it('refuses a body over the cap with 413 and BAD_USER_INPUT, and writes nothing', async () => {
    const read = await post('{ action(id: "2.1-07") { version } }', coordinator);
    const { version } = json(read).data.action;
    const update = `mutation ($input: UpdateActionInput!) { updateAction(input: $input) { version } }`;
    const body = JSON.stringify({
      query: update,
      variables: { input: { actionId: '2.1-07', progress: 15, expectedVersion: version }, padding: 'x'.repeat(MAX_REQUEST_BODY_BYTES) },
    });
    const result = await invoke(httpApiEvent({ method: 'POST', body, claims: coordinator }));
    expect(result.statusCode).toBe(413);
    expect(json(result).errors).toEqual([
      { message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES / 1024} kB.`, extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(result.headers?.['connection']).toBeUndefined();
    expect(json(await post('{ action(id: "2.1-07") { version } }', coordinator)).data.action.version).toBe(version);
  });

  it('answers malformed JSON with BAD_USER_INPUT and nothing of the parser', async () => {
    const result = await invoke(httpApiEvent({ method: 'POST', body: '{"query": ', claims: coordinator }));
    expect(result.statusCode).toBe(400);
    expect(json(result).errors).toEqual([{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }]);
  });

  it('sends no CORS header to another origin (the stage lists none; API Gateway has no OPTIONS route)', async () => {
    const crossOrigin = await invoke(
      httpApiEvent({
        method: 'POST',
        body: JSON.stringify({ query: '{ me { id } }' }),
        headers: { origin: 'https://evil.example' },
        claims: coordinator,
      }),
    );
    expect(crossOrigin.statusCode).toBe(200);
    expect(crossOrigin.headers?.['access-control-allow-origin']).toBeUndefined();
    expect(crossOrigin.headers?.['access-control-allow-credentials']).toBeUndefined();
  });
});
