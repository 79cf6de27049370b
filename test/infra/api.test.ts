import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { devStacks, settingsFor, synthStages } from './helpers.js';

describe('the GraphQL API', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(devStacks().application);
  });

  it('is an HTTP API on the $default stage, so /graphql is the path for GET and POST alike', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AutoDeploy: true });
  });

  it('puts the Cognito JWT authorizer on GET and POST /graphql, GET /export/{file}, the workbook and the import, and has no other route', () => {
    const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
    const [authorizerId] = Object.keys(authorizers);
    expect(Object.values(authorizers)).toEqual([
      expect.objectContaining({
        Properties: expect.objectContaining({
          AuthorizerType: 'JWT',
          IdentitySource: ['$request.header.Authorization'],
          JwtConfiguration: {
            Audience: [{ Ref: Object.keys(template.findResources('AWS::Cognito::UserPoolClient'))[0] }],
            Issuer: expect.objectContaining({ 'Fn::Join': expect.any(Array) }),
          },
        }),
      }),
    ]);
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((route) => route.Properties);
    expect(routes.map((route) => route.RouteKey).sort()).toEqual([
      'GET /export/workbook.xlsx',
      'GET /export/{file}',
      'GET /graphql',
      'POST /graphql',
      'POST /import/{proxy+}',
    ]);
    for (const route of routes) {
      expect(route).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    }
  });

  it('throttles the stage with the stage settings', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });

  it("writes JSON access logs, with the caller's subject but no e-mail, to a log group with retention", () => {
    const [stage] = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'));
    const settings = stage?.Properties.AccessLogSettings;
    expect(settings.DestinationArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ApiAccessLogs/), 'Arn'] });
    const format = JSON.parse(settings.Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status', subject: '$context.authorizer.claims.sub' });
    expect(JSON.stringify(format)).not.toMatch(/email/);
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('answers CORS for nobody: the dashboard calls it on its own origin, through CloudFront', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
    // The function would otherwise answer CORS itself (graphql/front-door.ts).
    const variables = Object.values(template.findResources('AWS::Lambda::Function')).map((fn) => fn.Properties.Environment?.Variables ?? {});
    expect(variables.filter((vars) => 'CORS_ALLOWED_ORIGINS' in vars)).toEqual([]);
  });

  it('answers CORS for the listed origins only, without credentials, in API Gateway and the function alike, when a stage lists some', () => {
    const listed = Template.fromStack(synthStages(settingsFor('dev', { corsAllowedOrigins: ['https://partner.example'] })).application);
    listed.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: ['https://partner.example'],
        AllowMethods: ['GET', 'POST'],
        AllowHeaders: ['authorization', 'content-type'],
        AllowCredentials: false,
        MaxAge: 600,
      },
    });
    listed.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'strategy-tracker-api', CORS_ALLOWED_ORIGINS: 'https://partner.example' }),
      },
    });
  });

  it('sends /export/{file} to the export function, not to the GraphQL one', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((route) => route.Properties);
    const target = (key: string) => {
      const integration = JSON.stringify(routes.find((route) => route.RouteKey === key)?.Target);
      const [id] = /\w+Integration[0-9A-F]{8}/.exec(integration) ?? [];
      return JSON.stringify(template.findResources('AWS::ApiGatewayV2::Integration')[id ?? '']?.Properties.IntegrationUri);
    };
    expect(target('GET /export/{file}')).toMatch(/ExportsHandlerFunction/);
    // The editable workbook (issue 13) is the import function's: the more specific route wins.
    expect(target('GET /export/workbook.xlsx')).toMatch(/ImportsHandlerFunction/);
    expect(target('POST /import/{proxy+}')).toMatch(/ImportsHandlerFunction/);
    expect(target('POST /graphql')).toMatch(/ApiHandlerFunction/);
  });

  it("runs the export function on Node 22, ARM, with the memory a workbook needs and a timeout within API Gateway's 30 seconds", () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 29,
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          STRATEGY_ID: 'eu-cybersecurity-2013',
          POWERTOOLS_SERVICE_NAME: 'strategy-tracker-export',
        }),
      },
    });
  });

  it('runs the API function on Node 22, ARM, bundled as ESM, with the table and strategy in its environment', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          STRATEGY_ID: 'eu-cybersecurity-2013',
          POWERTOOLS_SERVICE_NAME: 'strategy-tracker-api',
          POWERTOOLS_METRICS_NAMESPACE: 'StrategyTracker',
          NODE_OPTIONS: '--enable-source-maps',
          NODE_ENV: 'production',
        }),
      },
    });
  });
});
