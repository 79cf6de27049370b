import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal, type IGrantable, type IPrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { ESM_REQUIRE_BANNER, EXTERNAL_MODULES, LAMBDA_NODE_TARGET, MAIN_FIELDS, REPO_ROOT, handlerEntry, type HandlerName } from '../bundling.js';

export const METRICS_NAMESPACE = 'StrategyTracker';

export interface ServiceFunctionProps {
  /** Which entry point of `functions/handlers/` this function runs. */
  handler: HandlerName;
  description: string;
  /** Powertools service name: the `service` key of every log line and metric dimension. */
  serviceName: string;
  environment?: Record<string, string>;
  logRetention: RetentionDays;
  memorySize?: number;
  timeout?: Duration;
  /**
   * Why this role holds statements on Resource "*". Every function does, for X-Ray; a
   * function that needs another such statement says so here, in full.
   */
  wildcardResourceReason?: string;
}

const XRAY_WILDCARD_REASON =
  'X-Ray tracing (Tracing.ACTIVE): xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions, so AWS requires Resource "*" for them. No other statement of this role uses a wildcard resource.';

/**
 * A Lambda function of this product: Node 22 on ARM, bundled by esbuild as ESM (the options
 * in infra/bundling.ts), traced with X-Ray, logging to its own log group, and running under
 * a role that starts with nothing but the right to write that log group. Each construct that
 * uses it grants what its handler needs, and no more.
 */
export class ServiceFunction extends Construct implements IGrantable {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: handlerEntry(props.handler),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      role: this.role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        // Stack traces in the logs point at the TypeScript sources (the bundle ships its source map).
        NODE_OPTIONS: '--enable-source-maps',
        // graphql-js checks every type test against copies of itself from another realm unless
        // this says production: a third of the dashboard's CPU per request (docs/PERFORMANCE.md).
        NODE_ENV: 'production',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: LAMBDA_NODE_TARGET,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        mainFields: MAIN_FIELDS,
        banner: ESM_REQUIRE_BANNER,
        externalModules: EXTERNAL_MODULES,
      },
    });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the handlers are built, tested and benchmarked for Node 22 (infra/bundling.ts targets node22); moving to a newer runtime is a deliberate upgrade with its own test run.',
    });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: props.wildcardResourceReason ?? XRAY_WILDCARD_REASON,
    });
  }

  get grantPrincipal(): IPrincipal {
    return this.role;
  }

  get functionName(): string {
    return this.function.functionName;
  }
}
