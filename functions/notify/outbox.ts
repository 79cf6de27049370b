import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { $add, $remove, GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand } from 'dynamodb-toolbox';
import { entitiesFor, keys } from '../store/entities.js';

/**
 * The outbox: one item per message the daily job sends, written before the message goes out
 * (entities.ts, OutboxEntity: one partition per day, sorted by outboxMessageKey).
 * A message whose item exists is never sent again, unless its last attempt is known to have
 * failed; a message interrupted between "claimed" and "sent" is left for a person to look at
 * rather than risk sending it twice.
 *
 * Personal data is kept no longer than that needs: the address and the text are removed once
 * the message is sent (a pending or failed one keeps them for a person to look at), a failure
 * is recorded by the mail service's error name only (its text may quote the address), and
 * DynamoDB's TTL deletes every record OUTBOX_RETENTION_DAYS after it was written. That is far
 * beyond the job's catch-up window (3 days) and Lambda's retries (minutes): only a day
 * replayed by hand after that would send its messages again (docs/DEPLOY.md).
 */
export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED';

/** Days an outbox record is kept after it was written (then DynamoDB's TTL deletes it). */
export const OUTBOX_RETENTION_DAYS = 30;

/** Epoch seconds at which a record written at `writtenAt` expires. */
export const outboxExpiry = (writtenAt: Date) => Math.floor(writtenAt.getTime() / 1000) + OUTBOX_RETENTION_DAYS * 86_400;

/** The name of a mail service's error (e.g. SES's `MessageRejected`), never its text. */
export function errorName(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' && /^[\w.:-]{1,100}$/.test(name) ? name : 'Error';
}

export interface OutboxMessage {
  dueOn: string;
  messageKey: string;
  kind: string;
  ref: string;
  recipientId: string;
  /** Until the message is sent. */
  recipientEmail?: string;
  /** Until the message is sent. */
  body?: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  claimedAt: string;
  sentAt?: string;
  providerMessageId?: string;
  /** The mail service's error name of the last failed attempt. */
  error?: string;
  /** Epoch seconds: the table's TTL attribute. */
  expiresAt?: number;
}

export type NewOutboxMessage = Pick<OutboxMessage, 'dueOn' | 'kind' | 'ref' | 'recipientId' | 'subject'> & { recipientEmail: string; body: string };

export const outboxMessageKey = ({ kind, recipientId, ref }: Pick<OutboxMessage, 'kind' | 'recipientId' | 'ref'>) => `${kind}#${recipientId}#${ref}`;

export interface Outbox {
  /** Records the message as about to be sent. `false` when it must not be sent (already sent, or its fate is unknown). */
  claim(message: NewOutboxMessage): Promise<boolean>;
  markSent(message: Pick<OutboxMessage, 'dueOn' | 'messageKey'>, providerMessageId: string): Promise<void>;
  /** `error`: the mail service's error name only (errorName), never its text. */
  markFailed(message: Pick<OutboxMessage, 'dueOn' | 'messageKey'>, error: string): Promise<void>;
  listDueOn(dueOn: string): Promise<OutboxMessage[]>;
}

const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException || (error instanceof Error && error.name === 'ConditionalCheckFailedException');

export function createOutbox(documentClient: DynamoDBDocumentClient, tableName: string, clock: () => Date = () => new Date()): Outbox {
  const { OutboxEntity } = entitiesFor(documentClient, tableName);

  async function retryFailed(key: Pick<OutboxMessage, 'dueOn' | 'messageKey'>): Promise<boolean> {
    try {
      await OutboxEntity.build(UpdateItemCommand)
        .item({ ...key, status: 'PENDING', attempts: $add(1), claimedAt: clock().toISOString() })
        .options({ condition: { attr: 'status', eq: 'FAILED' } })
        .send();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  return {
    async claim(message) {
      const key = { dueOn: message.dueOn, messageKey: outboxMessageKey(message) };
      const now = clock();
      try {
        await OutboxEntity.build(PutItemCommand)
          .item({ ...message, ...key, status: 'PENDING', attempts: 1, claimedAt: now.toISOString(), expiresAt: outboxExpiry(now) })
          .options({ condition: { attr: 'messageKey', exists: false } })
          .send();
        return true;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      const { Item } = await OutboxEntity.build(GetItemCommand).key(key).options({ consistent: true }).send();
      return Item?.status === 'FAILED' ? retryFailed(key) : false;
    },

    async markSent(key, providerMessageId) {
      await OutboxEntity.build(UpdateItemCommand)
        .item({ ...key, status: 'SENT', sentAt: clock().toISOString(), providerMessageId, recipientEmail: $remove(), body: $remove() })
        .send();
    },

    async markFailed(key, error) {
      await OutboxEntity.build(UpdateItemCommand)
        .item({ ...key, status: 'FAILED', error: error.slice(0, 100) })
        .send();
    },

    async listDueOn(dueOn) {
      const { Items = [] } = await OutboxEntity.table
        .build(QueryCommand)
        .entities(OutboxEntity)
        .query({ partition: keys.outbox(dueOn) })
        .options({ consistent: true, maxPages: Infinity })
        .send();
      return Items as OutboxMessage[];
    },
  };
}
