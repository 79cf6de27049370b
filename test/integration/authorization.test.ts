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
 * Every role × every mutation × own/other body and own/other country, against the table of
 * the tracking issue. Each cell is set up so that the write would succeed if allowed, so the
 * only thing under test is who may make it. A refused write must leave no trace.
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
    state: actionState('2.1-03'),
    mutation: UPDATE_ACTION,
    prepare: async () => ({ input: { actionId: '2.1-03', progress: 5, expectedVersion: (await readAction(admin, '2.1-03')).version } }),
  },
  {
    name: 'updateAction on another body’s action',
    allowed: ['COORDINATOR'],
    state: actionState('2.1-01'),
    mutation: UPDATE_ACTION,
    prepare: async () => ({ input: { actionId: '2.1-01', progress: 5, expectedVersion: (await readAction(admin, '2.1-01')).version } }),
  },
  {
    name: 'reviseDeadline',
    allowed: ['COORDINATOR'],
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
    state: actionState('2.1-10'),
    mutation: REVIEW_REPORT,
    prepare: async () => ({ input: { actionId: '2.1-10', country: 'ES', decision: 'ACCEPT', expectedVersion: await submittedReport('ES') } }),
  },
  {
    name: 'openReportingRound',
    allowed: ['COORDINATOR'],
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
  const matrix = CELLS.flatMap((cell) => ROLES.map((role) => [cell.name, role, cell.allowed.includes(role), cell] as const));

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
