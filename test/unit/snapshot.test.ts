import { describe, expect, it } from 'vitest';
import { buildDashboard, type ActionState } from '../../functions/domain/dashboard.js';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import { authorize } from '../../functions/domain/permissions.js';
import {
  buildSnapshot,
  expandDashboard,
  snapshotId,
  snapshotInputProblems,
  storeDashboard,
  type SnapshotSource,
  type SnapshotSourceAction,
  type SnapshotStrategy,
} from '../../functions/domain/snapshot.js';
import { MAX_SNAPSHOT_BYTES, PART_BYTES, decodeContent, encodeContent } from '../../functions/store/snapshot-codec.js';

const STRATEGY: SnapshotStrategy = {
  reference: 'JOIN(2013) 1',
  title: 'An Open, Safe and Secure Cyberspace',
  adopted: '2013-02-07',
  reviewDate: '2014-02-07',
  priorities: [
    { id: '2.1', title: 'Achieving cyber resilience' },
    { id: '2.2', title: 'Drastically reducing cybercrime' },
  ],
  sections: [
    { id: '2.1', title: 'Achieving cyber resilience' },
    { id: '2.2', title: 'Drastically reducing cybercrime' },
  ],
  actors: [
    { id: 'COMMISSION', name: 'European Commission', owningBody: true },
    { id: 'MEMBER_STATES', name: 'Member States', owningBody: false },
  ],
  memberStates: [
    { code: 'DE', name: 'Germany' },
    { code: 'FR', name: 'France' },
  ],
};

const WORDS = [
  'network',
  'information',
  'security',
  'cooperation',
  'cybercrime',
  'Member',
  'States',
  'ENISA',
  'national',
  'strategy',
  'incident',
  'response',
  'private',
  'sector',
  'awareness',
  'resilience',
  'industry',
  'research',
  'standards',
  'defence',
  'policy',
  'public',
];

/** Text that compresses like prose, not like one repeated sentence: words drawn by a fixed generator. */
function prose(seed: number, words: number): string {
  let state = seed;
  const out: string[] = [];
  for (let index = 0; index < words; index += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(WORDS[state % WORDS.length]!);
  }
  return `${out.join(' ')}.`;
}

function sourceAction(index: number): SnapshotSourceAction {
  const section = index % 2 === 0 ? '2.1' : '2.2';
  const statuses = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const;
  const status = statuses[index % 3]!;
  return {
    id: `${section}-${String(index).padStart(4, '0')}`,
    ref: `${section}-${String(index).padStart(4, '0')}`,
    section,
    leadIn: 'The Commission will:',
    text: prose(index + 1, 45),
    owners: index % 5 === 0 ? ['MEMBER_STATES'] : ['COMMISSION'],
    memberStateReporting: index % 5 === 0,
    status,
    progress: status === 'COMPLETED' ? 100 : status === 'IN_PROGRESS' ? (index * 7) % 100 : 0,
    baselineDeadline: `2013-${String((index % 12) + 1).padStart(2, '0')}-28`,
    ...(index % 4 === 0
      ? {
          deadlineRevisions: [
            {
              date: '2014-06-30',
              previous: `2013-${String((index % 12) + 1).padStart(2, '0')}-28`,
              reason: 'Re-planned.',
              revisedAt: '2013-09-01T09:00:00Z',
              revisedBy: 'Coordinator',
            },
          ],
        }
      : {}),
    ...(status === 'COMPLETED' ? { completedAt: '2013-06-01T09:00:00Z' } : {}),
    lastConfirmedAt: '2013-09-01T09:00:00Z',
  };
}

function source(count: number, asOf = '2013-10-01'): SnapshotSource {
  const actions = Array.from({ length: count }, (_, index) => sourceAction(index));
  const rounds = [{ id: '2013-06-01-abc', name: 'Summer', opens: '2013-06-01', closes: '2013-07-31', open: true }];
  const reports = actions
    .filter((action) => action.memberStateReporting)
    .flatMap((action) => [
      {
        actionId: action.id,
        country: 'FR',
        roundId: '2013-06-01-abc',
        status: 'IN_PROGRESS' as const,
        review: { state: 'ACCEPTED' as const },
        reportedAt: '2013-06-02T09:00:00Z',
      },
      {
        actionId: action.id,
        country: 'DE',
        roundId: 'older-round',
        status: 'PLANNED' as const,
        review: { state: 'SUBMITTED' as const },
        reportedAt: '2013-03-02T09:00:00Z',
      },
    ]);
  const dashboardActions: ActionState[] = actions.map((action) => ({
    ...action,
    recurring: false,
    deadline: action.deadlineRevisions?.at(-1)?.date ?? action.baselineDeadline,
  }));
  const dashboard = buildDashboard({
    strategy: STRATEGY,
    actions: dashboardActions,
    reports: reports.map((report) => ({ ...report, review: report.review.state })),
    rounds,
    asOf,
    config: DEFAULT_HEALTH_CONFIG,
  });
  return { strategy: STRATEGY, actions, reports, rounds, dashboard, asOf, config: DEFAULT_HEALTH_CONFIG };
}

const META = {
  id: '20131001T090000Z-a1b2c3',
  name: '  As presented  ',
  frozenAt: '2013-10-01T09:00:00.000Z',
  frozenBy: { id: 'coordinator', role: 'COORDINATOR', name: 'A Coordinator' },
  trigger: 'COORDINATOR' as const,
};

describe('buildSnapshot', () => {
  const input = source(20);
  const { header, content } = buildSnapshot(input, META);

  it('keeps the header small: name, date, round, totals', () => {
    expect(header).toMatchObject({ id: META.id, name: 'As presented', asOf: '2013-10-01', trigger: 'COORDINATOR', actionCount: 20 });
    expect(header.totals).toEqual(input.dashboard.totals);
    expect(header.round).toEqual({ id: '2013-06-01-abc', name: 'Summer', opens: '2013-06-01', closes: '2013-07-31', open: true });
  });

  const frozen = { reports: content.reports, memberStates: content.strategy.memberStates };

  it('gives back exactly the dashboard it was given', () => {
    expect(expandDashboard(content.dashboard, content.actions, frozen)).toEqual(input.dashboard);
    expect(expandDashboard(storeDashboard(input.dashboard), content.actions, frozen)).toEqual(input.dashboard);
  });

  it("counts the member states' progress from its own reports when it was frozen before that was counted (issue 14)", () => {
    const { memberStateProgress: _counted, ...older } = content.dashboard;
    const expanded = expandDashboard(older, content.actions, frozen);
    const accepted = content.reports.filter((report) => report.review === 'ACCEPTED');
    expect(accepted.length).toBeGreaterThan(0);
    expect(expanded.memberStateProgress.accepted).toBe(accepted.length);
    expect(expanded.memberStateProgress.byStatus.find((entry) => entry.status === 'IN_PROGRESS')?.count).toBe(accepted.length);
  });

  it("records each action's health, baseline, deadline in force and slippage as of the date", () => {
    const revised = content.actions.find((action) => action.ref === '2.1-0000')!;
    // Baseline 2013-01-28, revised to 2014-06-30: 518 days; not completed, not overdue at 2013-10-01.
    expect(revised).toMatchObject({
      baselineDeadline: '2013-01-28',
      deadline: '2014-06-30',
      deadlineRevisionCount: 1,
      slippageDays: 518,
      status: 'NOT_STARTED',
    });
    const late = content.actions.find((action) => action.ref === '2.2-0001')!;
    // Deadline 2013-02-28, in progress: overdue on 2013-10-01.
    expect(late).toMatchObject({ deadline: '2013-02-28', health: 'OVERDUE', slippageDays: 0, deadlineRevisionCount: 0 });
    expect(content.actions.map((action) => action.ref)).toEqual([...content.actions.map((action) => action.ref)].sort());
  });

  it('keeps the reports of the round the coverage draws on, and only those', () => {
    expect(content.reports.length).toBe(4);
    expect(new Set(content.reports.map((report) => report.country))).toEqual(new Set(['FR']));
    expect(content.reports[0]).toEqual({
      actionId: '2.1-0000',
      country: 'FR',
      status: 'IN_PROGRESS',
      review: 'ACCEPTED',
      reportedAt: '2013-06-02T09:00:00Z',
    });
  });

  it('copies the strategy, so a later catalogue change cannot alter it', () => {
    expect(content.strategy).toEqual(STRATEGY);
    expect(content.strategy.priorities).not.toBe(STRATEGY.priorities);
  });
});

describe('storing a snapshot', () => {
  it('round-trips through the codec, and refuses parts that do not match the header', () => {
    const { content } = buildSnapshot(source(50), META);
    const encoded = encodeContent(content);
    expect(decodeContent(encoded.parts, encoded)).toEqual(content);
    expect(() => decodeContent(encoded.parts, { ...encoded, digest: '0'.repeat(64) })).toThrow(/do not match/);
  });

  it('fits a 5,000-action strategy well inside one transaction', () => {
    const { content } = buildSnapshot(source(5000), META);
    const raw = Buffer.byteLength(JSON.stringify(content));
    const encoded = encodeContent(content);
    console.info(`5,000 actions: ${raw} bytes of JSON, ${encoded.bytes} compressed, ${encoded.parts.length} part(s)`);
    expect(raw).toBeGreaterThan(MAX_SNAPSHOT_BYTES / 2);
    expect(encoded.bytes).toBeLessThan(MAX_SNAPSHOT_BYTES / 2);
    for (const part of encoded.parts) expect(part.byteLength).toBeLessThanOrEqual(PART_BYTES);
    expect(decodeContent(encoded.parts, encoded)).toEqual(content);
  });
});

describe('snapshotInputProblems', () => {
  const context = { today: '2013-10-01', adopted: '2013-02-07' };
  it.each([
    [{ name: 'Conference', asOf: '2013-10-01' }, []],
    [{ name: 'Conference', asOf: null }, []],
    [{ name: 'Adoption day', asOf: '2013-02-07' }, []],
    [{ name: ' ', asOf: null }, ['The snapshot name is required.']],
    [{ name: 'x'.repeat(201) }, ['The snapshot name is limited to 200 characters.']],
    [
      { name: 'Tomorrow', asOf: '2013-10-02' },
      ['asOf 2013-10-02 is in the future: the earliest allowed is 2013-02-07 (the adoption), the latest 2013-10-01 (today, UTC).'],
    ],
    [
      { name: 'Before', asOf: '2013-02-06' },
      ['asOf 2013-02-06 is before the strategy was adopted: the earliest allowed is 2013-02-07 (the adoption), the latest 2013-10-01 (today, UTC).'],
    ],
    [
      { name: 'Two\nlines', asOf: null },
      ['The snapshot name contains U+000A, a control, line-break or direction-changing character that a one-line name may not hold.'],
    ],
    [{ name: 'Nowhere', asOf: '2013-02-30' }, ['asOf "2013-02-30" is not a date (YYYY-MM-DD).']],
  ])('%j → %j', (input, problems) => {
    expect(snapshotInputProblems(input, context)).toEqual(problems);
  });
});

describe('snapshot ids and permissions', () => {
  it('sorts ids by the instant frozen', () => {
    expect(snapshotId('2013-10-01T09:00:00.000Z', 'a1b2c3')).toBe('20131001T090000Z-a1b2c3');
    expect(snapshotId('2013-10-01T09:00:01.000Z', '000000') > snapshotId('2013-10-01T09:00:00.999Z', 'ffffff')).toBe(true);
  });

  it('lets only a coordinator freeze', () => {
    expect(authorize({ id: 'c', name: 'C', role: 'COORDINATOR' }, { kind: 'freezeSnapshot' }).allowed).toBe(true);
    expect(authorize({ id: 'o', name: 'O', role: 'OWNER', actor: 'ENISA' }, { kind: 'freezeSnapshot' }).allowed).toBe(false);
    expect(authorize({ id: 'm', name: 'M', role: 'MEMBER_STATE', country: 'FR' }, { kind: 'freezeSnapshot' }).allowed).toBe(false);
    expect(authorize({ id: 'v', name: 'V', role: 'VIEWER' }, { kind: 'freezeSnapshot' }).allowed).toBe(false);
  });
});
