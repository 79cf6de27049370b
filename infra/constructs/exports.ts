import { Duration } from 'aws-cdk-lib';
import { HttpMethod, type HttpApi, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ServiceFunction } from './service-function.js';
import { TABLE_ACCESS, grantTableAccess } from './table-access.js';

export interface ExportsProps {
  table: ITable;
  strategyId: string;
  logRetention: RetentionDays;
}

/** The API Gateway route of the exports (/export/actions.xlsx ...) and CloudFront's path pattern for it. */
export const EXPORT_ROUTE = '/export/{file}';
export const EXPORT_PATH_PATTERN = '/export/*';

/**
 * The CSV and XLSX exports (docs/EXPORTS.md): a function of their own, so that exceljs
 * (about 1 MB) stays out of the GraphQL API's bundle and cold start, reading the table and
 * its change feed and writing nothing. Its route sits on the API's HTTP API behind the same
 * JWT authorizer as /graphql.
 */
export class Exports extends Construct {
  readonly handler: ServiceFunction;

  constructor(scope: Construct, id: string, props: ExportsProps) {
    super(scope, id);
    this.handler = new ServiceFunction(this, 'Handler', {
      handler: 'export',
      description: 'the Strategy Tracker CSV and XLSX exports',
      serviceName: 'strategy-tracker-export',
      // Building a workbook is CPU-bound: Lambda's CPU grows with memory.
      memorySize: 1024,
      // API Gateway gives up on an integration after 30 seconds.
      timeout: Duration.seconds(29),
      logRetention: props.logRetention,
      environment: { TABLE_NAME: props.table.tableName, STRATEGY_ID: props.strategyId },
    });
    grantTableAccess(this.handler, props.table, TABLE_ACCESS.export);
  }

  /** Adds GET /export/{file} to the API, behind the given authorizer. */
  route(httpApi: HttpApi, authorizer: IHttpRouteAuthorizer): void {
    httpApi.addRoutes({
      path: EXPORT_ROUTE,
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('ExportIntegration', this.handler.function),
      authorizer,
    });
  }
}
