import { CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IUserPool, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { auditBucketName } from '../constructs/audit-archive.js';
import { CatalogueLoad } from '../constructs/catalogue-load.js';
import { DailyJob } from '../constructs/daily-job.js';
import { Exports } from '../constructs/exports.js';
import { Imports } from '../constructs/imports.js';
import { GRAPHQL_PATH, GraphqlApi } from '../constructs/graphql-api.js';
import { HistoryStream } from '../constructs/history-stream.js';
import { SIGN_IN_SCOPES, WebSignInClient } from '../constructs/identity.js';
import { Operations } from '../constructs/operations.js';
import { WebHosting } from '../constructs/web-hosting.js';
import type { StageSettings } from '../stage-settings.js';

export interface AppStackProps extends StackProps {
  settings: StageSettings;
  table: ITable;
  userPool: IUserPool;
  signInDomain: UserPoolDomain;
  /** The built dashboard; undefined publishes config.json only. */
  webDistPath?: string;
}

/**
 * Everything that can be replaced: the API, the stream consumer, the daily job, the web
 * hosting, the catalogue load and the alarms, wired to the stateful stack's table, users and audit bucket (the
 * latter by its known name).
 */
export class AppStack extends Stack {
  readonly api: GraphqlApi;
  readonly web: WebHosting;
  readonly signIn: WebSignInClient;
  readonly history: HistoryStream;
  readonly daily: DailyJob;
  readonly operations: Operations;
  readonly catalogue: CatalogueLoad;
  readonly exports: Exports;
  readonly imports: Imports;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const signInUrl = props.signInDomain.baseUrl();

    this.api = new GraphqlApi(this, 'Api', {
      table: props.table,
      userPool: props.userPool,
      strategyId: settings.strategyId,
      throttle: settings.apiThrottle,
      logRetention: settings.logRetention,
      corsAllowedOrigins: settings.corsAllowedOrigins,
    });
    this.web = new WebHosting(this, 'Web', {
      apiDomainName: this.api.domainName,
      signInUrl,
      logRetention: settings.logRetention,
      ...(settings.webDomain ? { customDomain: settings.webDomain } : {}),
    });
    const appOrigin = settings.webDomain ? `https://${settings.webDomain.domainName}` : this.web.origin;
    this.signIn = new WebSignInClient(this, 'SignIn', { userPool: props.userPool, appOrigin });
    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', props.userPool, { userPoolClients: [this.signIn.client] });
    this.api.requireSignIn(authorizer);
    this.exports = new Exports(this, 'Exports', { table: props.table, strategyId: settings.strategyId, logRetention: settings.logRetention });
    this.exports.route(this.api.httpApi, authorizer);
    this.imports = new Imports(this, 'Imports', { table: props.table, strategyId: settings.strategyId, logRetention: settings.logRetention });
    this.imports.route(this.api.httpApi, authorizer);

    this.web.publish({
      ...(props.webDistPath ? { webDistPath: props.webDistPath } : {}),
      runtimeConfig: {
        mode: 'cloud',
        apiUrl: `${appOrigin}${GRAPHQL_PATH}`,
        auth: {
          kind: 'cognito',
          region: this.region,
          userPoolId: props.userPool.userPoolId,
          clientId: this.signIn.client.userPoolClientId,
          domain: signInUrl,
          redirectUri: this.signIn.callbackUrl,
          logoutUri: this.signIn.logoutUrl,
          scopes: SIGN_IN_SCOPES.map((scope) => scope.scopeName),
          // The ID token carries the groups and the actor and country bindings the API reads.
          token: 'id',
        },
      },
    });
    if (!props.webDistPath) {
      Validations.of(this.web).addWarning(
        'WebBuildMissing',
        'web/dist was not found at synth time: only config.json is published. Run `npm run build:web` before deploying the dashboard.',
      );
    }

    this.history = new HistoryStream(this, 'History', {
      table: props.table,
      auditBucket: Bucket.fromBucketName(this, 'AuditBucket', auditBucketName(settings.stage)),
      logRetention: settings.logRetention,
    });
    this.daily = new DailyJob(this, 'Daily', {
      table: props.table,
      userPool: props.userPool,
      strategyId: settings.strategyId,
      appUrl: appOrigin,
      schedule: settings.dailyJob,
      logRetention: settings.logRetention,
      ...(settings.mail ? { mail: settings.mail } : {}),
    });

    this.catalogue = new CatalogueLoad(this, 'Catalogue', {
      table: props.table,
      logRetention: settings.logRetention,
      ...(settings.firstCoordinator ? { firstCoordinator: { ...settings.firstCoordinator, userPool: props.userPool } } : {}),
    });

    this.operations = new Operations(this, 'Operations', settings.alarmEmail ? { alarmEmail: settings.alarmEmail } : {});
    this.operations.watchFunction('Api', this.api.handler.function);
    this.operations.watchFunction('Export', this.exports.handler.function);
    this.operations.watchFunction('Import', this.imports.handler.function);
    this.operations.watchFunction('StreamConsumer', this.history.consumer.function);
    this.operations.watchFunction('DailyJob', this.daily.job.function);
    this.operations.watchDailyRun('DailyJob', this.daily.job.function);
    this.operations.watchHttpApi('Api', this.api.httpApi);
    this.operations.watchDeadLetters('StreamConsumer', this.history.deadLetters.queue);
    this.operations.watchDeadLetters('DailyJob', this.daily.deadLetters.queue);

    new CfnOutput(this, 'AppUrl', { value: appOrigin, description: 'The dashboard' });
    new CfnOutput(this, 'GraphqlUrl', { value: `${appOrigin}${GRAPHQL_PATH}`, description: 'The GraphQL API, through CloudFront' });
    new CfnOutput(this, 'UserPoolId', { value: props.userPool.userPoolId });
    new CfnOutput(this, 'WebClientId', { value: this.signIn.client.userPoolClientId });
    new CfnOutput(this, 'StatusChangesTopicArn', { value: this.history.statusChanges.topicArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.operations.alarmTopic.topicArn });
  }
}
