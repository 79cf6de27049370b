import { createHash } from 'node:crypto';
import { CustomResource, Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
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
}

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
      environment: { TABLE_NAME: props.table.tableName },
    });
    grantTableAccess(this.loader, props.table, TABLE_ACCESS.catalogue);

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

    Validations.of(frameworkRole).acknowledge({
      id: wildcardResourceFinding(this, `${this.loader.function.functionArn}:*`),
      reason: "Granted by CDK's custom resource provider: lambda:InvokeFunction on the catalogue loader and its versions (the \":*\" suffix), no other function.",
    });
  }
}
