import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { requiredEnv } from './env.js';
import { auditKey, historyEventFromRecord, statusChangeOf, type HistoryEventCopy, type StatusChange } from './history-records.js';
import { createObservability, instrument, type Observability } from './observability.js';

/**
 * The table's stream consumer. For every history event inserted in the table it writes an
 * append-only audit copy to S3 (Object Lock) and, when the event changes an action's status,
 * publishes the change to SNS.
 *
 * Redelivery is expected (retries, bisected batches): the copy is written with
 * `If-None-Match: *` under a key derived from the event id, so a second delivery finds it
 * already written (412) and moves on. Publishing is at-least-once; messages carry the event
 * id for subscribers to de-duplicate.
 */
export interface StreamHandlerDependencies {
  s3: Pick<S3Client, 'send'>;
  sns: Pick<SNSClient, 'send'>;
  auditBucketName: string;
  statusTopicArn: string;
  observability: Observability;
}

const isAlreadyWritten = (error: unknown) => {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return failure?.$metadata?.httpStatusCode === 412 || failure?.name === 'PreconditionFailed';
};

export function createStreamHandler({ s3, sns, auditBucketName, statusTopicArn, observability }: StreamHandlerDependencies) {
  const { logger, metrics } = observability;

  async function writeAuditCopy(copy: HistoryEventCopy): Promise<'written' | 'already-written'> {
    try {
      await s3.send(
        new PutObjectCommand({
          Bucket: auditBucketName,
          Key: auditKey(copy),
          Body: JSON.stringify(copy),
          ContentType: 'application/json',
          IfNoneMatch: '*',
          // Object Lock buckets refuse writes without an integrity checksum.
          ChecksumAlgorithm: 'SHA256',
        }),
      );
      return 'written';
    } catch (error) {
      if (isAlreadyWritten(error)) return 'already-written';
      throw error;
    }
  }

  async function publish(change: StatusChange): Promise<void> {
    const about = change.country ? `${change.country} report on action ${change.actionId}` : `Action ${change.actionId}`;
    await sns.send(
      new PublishCommand({
        TopicArn: statusTopicArn,
        Subject: `${about}: ${change.from ?? 'none'} to ${change.to}`.slice(0, 100),
        Message: JSON.stringify(change),
        MessageAttributes: {
          eventId: { DataType: 'String', StringValue: change.eventId },
          kind: { DataType: 'String', StringValue: change.kind },
          actionId: { DataType: 'String', StringValue: change.actionId },
          status: { DataType: 'String', StringValue: change.to },
          ...(change.country ? { country: { DataType: 'String', StringValue: change.country } } : {}),
        },
      }),
    );
  }

  return instrument(observability, async (event: DynamoDBStreamEvent, _context: Context): Promise<DynamoDBBatchResponse> => {
    for (const record of event.Records) {
      try {
        const copy = historyEventFromRecord(record);
        if (!copy) continue;
        const outcome = await writeAuditCopy(copy);
        metrics.addMetric(outcome === 'written' ? 'AuditCopiesWritten' : 'AuditCopiesAlreadyWritten', MetricUnit.Count, 1);
        const change = statusChangeOf(copy);
        if (change) {
          await publish(change);
          metrics.addMetric('StatusChangesPublished', MetricUnit.Count, 1);
        }
      } catch (error) {
        // Stream batches are ordered: report this record and stop, so Lambda retries from here.
        logger.error('Could not process a stream record', { error, eventId: record.eventID, sequenceNumber: record.dynamodb?.SequenceNumber });
        const sequenceNumber = record.dynamodb?.SequenceNumber;
        if (!sequenceNumber) throw error;
        return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
      }
    }
    return { batchItemFailures: [] };
  });
}

const observability = createObservability();

export const handler = createStreamHandler({
  s3: observability.tracer.captureAWSv3Client(new S3Client({})),
  sns: observability.tracer.captureAWSv3Client(new SNSClient({})),
  auditBucketName: requiredEnv('AUDIT_BUCKET_NAME'),
  statusTopicArn: requiredEnv('STATUS_TOPIC_ARN'),
  observability,
});
