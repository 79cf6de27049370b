import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IUserPool, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { AuditArchive, auditBucketName } from '../constructs/audit-archive.js';
import { DataTable } from '../constructs/data-table.js';
import { UserDirectory } from '../constructs/identity.js';
import type { StageSettings } from '../stage-settings.js';

export interface StatefulStackProps extends StackProps {
  settings: StageSettings;
}

/**
 * What must outlive every deployment: the table, the users and the audit copies. Deployed
 * rarely, retained on deletion, and kept apart so that the application stack can be
 * replaced without touching any of it.
 */
export class StatefulStack extends Stack {
  readonly table: ITable;
  readonly userPool: IUserPool;
  readonly signInDomain: UserPoolDomain;
  readonly auditBucket: IBucket;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, { terminationProtection: props.settings.terminationProtection, ...props });
    const { settings } = props;

    this.table = new DataTable(this, 'Data', settings.existingTable ? { existingTable: settings.existingTable } : {}).table;
    const directory = new UserDirectory(this, 'Identity', { domainPrefix: settings.cognitoDomainPrefix });
    this.userPool = directory.userPool;
    this.signInDomain = directory.domain;
    this.auditBucket = new AuditArchive(this, 'Audit', {
      retention: Duration.days(settings.auditRetentionDays),
      bucketName: auditBucketName(settings.stage),
    }).bucket;

    new CfnOutput(this, 'TableName', {
      value: this.table.tableName,
      description: 'The table (restore it from its point-in-time backups, docs/DEPLOY.md)',
    });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId, description: 'Where administrators create users and set their groups' });
    new CfnOutput(this, 'SignInUrl', { value: this.signInDomain.baseUrl(), description: 'The hosted sign-in page' });
    new CfnOutput(this, 'AuditBucketName', { value: this.auditBucket.bucketName, description: 'The locked audit copies of every history event' });
  }
}
