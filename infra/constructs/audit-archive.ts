import { Aws, Fn, RemovalPolicy, type Duration } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectLockRetention, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { LogBucket } from './log-bucket.js';

export interface AuditArchiveProps {
  /** How long each copy is locked against deletion and overwrite. */
  retention: Duration;
  /** See auditBucketName. */
  bucketName: string;
}

/**
 * The audit bucket has a known name, unlike the other resources: auditors and operators look
 * it up by name, and the application stack refers to it without a cross-stack reference.
 * Account and region make it unique; an Object Lock bucket is never replaced anyway.
 */
export const auditBucketName = (stage: string) => Fn.join('-', ['strategy-tracker', stage, 'audit', Aws.ACCOUNT_ID, Aws.REGION]);

/** The prefix under which the stream consumer writes one object per history event. */
export const AUDIT_PREFIX = 'history/';

/**
 * The append-only copy of every history event, outside the table: versioned, Object Lock in
 * governance mode with a default retention, and a bucket policy that refuses every deletion
 * and every retention bypass to everyone. Removing a copy early therefore takes two deliberate,
 * logged acts by an account administrator: changing this policy, then bypassing governance.
 *
 * Governance rather than compliance mode: the copies name people (who changed what), and a
 * data-protection request or a mistaken write must remain correctable by the account owner.
 * Compliance mode would make that impossible, even for the root user, for the whole retention.
 */
export class AuditArchive extends Construct {
  readonly bucket: IBucket;

  constructor(scope: Construct, id: string, props: AuditArchiveProps) {
    super(scope, id);
    const accessLogs = new LogBucket(this, 'AccessLogs');
    const bucket = new Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.governance(props.retention),
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs.bucket,
      serverAccessLogsPrefix: 'audit-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });
    bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AuditCopiesAreNeverDeleted',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:BypassGovernanceRetention'],
        resources: [bucket.bucketArn, bucket.arnForObjects('*')],
      }),
    );
    this.bucket = bucket;
  }
}
