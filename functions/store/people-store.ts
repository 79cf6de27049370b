import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Entity, GetItemCommand, QueryCommand, UpdateItemCommand, any, item, number, string } from 'dynamodb-toolbox';
import { ConditionCheck } from 'dynamodb-toolbox/entity/actions/transactCheck';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { execute } from 'dynamodb-toolbox/entity/actions/transactWrite';
import { emailKey, PERSON_STATUSES, type PersonRecord } from '../domain/people.js';
import { ROLES } from '../domain/model.js';
import { createEntities, createTable } from './entities.js';
import type { ChangeAuthor, HistoryEventRecord, HistoryPage } from './store.js';

/**
 * The product's record of its people (issue 12), beside the strategy in the same table:
 *   person       PK PEOPLE              SK PERSON#<id>              (one partition: the list is one query)
 *   e-mail claim PK EMAIL#<lower-cased> SK EMAIL                    (unique addresses: a condition on its absence)
 *   person event PK PERSON#<id>         SK EVENT#<at>#<eventId>     (who changed whom, before, after)
 * A person's id is the directory's: the Cognito `sub` in the cloud, the seeded or generated id locally.
 * Person events stay out of the strategy's change feed (no GSI1 keys): they are not changes to the strategy.
 */
export const PEOPLE_PARTITION = 'PEOPLE';
export const PERSON_EVENT_TYPES = ['PERSON_INVITED', 'PERSON_UPDATED', 'PERSON_DISABLED', 'PERSON_ENABLED'] as const;
export type PersonEventType = (typeof PERSON_EVENT_TYPES)[number];

export interface NewPersonEvent {
  type: PersonEventType;
  at: string;
  author: ChangeAuthor;
  before?: unknown;
  after?: unknown;
}

export type PeopleRejection = 'EMAIL_TAKEN' | 'PERSON_EXISTS' | 'STALE_VERSION' | 'COORDINATOR_CHANGED' | 'REPEATED_MUTATION';

/** A retried mutation's first result, kept with the write (the API's client mutation records, entities.ts). */
export interface PeopleIdempotency {
  key: string;
  mutation: string;
  result: unknown;
}

/** As long as the API keeps its other client mutation ids. */
const IDEMPOTENCY_DAYS = 7;

/** A write refused by a condition: nothing was written. */
export class PeopleWriteRejected extends Error {
  constructor(readonly reason: PeopleRejection) {
    super(`People write rejected: ${reason}`);
    this.name = 'PeopleWriteRejected';
  }
}

export interface PeopleStore {
  /** Everyone, by name; one query of the people partition (paged through). */
  list(): Promise<PersonRecord[]>;
  get(id: string, options?: { consistent?: boolean }): Promise<PersonRecord | undefined>;
  /** Whether anyone holds this address (case-insensitive). */
  emailTaken(email: string): Promise<boolean>;
  /** Writes a new person, claims the address and records the event, in one transaction. */
  create(person: PersonRecord, event: NewPersonEvent, idempotency?: PeopleIdempotency): Promise<void>;
  /** The stored first result of a mutation with this key (`<viewer id>#<client mutation id>`). */
  mutationResult(key: string): Promise<{ mutation: string; result: unknown } | undefined>;
  /**
   * Replaces a person under a version condition and records the event, in one transaction.
   * With `requireCoordinator`, also requires that person to still be an active coordinator at
   * that version: two coordinators demoting each other at once cannot leave none.
   */
  save(
    person: PersonRecord,
    expectedVersion: number,
    event: NewPersonEvent,
    requireCoordinator?: { id: string; version: number },
    idempotency?: PeopleIdempotency,
  ): Promise<void>;
  /** Notes a sign-in: an invited person becomes active. Not a change anyone made, so no event. */
  recordSignIn(id: string, at: string): Promise<void>;
  /** The first start's people, written only when there are none yet. Returns whether it wrote them. */
  seed(people: PersonRecord[]): Promise<boolean>;
  /** A person's history, newest first. */
  history(id: string, page: { limit: number; after?: string }): Promise<HistoryPage>;
}

const personSort = (id: string) => `PERSON#${id}`;
const emailPartition = (email: string) => `EMAIL#${emailKey(email)}`;
const personSubject = (id: string) => `PERSON#${id}`;

export function createPeopleStore({
  documentClient,
  tableName,
  clock = () => new Date(),
}: {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  clock?: () => Date;
}): PeopleStore {
  const table = createTable(documentClient, tableName);
  const { MutationEntity } = createEntities(table);
  const withIdempotency = (idempotency: PeopleIdempotency | undefined) =>
    idempotency
      ? [
          {
            transaction: MutationEntity.build(PutTransaction)
              .item({
                key: idempotency.key,
                mutation: idempotency.mutation,
                result: idempotency.result,
                expiresAt: Math.floor(clock().getTime() / 1000) + IDEMPOTENCY_DAYS * 86_400,
              })
              .options({ condition: { attr: 'key', exists: false } }),
            rejection: 'REPEATED_MUTATION' as const,
          },
        ]
      : [];

  const PersonEntity = new Entity({
    name: 'Person',
    table,
    timestamps: false,
    schema: item({
      id: string().key(),
      name: string(),
      email: string(),
      role: string().enum(...ROLES),
      actor: string().optional(),
      country: string().optional(),
      status: string().enum(...PERSON_STATUSES),
      invitedAt: string().optional(),
      lastSignInAt: string().optional(),
      version: number(),
    }),
    computeKey: ({ id }) => ({ PK: PEOPLE_PARTITION, SK: personSort(id) }),
  });

  const EmailClaimEntity = new Entity({
    name: 'EmailClaim',
    table,
    timestamps: false,
    schema: item({ email: string().key(), personId: string() }),
    computeKey: ({ email }) => ({ PK: emailPartition(email), SK: 'EMAIL' }),
  });

  const PersonEventEntity = new Entity({
    name: 'PersonEvent',
    table,
    timestamps: false,
    schema: item({
      personId: string().key(),
      eventKey: string().key(),
      id: string(),
      at: string(),
      type: string(),
      actorId: string(),
      actorRole: string(),
      actorName: string(),
      before: any().optional(),
      after: any().optional(),
    }),
    computeKey: ({ personId, eventKey }) => ({ PK: personSubject(personId), SK: `EVENT#${eventKey}` }),
  });

  const toRecord = (stored: Record<string, unknown>): PersonRecord => {
    const { id, name, email, role, actor, country, status, invitedAt, lastSignInAt, version } = stored as unknown as PersonRecord;
    return {
      id,
      name,
      email,
      role,
      status,
      version,
      ...(actor ? { actor } : {}),
      ...(country ? { country } : {}),
      ...(invitedAt ? { invitedAt } : {}),
      ...(lastSignInAt ? { lastSignInAt } : {}),
    };
  };

  const personItem = (person: PersonRecord) => ({
    id: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    status: person.status,
    version: person.version,
    ...(person.actor ? { actor: person.actor } : {}),
    ...(person.country ? { country: person.country } : {}),
    ...(person.invitedAt ? { invitedAt: person.invitedAt } : {}),
    ...(person.lastSignInAt ? { lastSignInAt: person.lastSignInAt } : {}),
  });

  function eventTransaction(personId: string, event: NewPersonEvent) {
    const id = randomUUID();
    return PersonEventEntity.build(PutTransaction)
      .item({
        personId,
        eventKey: `${event.at}#${id}`,
        id,
        at: event.at,
        type: event.type,
        actorId: event.author.id,
        actorRole: event.author.role,
        actorName: event.author.name,
        before: event.before ?? null,
        after: event.after ?? null,
      })
      .options({ condition: { attr: 'id', exists: false } });
  }

  /** Runs the transaction; a cancelled one names the first failed condition by its item's position. */
  async function transact(items: { transaction: Parameters<typeof execute>[number]; rejection: PeopleRejection | null }[]) {
    try {
      await execute(...(items.map((entry) => entry.transaction) as Parameters<typeof execute>));
    } catch (error) {
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      if (!reasons) throw error;
      const failed = items.find((entry, index) => reasons[index]?.Code === 'ConditionalCheckFailed' && entry.rejection);
      if (failed?.rejection) throw new PeopleWriteRejected(failed.rejection);
      if (reasons.some((reason) => reason.Code === 'TransactionConflict')) throw new PeopleWriteRejected('STALE_VERSION');
      throw error;
    }
  }

  return {
    async list() {
      const { Items = [] } = await table
        .build(QueryCommand)
        .entities(PersonEntity)
        .query({ partition: PEOPLE_PARTITION, range: { beginsWith: 'PERSON#' } })
        .options({ consistent: true, maxPages: Infinity })
        .send();
      return Items.map(toRecord).sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
    },

    async get(id, { consistent = true } = {}) {
      const { Item } = await PersonEntity.build(GetItemCommand).key({ id }).options({ consistent }).send();
      return Item ? toRecord(Item) : undefined;
    },

    async emailTaken(email) {
      const { Item } = await EmailClaimEntity.build(GetItemCommand)
        .key({ email: emailKey(email) })
        .options({ consistent: true })
        .send();
      return Item !== undefined;
    },

    async mutationResult(key) {
      const { Item } = await MutationEntity.build(GetItemCommand).key({ key }).options({ consistent: true }).send();
      return Item ? { mutation: Item.mutation, result: Item.result } : undefined;
    },

    async create(person, event, idempotency) {
      await transact([
        ...withIdempotency(idempotency),
        {
          transaction: PersonEntity.build(PutTransaction)
            .item(personItem(person))
            .options({ condition: { attr: 'id', exists: false } }),
          rejection: 'PERSON_EXISTS',
        },
        {
          transaction: EmailClaimEntity.build(PutTransaction)
            .item({ email: emailKey(person.email), personId: person.id })
            .options({ condition: { attr: 'email', exists: false } }),
          rejection: 'EMAIL_TAKEN',
        },
        { transaction: eventTransaction(person.id, event), rejection: null },
      ]);
    },

    async save(person, expectedVersion, event, requireCoordinator, idempotency) {
      await transact([
        ...withIdempotency(idempotency),
        {
          transaction: PersonEntity.build(PutTransaction)
            .item(personItem(person))
            .options({ condition: { attr: 'version', eq: expectedVersion } }),
          rejection: 'STALE_VERSION',
        },
        { transaction: eventTransaction(person.id, event), rejection: null },
        ...(requireCoordinator
          ? [
              {
                transaction: PersonEntity.build(ConditionCheck)
                  .key({ id: requireCoordinator.id })
                  .condition({
                    and: [
                      { attr: 'version', eq: requireCoordinator.version },
                      { attr: 'status', eq: 'ACTIVE' },
                      { attr: 'role', eq: 'COORDINATOR' },
                    ],
                  }),
                rejection: 'COORDINATOR_CHANGED' as const,
              },
            ]
          : []),
      ]);
    },

    async recordSignIn(id, at) {
      try {
        await PersonEntity.build(UpdateItemCommand)
          .item({ id, lastSignInAt: at })
          .options({
            condition: {
              and: [
                { attr: 'id', exists: true },
                { attr: 'status', ne: 'DISABLED' },
              ],
            },
          })
          .send();
        // An invitation is accepted by signing in; the version is left alone, as no field a coordinator set changed.
        await PersonEntity.build(UpdateItemCommand)
          .item({ id, status: 'ACTIVE' })
          .options({ condition: { attr: 'status', eq: 'INVITED' } })
          .send();
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      }
    },

    async seed(people) {
      const { Items = [] } = await table
        .build(QueryCommand)
        .entities(PersonEntity)
        .query({ partition: PEOPLE_PARTITION, range: { beginsWith: 'PERSON#' } })
        .options({ consistent: true, limit: 1 })
        .send();
      if (Items.length > 0) return false;
      const requests = people.flatMap((person) => [
        { PutRequest: { Item: { PK: PEOPLE_PARTITION, SK: personSort(person.id), _et: 'Person', ...personItem(person) } } },
        {
          PutRequest: {
            Item: { PK: emailPartition(person.email), SK: 'EMAIL', _et: 'EmailClaim', email: emailKey(person.email), personId: person.id },
          },
        },
      ]);
      for (let start = 0; start < requests.length; start += 25) {
        let pending: Record<string, unknown[]> | undefined = { [tableName]: requests.slice(start, start + 25) };
        for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt += 1) {
          if (attempt > 5) throw new Error('Could not write the first people: DynamoDB kept items unprocessed.');
          const result = await documentClient.send(new BatchWriteCommand({ RequestItems: pending as never }));
          pending = result.UnprocessedItems as Record<string, unknown[]> | undefined;
        }
      }
      return true;
    },

    async history(id, { limit, after }) {
      const { Items = [], LastEvaluatedKey } = await table
        .build(QueryCommand)
        .entities(PersonEventEntity)
        .query({ partition: personSubject(id), range: after ? { between: ['EVENT#', `EVENT#${after}`] } : { beginsWith: 'EVENT#' } })
        .options({ reverse: true, limit: limit + (after ? 1 : 0), consistent: true })
        .send();
      const events: HistoryEventRecord[] = Items.filter((stored) => stored.eventKey !== after)
        .slice(0, limit)
        .map((stored) => ({
          id: stored.id,
          at: stored.at,
          type: stored.type,
          strategyId: '',
          actorId: stored.actorId,
          actorRole: stored.actorRole,
          actorName: stored.actorName,
          before: stored.before ?? undefined,
          after: stored.after ?? undefined,
        }));
      const last = events.at(-1);
      return { events, ...(LastEvaluatedKey && last ? { nextCursor: `${last.at}#${last.id}` } : {}) };
    },
  };
}
