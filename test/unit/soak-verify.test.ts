import { describe, expect, it } from 'vitest';
import { checkTable, type Item } from '../../scripts/soak/verify.js';
import type { WriteRecord } from '../../scripts/soak/workload.js';

/**
 * The soak's proof (scripts/soak/verify.ts) on small tables: it passes a consistent one and
 * names each way a table can betray a write.
 */
const S = 'STRATEGY#s';
const K1 = '11111111-1111-4111-8111-111111111111';
const K2 = '22222222-2222-4222-8222-222222222222';
const K3 = '33333333-3333-4333-8333-333333333333';

const action = (version: number): Item => ({ PK: S, SK: 'ACTION#a', id: 'a', version, progress: 0, status: 'IN_PROGRESS' });
const shard = (revision: number): Item => ({ PK: `${S}#REVISION`, SK: 'SHARD#0', shard: '0', revision });
const event = (key: string, version: number, id = key): Item => ({
  PK: 'ACTION#a',
  SK: `EVENT#2026-12-06T10:00:0${version}Z#${id}`,
  type: 'ACTION_UPDATED',
  actionId: 'a',
  before: { note: 'soak:00000000-0000-4000-8000-000000000000', version: version - 1 },
  after: { note: `soak:${key}`, version },
  note: `soak:${key}`,
});
const record = (key: string): Item => ({ PK: `MUTATION#owner#${key}`, SK: 'MUTATION' });
const write = (key: string, outcome: WriteRecord['outcome'], version?: number): WriteRecord => ({
  op: 'updateAction',
  key,
  userId: 'owner',
  phase: 'faults',
  outcome,
  attempts: 1,
  target: 'a',
  ...(version !== undefined ? { version } : {}),
  ...(outcome === 'refused' ? { code: 'CONFLICT' } : {}),
});

const before = [action(1), shard(5)];
const consistent = [action(3), shard(7), event(K1, 2), event(K2, 3), record(K1), record(K2)];
const writes = [write(K1, 'success', 2), write(K2, 'success', 3), write(K3, 'refused')];
const failing = (after: Item[], ledger = writes) =>
  checkTable({ before, after, writes: ledger, strategyId: 's' })
    .filter((invariant) => !invariant.pass)
    .map((invariant) => invariant.name.split(' ').slice(0, 4).join(' '));

describe("the soak's table checks", () => {
  it('pass a table where every write is whole, once, and as answered', () => {
    expect(failing(consistent)).toEqual([]);
  });

  it('catch a write answered with success that is not in the table', () => {
    expect(failing([action(2), shard(6), event(K1, 2), record(K1)])).toContain('every write answered with');
  });

  it('catch a write that is in history twice', () => {
    const twice = [action(4), shard(8), event(K1, 2), event(K1, 3, 'again'), event(K2, 4), record(K1), record(K2)];
    expect(failing(twice, [write(K1, 'success', 2), write(K2, 'success', 4)])).toEqual(
      expect.arrayContaining(['every write answered with', 'no write is in', 'no write is half']),
    );
  });

  it('catch a refused write that left its event and record', () => {
    const written = [action(4), shard(8), event(K1, 2), event(K2, 3), event(K3, 4), record(K1), record(K2), record(K3)];
    expect(failing(written)).toEqual(expect.arrayContaining(['every refused write left']));
  });

  it('catch a half-done write: an event without its revision bump, or without its mutation record', () => {
    expect(failing([action(3), shard(6), event(K1, 2), event(K2, 3), record(K1), record(K2)])).toEqual(['no write is half']);
    expect(failing([action(3), shard(7), event(K1, 2), event(K2, 3), record(K1)])).toEqual(expect.arrayContaining(['no write is half']));
  });

  it('let a write whose outcome stayed unknown happen once or not at all, but not in part', () => {
    const unknown = [write(K1, 'success', 2), write(K2, 'unknown')];
    expect(failing(consistent, unknown)).toEqual([]);
    expect(failing([action(2), shard(6), event(K1, 2), record(K1)], unknown)).toEqual([]);
    expect(failing([action(2), shard(6), event(K1, 2), record(K1), record(K2)], unknown)).toEqual(expect.arrayContaining(['a write whose outcome']));
  });
});
