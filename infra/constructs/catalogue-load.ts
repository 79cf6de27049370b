import { createHash } from 'node:crypto';
import { CustomResource, Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { catalogueRecords } from '../../functions/store/catalogue-load.js';
import { wildcardResourceFinding } from './nag.js';
import { ServiceFunction } from './service-function.js';
import { TABLE_ACCESS, grantTableAccess } from './table-access.js';

export interface CatalogueLoadProps {
  table: ITable;
  logRetention: RetentionDays;
  /**
   * The stage's first coordinator (issue 12), invited at deployment through the people service,
   * once: the loader then holds the three Cognito calls an invitation makes, on this pool only.
   */
  firstCoordinator?: { email: string; name: string; userPool: IUserPool };
}

/** The Cognito calls of an invitation (functions/people/cognito-directory.ts invite, with its take-back). */
export const FIRST_COORDINATOR_ACTIONS = ['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminCreateUser', 'cognito-idp:AdminDeleteUser'] as const;

/**
 * Loads the strategy catalogue into the table during deployment, whenever what it would write
 * changes (the property is a digest of the records, deadlines normalised), so a new stage
 * serves the strategy at once and a corrected catalogue reaches the cloud with the code.
 */
export class CatalogueLoad extends Construct {
  readonly loader: ServiceFunction;

  constructor(scope: Construct, id: string, props: CatalogueLoadProps) {
    super(scope, id);

    this.loader = new ServiceFunction(this, 'Loader', {
      handler: 'catalogue',
      description: 'the strategy catalogue load at deployment',
      serviceName: 'strategy-tracker-catalogue',
      timeout: Duration.minutes(2),
      logRetention: props.logRetention,
      environment: {
        TABLE_NAME: props.table.tableName,
        ...(props.firstCoordinator ? { USER_POOL_ID: props.firstCoordinator.userPool.userPoolId } : {}),
      },
    });
    grantTableAccess(this.loader, props.table, TABLE_ACCESS.catalogue);
    if (props.firstCoordinator) {
      this.loader.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: [...FIRST_COORDINATOR_ACTIONS], resources: [props.firstCoordinator.userPool.userPoolArn] }),
      );
    }

    const frameworkRole = new Role(this, 'ProviderRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const frameworkLogs = new LogGroup(this, 'ProviderLogs', { retention: props.logRetention });
    frameworkLogs.grantWrite(frameworkRole);
    const provider = new Provider(this, 'Provider', {
      onEventHandler: this.loader.function,
      frameworkOnEventRole: frameworkRole,
      logGroup: frameworkLogs,
    });

    const records = JSON.stringify(catalogueRecords(catalogue));
    new CustomResource(this, 'Load', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::StrategyCatalogue',
      properties: { strategyId: catalogue.strategy.id, digest: createHash('sha256').update(records).digest('hex') },
    });

    if (props.firstCoordinator) {
      // After the catalogue: the invitation reads the strategy's actors and member states.
      const first = new CustomResource(this, 'FirstCoordinator', {
        serviceToken: provider.serviceToken,
        resourceType: 'Custom::FirstCoordinator',
        properties: { email: props.firstCoordinator.email, name: props.firstCoordinator.name },
      });
      first.node.addDependency(this.node.findChild('Load'));
    }

    Validations.of(frameworkRole).acknowledge({
      id: wildcardResourceFinding(this, `${this.loader.function.functionArn}:*`),
      reason:
        'Granted by CDK\'s custom resource provider: lambda:InvokeFunction on the catalogue loader and its versions (the ":*" suffix), no other function.',
    });
  }
}
