import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ENTITY_ATTRIBUTE, HISTORY_EVENT_TYPE } from '../../functions/handlers/history-records.js';
import { AUDIT_PREFIX } from './audit-archive.js';
import { DeadLetterQueue } from './dead-letter-queue.js';
import { wildcardResourceFinding } from './nag.js';
import { ServiceFunction } from './service-function.js';

export interface HistoryStreamProps {
  table: ITable;
  auditBucket: IBucket;
  logRetention: RetentionDays;
}

/**
 * Consumes the table's stream: history-event inserts only (filtered by Lambda, so other
 * writes cost nothing), an audit copy of each in S3, status changes to an SNS topic.
 * A batch that keeps failing is split to isolate the bad record, retried a bounded number
 * of times, and its position sent to a dead-letter queue.
 */
export class HistoryStream extends Construct {
  readonly consumer: ServiceFunction;
  readonly statusChanges: Topic;
  readonly deadLetters: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: HistoryStreamProps) {
    super(scope, id);

    this.statusChanges = new Topic(this, 'StatusChanges', {
      displayName: 'Strategy Tracker: action status changes',
      enforceSSL: true,
    });
    this.deadLetters = new DeadLetterQueue(this, 'DeadLetters');

    this.consumer = new ServiceFunction(this, 'Consumer', {
      handler: 'stream',
      description: 'the history stream consumer (audit copies, status notifications)',
      serviceName: 'strategy-tracker-stream',
      timeout: Duration.seconds(60),
      logRetention: props.logRetention,
      environment: {
        AUDIT_BUCKET_NAME: props.auditBucket.bucketName,
        STATUS_TOPIC_ARN: this.statusChanges.topicArn,
      },
      wildcardResourceReason:
        'Two statements need Resource "*" because their actions have no resource-level permissions: X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) and dynamodb:ListStreams, which the Lambda event source mapping calls to find the table\'s stream. Reading the stream itself is limited to this table\'s stream ARN.',
    });

    this.consumer.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.hours(24),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters.queue),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { [ENTITY_ATTRIBUTE]: { S: FilterRule.isEqual(HISTORY_EVENT_TYPE) } } },
          }),
        ],
      }),
    );

    // Write-once copies: PutObject only (no delete, no retention change, no read), under the audit prefix.
    const auditObjects = props.auditBucket.arnForObjects(`${AUDIT_PREFIX}*`);
    this.consumer.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [auditObjects] }));
    Validations.of(this.consumer.role).acknowledge({
      id: wildcardResourceFinding(this, auditObjects),
      reason:
        'One object per history event, keyed by the event id, so the keys cannot be listed in advance. The statement allows s3:PutObject only, only under history/ of the audit bucket; the bucket refuses deletion and retention bypass to everyone.',
    });
    this.statusChanges.grantPublish(this.consumer);
  }
}
