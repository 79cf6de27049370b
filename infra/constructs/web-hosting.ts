import { Annotations, DefaultStackSynthesizer, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AccessLevel,
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { EXPORT_PATH_PATTERN } from './exports.js';
import { IMPORT_PATH_PATTERN } from './imports.js';
import { GRAPHQL_PATH } from './graphql-api.js';
import { LogBucket } from './log-bucket.js';
import { wildcardResourceFinding } from './nag.js';

export interface WebHostingProps {
  /** Host name of the GraphQL API, served by the same distribution under /graphql. */
  apiDomainName: string;
  /** Base URL of the hosted sign-in page, which the page talks to for tokens. */
  signInUrl: string;
  /** A custom domain with its us-east-1 ACM certificate; otherwise the cloudfront.net name. */
  customDomain?: { domainName: string; certificateArn: string };
  logRetention: RetentionDays;
}

/**
 * Routes a browser navigation to a page of the app (`/actions/2.1-03`) to index.html. Files
 * (a last path segment with an extension that starts with a letter) and requests that do not
 * ask for HTML pass through, so a missing file is an honest 404, not the app with a 200.
 */
export const SPA_ROUTING_CODE = `
function handler(event) {
  var request = event.request;
  var accept = request.headers.accept ? request.headers.accept.value : '';
  var lastSegment = request.uri.split('/').pop();
  var isFile = /\\.[a-z][a-z0-9]*$/i.test(lastSegment);
  if ((request.method === 'GET' || request.method === 'HEAD') && accept.indexOf('text/html') !== -1 && !isFile) {
    request.uri = '/index.html';
  }
  return request;
}
`.trim();

/**
 * The Content-Security-Policy of every response. The API is served from the same origin
 * (/graphql), so 'self' covers it; the hosted sign-in domain is where the page exchanges
 * its authorization code for tokens.
 */
export function contentSecurityPolicy(signInUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // As in local mode (scripts/local/server.ts): the dashboard's charts set inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${signInUrl}`,
    `form-action 'self' ${signInUrl}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    "manifest-src 'self'",
    'upgrade-insecure-requests',
  ].join('; ');
}

export interface WebPublication {
  /** The built dashboard (web/dist). Without it only config.json is published. */
  webDistPath?: string;
  /** Served as /config.json: what the page needs to find the API and the sign-in page. */
  runtimeConfig: Record<string, unknown>;
}

/**
 * The dashboard: a private bucket behind CloudFront with origin access control, security
 * headers on every response, the GraphQL API under /graphql on the same origin (no CORS, a
 * CSP of 'self'), access logs, and the built app plus a generated config.json.
 */
export class WebHosting extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly logs: LogBucket;
  readonly responseHeaders: ResponseHeadersPolicy;
  private readonly logRetention: RetentionDays;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    this.logRetention = props.logRetention;

    this.logs = new LogBucket(this, 'Logs', { acceptsCloudFrontLogs: true, expiration: Duration.days(180) });
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logs.bucket,
      serverAccessLogsPrefix: 'web-bucket/',
      // Holds only build output, which every deployment publishes again.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.responseHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Strategy Tracker security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.signInUrl), override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()', override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });

    // The API's paths (/graphql, /export/*): never cached, everything the viewer sent (the
    // Authorization header above all) but Host, which must name the API.
    const apiBehavior = {
      origin: new HttpOrigin(props.apiDomainName, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      }),
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.responseHeaders,
      compress: true,
    };

    const spaRouting = new CloudFrontFunction(this, 'SpaRouting', {
      comment: 'Serves index.html for navigations to app routes',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(SPA_ROUTING_CODE),
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Strategy Tracker (${Stack.of(this).stackName})`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logs.bucket,
      logFilePrefix: 'cloudfront/',
      ...(props.customDomain
        ? {
            domainNames: [props.customDomain.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        // LIST lets S3 answer 404 for a missing file instead of 403.
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket, { originAccessLevels: [AccessLevel.READ, AccessLevel.LIST] }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeaders,
        functionAssociations: [{ function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      additionalBehaviors: {
        [GRAPHQL_PATH]: apiBehavior,
        [EXPORT_PATH_PATTERN]: { ...apiBehavior, allowedMethods: AllowedMethods.ALLOW_GET_HEAD },
        // The spreadsheet uploads and applies (POST); API Gateway's routes take POST only.
        [IMPORT_PATH_PATTERN]: apiBehavior,
      },
    });

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: the users are Commission staff, agency staff and national contacts who also work while travelling outside the EU; every request but the static app needs a signed-in user.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'No AWS WAF web ACL yet: the distribution serves static files and an API that rejects unauthenticated requests at API Gateway (JWT authorizer) and throttles per stage. A CloudFront web ACL must live in us-east-1; add one per stage if abuse is seen.',
    });
    Annotations.of(this.distribution).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'The bucket holds only the public build of the dashboard and its public config.json, so a listing reveals nothing that is not served anyway; defaultRootObject is set and no query string reaches S3.',
    );
    if (!props.customDomain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'The stage uses the default *.cloudfront.net certificate, for which CloudFront fixes the minimum viewer protocol at TLSv1. Set webDomain (domain and ACM certificate) in the stage settings and the distribution requires TLSv1.2_2021.',
      });
    }
  }

  /** The dashboard's origin, e.g. https://d111111abcdef8.cloudfront.net */
  get origin(): string {
    return `https://${this.distribution.domainName}`;
  }

  /**
   * Publishes the built app (hashed assets first, cached for a year; then index.html and
   * config.json, never cached) and invalidates the entry points.
   */
  publish({ webDistPath, runtimeConfig }: WebPublication): void {
    const role = new Role(this, 'PublisherRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const logGroup = new LogGroup(this, 'PublisherLogs', { retention: this.logRetention });
    logGroup.grantWrite(role);
    const common = { destinationBucket: this.bucket, prune: false, role, logGroup, memoryLimit: 512 };

    const config = Source.jsonData('config.json', runtimeConfig);
    if (!webDistPath) {
      new BucketDeployment(this, 'PublishConfig', {
        ...common,
        sources: [config],
        cacheControl: [CacheControl.noCache()],
        distribution: this.distribution,
        distributionPaths: ['/config.json'],
      });
    } else {
      const app = Source.asset(webDistPath);
      const assets = new BucketDeployment(this, 'PublishAssets', {
        ...common,
        sources: [app],
        exclude: ['index.html'],
        cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      });
      const entry = new BucketDeployment(this, 'PublishEntry', {
        ...common,
        sources: [app, config],
        exclude: ['*'],
        include: ['index.html', 'config.json'],
        cacheControl: [CacheControl.noCache()],
        distribution: this.distribution,
        distributionPaths: ['/index.html', '/config.json'],
      });
      // A new index.html must never point at assets that are not there yet.
      entry.node.addDependency(assets);
    }

    this.acknowledgePublisher(role);
  }

  /**
   * BucketDeployment grants its publishing function CDK's standard S3 and CloudFront
   * permissions; they cannot be narrowed from here, so each wildcard is acknowledged for what it is.
   */
  private acknowledgePublisher(role: Role): void {
    const stack = Stack.of(this);
    const cdkAssetBucket = `arn:${stack.partition}:s3:::${Fn.sub(`cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-\${AWS::AccountId}-\${AWS::Region}`)}`;
    const acknowledgements: [string, string][] = [
      [
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'Read actions on the CDK asset bucket (the zipped build) and on the web bucket, which the publishing function compares with the new build.',
      ],
      ['AwsSolutions-IAM5[Action::s3:GetObject*]', 'Reads the zipped build from the CDK asset bucket and the current objects of the web bucket.'],
      ['AwsSolutions-IAM5[Action::s3:List*]', 'Lists the CDK asset bucket and the web bucket to synchronise the build.'],
      ['AwsSolutions-IAM5[Action::s3:Abort*]', 'Aborts its own failed multipart uploads to the web bucket.'],
      [
        'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
        'CDK grants deletion on the web bucket for pruning; the deployments here set prune: false, so old hashed assets stay for pages already open.',
      ],
      [
        wildcardResourceFinding(this, `${cdkAssetBucket}/*`),
        "The objects of CDK's bootstrap asset bucket, where the zipped build is uploaded; object names are content hashes.",
      ],
      [wildcardResourceFinding(this, this.bucket.arnForObjects('*')), "Every object of this stack's web bucket: the build replaces its files."],
      [
        'AwsSolutions-IAM5[Resource::*]',
        'cloudfront:CreateInvalidation and cloudfront:GetInvalidation, which BucketDeployment grants on "*"; used only to invalidate /index.html and /config.json of this distribution.',
      ],
    ];
    for (const [id, reason] of acknowledgements) Validations.of(role).acknowledge({ id, reason });

    const publisherFunction = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (publisherFunction) {
      Validations.of(publisherFunction).acknowledge({
        id: 'AwsSolutions-L1',
        reason: "CDK's BucketDeployment publishing function: its runtime is chosen and updated by aws-cdk-lib, not by this code.",
      });
    }
  }
}
