import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Catalogue } from '../../functions/domain/catalogue.js';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import type { CatalogueLoadResult } from '../../functions/handlers/catalogue.js';
import type { Observability } from '../../functions/handlers/observability.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import type { Store } from '../../functions/store/store.js';
import { ensureTable } from '../../functions/store/table-admin.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { lambdaContext } from './events.js';

/** The deployment-time catalogue load, on CloudFormation custom resource events, against DynamoDB Local. */
type CreateCatalogueHandler = (
  store: () => Store,
  data: Catalogue,
  observability: Observability,
  inviteFirstCoordinator?: (person: { email: string; name: string }) => Promise<'invited' | 'existing'>,
) => (event: CloudFormationCustomResourceEvent, context: Context) => Promise<CatalogueLoadResult>;

const TABLE = `catalogue-handler-${Date.now()}`;
let store: Store;
let handler: ReturnType<CreateCatalogueHandler>;

function cloudFormationEvent(RequestType: 'Create' | 'Update' | 'Delete'): CloudFormationCustomResourceEvent {
  const common = {
    ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:provider-framework-onEvent',
    ResponseURL: 'https://cloudformation-custom-resource-response-euwest1.s3.amazonaws.com/signed',
    StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/StrategyTracker-dev-App/guid',
    RequestId: 'b7c1f2e4-0000-0000-0000-000000000000',
    LogicalResourceId: 'CatalogueLoad',
    ResourceType: 'Custom::StrategyCatalogue',
    ResourceProperties: { ServiceToken: 'arn', strategyId: catalogue.strategy.id, digest: 'abc' },
  };
  if (RequestType === 'Create') return { ...common, RequestType };
  return {
    ...common,
    RequestType,
    PhysicalResourceId: `catalogue-${catalogue.strategy.id}`,
    ...(RequestType === 'Update' ? { OldResourceProperties: {} } : {}),
  } as CloudFormationCustomResourceEvent;
}

beforeAll(async () => {
  Object.assign(process.env, { TABLE_NAME: TABLE, AWS_REGION: LOCAL_REGION, POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT' });
  const { createCatalogueHandler } = (await import('../../functions/handlers/catalogue.js')) as { createCatalogueHandler: CreateCatalogueHandler };
  const { createObservability } = await import('../../functions/handlers/observability.js');
  const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  await ensureTable(client, TABLE);
  store = createDynamoStore({ documentClient: DynamoDBDocumentClient.from(client), tableName: TABLE });
  handler = createCatalogueHandler(() => store, catalogue, createObservability());
});

describe('the catalogue load at deployment', () => {
  const context = () => lambdaContext('strategy-tracker-catalogue');

  it('loads every action on the first deployment', async () => {
    const result = await handler(cloudFormationEvent('Create'), context());
    expect(result).toEqual({
      PhysicalResourceId: 'catalogue-eu-cybersecurity-2013',
      Data: { created: catalogue.actions.length, corrected: 0, unchanged: 0 },
    });
    expect(await store.listActions(catalogue.strategy.id)).toHaveLength(catalogue.actions.length);
  });

  it('writes nothing on a later deployment of the same catalogue, and keeps the resource id', async () => {
    const result = await handler(cloudFormationEvent('Update'), context());
    expect(result).toEqual({
      PhysicalResourceId: 'catalogue-eu-cybersecurity-2013',
      Data: { created: 0, corrected: 0, unchanged: catalogue.actions.length },
    });
  });

  it('deletes nothing when the stack goes', async () => {
    await handler(cloudFormationEvent('Delete'), context());
    expect(await store.listActions(catalogue.strategy.id)).toHaveLength(catalogue.actions.length);
  });
});

describe('the first coordinator at deployment (issue 12)', () => {
  const event = (RequestType: 'Create' | 'Update' | 'Delete') =>
    ({
      RequestType,
      ServiceToken: 'arn',
      ResponseURL: 'https://example.invalid/signed',
      StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/StrategyTracker-dev-App/guid',
      RequestId: 'c0ffee00-0000-0000-0000-000000000000',
      LogicalResourceId: 'FirstCoordinator',
      ResourceType: 'Custom::FirstCoordinator',
      ResourceProperties: { ServiceToken: 'arn', email: 'anna@ec.europa.eu', name: 'Anna Example' },
      ...(RequestType === 'Create' ? {} : { PhysicalResourceId: 'first-coordinator' }),
    }) as CloudFormationCustomResourceEvent;

  it('invites the coordinator the stage names through the people service, and nobody when the resource goes', async () => {
    const { createCatalogueHandler } = (await import('../../functions/handlers/catalogue.js')) as { createCatalogueHandler: CreateCatalogueHandler };
    const { createObservability } = await import('../../functions/handlers/observability.js');
    const invited: { email: string; name: string }[] = [];
    const withFirst = createCatalogueHandler(
      () => store,
      catalogue,
      createObservability(),
      async (person) => {
        invited.push(person);
        return invited.length === 1 ? 'invited' : 'existing';
      },
    );
    const context = lambdaContext('strategy-tracker-catalogue');
    expect(await withFirst(event('Create'), context)).toEqual({
      PhysicalResourceId: 'first-coordinator',
      Data: { created: 1, corrected: 0, unchanged: 0 },
    });
    expect(await withFirst(event('Update'), context)).toEqual({
      PhysicalResourceId: 'first-coordinator',
      Data: { created: 0, corrected: 0, unchanged: 1 },
    });
    await withFirst(event('Delete'), context);
    expect(invited).toEqual([
      { email: 'anna@ec.europa.eu', name: 'Anna Example' },
      { email: 'anna@ec.europa.eu', name: 'Anna Example' },
    ]);
  });
});
