import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WriteRejected } from '../../functions/store/store.js';
import { CLOSE_ROUND, OPEN_ROUND, SUBMIT_REPORT, UPDATE_ACTION, clientFor, errorCodes, readAction, type Client } from '../support/api.js';
import { startTestServer, type SentCommand, type TestServer } from '../support/local-server.js';

/**
 * Closing a round freezes its coverage and a snapshot from the state it read. A write that
 * lands between that read and the close's own transaction must not be left out of them: the
 * close is conditional on the strategy's revision, and reads again. The interleaving is made
 * exact by holding the close's transaction until the other request has been answered.
 */
const now = new Date('2013-11-15T09:00:00Z');
let server: TestServer;
let coordinator: Client;
let france: Client;
let germany: Client;
let viewer: Client;

const ROUNDS = '{ reportingRounds { id open coverage { reported byCountry { country reported } } } }';
const SNAPSHOTS = '{ snapshots(first: 100) { edges { node { id trigger round { id open } } } } }';
const SNAPSHOT_COVERAGE = 'query Frozen($id: ID!) { dashboard(snapshotId: $id) { coverage { roundId reported byCountry { country reported } } } }';

type Rounds = {
  reportingRounds: { id: string; open: boolean; coverage: { reported: number; byCountry: { country: string; reported: number }[] } }[];
};
type Snapshots = { snapshots: { edges: { node: { id: string; trigger: string; round: { id: string; open: boolean } | null } }[] } };
type FrozenCoverage = { dashboard: { coverage: { roundId: string; reported: number; byCountry: { country: string; reported: number }[] } } };

const isClosing = (command: SentCommand) => command.name.startsWith('TransactWrite') && JSON.stringify(command.input).includes('ROUND_CLOSED');

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  [coordinator, france, germany, viewer] = await Promise.all([
    clientFor(server, 'coordinator'),
    clientFor(server, 'contact-fr'),
    clientFor(server, 'contact-de'),
    clientFor(server, 'viewer'),
  ]);
});
afterAll(() => server.close());

async function openRoundWithFrance(name: string): Promise<string> {
  const opened = await coordinator.call<{ openReportingRound: { id: string } }>(OPEN_ROUND, { input: { name, closes: '2013-11-30' } });
  expect(opened.errors).toBeUndefined();
  const previous = (await readAction(coordinator, '2.1-10')).memberStateReports.find((report) => report.country === 'FR');
  const report = await france.call(SUBMIT_REPORT, {
    input: { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS', ...(previous ? { expectedVersion: previous.version } : {}) },
  });
  expect(report.errors).toBeUndefined();
  return opened.data!.openReportingRound.id;
}

const reportedBy = (byCountry: { country: string; reported: number }[], country: string) =>
  byCountry.find((row) => row.country === country)?.reported;

describe('closing a round while a report comes in', () => {
  it('freezes the report that was submitted between its read and its write, in the round and in the closing snapshot', async () => {
    const roundId = await openRoundWithFrance('First');
    const closings: SentCommand[] = [];
    let injected: Awaited<ReturnType<Client['call']>> | undefined;
    server.probe.beforeSend = async (command) => {
      if (!isClosing(command)) return;
      closings.push(command);
      if (injected) return;
      // The close has read the state and computed its figures: Germany reports now.
      injected = await germany.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'DE', status: 'COMPLETED' } });
    };
    const closed = await coordinator.call<{ closeReportingRound: { open: boolean; coverage: { reported: number } } }>(CLOSE_ROUND, { id: roundId });
    server.probe.beforeSend = undefined;

    expect(injected?.errors).toBeUndefined();
    expect(closed.errors).toBeUndefined();
    // The first transaction was refused (the strategy had moved on); the second, from a fresh read, was written.
    expect(closings).toHaveLength(2);
    expect(closed.data?.closeReportingRound).toMatchObject({ open: false, coverage: { reported: 2 } });

    const round = (await viewer.call<Rounds>(ROUNDS)).data!.reportingRounds.find((stored) => stored.id === roundId)!;
    expect(round.open).toBe(false);
    expect(round.coverage.reported).toBe(2);
    expect(reportedBy(round.coverage.byCountry, 'DE')).toBe(1);

    const closing = (await viewer.call<Snapshots>(SNAPSHOTS)).data!.snapshots.edges.filter((edge) => edge.node.trigger === 'ROUND_CLOSED');
    expect(closing).toHaveLength(1);
    const frozen = (await viewer.call<FrozenCoverage>(SNAPSHOT_COVERAGE, { id: closing[0]!.node.id })).data!.dashboard.coverage;
    expect(frozen).toMatchObject({ roundId, reported: 2 });
    expect(reportedBy(frozen.byCountry, 'DE')).toBe(1);
  });

  it('answers CONFLICT and writes nothing when the strategy keeps changing under every attempt', async () => {
    const roundId = await openRoundWithFrance('Second');
    const snapshotsBefore = (await viewer.call<Snapshots>(SNAPSHOTS)).data!.snapshots.edges.length;
    let attempts = 0;
    server.probe.beforeSend = async (command) => {
      if (!isClosing(command)) return;
      attempts += 1;
      // An owner's update lands before each attempt is written.
      const action = await readAction(coordinator, '2.1-04');
      const updated = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-04', progress: attempts, expectedVersion: action.version } });
      expect(updated.errors).toBeUndefined();
    };
    const closed = await coordinator.call(CLOSE_ROUND, { id: roundId });
    server.probe.beforeSend = undefined;

    expect(errorCodes(closed)).toEqual(['CONFLICT']);
    expect(attempts).toBeGreaterThan(1);
    const round = (await viewer.call<Rounds>(ROUNDS)).data!.reportingRounds.find((stored) => stored.id === roundId)!;
    expect(round.open).toBe(true);
    expect((await viewer.call<Snapshots>(SNAPSHOTS)).data!.snapshots.edges).toHaveLength(snapshotsBefore);
    // Nothing holds the round: the next close, undisturbed, goes through.
    const again = await coordinator.call<{ closeReportingRound: { open: boolean } }>(CLOSE_ROUND, { id: roundId });
    expect(again.data?.closeReportingRound.open).toBe(false);
  });

  it('refuses the close in the store when any one shard of the revision moved, the shard it bumps included', async () => {
    const roundId = await openRoundWithFrance('Third');
    const strategyId = 'eu-cybersecurity-2013';
    const round = (await server.store.getRound(strategyId, roundId))!;
    const closed = { ...round, open: false, closedAt: now.toISOString() };
    const event = {
      type: 'ROUND_CLOSED' as const,
      at: now.toISOString(),
      roundId,
      author: { id: 'coordinator', role: 'COORDINATOR', name: 'Commission coordinator' },
    };
    const current = await server.store.readRevision(strategyId);
    for (let shard = 0; shard < 16; shard += 1) {
      // The state as if read just before a write to this one shard.
      const readAt = { ...current };
      if ((readAt[shard] ?? 0) > 1) readAt[shard] = readAt[shard]! - 1;
      else delete readAt[shard];
      if (current[shard] === undefined) readAt[shard] = 1;
      const refused = await server.store.closeRound({ round: closed, event, readAt }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused, `shard ${shard}`).toBeInstanceOf(WriteRejected);
      expect((refused as WriteRejected).reason).toBe('STATE_CHANGED');
    }
    expect((await server.store.getRound(strategyId, roundId))?.open).toBe(true);
    await server.store.closeRound({ round: closed, event, readAt: current });
    expect((await server.store.getRound(strategyId, roundId))?.open).toBe(false);
  });
});
