import { randomUUID } from 'node:crypto';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { catalogueRecords, loadCatalogue } from '../../functions/store/catalogue-load.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import { ensureTable } from '../../functions/store/table-admin.js';
import type { Store } from '../../functions/store/store.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';

const tableName = `catalogue-${randomUUID()}`;
const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
const documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
let store: Store;

const itemCount = async () => (await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT' }))).Count;
const strategyId = catalogue.strategy.id;

beforeAll(async () => {
  await ensureTable(client, tableName);
  store = createDynamoStore({ documentClient, tableName });
});
afterAll(() => client.destroy());

describe('loading the catalogue', () => {
  it('creates the strategy and every action on first load', async () => {
    const result = await loadCatalogue(store, catalogue);
    expect(result).toEqual({ created: catalogue.actions.length, corrected: 0, unchanged: 0, strategyChanged: true });
    expect(await store.listActions(strategyId)).toHaveLength(catalogue.actions.length);
    expect(await store.getStrategy(strategyId)).toMatchObject({ reference: 'JOIN(2013) 1', version: 1 });
  });

  it('changes nothing when loaded again', async () => {
    const before = await itemCount();
    const revision = await store.readRevision(strategyId);
    const result = await loadCatalogue(store, catalogue);
    expect(result).toEqual({ created: 0, corrected: 0, unchanged: catalogue.actions.length, strategyChanged: false });
    expect(await itemCount()).toBe(before);
    expect(await store.readRevision(strategyId)).toEqual(revision);
    expect((await store.getAction(strategyId, '2.1-01'))?.version).toBe(1);
  });

  it('corrects catalogue fields with a history event, and never touches status or progress', async () => {
    // Someone has been tracking 2.1-04 when a typo in its text is corrected in the catalogue.
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { PK: `STRATEGY#${strategyId}`, SK: 'ACTION#2.1-04' },
        UpdateExpression: 'SET #status = :status, progress = :progress',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': 'IN_PROGRESS', ':progress': 40 },
      }),
    );
    const original = (await store.getAction(strategyId, '2.1-04'))!;
    const corrected = structuredClone(catalogue);
    const target = corrected.actions.find((action) => action.ref === '2.1-04')!;
    target.text = `${target.text} (corrected)`;

    const result = await loadCatalogue(store, corrected);
    expect(result).toMatchObject({ created: 0, corrected: 1, unchanged: catalogue.actions.length - 1 });

    const after = (await store.getAction(strategyId, '2.1-04'))!;
    expect(after).toMatchObject({ text: target.text, status: 'IN_PROGRESS', progress: 40, version: original.version + 1 });
    const { events } = await store.actionHistory('2.1-04', { limit: 10 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'CATALOGUE_CORRECTED',
      actionId: '2.1-04',
      actorId: 'system:catalogue',
      before: { text: original.text },
      after: { text: target.text },
    });
  });

  it('adds an action that a corrected catalogue gains, leaving the others alone', async () => {
    const extended = structuredClone(catalogue);
    const last = extended.actions.at(-1)!;
    extended.actions.push({ ...last, ref: '4-02', text: 'A further commitment.' });
    const { actions } = catalogueRecords(extended);
    const result = await store.syncCatalogue(catalogueRecords(extended).strategy, actions, {
      id: 'system:catalogue',
      role: 'SYSTEM',
      name: 'Strategy catalogue',
    });
    expect(result.created).toBe(1);
    expect((await store.getAction(strategyId, '4-02'))?.status).toBe('NOT_STARTED');
  });
});

/**
 * A catalogue load (a deployment) while a coordinator opens or closes a round: the load reads
 * the strategy record, the coordinator writes it, then the load writes it. The interleaving is
 * made exact by holding the load's read until the coordinator's write is done.
 */
describe('a catalogue load racing a coordinator', () => {
  const raceTable = `catalogue-race-${randomUUID()}`;
  const raceClient = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  /** Runs once, after the load's read of the strategy record has returned and before the load goes on. */
  let afterStrategyRead: (() => Promise<void>) | undefined;
  raceClient.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const hook = afterStrategyRead;
      if (hook && String(context.commandName).startsWith('GetItem') && JSON.stringify(args.input).includes('"STRATEGY"')) {
        afterStrategyRead = undefined;
        await hook();
      }
      return result;
    },
    { step: 'initialize', name: 'raceProbe' },
  );
  const loading = createDynamoStore({
    documentClient: DynamoDBDocumentClient.from(raceClient, { marshallOptions: { removeUndefinedValues: true } }),
    tableName: raceTable,
  });
  let coordinatorStore: Store;
  const author = { id: 'coordinator', role: 'COORDINATOR', name: 'Commission coordinator' };
  const round = { strategyId, id: 'round-race', name: 'Race', opens: '2013-11-25', closes: '2013-12-09', open: true };
  const retitled = (title: string) => {
    const changed = structuredClone(catalogue);
    changed.strategy.title = title;
    return changed;
  };

  beforeAll(async () => {
    await ensureTable(client, raceTable);
    coordinatorStore = createDynamoStore({ documentClient, tableName: raceTable });
    await loadCatalogue(coordinatorStore, catalogue);
  });
  afterAll(() => raceClient.destroy());

  it('keeps a round that was opened between its read and its write', async () => {
    afterStrategyRead = () =>
      coordinatorStore.openRound({ round, event: { type: 'ROUND_OPENED', at: '2013-11-25T08:00:00.000Z', roundId: round.id, author, after: round } });
    const result = await loadCatalogue(loading, retitled('An Open, Safe and Secure Cyberspace (corrected)'));
    expect(afterStrategyRead).toBeUndefined();
    expect(result.strategyChanged).toBe(true);
    expect(await coordinatorStore.getStrategy(strategyId)).toMatchObject({
      title: 'An Open, Safe and Secure Cyberspace (corrected)',
      openRoundId: round.id,
    });
  });

  it('does not bring back a round that was closed between its read and its write', async () => {
    const closed = { ...round, open: false, closedAt: '2013-12-09T18:00:00.000Z' };
    afterStrategyRead = () =>
      coordinatorStore.closeRound({
        round: closed,
        event: { type: 'ROUND_CLOSED', at: closed.closedAt, roundId: round.id, author, after: { open: false } },
      });
    await loadCatalogue(loading, retitled('An Open, Safe and Secure Cyberspace'));
    expect(afterStrategyRead).toBeUndefined();
    const stored = await coordinatorStore.getStrategy(strategyId);
    expect(stored?.title).toBe('An Open, Safe and Secure Cyberspace');
    expect(stored?.openRoundId).toBeUndefined();
    // A new round can be opened: the closed one is not held open by a stale load.
    await coordinatorStore.openRound({
      round: { ...round, id: 'round-next' },
      event: { type: 'ROUND_OPENED', at: '2013-12-10T08:00:00.000Z', roundId: 'round-next', author, after: { ...round, id: 'round-next' } },
    });
  });

  it('loses nothing when two loads write at once: the later one reads again', async () => {
    const before = (await coordinatorStore.getStrategy(strategyId))!;
    afterStrategyRead = async () => {
      await loadCatalogue(coordinatorStore, retitled('First load'));
    };
    const result = await loadCatalogue(loading, retitled('Second load'));
    expect(result.strategyChanged).toBe(true);
    expect(await coordinatorStore.getStrategy(strategyId)).toMatchObject({
      title: 'Second load',
      version: before.version + 2,
      openRoundId: 'round-next',
    });
  });
});
