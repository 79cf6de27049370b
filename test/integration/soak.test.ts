import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { createFaultInjector, parseFaultSpec } from '../../scripts/local/faults.js';
import { runSoak } from '../../scripts/soak/run.js';
import { scanTable } from '../../scripts/soak/verify.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * A short `npm run soak` (docs/RELIABILITY.md): every role for about ten seconds, DynamoDB
 * failing often (throttling, 500s, connections dropped after the write, before and after the
 * SDK's retries), then no faults. No write answered with success may be missing or twice in
 * history, no refused write may leave anything, none may be half done, every request is
 * answered and the server recovers by itself. (Stalled requests are the DynamoDB client's own
 * test, test/unit/dynamo-client.test.ts; the full soak injects them too.)
 */
const faults = createFaultInjector(parseFaultSpec('{"attemptRate":0.3,"callRate":0.1,"kinds":["throttle","server","drop"],"seed":7}'));
let server: TestServer;
let reader: DynamoDBDocumentClient;

beforeAll(async () => {
  server = await startTestServer({ instrumentClient: (client) => faults.install(client) });
  reader = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }),
  );
});
afterAll(async () => {
  reader?.destroy();
  await server?.close();
});

describe('a short soak with faults', () => {
  it('loses, repeats and half-does no write, answers every request, and recovers when the faults stop', async () => {
    const tableName = String(server.probe.sent.find((command) => command.input.TableName)?.input.TableName);
    const result = await runSoak(
      {
        url: server.url,
        strategyId: catalogue.strategy.id,
        setFaults: async (enabled) => {
          faults.enabled = enabled;
          return faults.counts;
        },
        memory: async () => undefined,
        scan: () => scanTable(reader, tableName),
      },
      { rate: 15, warmUpMs: 1_000, faultMs: 6_000, recoveryMs: 3_000, seed: 3, roundCycleMs: 4_000 },
    );
    const failed = result.invariants.filter((invariant) => !invariant.pass).map((invariant) => `${invariant.name}: ${invariant.detail}`);
    expect(failed).toEqual([]);
    // The run did meet the faults it is about.
    expect(faults.counts.injected['call drop']).toBeGreaterThan(0);
    expect(result.workload.writes.filter((write) => write.attempts > 1 && write.outcome === 'success').length).toBeGreaterThan(0);
    expect(result.workload.writes.some((write) => write.op === 'closeReportingRound')).toBe(true);
  }, 60_000);
});
