import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { attributes, entityNames } from '../store/entities.js';

/**
 * History events as they arrive on the table's stream, and what the stream consumer makes of
 * them. Free of the handler's clients, so that the CDK stack (its event filter) and the tests can
 * use it without loading the handler. The item layout and its names are those of
 * functions/store/entities.ts's HistoryEventEntity: PK = subject (ACTION#<id> for an action and
 * its reports, ROUND#<id> for a round).
 */
export const HISTORY_EVENT_TYPE = entityNames.historyEvent;
export const ENTITY_ATTRIBUTE = attributes.entity;
export const AUDIT_FORMAT = 'strategy-tracker/history-event@1';

export type Image = Record<string, AttributeValue>;
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function plainNumber(value: string): number | string {
  const number = Number(value);
  return Number.isFinite(number) && (!Number.isInteger(number) || Number.isSafeInteger(number)) ? number : value;
}

export function unmarshallValue(value: AttributeValue): Plain {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return plainNumber(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.M !== undefined) return unmarshallImage(value.M);
  if (value.L !== undefined) return value.L.map(unmarshallValue);
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(plainNumber);
  if (value.B !== undefined) return value.B;
  if (value.BS !== undefined) return [...value.BS];
  return null;
}

export function unmarshallImage(image: Image): { [key: string]: Plain } {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, unmarshallValue(value)]));
}

export interface HistoryEventCopy {
  format: typeof AUDIT_FORMAT;
  strategyId: string;
  /** What the event is about: ACTION#<id> or ROUND#<id>. */
  subject: string;
  actionId: string | null;
  country: string | null;
  roundId: string | null;
  event: {
    id: string;
    at: string;
    type: string;
    actor: { id: string; role: string; name: string };
    before: Plain;
    after: Plain;
    note: string | null;
  };
  /** The item exactly as the table stored it (DynamoDB JSON). */
  item: Image;
  stream: { eventId: string | null; sequenceNumber: string | null; approximateCreationDateTime: number | null };
}

const text = (value: Plain | undefined) => (typeof value === 'string' ? value : '');
const optionalText = (value: Plain | undefined) => (typeof value === 'string' && value !== '' ? value : null);

/** The history event a stream record inserts, or undefined for any other record. */
export function historyEventFromRecord(record: DynamoDBRecord): HistoryEventCopy | undefined {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image || image[ENTITY_ATTRIBUTE]?.S !== HISTORY_EVENT_TYPE) return undefined;
  const plain = unmarshallImage(image);
  const subject = text(plain.subject) || text(plain.PK);
  const id = text(plain.id);
  if (!subject || !id) throw new Error(`History event without a subject or an id: ${JSON.stringify(image)}`);
  return {
    format: AUDIT_FORMAT,
    strategyId: text(plain.strategyId),
    subject,
    actionId: optionalText(plain.actionId),
    country: optionalText(plain.country),
    roundId: optionalText(plain.roundId),
    event: {
      id,
      at: text(plain.at),
      type: text(plain.type),
      actor: { id: text(plain.actorId), role: text(plain.actorRole), name: text(plain.actorName) },
      before: plain.before ?? null,
      after: plain.after ?? null,
      note: optionalText(plain.note),
    },
    item: image,
    stream: {
      eventId: record.eventID ?? null,
      sequenceNumber: record.dynamodb?.SequenceNumber ?? null,
      approximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime ?? null,
    },
  };
}

/**
 * Object key of an event's audit copy, e.g. history/<strategy>/action/2.1-03/<event id>.json:
 * one object per event id, grouped by what it is about, never overwritten.
 */
export function auditKey(copy: Pick<HistoryEventCopy, 'strategyId' | 'subject' | 'event'>): string {
  const separator = copy.subject.indexOf('#');
  const [kind, id] = separator > 0 ? [copy.subject.slice(0, separator).toLowerCase(), copy.subject.slice(separator + 1)] : ['other', copy.subject];
  return `history/${copy.strategyId || 'unknown-strategy'}/${kind}/${id}/${copy.event.id}.json`;
}

export interface StatusChange {
  /** An action's status, or a member state's report status on an action. */
  kind: 'ACTION' | 'MEMBER_STATE_REPORT';
  strategyId: string;
  actionId: string;
  country: string | null;
  eventId: string;
  eventType: string;
  at: string;
  from: string | null;
  to: string;
  actor: HistoryEventCopy['event']['actor'];
  note: string | null;
}

const statusOf = (value: Plain) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.status === 'string' ? value.status : null;

/** The status change an event records, if it records one: `after.status` differing from `before.status`. */
export function statusChangeOf(copy: HistoryEventCopy): StatusChange | undefined {
  const to = statusOf(copy.event.after);
  const from = statusOf(copy.event.before);
  if (!copy.actionId || !to || to === from) return undefined;
  const { id: eventId, type: eventType, at, actor, note } = copy.event;
  return {
    kind: copy.country ? 'MEMBER_STATE_REPORT' : 'ACTION',
    strategyId: copy.strategyId,
    actionId: copy.actionId,
    country: copy.country,
    eventId,
    eventType,
    at,
    from,
    to,
    actor,
    note,
  };
}
