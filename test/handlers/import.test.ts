import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import type { Store } from '../../functions/store/store.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { cognitoClaims, httpApiEvent, lambdaContext } from './events.js';
import { copyCatalogueTemplate } from '../support/catalogue-template.js';

/**
 * The import Lambda as deployed (functions/handlers/import.ts, module scope and all), invoked
 * with the payload 2.0 events of its routes against DynamoDB Local: the workbook comes back
 * base64-encoded, the upload goes in base64-encoded, and the apply's write runs through the
 * API's own yoga app with the viewer from the event's verified claims.
 */
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const TABLE = `import-handler-${Date.now()}`;
const owner = cognitoClaims({ sub: '7b1e-enisa', name: 'Olga Owner', groups: ['OWNER'], actor: 'ENISA' });
const viewer = cognitoClaims({ sub: '9c3d-viewer', name: 'Vera Viewer', groups: ['VIEWER'] });
let handler: Handler;
let store: Store;

function routeEvent(
  method: 'GET' | 'POST',
  path: string,
  routeKey: string,
  options: { claims?: Record<string, string>; body?: Buffer | string } = {},
): APIGatewayProxyEventV2 {
  const binary = Buffer.isBuffer(options.body);
  const body = options.body === undefined ? undefined : binary ? (options.body as Buffer).toString('base64') : (options.body as string);
  const event = httpApiEvent({
    method,
    ...(options.claims ? { claims: options.claims } : {}),
    ...(body !== undefined ? { body, isBase64Encoded: binary } : {}),
    headers: { 'content-type': binary ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/json' },
  });
  return {
    ...event,
    routeKey,
    rawPath: path,
    requestContext: { ...event.requestContext, routeKey, http: { ...event.requestContext.http, method, path } },
  };
}
const context = () => lambdaContext('strategy-tracker-import');

beforeAll(async () => {
  const endpoint = inject('dynamoEndpoint');
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  // The catalogue as its load writes it, copied from the run's one load (test/support/catalogue-template.ts).
  await copyCatalogueTemplate(inject('dynamoEndpoint'), inject('catalogueTemplate'), TABLE);
  store = createDynamoStore({ documentClient: DynamoDBDocumentClient.from(client), tableName: TABLE });
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    STRATEGY_ID: catalogue.strategy.id,
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    POWERTOOLS_SERVICE_NAME: 'strategy-tracker-import',
    POWERTOOLS_METRICS_NAMESPACE: 'StrategyTracker',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  });
  ({ handler } = (await import('../../functions/handlers/import.js')) as { handler: Handler });
});

describe('the import Lambda', () => {
  it('gives an owner the workbook, previews the upload and applies it as the API’s mutation, with the claims’ viewer', async () => {
    const download = await handler(routeEvent('GET', '/export/workbook.xlsx', 'GET /export/workbook.xlsx', { claims: owner }), context());
    expect(download).toMatchObject({
      statusCode: 200,
      isBase64Encoded: true,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(download.body ?? '', 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Actions')!;
    const refs = sheet.getColumn(1).values.slice(2);
    expect(refs).toEqual(catalogue.actions.filter((action) => action.owners.includes('ENISA')).map((action) => action.ref));
    sheet.getRow(2).getCell(6).value = 55;
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const uploaded = await handler(routeEvent('POST', '/import/workbook.xlsx', 'POST /import/{proxy+}', { claims: owner, body: file }), context());
    expect(uploaded.statusCode).toBe(200);
    const preview = JSON.parse(uploaded.body ?? '{}') as { id: string; rows: { ref: string; outcome: string }[] };
    expect(preview.rows.filter((row) => row.outcome !== 'UNCHANGED')).toEqual([expect.objectContaining({ ref: refs[0], outcome: 'CHANGED' })]);

    const applied = await handler(routeEvent('POST', `/import/${preview.id}/apply`, 'POST /import/{proxy+}', { claims: owner }), context());
    expect(applied.statusCode).toBe(200);
    expect((JSON.parse(applied.body ?? '{}') as { rows: { outcome: string }[] }).rows.filter((row) => row.outcome === 'APPLIED')).toHaveLength(1);
    const action = await store.getAction(catalogue.strategy.id, String(refs[0]));
    expect(action).toMatchObject({ progress: 55, version: 2 });
    const [event] = (await store.actionHistory(String(refs[0]), { limit: 5 })).events;
    expect(event).toMatchObject({ type: 'ACTION_UPDATED', actorId: '7b1e-enisa', actorName: 'Olga Owner' });
  });

  it('answers a viewer 403 and a request without claims 401, as JSON', async () => {
    const refused = await handler(
      routeEvent('POST', '/import/workbook.xlsx', 'POST /import/{proxy+}', { claims: viewer, body: Buffer.from('x') }),
      context(),
    );
    expect(refused).toMatchObject({ statusCode: 403, isBase64Encoded: false });
    expect(JSON.parse(refused.body ?? '{}')).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await handler(routeEvent('GET', '/export/workbook.xlsx', 'GET /export/workbook.xlsx'), context())).statusCode).toBe(401);
  });
});
