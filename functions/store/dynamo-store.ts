import { createHash, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand, QueryCommand, $add, $remove, $set } from 'dynamodb-toolbox';
import { ConditionCheck } from 'dynamodb-toolbox/entity/actions/transactCheck';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { UpdateTransaction } from 'dynamodb-toolbox/entity/actions/transactUpdate';
import { execute } from 'dynamodb-toolbox/entity/actions/transactWrite';
import { compareRefs } from '../domain/action-query.js';
import { createEntities, createTable, keys } from './entities.js';
import {
  WriteRejected,
  type ActionRecord,
  type CatalogueFields,
  type CatalogueSyncResult,
  type ChangeAuthor,
  type HistoryEventRecord,
  type HistoryPage,
  type Idempotency,
  type NewHistoryEvent,
  type RejectionReason,
  type ReportRecord,
  type RoundRecord,
  type Store,
  type StrategyRecord,
} from './store.js';

export interface DynamoStoreOptions {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  clock?: () => Date;
}

const CATALOGUE_FIELDS = [
  'ref',
  'section',
  'subheading',
  'leadIn',
  'text',
  'owners',
  'partners',
  'deadlinePhrase',
  'baselineDeadline',
  'deadlineSource',
  'recurring',
  'memberStateReporting',
  'kind',
] as const satisfies readonly (keyof CatalogueFields)[];

type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

/** Shards of the strategy's revision counter: enough that concurrent writes rarely share one. */
const REVISION_SHARDS = 16;

/** Attempts at a transaction that only lost a race on a revision shard (nothing else conflicted). */
const REVISION_RACE_ATTEMPTS = 5;

/** How long a client mutation id is remembered: far beyond any plausible retry. */
const IDEMPOTENCY_DAYS = 7;

const sameValue = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null);

/** The catalogue fields whose values differ, as before/after pairs for the history event. */
export function catalogueDifferences(existing: CatalogueFields, incoming: CatalogueFields) {
  const before: Partial<Record<CatalogueField, unknown>> = {};
  const after: Partial<Record<CatalogueField, unknown>> = {};
  for (const field of CATALOGUE_FIELDS) {
    if (!sameValue(existing[field], incoming[field])) {
      before[field] = existing[field] ?? null;
      after[field] = incoming[field] ?? null;
    }
  }
  return Object.keys(after).length === 0 ? null : { before, after };
}

/**
 * A patch for dynamodb-toolbox's update: lists and maps replace the attribute whole ($set; by
 * default the toolbox updates them element by element, which would leave a shortened list's
 * tail behind), and null removes the attribute.
 */
const toUpdate = (patch: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(patch).map(([field, value]) => [
      field,
      value === null ? $remove() : typeof value === 'object' ? $set(value as Record<string, unknown>) : value,
    ]),
  );

/** Cursors over history are event keys (`<at>#<id>`), opaque to clients. */
const eventKeyOf = (event: { at: string; id: string }) => `${event.at}#${event.id}`;

export function createDynamoStore({ documentClient, tableName, clock = () => new Date() }: DynamoStoreOptions): Store {
  const table = createTable(documentClient, tableName);
  const { StrategyEntity, ActionEntity, ReportEntity, RoundEntity, RevisionEntity, MutationEntity, HistoryEventEntity } = createEntities(table);

  /** The revision shard a write bumps: spread over shards so unrelated writes rarely meet. */
  function revisionTransaction(strategyId: string, subject: string) {
    const shard = String(createHash('sha1').update(subject).digest()[0]! % REVISION_SHARDS);
    return { transaction: RevisionEntity.build(UpdateTransaction).item({ strategyId, shard, revision: $add(1) }), rejection: null };
  }

  const revisionOf = (shards: { shard: string; revision: number }[]) =>
    shards
      .map(({ shard, revision }) => `${shard}:${revision}`)
      .sort()
      .join(',');

  function eventTransaction(strategyId: string, event: NewHistoryEvent) {
    const id = randomUUID();
    const subject = event.actionId ? keys.actionSubject(event.actionId) : keys.roundSubject(event.roundId ?? 'unknown');
    return HistoryEventEntity.build(PutTransaction)
      .item({
        subject,
        eventKey: eventKeyOf({ at: event.at, id }),
        strategyId,
        id,
        at: event.at,
        type: event.type,
        ...(event.actionId ? { actionId: event.actionId } : {}),
        ...(event.country ? { country: event.country } : {}),
        ...(event.roundId ? { roundId: event.roundId } : {}),
        actorId: event.author.id,
        actorRole: event.author.role,
        actorName: event.author.name,
        before: event.before ?? null,
        after: event.after ?? null,
        ...(event.note ? { note: event.note } : {}),
      })
      .options({ condition: { attr: 'id', exists: false } });
  }

  function idempotencyTransaction(idempotency: Idempotency) {
    return MutationEntity.build(PutTransaction)
      .item({
        key: idempotency.key,
        mutation: idempotency.mutation,
        result: idempotency.result,
        expiresAt: Math.floor(clock().getTime() / 1000) + IDEMPOTENCY_DAYS * 86_400,
      })
      .options({ condition: { attr: 'key', exists: false } });
  }

  /**
   * Runs a transaction whose items each carry a condition; when DynamoDB cancels it, names the
   * condition that failed (by the position of its item) so the API can answer precisely.
   */
  async function transact(
    strategyId: string,
    subject: string,
    writes: { transaction: Parameters<typeof execute>[number]; rejection: RejectionReason | null }[],
  ): Promise<void> {
    const items = [...writes, revisionTransaction(strategyId, subject)];
    const revisionIndex = items.length - 1;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await execute(...(items.map((item) => item.transaction) as Parameters<typeof execute>));
        return;
      } catch (error) {
        const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
        // Two writes to different items met only on the shared revision shard: not a
        // conflict for the person writing, so the transaction runs again.
        const lostRevisionRace =
          reasons?.[revisionIndex]?.Code === 'TransactionConflict' &&
          reasons.every((reason, index) => index === revisionIndex || !reason.Code || reason.Code === 'None');
        if (lostRevisionRace && attempt < REVISION_RACE_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
          continue;
        }
        throw rejectionOf(error, items);
      }
    }
  }

  /** Names the condition that made DynamoDB cancel the transaction, by its item's position. */
  function rejectionOf(error: unknown, items: { rejection: RejectionReason | null }[]): unknown {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
    if (!reasons) return error;
    // The idempotency record is checked first: a repeated mutation is not a conflict.
    const failed = items
      .map((item, index) => ({ ...item, code: reasons[index]?.Code }))
      .filter((item) => item.code === 'ConditionalCheckFailed' && item.rejection);
    const repeated = failed.find((item) => item.rejection === 'REPEATED_MUTATION');
    const rejection = (repeated ?? failed[0])?.rejection;
    if (rejection) return new WriteRejected(rejection);
    // Another transaction was writing the same items at the same moment: the caller read a
    // version that is about to be stale, which is a conflict like any other.
    if (reasons.some((reason) => reason.Code === 'TransactionConflict')) return new WriteRejected('STALE_VERSION');
    return error;
  }


  const withIdempotency = (idempotency: Idempotency | undefined) =>
    idempotency ? [{ transaction: idempotencyTransaction(idempotency), rejection: 'REPEATED_MUTATION' as const }] : [];


  async function getStrategy(strategyId: string): Promise<StrategyRecord | undefined> {
    const { Item } = await StrategyEntity.build(GetItemCommand).key({ id: strategyId }).options({ consistent: true }).send();
    return Item as StrategyRecord | undefined;
  }

  async function listActions(strategyId: string): Promise<ActionRecord[]> {
    const { Items = [] } = await table
      .build(QueryCommand)
      .entities(ActionEntity)
      .query({ partition: keys.strategy(strategyId), range: { beginsWith: 'ACTION#' } })
      .options({ consistent: true, maxPages: Infinity })
      .send();
    return Items as ActionRecord[];
  }

  const toEventRecord = ({ subject: _subject, eventKey: _eventKey, ...event }: Record<string, unknown>) =>
    event as unknown as HistoryEventRecord;

  async function changesPage(
    strategyId: string,
    range: { from: string; to: string },
    page: { limit?: number; after?: string },
  ): Promise<HistoryPage> {
    // Event keys are `<at>#<id>`: between [from, to] holds exactly from ≤ at < to, and a cursor
    // followed by `~` (after every character of a key) starts just past that event.
    const lower = page.after ? `${page.after}~` : range.from;
    const { Items = [], LastEvaluatedKey } = await table
      .build(QueryCommand)
      .entities(HistoryEventEntity)
      .query({ index: 'GSI1', partition: `${keys.strategy(strategyId)}#EVENTS`, range: { between: [lower, range.to] } })
      .options({ ...(page.limit ? { limit: page.limit } : { maxPages: Infinity }) })
      .send();
    const events = Items.map(toEventRecord);
    const last = events.at(-1);
    return { events, ...(LastEvaluatedKey && last ? { nextCursor: eventKeyOf(last) } : {}) };
  }

  return {
    getStrategy,
    listActions,

    async getAction(strategyId, actionId) {
      const { Item } = await ActionEntity.build(GetItemCommand).key({ strategyId, id: actionId }).options({ consistent: true }).send();
      return Item as ActionRecord | undefined;
    },

    async strategyState(strategyId) {
      const { Items = [] } = await table
        .build(QueryCommand)
        .entities(StrategyEntity, ActionEntity, ReportEntity, RoundEntity, RevisionEntity)
        .query({ partition: keys.strategy(strategyId) })
        .options({ consistent: true, maxPages: Infinity, showEntityAttr: true })
        .send();
      const byEntity = (name: string) => Items.filter((item) => (item as { entity?: string }).entity === name).map(({ entity: _entity, ...item }) => item);
      const [strategy] = byEntity('Strategy') as unknown as StrategyRecord[];
      if (!strategy) return undefined;
      return {
        strategy,
        actions: (byEntity('Action') as unknown as ActionRecord[]).sort((a, b) => compareRefs(a.ref, b.ref)),
        reports: byEntity('MemberStateReport') as unknown as ReportRecord[],
        rounds: byEntity('ReportingRound') as unknown as RoundRecord[],
        revision: revisionOf(byEntity('Revision') as unknown as { shard: string; revision: number }[]),
      };
    },

    async strategyRevision(strategyId) {
      const { Items = [] } = await table
        .build(QueryCommand)
        .entities(RevisionEntity)
        .query({ partition: keys.strategy(strategyId), range: { beginsWith: 'REV#' } })
        .options({ consistent: true })
        .send();
      return revisionOf(Items);
    },

    async actionHistory(actionId, { limit, after }) {
      const { Items = [], LastEvaluatedKey } = await table
        .build(QueryCommand)
        .entities(HistoryEventEntity)
        .query({ partition: keys.actionSubject(actionId), range: after ? { between: ['EVENT#', `EVENT#${after}`] } : { beginsWith: 'EVENT#' } })
        .options({ reverse: true, limit: limit + (after ? 1 : 0), consistent: true })
        .send();
      // `between` includes the cursor's own event; it was on the previous page.
      const events = Items.filter((item) => item.eventKey !== after).slice(0, limit).map(toEventRecord);
      const last = events.at(-1);
      return { events, ...(LastEvaluatedKey && last ? { nextCursor: eventKeyOf(last) } : {}) };
    },

    changes: (strategyId, { from, to, limit, after }) => changesPage(strategyId, { from, to }, { limit, after }),

    async countChanges(strategyId, { from, to }) {
      const { Count = 0 } = await table
        .build(QueryCommand)
        .query({ index: 'GSI1', partition: `${keys.strategy(strategyId)}#EVENTS`, range: { between: [from, to] } })
        .options({ select: 'COUNT', maxPages: Infinity })
        .send();
      return Count;
    },

    async eventsBefore(strategyId, until) {
      return (await changesPage(strategyId, { from: '0', to: until }, {})).events;
    },


    async getReport(strategyId, actionId, country) {
      const { Item } = await ReportEntity.build(GetItemCommand).key({ strategyId, actionId, country }).options({ consistent: true }).send();
      return Item as ReportRecord | undefined;
    },


    async getRound(strategyId, roundId) {
      const { Item } = await RoundEntity.build(GetItemCommand).key({ strategyId, id: roundId }).options({ consistent: true }).send();
      return Item as RoundRecord | undefined;
    },

    async mutationResult(key) {
      const { Item } = await MutationEntity.build(GetItemCommand).key({ key }).options({ consistent: true }).send();
      return Item ? { mutation: Item.mutation, result: Item.result } : undefined;
    },

    async saveActionChange({ strategyId, actionId, expectedVersion, patch, event, idempotency }) {
      await transact(strategyId, keys.actionSubject(actionId), [
        ...withIdempotency(idempotency),
        {
          transaction: ActionEntity.build(UpdateTransaction)
            .item({ strategyId, id: actionId, ...toUpdate(patch), version: $add(1) })
            .options({ condition: { attr: 'version', eq: expectedVersion } }),
          rejection: 'STALE_VERSION',
        },
        { transaction: eventTransaction(strategyId, event), rejection: null },
      ]);
    },

    async saveReport({ report, expectedVersion, requireOpenRound, event, idempotency }) {
      await transact(report.strategyId, `${keys.actionSubject(report.actionId)}#${report.country}`, [
        ...withIdempotency(idempotency),
        {
          transaction: ReportEntity.build(PutTransaction)
            .item(report)
            .options({
              condition: expectedVersion === null ? { attr: 'version', exists: false } : { attr: 'version', eq: expectedVersion },
            }),
          rejection: 'STALE_VERSION',
        },
        ...(requireOpenRound
          ? [
              {
                transaction: StrategyEntity.build(ConditionCheck)
                  .key({ id: report.strategyId })
                  .condition({ attr: 'openRoundId', eq: requireOpenRound }),
                rejection: 'ROUND_NOT_OPEN' as const,
              },
            ]
          : []),
        { transaction: eventTransaction(report.strategyId, event), rejection: null },
      ]);
    },

    async openRound({ round, event, idempotency }) {
      await transact(round.strategyId, keys.roundSubject(round.id), [
        ...withIdempotency(idempotency),
        {
          transaction: StrategyEntity.build(UpdateTransaction)
            .item({ id: round.strategyId, openRoundId: round.id })
            .options({ condition: { attr: 'openRoundId', exists: false } }),
          rejection: 'ROUND_ALREADY_OPEN',
        },
        { transaction: RoundEntity.build(PutTransaction).item(round), rejection: null },
        { transaction: eventTransaction(round.strategyId, event), rejection: null },
      ]);
    },

    async closeRound({ round, event, idempotency }) {
      await transact(round.strategyId, keys.roundSubject(round.id), [
        ...withIdempotency(idempotency),
        {
          transaction: StrategyEntity.build(UpdateTransaction)
            .item({ id: round.strategyId, openRoundId: $remove() })
            .options({ condition: { attr: 'openRoundId', eq: round.id } }),
          rejection: 'ROUND_NOT_OPEN',
        },
        {
          transaction: RoundEntity.build(PutTransaction).item(round).options({ condition: { attr: 'open', eq: true } }),
          rejection: 'ROUND_NOT_OPEN',
        },
        { transaction: eventTransaction(round.strategyId, event), rejection: null },
      ]);
    },

    async syncCatalogue(strategy, actions, author: ChangeAuthor): Promise<CatalogueSyncResult> {
      const existingStrategy = await getStrategy(strategy.id);
      const { version: _version, openRoundId: _openRoundId, ...storedStrategy } = existingStrategy ?? { version: 0 };
      const strategyChanged = !existingStrategy || !sameValue(storedStrategy, strategy);
      if (strategyChanged) {
        await transact(strategy.id, keys.strategy(strategy.id), [
          {
            transaction: StrategyEntity.build(PutTransaction).item({
              ...strategy,
              version: (existingStrategy?.version ?? 0) + 1,
              ...(existingStrategy?.openRoundId ? { openRoundId: existingStrategy.openRoundId } : {}),
            }),
            rejection: null,
          },
        ]);
      }

      const existingById = new Map((await listActions(strategy.id)).map((action) => [action.id, action]));
      const result: CatalogueSyncResult = { created: 0, corrected: 0, unchanged: 0, strategyChanged };
      for (const incoming of actions) {
        const existing = existingById.get(incoming.id);
        if (!existing) {
          await transact(strategy.id, keys.actionSubject(incoming.id), [
            {
              transaction: ActionEntity.build(PutTransaction)
                .item({ ...incoming, strategyId: strategy.id })
                .options({ condition: { attr: 'id', exists: false } }),
              rejection: 'STALE_VERSION',
            },
          ]);
          result.created += 1;
          continue;
        }
        const differences = catalogueDifferences(existing, incoming);
        if (!differences) {
          result.unchanged += 1;
          continue;
        }
        await transact(strategy.id, keys.actionSubject(incoming.id), [
          {
            transaction: ActionEntity.build(UpdateTransaction)
              .item({ strategyId: strategy.id, id: incoming.id, ...toUpdate(differences.after), version: $add(1) })
              .options({ condition: { attr: 'version', eq: existing.version } }),
            rejection: 'STALE_VERSION',
          },
          {
            transaction: eventTransaction(strategy.id, {
              type: 'CATALOGUE_CORRECTED',
              at: clock().toISOString(),
              actionId: incoming.id,
              author,
              before: { ...differences.before, version: existing.version },
              after: { ...differences.after, version: existing.version + 1 },
              note: 'The strategy catalogue was corrected.',
            }),
            rejection: null,
          },
        ]);
        result.corrected += 1;
      }
      return result;
    },
  };
}
