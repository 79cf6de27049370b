import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { parseCsv } from '../support/csv.js';
import { createPeopleStore } from '../../functions/store/people-store.js';
import { cognitoClaims, httpApiEvent, lambdaContext } from './events.js';
import { copyCatalogueTemplate } from '../support/catalogue-template.js';

/**
 * The export Lambda as deployed (functions/handlers/export.ts, module scope and all), invoked
 * with the payload 2.0 events of the GET /export/{file} route against DynamoDB Local.
 */
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const TABLE = `export-handler-${Date.now()}`;
const viewer = cognitoClaims({ sub: '9c3d-viewer', name: 'Vera Viewer', groups: ['VIEWER'] });
let handler: Handler;

function exportEvent(file: string, claims?: Record<string, string>): APIGatewayProxyEventV2 {
  const event = httpApiEvent({ method: 'GET', ...(claims ? { claims } : {}) });
  const rawPath = `/export/${file}`;
  return {
    ...event,
    routeKey: 'GET /export/{file}',
    rawPath,
    pathParameters: { file },
    requestContext: { ...event.requestContext, routeKey: 'GET /export/{file}', http: { ...event.requestContext.http, path: rawPath } },
  };
}
const invoke = (file: string, claims?: Record<string, string>) => handler(exportEvent(file, claims), lambdaContext('strategy-tracker-export'));

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  // The catalogue as its load writes it, copied from the run's one load (test/support/catalogue-template.ts).
  await copyCatalogueTemplate(inject('dynamoEndpoint'), inject('catalogueTemplate'), TABLE);
  // Issue 12: a person the product disabled, with a token API Gateway still accepts.
  await createPeopleStore({ documentClient: DynamoDBDocumentClient.from(client), tableName: TABLE }).seed([
    { id: '8c-leaver', name: 'Lea Leaver', email: 'lea@example.eu', role: 'VIEWER', status: 'DISABLED', version: 2 },
  ]);
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    STRATEGY_ID: catalogue.strategy.id,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    POWERTOOLS_SERVICE_NAME: 'strategy-tracker-export',
    POWERTOOLS_METRICS_NAMESPACE: 'StrategyTracker',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  });
  ({ handler } = (await import('../../functions/handlers/export.js')) as { handler: Handler });
});

describe('the export Lambda handler', () => {
  it('returns XLSX base64-encoded, as API Gateway needs for binary, with every action', async () => {
    const result = await invoke('actions.xlsx', viewer);
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers?.['content-disposition']).toMatch(/^attachment; filename="eu-cybersecurity-2013_actions_\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.body ?? '', 'base64') as unknown as ExcelJS.Buffer);
    const refs: unknown[] = [];
    workbook.getWorksheet('Actions')?.eachRow((row, number) => number > 1 && refs.push(row.getCell(1).value));
    expect(refs).toEqual(catalogue.actions.map((action) => action.ref));
  });

  it('returns CSV as text', async () => {
    const result = await invoke('actions.csv', viewer);
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(false);
    expect(parseCsv((result.body ?? '').replace(/^\uFEFF/, ''))).toHaveLength(catalogue.actions.length + 1);
  });

  it('answers 401 when no verified claims reached it, and 404 for an unknown export', async () => {
    expect((await invoke('actions.csv')).statusCode).toBe(401);
    expect((await invoke('actions.pdf', viewer)).statusCode).toBe(404);
  });

  it('answers 401 to a person the product disabled, though their token verified (issue 12)', async () => {
    const leaver = cognitoClaims({ sub: '8c-leaver', name: 'Lea Leaver', groups: ['VIEWER'] });
    expect((await invoke('actions.csv', leaver)).statusCode).toBe(401);
  });

  it('answers 401 to the claims of an access token', async () => {
    expect((await invoke('actions.csv', { ...viewer, token_use: 'access', client_id: viewer['aud']! })).statusCode).toBe(401);
  });
});
