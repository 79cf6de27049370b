import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ServiceFunction } from './service-function.js';
import { TABLE_ACCESS, grantTableAccess } from './table-access.js';
import { COGNITO_ADMIN_ACTIONS } from '../../functions/people/cognito-directory.js';

export interface GraphqlApiProps {
  table: ITable;
  /** The directory people are invited to, changed in and disabled from (issue 12): the admin calls are granted on this pool only. */
  userPool: IUserPool;
  strategyId: string;
  throttle: { rateLimit: number; burstLimit: number };
  logRetention: RetentionDays;
  /**
   * Origins allowed to call the API from a browser; empty (the default) answers CORS for nobody,
   * since the dashboard reaches /graphql on its own origin through CloudFront.
   */
  corsAllowedOrigins?: readonly string[];
}

export const GRAPHQL_PATH = '/graphql';

/** What each access log line records: who (the token's subject, never an e-mail), what, and how it ended. */
const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  subject: '$context.authorizer.claims.sub',
};

/**
 * The GraphQL API: an HTTP API on the `$default` stage (a named stage would put its name in
 * front of /graphql), throttled, with access logs, in front of the API function. Routes are
 * added once the sign-in client that issues the tokens exists (`requireSignIn`).
 */
export class GraphqlApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly handler: ServiceFunction;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);
    const corsAllowedOrigins = props.corsAllowedOrigins ?? [];

    this.handler = new ServiceFunction(this, 'Handler', {
      handler: 'api',
      description: 'the Strategy Tracker GraphQL API',
      serviceName: 'strategy-tracker-api',
      memorySize: 1024,
      timeout: Duration.seconds(15),
      logRetention: props.logRetention,
      environment: {
        TABLE_NAME: props.table.tableName,
        STRATEGY_ID: props.strategyId,
        USER_POOL_ID: props.userPool.userPoolId,
        // The function answers CORS for the same origins as API Gateway (graphql/front-door.ts).
        ...(corsAllowedOrigins.length > 0 ? { CORS_ALLOWED_ORIGINS: corsAllowedOrigins.join(',') } : {}),
      },
    });
    grantTableAccess(this.handler, props.table, TABLE_ACCESS.api);
    // People and access (issue 12): only the calls the Cognito directory makes, only on this pool.
    this.handler.role.addToPrincipalPolicy(new PolicyStatement({ actions: [...COGNITO_ADMIN_ACTIONS], resources: [props.userPool.userPoolArn] }));

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Strategy Tracker GraphQL API',
      createDefaultStage: false,
      // API Gateway answers the preflight and sets CORS headers itself when this is configured.
      ...(corsAllowedOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: [...corsAllowedOrigins],
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
              allowHeaders: ['authorization', 'content-type'],
              allowCredentials: false,
              maxAge: Duration.minutes(10),
            },
          }
        : {}),
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetention });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });
  }

  /** The host name of the API's endpoint, for CloudFront's origin. */
  get domainName(): string {
    return `${this.httpApi.apiId}.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`;
  }

  /** Adds GET and POST /graphql, both behind the given authorizer. */
  requireSignIn(authorizer: IHttpRouteAuthorizer): void {
    this.httpApi.addRoutes({
      path: GRAPHQL_PATH,
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('GraphqlIntegration', this.handler.function),
      authorizer,
    });
  }
}
