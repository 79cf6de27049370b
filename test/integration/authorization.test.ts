import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/**
 * The authorization's wiring, over HTTP: each mutation asks `authorize()` with the right body
 * or country, a refusal is FORBIDDEN, and a refused write leaves no trace. The whole matrix of
 * every role × every write is a table of the pure `authorize()` (test/unit/authorization-matrix.test.ts);
 * here each cell runs for the roles allowed it and one role refused it (the roles refused take
 * turns, and the refusals that depend on the target, another body's action and another
 * country's report, are among them). Each cell is set up so that the write would succeed if
 * allowed, so the only thing under test is who may make it.
 */
type Role = 'COORDINATOR' | 'OWNER' | 'MEMBER_STATE' | 'VIEWER';
const USERS: Record<Role, string> = {
  COORDINATOR: 'coordinator',
  OWNER: 'owner-enisa', // ENISA owns 2.1-03, not 2.1-01
  MEMBER_STATE: 'contact-fr',
  VIEWER: 'viewer',
};
const ROLES = Object.keys(USERS) as Role[];

let server: TestServer;
const clients = {} as Record<Role, Client>;
let admin: Client;
let roundId: string | undefined;

async function ensureRound(open: boolean) {
  if (open && !roundId) {
    const response = await admin.call<{ openReportingRound: { id: string } }>(OPEN_ROUND, { input: { name: 'Round', closes: '2013-12-31' } });
    roundId = response.data!.openReportingRound.id;
  }
  if (!open && roundId) {
    await admin.call(CLOSE_ROUND, { id: roundId });
    roundId = undefined;
  }
}

/** A submitted report of `country` on 2.1-10, ready for review; returns its version. */
async function submittedReport(country: string): Promise<number> {
  await ensureRound(true);
  const contact = await clientFor(server, `contact-${country.toLowerCase()}`);
  const action = await readAction(admin, '2.1-10');
  const current = action.memberStateReports.find((report) => report.country === country);
  const response = await contact.call<{ submitMemberStateReport: { version: number } }>(SUBMIT_REPORT, {
    input: { actionId: '2.1-10', country, status: 'IN_PROGRESS', ...(current ? { expectedVersion: current.version } : {}) },
  });
  return response.data!.submitMemberStateReport.version;
}

interface Cell {
  name: string;
  allowed: Role[];
  /** The role refused this write that makes it over HTTP (the others are the unit table's). */
  refused: Role;
  /** Sets up what the write needs to succeed if allowed; returns the write's variables. */
  prepare(): Promise<Record<string, unknown>>;
  mutation: string;
  /** A fingerprint of the state the write touches: unchanged after a refusal. */
  state(): Promise<unknown>;
  /** Keeps track of a round the write opened or closed. */
  after?(response: { data?: Record<string, unknown> }): void;
}

const actionState = (id: string) => () => readAction(admin, id);

const roundsState = () => admin.call('{ reportingRounds { id open } }');

const snapshotsState = () => admin.call('{ snapshots(first: 100) { edges { node { id } } } }');

const FREEZE_SNAPSHOT = 'mutation Freeze($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { id } }';

const CELLS: Cell[] = [
  {
    name: 'updateAction on an action of the owner’s body',
    allowed: ['COORDINATOR', 'OWNER'],
    refused: 'VIEWER',
    state: actionState('2.1-03'),
    mutation: UPDATE_ACTION,
    prepare: async () => ({ input: { actionId: '2.1-03', progress: 5, expectedVersion: (await readAction(admin, '2.1-03')).version } }),
  },
  {
    name: 'updateAction on another body’s action',
    allowed: ['COORDINATOR'],
    refused: 'OWNER',
    state: actionState('2.1-01'),
    mutation: UPDATE_ACTION,
    prepare: async () => ({ input: { actionId: '2.1-01', progress: 5, expectedVersion: (await readAction(admin, '2.1-01')).version } }),
  },
  {
    name: 'reviseDeadline',
    allowed: ['COORDINATOR'],
    refused: 'OWNER',
    state: actionState('2.1-03'),
    mutation: REVISE_DEADLINE,
    async prepare() {
      const { version, deadline } = await readAction(admin, '2.1-03');
      const date = deadline === '2015-01-31' ? '2015-02-28' : '2015-01-31';
      return { input: { actionId: '2.1-03', date, reason: 'Re-planned.', expectedVersion: version } };
    },
  },
  {
    name: 'submitMemberStateReport for the contact’s own country',
    allowed: ['MEMBER_STATE'],
    refused: 'COORDINATOR',
    state: actionState('2.1-11'),
    mutation: SUBMIT_REPORT,
    async prepare() {
      await ensureRound(true);
      const current = (await readAction(admin, '2.1-11')).memberStateReports.find((report) => report.country === 'FR');
      return { input: { actionId: '2.1-11', country: 'FR', status: 'PLANNED', ...(current ? { expectedVersion: current.version } : {}) } };
    },
  },
  {
    name: 'submitMemberStateReport for another country',
    allowed: [],
    refused: 'MEMBER_STATE',
    state: actionState('2.1-11'),
    mutation: SUBMIT_REPORT,
    async prepare() {
      await ensureRound(true);
      return { input: { actionId: '2.1-11', country: 'DE', status: 'PLANNED' } };
    },
  },
  {
    name: 'reviewMemberStateReport',
    allowed: ['COORDINATOR'],
    refused: 'MEMBER_STATE',
    state: actionState('2.1-10'),
    mutation: REVIEW_REPORT,
    prepare: async () => ({ input: { actionId: '2.1-10', country: 'ES', decision: 'ACCEPT', expectedVersion: await submittedReport('ES') } }),
  },
  {
    name: 'openReportingRound',
    allowed: ['COORDINATOR'],
    refused: 'VIEWER',
    state: roundsState,
    mutation: OPEN_ROUND,
    async prepare() {
      await ensureRound(false);
      return { input: { name: 'Next', closes: '2013-12-31' } };
    },
    after: (response) => {
      const opened = response.data?.['openReportingRound'] as { id: string } | undefined;
      if (opened) roundId = opened.id;
    },
  },
  {
    name: 'closeReportingRound',
    allowed: ['COORDINATOR'],
    refused: 'OWNER',
    state: roundsState,
    mutation: CLOSE_ROUND,
    async prepare() {
      await ensureRound(true);
      return { id: roundId };
    },
    after: (response) => {
      if (response.data?.['closeReportingRound']) roundId = undefined;
    },
  },
  {
    name: 'freezeSnapshot',
    allowed: ['COORDINATOR'],
    refused: 'VIEWER',
    state: snapshotsState,
    mutation: FREEZE_SNAPSHOT,
    prepare: async () => ({ input: { name: 'As presented' } }),
  },
];

beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date('2013-10-01T09:00:00Z') });
  admin = await clientFor(server, 'coordinator-2');
  for (const role of ROLES) clients[role] = await clientFor(server, USERS[role]);
});
afterAll(() => server.close());

describe('who may write what', () => {
  const matrix = CELLS.flatMap((cell) =>
    [...cell.allowed, cell.refused].map((role) => [cell.name, role, cell.allowed.includes(role), cell] as const),
  );

  it('runs every mutation, allowed and refused, and every role refused somewhere', () => {
    expect(CELLS.filter((cell) => cell.allowed.includes(cell.refused))).toEqual([]);
    expect(new Set(CELLS.map((cell) => cell.refused))).toEqual(new Set(ROLES));
    expect(new Set(matrix.filter(([, , allowed]) => allowed).map(([, , , cell]) => cell.mutation)).size).toBe(
      new Set(CELLS.map((cell) => cell.mutation)).size,
    );
  });

  it.each(matrix)('%s as %s → allowed: %s', async (_name, role, allowed, cell) => {
    const variables = await cell.prepare();
    const before = await cell.state();
    const response = await clients[role].call(cell.mutation, variables);
    cell.after?.(response);
    const codes = errorCodes(response);
    if (allowed) {
      expect(codes).toEqual([]);
    } else {
      expect(codes).toEqual(['FORBIDDEN']);
      expect(await cell.state()).toEqual(before);
    }
  });
});
