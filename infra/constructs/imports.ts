import { Duration } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ServiceFunction } from './service-function.js';
import { TABLE_ACCESS, grantTableAccess } from './table-access.js';

export interface ImportsProps {
  table: ITable;
  strategyId: string;
  logRetention: RetentionDays;
}

/** The routes of the spreadsheet round trip, and CloudFront's path pattern for the uploads. */
export const WORKBOOK_ROUTE = '/export/workbook.xlsx';
export const IMPORT_ROUTE = '/import/{proxy+}';
export const IMPORT_PATH_PATTERN = '/import/*';

/**
 * The spreadsheet round trip (issue 13, docs/EXPORTS.md): the editable workbook, the preview of
 * an upload and its apply, in a function of its own so that exceljs stays out of the GraphQL
 * API's bundle. It writes what the API writes (the apply runs the API's own mutations) and its
 * previews, so it holds the API's table actions, without the change feed's index. Its routes
 * sit on the API's HTTP API behind the same JWT authorizer as /graphql.
 */
export class Imports extends Construct {
  readonly handler: ServiceFunction;

  constructor(scope: Construct, id: string, props: ImportsProps) {
    super(scope, id);
    this.handler = new ServiceFunction(this, 'Handler', {
      handler: 'import',
      description: 'the Strategy Tracker spreadsheet round trip: editable workbook, preview, apply',
      serviceName: 'strategy-tracker-import',
      // Parsing a workbook is CPU-bound, and its memory is bounded (functions/import/zip-guard.ts): 1 GB leaves room.
      memorySize: 1024,
      // API Gateway gives up on an integration after 30 seconds.
      timeout: Duration.seconds(29),
      logRetention: props.logRetention,
      environment: { TABLE_NAME: props.table.tableName, STRATEGY_ID: props.strategyId },
    });
    grantTableAccess(this.handler, props.table, TABLE_ACCESS.import);
  }

  /** Adds GET /export/workbook.xlsx (more specific than the exports' /export/{file}) and POST /import/{proxy+}. */
  route(httpApi: HttpApi, authorizer: IHttpRouteAuthorizer): void {
    const integration = new HttpLambdaIntegration('ImportIntegration', this.handler.function);
    httpApi.addRoutes({ path: WORKBOOK_ROUTE, methods: [HttpMethod.GET], integration, authorizer });
    httpApi.addRoutes({ path: IMPORT_ROUTE, methods: [HttpMethod.POST], integration, authorizer });
  }
}
