import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayHistory } from '../../functions/domain/replay.js';
import type { ActionRecord, ReportRecord, RoundRecord } from '../../functions/store/store.js';
import { catalogueBaseline } from '../../functions/store/past-state.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import {
  CLOSE_ROUND,
  OPEN_ROUND,
  REVIEW_REPORT,
  REVISE_DEADLINE,
  SUBMIT_REPORT,
  UPDATE_ACTION,
  clientFor,
  errorCodes,
  readAction,
  type Client,
} from '../support/api.js';

let now = new Date('2013-03-01T09:00:00Z');
let server: TestServer;
let coordinator: Client;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
});
afterAll(() => server.close());

describe('a race for the same version', () => {
  it('lets exactly one of 30 parallel updates win; the rest get CONFLICT; history grows by one', async () => {
    const before = await readAction(coordinator, '2.2-01');
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        coordinator.call<{ updateAction: { progress: number } }>(UPDATE_ACTION, {
          input: { actionId: '2.2-01', progress: index + 1, expectedVersion: before.version },
        }),
      ),
    );
    const winners = responses.filter((response) => !response.errors);
    expect(winners).toHaveLength(1);
    expect(responses.filter((response) => errorCodes(response)[0] === 'CONFLICT')).toHaveLength(29);
    const after = await readAction(coordinator, '2.2-01');
    expect(after.version).toBe(before.version + 1);
    expect(after.progress).toBe(winners[0]!.data!.updateAction.progress);
    expect(after.history.edges).toHaveLength(before.history.edges.length + 1);
  });
});

describe('atomicity under failure', () => {
  afterAll(() => {
    server.probe.beforeSend = undefined;
  });

  it('writes neither the action nor its history when DynamoDB rejects the history event of the transaction', async () => {
    const before = await readAction(coordinator, '2.2-02');
    server.probe.beforeSend = (command) => {
      if (!command.name.startsWith('TransactWrite')) return;
      const items = command.input['TransactItems'] as { Put?: { TableName: string; Item: Record<string, unknown> } }[];
      const eventPut = items.find((item) => JSON.stringify(item.Put?.Item ?? {}).includes('HistoryEvent'));
      // The second item of the transaction points at a table that does not exist.
      if (eventPut?.Put) eventPut.Put.TableName = 'no-such-table';
    };
    const response = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.2-02', progress: 50, expectedVersion: before.version } });
    server.probe.beforeSend = undefined;
    expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(response.errors)).not.toMatch(/no-such-table|Transact|stack/i);
    expect(await readAction(coordinator, '2.2-02')).toEqual(before);
  });

  it('writes nothing when the connection fails while sending the transaction', async () => {
    const before = await readAction(coordinator, '2.2-02');
    server.probe.beforeSend = (command) => {
      if (command.name.startsWith('TransactWrite')) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    };
    const response = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.2-02', progress: 50, expectedVersion: before.version } });
    server.probe.beforeSend = undefined;
    expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(await readAction(coordinator, '2.2-02')).toEqual(before);
  });

  it('answers SERVICE_UNAVAILABLE, not CONFLICT, when a write keeps losing its turn on the revision shard alone, and writes nothing', async () => {
    const before = await readAction(coordinator, '2.2-02');
    let tries = 0;
    server.probe.beforeSend = (command) => {
      if (!command.name.startsWith('TransactWrite')) return;
      tries += 1;
      // DynamoDB's answer when another transaction held the revision shard (its change list is the last item) and nothing else.
      const items = command.input['TransactItems'] as unknown[];
      const CancellationReasons = items.map((_, index) => ({ Code: index === items.length - 1 ? 'TransactionConflict' : 'None' }));
      throw Object.assign(new Error('Transaction cancelled'), { name: 'TransactionCanceledException', CancellationReasons });
    };
    const response = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.2-02', progress: 50, expectedVersion: before.version } });
    server.probe.beforeSend = undefined;
    expect(tries).toBeGreaterThan(1);
    expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(response.errors?.[0]?.extensions?.['retryable']).toBe(true);
    expect(await readAction(coordinator, '2.2-02')).toEqual(before);
  });

  it('answers SERVICE_UNAVAILABLE when DynamoDB throttles past the SDK’s retries', async () => {
    server.probe.beforeSend = (command) => {
      if (command.name.startsWith('TransactWrite')) throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    };
    const before = await readAction(coordinator, '2.2-02');
    const response = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.2-02', progress: 50, expectedVersion: before.version } });
    server.probe.beforeSend = undefined;
    expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(response.errors)).not.toMatch(/Rate exceeded|Throttling/);
    expect(await readAction(coordinator, '2.2-02')).toEqual(before);
  });
});

/** One write of a random sequence: valid or not, allowed or not, each goes through the API. */
const writeArbitrary = fc.oneof(
  fc.record({
    kind: fc.constant('update' as const),
    actionId: fc.constantFrom('2.1-01', '2.1-04', '2.1-10', '2.4-02', '4-01'),
    status: fc.option(fc.constantFrom('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DISCONTINUED', 'ONGOING'), { nil: undefined }),
    progress: fc.option(fc.integer({ min: -5, max: 105 }), { nil: undefined }),
    note: fc.option(fc.oneof(fc.constant(null), fc.string({ maxLength: 20 })), { nil: undefined }),
    evidence: fc.option(fc.constantFrom([], ['https://europa.eu/a'], ['ftp://x']), { nil: undefined }),
    forecastDate: fc.option(fc.oneof(fc.constant(null), fc.constantFrom('2013-12-31', '2014-06-30')), { nil: undefined }),
    declaredHealth: fc.option(fc.oneof(fc.constant(null), fc.constantFrom('ON_TRACK', 'AT_RISK')), { nil: undefined }),
    stale: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('revise' as const),
    actionId: fc.constantFrom('2.1-04', '2.4-02'),
    date: fc.constantFrom('2014-03-31', '2014-06-30', '2014-09-30'),
  }),
  fc.record({ kind: fc.constant('open' as const) }),
  fc.record({ kind: fc.constant('close' as const) }),
  fc.record({
    kind: fc.constant('report' as const),
    country: fc.constantFrom('FR', 'DE', 'HR'),
    status: fc.constantFrom('PLANNED', 'IN_PROGRESS', 'COMPLETED'),
  }),
  fc.record({ kind: fc.constant('review' as const), country: fc.constantFrom('FR', 'DE', 'HR'), decision: fc.constantFrom('ACCEPT', 'RETURN') }),
);
type WriteSpec = typeof writeArbitrary extends fc.Arbitrary<infer T> ? T : never;

async function perform(write: WriteSpec): Promise<void> {
  const action = write.kind === 'update' || write.kind === 'revise' ? await readAction(coordinator, write.actionId) : undefined;
  switch (write.kind) {
    case 'update': {
      const { stale, evidence, ...fields } = write;
      await coordinator.call(UPDATE_ACTION, {
        input: {
          actionId: fields.actionId,
          expectedVersion: action!.version - (stale ? 1 : 0),
          ...(fields.status !== undefined ? { status: fields.status } : {}),
          ...(fields.progress !== undefined ? { progress: fields.progress } : {}),
          ...(fields.note !== undefined ? { note: fields.note } : {}),
          ...(evidence !== undefined ? { evidenceUrls: evidence } : {}),
          ...(fields.forecastDate !== undefined ? { forecastDate: fields.forecastDate } : {}),
          ...(fields.declaredHealth !== undefined ? { declaredHealth: fields.declaredHealth } : {}),
        },
      });
      return;
    }
    case 'revise':
      await coordinator.call(REVISE_DEADLINE, {
        input: { actionId: write.actionId, date: write.date, reason: 'Replanned.', expectedVersion: action!.version },
      });
      return;
    case 'open':
      await coordinator.call(OPEN_ROUND, { input: { name: 'Round', closes: '2099-12-31' } });
      return;
    case 'close': {
      const rounds = await coordinator.call<{ reportingRounds: { id: string; open: boolean }[] }>('{ reportingRounds { id open } }');
      const open = rounds.data?.reportingRounds.find((round) => round.open);
      if (open) await coordinator.call(CLOSE_ROUND, { id: open.id });
      return;
    }
    case 'report': {
      const contact = await clientFor(server, `contact-${write.country.toLowerCase()}`);
      const current = (await readAction(coordinator, '2.1-10')).memberStateReports.find((report) => report.country === write.country);
      await contact.call(SUBMIT_REPORT, {
        input: { actionId: '2.1-10', country: write.country, status: write.status, ...(current ? { expectedVersion: current.version } : {}) },
      });
      return;
    }
    case 'review': {
      const current = (await readAction(coordinator, '2.1-10')).memberStateReports.find((report) => report.country === write.country);
      if (!current) return;
      await coordinator.call(REVIEW_REPORT, {
        input: { actionId: '2.1-10', country: write.country, decision: write.decision, comment: 'See note.', expectedVersion: current.version },
      });
      return;
    }
  }
}

const withoutStrategyId = <T extends { strategyId: string }>({ strategyId: _strategyId, ...rest }: T) => rest;

describe('history is the truth', () => {
  it('rebuilds today’s state exactly by replaying every event from the catalogue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(writeArbitrary, fc.integer({ min: 1, max: 3000 })), { minLength: 1, maxLength: 12 }), async (writes) => {
        for (const [write, minutes] of writes) {
          now = new Date(now.getTime() + minutes * 60_000);
          await perform(write);
        }
        const current = (await server.store.strategyState('eu-cybersecurity-2013'))!;
        const events = await server.store.eventsBefore('eu-cybersecurity-2013', '9999-01-01T00:00:00.000Z');
        const replayed = replayHistory<ActionRecord, Omit<ReportRecord, 'strategyId'>, Omit<RoundRecord, 'strategyId'>>(
          { actions: current.actions.map(catalogueBaseline) },
          events,
          '9999-01-01T00:00:00.000Z',
        );
        const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
        // Replay also derives each action's deadline in force; the stored record keeps only its parts.
        const replayedActions = replayed.actions as (ActionRecord & { deadline?: string })[];
        expect(byId(replayedActions.map(({ deadline: _derived, ...action }) => action))).toEqual(byId(current.actions));
        const reportKey = (report: { actionId: string; country: string }) => `${report.actionId}#${report.country}`;
        expect([...replayed.reports].sort((a, b) => reportKey(a).localeCompare(reportKey(b)))).toEqual(
          current.reports.map(withoutStrategyId).sort((a, b) => reportKey(a).localeCompare(reportKey(b))),
        );
        expect(byId(replayed.rounds)).toEqual(byId(current.rounds.map(({ frozenCoverage: _frozen, ...round }) => withoutStrategyId(round))));
      }),
      { numRuns: 15 },
    );
  });
});
