import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SPA_ROUTING_CODE } from '../../infra/constructs/web-hosting.js';
import { devStacks, settingsFor, synthStages } from './helpers.js';

interface ViewerRequest {
  method: string;
  uri: string;
  headers: Record<string, { value: string }>;
}

const spaRouting = new Function(`${SPA_ROUTING_CODE}; return handler;`)() as (event: { request: ViewerRequest }) => ViewerRequest;
const route = (uri: string, accept = 'text/html,application/xhtml+xml', method = 'GET') =>
  spaRouting({ request: { method, uri, headers: accept ? { accept: { value: accept } } : {} } }).uri;

describe('the SPA routing function', () => {
  it('serves index.html for navigations to app routes, including refs with dots', () => {
    expect(route('/')).toBe('/index.html');
    expect(route('/actions')).toBe('/index.html');
    expect(route('/actions/2.1-03')).toBe('/index.html');
    expect(route('/sections/2.1')).toBe('/index.html');
    expect(route('/auth/callback')).toBe('/index.html');
  });

  it('leaves files and non-HTML requests alone, so a missing file is a 404 and /auth/local is not the app', () => {
    expect(route('/assets/index-3f9a.js')).toBe('/assets/index-3f9a.js');
    expect(route('/config.json')).toBe('/config.json');
    expect(route('/favicon.ico', 'image/avif,image/webp,*/*')).toBe('/favicon.ico');
    expect(route('/auth/local', 'application/json')).toBe('/auth/local');
    expect(route('/actions', 'text/html', 'POST')).toBe('/actions');
  });
});

describe('the web hosting', () => {
  let template: Template;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- CloudFormation JSON, asserted field by field
  let distribution: Record<string, any>;

  beforeAll(() => {
    template = Template.fromStack(devStacks().application);
    distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties.DistributionConfig;
  });

  it('keeps the bucket private, encrypted and TLS-only', () => {
    const [webBucketId, webBucket] = Object.entries(template.findResources('AWS::S3::Bucket')).find(([id]) => id.startsWith('WebBucket')) ?? [];
    expect(webBucket?.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LoggingConfiguration: { LogFilePrefix: 'web-bucket/' },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: webBucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('reads the bucket through origin access control, not a public website endpoint', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const s3Origin = distribution.Origins.find((origin: Record<string, unknown>) => origin.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(s3Origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
  });

  it('sends the security headers on every response, pages and API alike', () => {
    const [policyId, policy] = Object.entries(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] ?? [];
    const headers = policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
    });
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
      expect(csp).toContain(directive);
    }
    // connect-src: the same origin (where /graphql is) and the hosted sign-in domain, nothing else.
    expect(csp).toMatch(/connect-src 'self' https:\/\/",\{"Fn::GetStackOutput".*?\},"\.auth\./);
    expect(distribution.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    expect(distribution.CacheBehaviors[0].ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it('redirects to HTTPS and routes app paths to index.html with the viewer-request function', () => {
    expect(distribution.DefaultRootObject).toBe('index.html');
    expect(distribution.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(distribution.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [expect.stringMatching(/^WebSpaRouting/), 'FunctionARN'] } },
    ]);
    template.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
      FunctionCode: SPA_ROUTING_CODE,
    });
    expect(distribution.CustomErrorResponses).toBeUndefined();
  });

  it('serves /graphql from the HTTP API, uncached, with every viewer header but Host, over TLS 1.2', () => {
    const [graphql] = distribution.CacheBehaviors;
    expect(graphql).toMatchObject({
      PathPattern: '/graphql',
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['GET', 'POST', 'OPTIONS']),
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
    });
    const apiOrigin = distribution.Origins.find((origin: Record<string, string>) => origin.Id === graphql.TargetOriginId);
    expect(apiOrigin.CustomOriginConfig).toEqual({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(JSON.stringify(apiOrigin.DomainName)).toContain('.execute-api.');
  });

  it('serves /export/* from the same API origin, uncached, for reads only', () => {
    const [graphql, exports] = distribution.CacheBehaviors;
    expect(exports).toMatchObject({
      PathPattern: '/export/*',
      TargetOriginId: graphql.TargetOriginId,
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: ['GET', 'HEAD'],
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
    });
  });

  it('sends /import/* (the spreadsheet uploads, POST) to the same API origin, uncached', () => {
    const [graphql] = distribution.CacheBehaviors;
    const imports = distribution.CacheBehaviors.find((behavior: { PathPattern: string }) => behavior.PathPattern === '/import/*');
    expect(imports).toMatchObject({
      TargetOriginId: graphql.TargetOriginId,
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['POST']),
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
    });
  });

  it('logs access to a private log bucket', () => {
    expect(distribution.Logging).toEqual({
      Bucket: { 'Fn::GetAtt': [expect.stringMatching(/^WebLogsBucket/), 'RegionalDomainName'] },
      Prefix: 'cloudfront/',
    });
  });

  it('publishes config.json with the API URL and the Cognito settings the page needs', () => {
    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment')).map((deployment) => deployment.Properties);
    const withConfig = deployments.find((deployment) => deployment.SourceMarkers?.some((markers: object) => Object.keys(markers).length > 0));
    expect(withConfig).toBeDefined();
    const markers = JSON.stringify(withConfig.SourceMarkers);
    for (const value of ['WebDistribution', 'SignInClient', 'StrategyTrackerUserPool', 'HostedSignIn', 'AWS::Region'])
      expect(markers).toContain(value);
    expect(withConfig.DistributionPaths).toEqual(expect.arrayContaining(['/config.json']));
    expect(withConfig.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
  });

  it('lets the web client sign in with the code flow and PKCE only, and never write the binding attributes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: [
        { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebDistribution'), 'DomainName'] }, '/auth/callback']] },
      ],
      ReadAttributes: Match.arrayWith(['custom:actor', 'custom:country']),
      PreventUserExistenceErrors: 'ENABLED',
    });
  });

  it('lets nobody write their own attributes: the name is the author of history, the bindings decide what one may write', () => {
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient')).map((resource) => resource.Properties);
    expect(client.WriteAttributes).toEqual([]);
    // Read deliberately: exactly what the API and the reminders use, nothing more (no phone, address, birthdate...).
    expect([...client.ReadAttributes].sort()).toEqual(['custom:actor', 'custom:country', 'email', 'email_verified', 'name']);
  });

  it('allows no sign-in flow but the hosted page: no password, SRP, admin or custom InitiateAuth, only the refresh token', () => {
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient')).map((resource) => resource.Properties);
    // Absent, Cognito would default to SRP, custom authentication and refresh.
    expect(client.ExplicitAuthFlows).toEqual(['ALLOW_REFRESH_TOKEN_AUTH']);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
  });

  it('publishes the built app when web/dist exists: hashed assets cached a year, index.html never', () => {
    const webDist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Strategy Tracker</title>');
    writeFileSync(join(webDist, 'assets', 'index-3f9a.js'), 'console.log(1)');
    const withWeb = Template.fromStack(synthStages(settingsFor('dev'), { webDistPath: webDist }).application);
    const deployments = Object.values(withWeb.findResources('Custom::CDKBucketDeployment')).map((deployment) => deployment.Properties);
    expect(deployments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Exclude: ['index.html'],
          SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
          Prune: false,
        }),
        expect.objectContaining({ Exclude: ['*'], Include: ['index.html', 'config.json'], SystemMetadata: { 'cache-control': 'no-cache' } }),
      ]),
    );
  });
});
