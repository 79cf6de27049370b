import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand } from 'dynamodb-toolbox';
import { ConditionCheck } from 'dynamodb-toolbox/entity/actions/transactCheck';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { execute } from 'dynamodb-toolbox/entity/actions/transactWrite';
import { emailKey, type PersonRecord } from '../domain/people.js';
import { entitiesFor, keys, mutationRecordWrite, type MutationRecord } from './entities.js';
import type { ChangeAuthor, HistoryEventRecord, HistoryPage } from './store.js';

/**
 * The product's record of its people (issue 12), beside the strategy in the same table
 * (entities.ts: PersonEntity, one partition so the list is one query; EmailClaimEntity, unique
 * addresses through a condition on its absence; PersonEventEntity, who changed whom).
 * A person's id is the directory's: the Cognito `sub` in the cloud, the seeded or generated id locally.
 */
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
export type PeopleIdempotency = MutationRecord;

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

export function createPeopleStore({
  documentClient,
  tableName,
  clock = () => new Date(),
}: {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  clock?: () => Date;
}): PeopleStore {
  const { table, MutationEntity, PersonEntity, EmailClaimEntity, PersonEventEntity } = entitiesFor(documentClient, tableName);
  const withIdempotency = (idempotency: PeopleIdempotency | undefined) =>
    idempotency ? [{ transaction: mutationRecordWrite(MutationEntity, idempotency, clock()), rejection: 'REPEATED_MUTATION' as const }] : [];

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
        .query({ partition: keys.people, range: { beginsWith: keys.personPrefix } })
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
        .query({ partition: keys.people, range: { beginsWith: keys.personPrefix } })
        .options({ consistent: true, limit: 1 })
        .send();
      if (Items.length > 0) return false;
      // The items as the entities write them (keys and entity name included), in batches.
      const requests = people.flatMap((person) => [
        { PutRequest: { Item: PersonEntity.build(PutItemCommand).item(personItem(person)).params().Item } },
        {
          PutRequest: {
            Item: EmailClaimEntity.build(PutItemCommand)
              .item({ email: emailKey(person.email), personId: person.id })
              .params().Item,
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
        .query({
          partition: keys.personSubject(id),
          range: after ? { between: [keys.eventPrefix, keys.eventSort(after)] } : { beginsWith: keys.eventPrefix },
        })
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
