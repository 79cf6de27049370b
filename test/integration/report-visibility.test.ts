import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLocalToken } from '../../scripts/local/local-sign-in.js';
import { loadOrCreateSigningKey } from '../../scripts/local/signing-key.js';
import type { LocalUser } from '../../scripts/local/users.js';
import { OPEN_ROUND, REVIEW_REPORT, SUBMIT_REPORT, clientFor, type Client } from '../support/api.js';
import { parseCsv } from '../support/csv.js';
import { graphql, startTestServer, type TestServer } from '../support/local-server.js';

/**
 * Issue 10, item 3: a member-state report under review (submitted, returned, resubmitted)
 * shows its note, evidence and review comment only to coordinators and to its country's
 * contacts, on every read path; once accepted, to everyone. A person's e-mail address is shown
 * to coordinators only. Every role reads every path over real HTTP.
 */
let now = new Date('2013-10-01T09:00:00Z');
let server: TestServer;

const ACTION_ID = '2.1-10';
const FIRST_NOTE = 'Draft: a pilot CERT in Bavaria only';
const FIRST_LINK = 'https://www.bsi.bund.de/draft-one';
const RETURN_COMMENT = 'Name the national programme and link to it';
const SECOND_NOTE = 'Programme launched nationwide';
const SECOND_LINK = 'https://www.bsi.bund.de/programme';
const ACCEPT_COMMENT = 'Thank you: complete and clear';
const CONTACT_EMAIL = 'anna.berg@bsi.example';
const COORDINATOR_EMAIL = 'chris.coord@ec.example';

/** Users whose recorded names carry e-mail addresses, as a directory without a name attribute gives them. */
const MAILED_CONTACT: LocalUser = { id: 'contact-de-mail', name: CONTACT_EMAIL, role: 'MEMBER_STATE', country: 'DE' };
const MAILED_COORDINATOR: LocalUser = { id: 'coordinator-mail', name: `Chris Coord <${COORDINATOR_EMAIL}>`, role: 'COORDINATOR' };

type Role = 'coordinator' | 'contact-de' | 'contact-fr' | 'owner-enisa' | 'viewer';
const ROLES: readonly Role[] = ['coordinator', 'contact-de', 'contact-fr', 'owner-enisa', 'viewer'];
/** Who follows Germany's reports through review. */
const FOLLOWERS: readonly Role[] = ['coordinator', 'contact-de'];

let clients: Record<Role, Client>;
let mailedContact: Client;
let mailedCoordinator: Client;
let snapshotId: string;

async function clientWithName(user: LocalUser): Promise<Client> {
  const token = await issueLocalToken(user, await loadOrCreateSigningKey(server.dataDir));
  return { token, call: (query, variables = {}) => graphql(server, query, variables, token) };
}

async function ok<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await client.call<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const REPORTS = `query Reports($id: ID!) { action(id: $id) { memberStateReports {
  country status note evidenceUrls contentWithheld reportedBy review { state comment reviewedBy } } } }`;
const EVENT_FIELDS = 'type country author { name } before after note contentWithheld';
const HISTORY = `query History($id: ID!) { action(id: $id) { history(first: 100) { edges { node { ${EVENT_FIELDS} } } } } }`;
const CHANGES = `query Changes { changes(from: "2013-01-01T00:00:00Z", first: 100) { edges { node { ${EVENT_FIELDS} } } } }`;
const SUMMARY = `query Summary($to: Date!) { changeSummary(from: "2013-09-01", to: $to) {
  changes(first: 500) { kind country note contentWithheld author { name } sentence } } }`;
const SNAPSHOT = `query Snapshot($id: ID!) { snapshot(id: $id) { frozenBy { name } reports { actionId country status review }
  dashboard { coverage { reported accepted } } } snapshots { edges { node { id frozenBy { name } } } } }`;
const COVERAGE = `query Coverage { dashboard { coverage { reported accepted } } }`;

interface ReportView {
  country: string;
  status: string;
  note: string | null;
  evidenceUrls: string[] | null;
  contentWithheld: boolean;
  reportedBy: string | null;
  review: { state: string; comment: string | null; reviewedBy: string | null };
}
interface EventView {
  type: string;
  country: string | null;
  author: { name: string };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  note: string | null;
  contentWithheld: boolean;
}

async function germany(client: Client): Promise<ReportView> {
  const data = await ok<{ action: { memberStateReports: ReportView[] } }>(client, REPORTS, { id: ACTION_ID });
  const report = data.action.memberStateReports.find((candidate) => candidate.country === 'DE');
  expect(report).toBeDefined();
  return report!;
}

async function download(client: Client, path: string): Promise<Record<string, string>[]> {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${client.token}` } });
  expect(response.status).toBe(200);
  const [header = [], ...rows] = parseCsv(await response.text());
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

/** What a client reads of Germany's report through each path, as text to search. */
async function everyPath(client: Client): Promise<Record<string, string>> {
  const reportEvents = (events: EventView[]) => events.filter((event) => event.country === 'DE');
  const history = await ok<{ action: { history: { edges: { node: EventView }[] } } }>(client, HISTORY, { id: ACTION_ID });
  const changes = await ok<{ changes: { edges: { node: EventView }[] } }>(client, CHANGES);
  // Up to the end of today.
  const to = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const summary = await ok<{ changeSummary: { changes: unknown[] } }>(client, SUMMARY, { to });
  const snapshot = await ok<unknown>(client, SNAPSHOT, { id: snapshotId });
  return {
    memberStateReports: JSON.stringify(await germany(client)),
    history: JSON.stringify(reportEvents(history.action.history.edges.map((edge) => edge.node))),
    changes: JSON.stringify(reportEvents(changes.changes.edges.map((edge) => edge.node))),
    changeSummary: JSON.stringify(summary.changeSummary.changes),
    reportsCsv: JSON.stringify(await download(client, '/export/reports.csv')),
    historyCsv: JSON.stringify(await download(client, '/export/history.csv?from=2013-01-01')),
    snapshot: JSON.stringify(snapshot),
  };
}

/** The paths of `paths` whose text contains `secret`. */
const showing = (paths: Record<string, string>, secret: string) =>
  Object.entries(paths)
    .filter(([, text]) => text.includes(secret))
    .map(([path]) => path);

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  clients = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await clientFor(server, role)] as const))) as Record<Role, Client>;
  mailedContact = await clientWithName(MAILED_CONTACT);
  mailedCoordinator = await clientWithName(MAILED_COORDINATOR);

  await ok(clients.coordinator, OPEN_ROUND, { input: { name: 'Autumn 2013', closes: '2013-12-31' } });
  now = new Date('2013-10-02T09:00:00Z');
  await ok(mailedContact, SUBMIT_REPORT, {
    input: { actionId: ACTION_ID, country: 'DE', status: 'IN_PROGRESS', note: FIRST_NOTE, evidenceUrls: [FIRST_LINK] },
  });
  now = new Date('2013-10-03T09:00:00Z');
  await ok(mailedCoordinator, REVIEW_REPORT, {
    input: { actionId: ACTION_ID, country: 'DE', decision: 'RETURN', comment: RETURN_COMMENT, expectedVersion: 1 },
  });
  now = new Date('2013-10-04T09:00:00Z');
  const frozen = await ok<{ freezeSnapshot: { id: string } }>(
    mailedCoordinator,
    'mutation { freezeSnapshot(input: { name: "Under review" }) { id } }',
  );
  snapshotId = frozen.freezeSnapshot.id;
});
afterAll(() => server.close());

describe('a returned report, not accepted', () => {
  it('shows its note, evidence and comment to coordinators and to its country’s contacts only, on every path', async () => {
    for (const role of ROLES) {
      const paths = await everyPath(clients[role]);
      const expected = FOLLOWERS.includes(role) ? ['memberStateReports', 'history', 'changes', 'changeSummary', 'reportsCsv', 'historyCsv'] : [];
      const withoutSummary = expected.filter((path) => path !== 'changeSummary');
      // The note and the link are in the report, its history, the change feed and the exports; the
      // summary carries notes (the comment), not the report's own fields.
      expect({ role, paths: showing(paths, FIRST_NOTE) }).toEqual({ role, paths: withoutSummary });
      expect({ role, paths: showing(paths, FIRST_LINK) }).toEqual({ role, paths: withoutSummary });
      expect({ role, paths: showing(paths, RETURN_COMMENT) }).toEqual({ role, paths: expected });
    }
  });

  it('still tells everyone that the country reported, the report’s status and its review state, and counts it', async () => {
    for (const role of ROLES) {
      const report = await germany(clients[role]);
      const follows = FOLLOWERS.includes(role);
      expect(report).toMatchObject({
        status: 'IN_PROGRESS',
        contentWithheld: !follows,
        review: { state: 'RETURNED', comment: follows ? RETURN_COMMENT : null },
        note: follows ? FIRST_NOTE : null,
        evidenceUrls: follows ? [FIRST_LINK] : null,
      });
      const history = await ok<{ action: { history: { edges: { node: EventView }[] } } }>(clients[role], HISTORY, { id: ACTION_ID });
      const events = history.action.history.edges.map((edge) => edge.node).filter((event) => event.country === 'DE');
      expect(events.map((event) => [event.type, event.contentWithheld, (event.after?.['review'] as { state?: string })?.state])).toEqual([
        ['REPORT_REVIEWED', !follows, 'RETURNED'],
        ['REPORT_SUBMITTED', !follows, 'SUBMITTED'],
      ]);
      const coverage = await ok<{ dashboard: { coverage: { reported: number; accepted: number } } }>(clients[role], COVERAGE);
      expect(coverage.dashboard.coverage).toEqual({ reported: 1, accepted: 0 });
      const reports = await download(clients[role], '/export/reports.csv');
      expect(reports).toEqual([
        expect.objectContaining({
          'Country code': 'DE',
          'Status code': 'IN_PROGRESS',
          'Review code': 'RETURNED',
          Status: 'In progress',
          Review: 'Returned',
        }),
      ]);
      if (!follows)
        expect(reports[0]).toMatchObject({
          Note: 'Withheld until the report is accepted',
          'Review comment': 'Withheld until the report is accepted',
        });
      // A snapshot, read by every role, froze the status and the review state only.
      const { snapshot } = await ok<{ snapshot: { reports: unknown[] } }>(clients[role], SNAPSHOT, { id: snapshotId });
      expect(snapshot.reports).toEqual([{ actionId: ACTION_ID, country: 'DE', status: 'IN_PROGRESS', review: 'RETURNED' }]);
    }
  });

  it('keeps a resubmission’s content from others too', async () => {
    now = new Date('2013-10-05T09:00:00Z');
    await ok(mailedContact, SUBMIT_REPORT, {
      input: { actionId: ACTION_ID, country: 'DE', status: 'COMPLETED', note: SECOND_NOTE, evidenceUrls: [SECOND_LINK], expectedVersion: 2 },
    });
    // The history export runs up to now, excluded: read an hour after the write.
    now = new Date('2013-10-05T10:00:00Z');
    for (const role of ROLES) {
      const paths = await everyPath(clients[role]);
      const expected = FOLLOWERS.includes(role) ? ['memberStateReports', 'history', 'changes', 'reportsCsv', 'historyCsv'] : [];
      expect({ role, paths: showing(paths, SECOND_NOTE) }).toEqual({ role, paths: expected });
      expect({ role, paths: showing(paths, SECOND_LINK) }).toEqual({ role, paths: expected });
      expect(await germany(clients[role])).toMatchObject({
        status: 'COMPLETED',
        review: { state: 'SUBMITTED' },
        contentWithheld: !FOLLOWERS.includes(role),
      });
    }
  });
});

describe('an accepted report', () => {
  it('shows what was accepted to every role on every path, and never what was returned', async () => {
    now = new Date('2013-10-06T09:00:00Z');
    await ok(clients.coordinator, REVIEW_REPORT, {
      input: { actionId: ACTION_ID, country: 'DE', decision: 'ACCEPT', comment: ACCEPT_COMMENT, expectedVersion: 3 },
    });
    now = new Date('2013-10-06T10:00:00Z');
    for (const role of ROLES) {
      const report = await germany(clients[role]);
      expect(report).toMatchObject({
        note: SECOND_NOTE,
        evidenceUrls: [SECOND_LINK],
        contentWithheld: false,
        review: { state: 'ACCEPTED', comment: ACCEPT_COMMENT },
      });
      const paths = await everyPath(clients[role]);
      const accepted = ['memberStateReports', 'history', 'changes', 'reportsCsv', 'historyCsv'];
      expect({ role, paths: showing(paths, SECOND_NOTE) }).toEqual({ role, paths: accepted });
      expect({ role, paths: showing(paths, SECOND_LINK) }).toEqual({ role, paths: accepted });
      expect({ role, paths: showing(paths, ACCEPT_COMMENT) }).toEqual({
        role,
        paths: ['memberStateReports', 'history', 'changes', 'changeSummary', 'reportsCsv', 'historyCsv'],
      });
      // The draft that was returned, and the comment that returned it, were never accepted.
      const follows = FOLLOWERS.includes(role);
      expect({ role, paths: showing(paths, FIRST_NOTE) }).toEqual({ role, paths: follows ? ['history', 'changes', 'historyCsv'] : [] });
      expect({ role, paths: showing(paths, RETURN_COMMENT) }).toEqual({
        role,
        paths: follows ? ['history', 'changes', 'changeSummary', 'historyCsv'] : [],
      });
    }
  });
});

describe('e-mail addresses', () => {
  it('are shown to coordinators only, wherever a person’s name is', async () => {
    for (const role of ROLES) {
      const paths = await everyPath(clients[role]);
      const emails = [...showing(paths, CONTACT_EMAIL), ...showing(paths, COORDINATOR_EMAIL)];
      if (role === 'coordinator') {
        expect(showing(paths, CONTACT_EMAIL)).toEqual(['memberStateReports', 'history', 'changes', 'changeSummary', 'reportsCsv', 'historyCsv']);
        expect(showing(paths, COORDINATOR_EMAIL)).toEqual(['history', 'changes', 'changeSummary', 'historyCsv', 'snapshot']);
      } else {
        expect({ role, emails }).toEqual({ role, emails: [] });
        expect(paths.snapshot).toContain('Chris Coord <(e-mail address withheld)>');
        expect(paths.memberStateReports).toContain('(e-mail address withheld)');
      }
    }
    // One's own name stays as it is in `me`.
    expect(await ok(mailedContact, 'query { me { name } }')).toEqual({ me: { name: CONTACT_EMAIL } });
  });
});
