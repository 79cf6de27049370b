import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { $add, Entity, GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand, item, number, string } from 'dynamodb-toolbox';
import { createTable } from '../store/entities.js';

/**
 * The outbox: one item per message the daily job sends, written before the message goes out.
 *   PK OUTBOX#<dueOn>   SK <kind>#<recipientId>#<ref>
 * A message whose item exists is never sent again, unless its last attempt is known to have
 * failed; a message interrupted between "claimed" and "sent" is left for a person to look at
 * rather than risk sending it twice.
 */
export type OutboxStatus = 'PENDING' | 'SENT' | 'FAILED';

export interface OutboxMessage {
  dueOn: string;
  messageKey: string;
  kind: string;
  ref: string;
  recipientId: string;
  recipientEmail: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  claimedAt: string;
  sentAt?: string;
  providerMessageId?: string;
  error?: string;
}

export type NewOutboxMessage = Pick<OutboxMessage, 'dueOn' | 'kind' | 'ref' | 'recipientId' | 'recipientEmail' | 'subject' | 'body'>;

export const outboxMessageKey = ({ kind, recipientId, ref }: Pick<OutboxMessage, 'kind' | 'recipientId' | 'ref'>) =>
  `${kind}#${recipientId}#${ref}`;

export function createOutboxEntity(documentClient: DynamoDBDocumentClient, tableName: string) {
  return new Entity({
    name: 'OutboxMessage',
    table: createTable(documentClient, tableName),
    schema: item({
      dueOn: string().key(),
      messageKey: string().key(),
      kind: string(),
      ref: string(),
      recipientId: string(),
      recipientEmail: string(),
      subject: string(),
      body: string(),
      status: string().enum('PENDING', 'SENT', 'FAILED'),
      attempts: number(),
      claimedAt: string(),
      sentAt: string().optional(),
      providerMessageId: string().optional(),
      error: string().optional(),
    }),
    computeKey: ({ dueOn, messageKey }) => ({ PK: `OUTBOX#${dueOn}`, SK: messageKey }),
  });
}

export interface Outbox {
  /** Records the message as about to be sent. `false` when it must not be sent (already sent, or its fate is unknown). */
  claim(message: NewOutboxMessage): Promise<boolean>;
  markSent(message: Pick<OutboxMessage, 'dueOn' | 'messageKey'>, providerMessageId: string): Promise<void>;
  markFailed(message: Pick<OutboxMessage, 'dueOn' | 'messageKey'>, error: string): Promise<void>;
  listDueOn(dueOn: string): Promise<OutboxMessage[]>;
}

const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException || (error instanceof Error && error.name === 'ConditionalCheckFailedException');

export function createOutbox(documentClient: DynamoDBDocumentClient, tableName: string, clock: () => Date = () => new Date()): Outbox {
  const OutboxEntity = createOutboxEntity(documentClient, tableName);

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
      try {
        await OutboxEntity.build(PutItemCommand)
          .item({ ...message, ...key, status: 'PENDING', attempts: 1, claimedAt: clock().toISOString() })
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
        .item({ ...key, status: 'SENT', sentAt: clock().toISOString(), providerMessageId })
        .send();
    },

    async markFailed(key, error) {
      await OutboxEntity.build(UpdateItemCommand)
        .item({ ...key, status: 'FAILED', error: error.slice(0, 1000) })
        .send();
    },

    async listDueOn(dueOn) {
      const { Items = [] } = await OutboxEntity.table
        .build(QueryCommand)
        .entities(OutboxEntity)
        .query({ partition: `OUTBOX#${dueOn}` })
        .options({ consistent: true, maxPages: Infinity })
        .send();
      return Items as OutboxMessage[];
    },
  };
}
