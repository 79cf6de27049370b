import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetItemCommand, PutItemCommand, QueryCommand, $add, $remove } from 'dynamodb-toolbox';
import { PutTransaction } from 'dynamodb-toolbox/entity/actions/transactPut';
import { UpdateTransaction } from 'dynamodb-toolbox/entity/actions/transactUpdate';
import { execute } from 'dynamodb-toolbox/entity/actions/transactWrite';
import { createEntities, createTable, keys } from './entities.js';
import type {
  ActionRecord,
  CatalogueFields,
  CatalogueSyncResult,
  ChangeAuthor,
  HistoryEventRecord,
  Store,
  StrategyRecord,
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

export function createDynamoStore({ documentClient, tableName, clock = () => new Date() }: DynamoStoreOptions): Store {
  const table = createTable(documentClient, tableName);
  const { StrategyEntity, ActionEntity, HistoryEventEntity } = createEntities(table);

  async function listActions(strategyId: string): Promise<ActionRecord[]> {
    const { Items = [] } = await table
      .build(QueryCommand)
      .entities(ActionEntity)
      .query({ partition: keys.strategy(strategyId), range: { beginsWith: 'ACTION#' } })
      .options({ consistent: true, maxPages: Infinity })
      .send();
    return Items as ActionRecord[];
  }

  async function getStrategy(strategyId: string): Promise<StrategyRecord | undefined> {
    const { Item } = await StrategyEntity.build(GetItemCommand).key({ id: strategyId }).options({ consistent: true }).send();
    return Item as StrategyRecord | undefined;
  }

  return {
    getStrategy,

    listActions,

    async getAction(strategyId, actionId) {
      const { Item } = await ActionEntity.build(GetItemCommand)
        .key({ strategyId, id: actionId })
        .options({ consistent: true })
        .send();
      return Item as ActionRecord | undefined;
    },

    async actionHistory(actionId, { limit, after }) {
      const { Items = [], LastEvaluatedKey } = await table
        .build(QueryCommand)
        .entities(HistoryEventEntity)
        .query({ partition: `ACTION#${actionId}`, range: { beginsWith: 'EVENT#', ...(after ? { lt: `EVENT#${after}` } : {}) } })
        .options({ reverse: true, limit, consistent: true })
        .send();
      const events = Items.map(({ eventKey: _eventKey, GSI1PK: _pk, GSI1SK: _sk, ...event }) => event as HistoryEventRecord);
      const last = Items.at(-1);
      return { events, ...(LastEvaluatedKey && last ? { nextCursor: last.eventKey } : {}) };
    },

    async syncCatalogue(strategy, actions, author: ChangeAuthor): Promise<CatalogueSyncResult> {
      const existingStrategy = await getStrategy(strategy.id);
      const { version: _version, ...storedStrategy } = existingStrategy ?? { version: 0 };
      const strategyChanged = !existingStrategy || !sameValue(storedStrategy, strategy);
      if (strategyChanged) {
        await StrategyEntity.build(PutItemCommand)
          .item({ ...strategy, version: (existingStrategy?.version ?? 0) + 1 })
          .send();
      }

      const existingById = new Map((await listActions(strategy.id)).map((action) => [action.id, action]));
      const result: CatalogueSyncResult = { created: 0, corrected: 0, unchanged: 0, strategyChanged };
      for (const incoming of actions) {
        const existing = existingById.get(incoming.id);
        if (!existing) {
          await ActionEntity.build(PutItemCommand)
            .item({ ...incoming, strategyId: strategy.id })
            .options({ condition: { attr: 'id', exists: false } })
            .send();
          result.created += 1;
          continue;
        }
        const differences = catalogueDifferences(existing, incoming);
        if (!differences) {
          result.unchanged += 1;
          continue;
        }
        const at = clock().toISOString();
        const eventId = randomUUID();
        const changedFields = Object.fromEntries(
          Object.entries(differences.after).map(([field, value]) => [field, value === null ? $remove() : value]),
        );
        await execute(
          ActionEntity.build(UpdateTransaction)
            .item({ strategyId: strategy.id, id: incoming.id, ...changedFields, version: $add(1) })
            .options({ condition: { attr: 'version', eq: existing.version } }),
          HistoryEventEntity.build(PutTransaction).item({
            actionId: incoming.id,
            eventKey: `${at}#${eventId}`,
            strategyId: strategy.id,
            id: eventId,
            at,
            type: 'CATALOGUE_CORRECTED',
            actorId: author.id,
            actorRole: author.role,
            actorName: author.name,
            before: differences.before,
            after: differences.after,
            note: 'The strategy catalogue was corrected.',
          }),
        );
        result.corrected += 1;
      }
      return result;
    },
  };
}
