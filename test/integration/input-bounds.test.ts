import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/local-server.js';
import {
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
 * Bad input through the live API (issue 10, items 1 and 4): a clear contract error naming
 * what is allowed, quickly, and nothing changed. The clock stands on the review date, so the
 * range of asOf is the strategy's first year.
 */
const now = new Date('2014-02-07T12:00:00Z');
const ADOPTED = '2013-02-07';
const TODAY = '2014-02-07';
const LONG = 'x'.repeat(2048);

let server: TestServer;
let coordinator: Client;
let france: Client;
let viewer: Client;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  [coordinator, france, viewer] = await Promise.all([clientFor(server, 'coordinator'), clientFor(server, 'contact-fr'), clientFor(server, 'viewer')]);
});
afterAll(() => server.close());

const message = (response: { errors?: { message: string }[] }) => response.errors?.map((error) => error.message).join(' ') ?? '';

describe('dates far from the strategy', () => {
  const DASHBOARD = `query Dashboard($asOf: Date) { dashboard(asOf: $asOf) { asOf burnUp { month completed } } }`;

  it.each(['9999-12-31', '3000-01-01', '2014-02-08'])(
    'dashboard(asOf: %s) is BAD_USER_INPUT naming the earliest and latest day; the review date is still shown',
    async (asOf) => {
      const response = await viewer.call(DASHBOARD, { asOf });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(message(response)).toBe(
        `asOf ${asOf} is in the future: the earliest allowed is ${ADOPTED} (the adoption), the latest ${TODAY} (today, UTC).`,
      );
      const review = await viewer.call<{ dashboard: { burnUp: { month: string }[] } }>(DASHBOARD, { asOf: TODAY });
      expect(review.errors).toBeUndefined();
      expect(review.data?.dashboard.burnUp).toHaveLength(13);
    },
    // A hang guard only: before the fix, 9999-12-31 took 6 to 14 seconds and answered 1.2 million points.
    20_000,
  );

  it.each([
    [
      'actions before adoption',
      `{ actions(asOf: "2013-01-31") { totalCount } }`,
      /^asOf 2013-01-31 is before the strategy was adopted: the earliest allowed is 2013-02-07/,
    ],
    ['actions in the far future', `{ actions(asOf: "9999-12-31") { totalCount } }`, /the latest 2014-02-07 \(today, UTC\)/],
    [
      'a change summary to the far future',
      `{ changeSummary(from: "2014-01-01", to: "9999-01-01") { totalCount } }`,
      /^to 9999-01-01 is too far in the future: the earliest allowed is 2012-02-07 .* the latest 2014-02-09/,
    ],
    [
      'a change summary from long before',
      `{ changeSummary(from: "1900-01-01", to: "2014-01-01") { totalCount } }`,
      /^from 1900-01-01 is more than a year before the strategy was adopted/,
    ],
    [
      'changes to the far future',
      `{ changes(from: "2014-01-01T00:00:00Z", to: "9999-01-01T00:00:00Z") { totalCount } }`,
      /^to 9999-01-01 is too far in the future/,
    ],
  ])('%s is BAD_USER_INPUT with the range', async (_case, query, expected) => {
    const response = await viewer.call(query);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(message(response)).toMatch(expected);
  });

  it('an export as of a far day is a 400 naming the range', async () => {
    const response = await fetch(`${server.url}/export/actions.csv?asOf=9999-12-31`, { headers: { authorization: `Bearer ${viewer.token}` } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        message: `asOf 9999-12-31 is in the future: the earliest allowed is ${ADOPTED} (the adoption), the latest ${TODAY} (today, UTC).`,
      },
    });
  });

  it('a forecast or revised deadline in year 9999 is refused and changes nothing', async () => {
    const before = await readAction(coordinator, '2.1-04');
    const forecast = await coordinator.call(UPDATE_ACTION, {
      input: { actionId: '2.1-04', forecastDate: '9999-12-31', expectedVersion: before.version },
    });
    expect(errorCodes(forecast)).toEqual(['BAD_USER_INPUT']);
    expect(message(forecast)).toMatch(
      /^Forecast date 9999-12-31 is too far in the future: the earliest allowed is 2013-02-07 \(the adoption\), the latest 2113-12-31/,
    );
    const revised = await coordinator.call(REVISE_DEADLINE, {
      input: { actionId: '2.1-04', date: '9999-12-31', reason: 'Later.', expectedVersion: before.version },
    });
    expect(errorCodes(revised)).toEqual(['BAD_USER_INPUT']);
    expect(await readAction(coordinator, '2.1-04')).toEqual(before);
  });
});

describe('over-long ids, cursors and country codes', () => {
  it.each([
    ['action(id)', `query ($v: ID!) { action(id: $v) { id } }`],
    ['snapshot(id)', `query ($v: ID!) { snapshot(id: $v) { id } }`],
    ['dashboard(snapshotId)', `query ($v: ID) { dashboard(snapshotId: $v) { asOf } }`],
    ['actions(after)', `query ($v: String) { actions(after: $v) { totalCount } }`],
    ['actions(filter.owner)', `query ($v: String) { actions(filter: { owner: $v }) { totalCount } }`],
    ['changes(after)', `query ($v: String) { changes(from: "2013-02-07T00:00:00Z", after: $v) { totalCount } }`],
    ['snapshots(after)', `query ($v: String) { snapshots(after: $v) { edges { cursor } } }`],
    ['Action.history(after)', `query ($v: String) { action(id: "2.1-04") { history(after: $v) { edges { cursor } } } }`],
    ['closeReportingRound(id)', `mutation ($v: ID!) { closeReportingRound(id: $v) { id } }`],
  ])('a 2 kB %s is BAD_USER_INPUT, not an internal error', async (_case, query) => {
    const response = await coordinator.call(query, { v: LONG });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(message(response)).toMatch(/is 2048 characters long; at most (100|256) are allowed\.$/);
    expect(message(response)).not.toContain(LONG.slice(0, 200));
  });

  it.each([
    ['a country', { actionId: '2.1-10', country: LONG, status: 'PLANNED' }, /^input\.country is 2048 characters long/],
    ['an action id', { actionId: LONG, country: 'FR', status: 'PLANNED' }, /^input\.actionId is 2048 characters long/],
    ['a client mutation id', { actionId: '2.1-10', country: 'FR', status: 'PLANNED', clientMutationId: LONG }, /^input\.clientMutationId is 2048/],
  ])('a report with %s of 2 kB is BAD_USER_INPUT', async (_case, input, expected) => {
    const response = await france.call(SUBMIT_REPORT, { input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(message(response)).toMatch(expected);
  });

  it('a review of a 2 kB country is BAD_USER_INPUT', async () => {
    const response = await coordinator.call(REVIEW_REPORT, { input: { actionId: '2.1-10', country: LONG, decision: 'ACCEPT', expectedVersion: 1 } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('an export with a 2 kB parameter is a 400 that does not repeat it', async () => {
    const response = await fetch(`${server.url}/export/history.csv?from=${'2'.repeat(2048)}`, {
      headers: { authorization: `Bearer ${viewer.token}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: '"from" is 2048 characters long; at most 40 are allowed.' } });
  });
});

describe('hidden characters and credentials in what people write', () => {
  const RLO = '\u202E';

  async function historyCount(id: string) {
    return (await readAction(coordinator, id)).history.edges.length;
  }

  it.each([
    ['a right-to-left override in a note', { note: `Done, see invoice${RLO}fdp.exe` }, /The note contains U\+202E/],
    ['an isolate in a note', { note: 'Done \u2067hidden\u2069' }, /The note contains U\+2067/],
    ['a control character in a note', { note: 'Done\u0007' }, /The note contains U\+0007/],
    ['a link with a user name and password', { evidenceUrls: ['https://user:secret@example.org/report'] }, /carries a user name or password/],
    ['a link with an override', { evidenceUrls: [`https://example.org/${RLO}fdp.exe`] }, /contains spaces or invisible characters/],
  ])('an update with %s is BAD_USER_INPUT and changes nothing', async (_case, fields, expected) => {
    const before = await readAction(coordinator, '2.1-04');
    const response = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-04', expectedVersion: before.version, ...fields } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(message(response)).toMatch(expected);
    expect(await readAction(coordinator, '2.1-04')).toEqual(before);
  });

  it('a deadline reason with an override is refused and changes nothing', async () => {
    const before = await readAction(coordinator, '2.1-05');
    const response = await coordinator.call(REVISE_DEADLINE, {
      input: { actionId: '2.1-05', date: '2014-06-30', reason: `Delayed${RLO}`, expectedVersion: before.version },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await readAction(coordinator, '2.1-05')).toEqual(before);
  });

  it('keeps line breaks and tabs in a note, storing CRLF as LF', async () => {
    const before = await readAction(coordinator, '2.1-06');
    const response = await coordinator.call<{ updateAction: { note: string } }>(UPDATE_ACTION, {
      input: { actionId: '2.1-06', expectedVersion: before.version, note: 'First line\r\n\tsecond line' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateAction.note).toBe('First line\n\tsecond line');
    const after = await readAction(coordinator, '2.1-06');
    expect(after.history.edges[0]?.node).toMatchObject({ after: { note: 'First line\n\tsecond line' } });
    expect(after.history.edges).toHaveLength(before.history.edges.length + 1);
  });

  it('a round name, a report note and a review comment with hidden characters are refused, and nothing is written', async () => {
    const ROUNDS = `{ reportingRounds { id name } }`;
    const roundsBefore = await coordinator.call(ROUNDS);
    const badRound = await coordinator.call(OPEN_ROUND, { input: { name: `Spring${RLO}`, closes: '2014-03-31' } });
    expect(errorCodes(badRound)).toEqual(['BAD_USER_INPUT']);
    const twoLines = await coordinator.call(OPEN_ROUND, { input: { name: 'Spring\nround', closes: '2014-03-31' } });
    expect(errorCodes(twoLines)).toEqual(['BAD_USER_INPUT']);
    expect(await coordinator.call(ROUNDS)).toEqual(roundsBefore);

    const opened = await coordinator.call(OPEN_ROUND, { input: { name: 'Spring round', closes: '2014-03-31' } });
    expect(opened.errors).toBeUndefined();

    const historyBefore = await historyCount('2.1-10');
    const badReport = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'PLANNED', note: `Prévu${RLO}` } });
    expect(errorCodes(badReport)).toEqual(['BAD_USER_INPUT']);
    const credentials = await france.call(SUBMIT_REPORT, {
      input: { actionId: '2.1-10', country: 'FR', status: 'PLANNED', evidenceUrls: ['https://agent:pw@example.fr/plan'] },
    });
    expect(errorCodes(credentials)).toEqual(['BAD_USER_INPUT']);
    expect(await historyCount('2.1-10')).toBe(historyBefore);
    expect((await readAction(coordinator, '2.1-10')).memberStateReports).toEqual([]);

    const report = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'PLANNED', note: 'Prévu.' } });
    expect(report.errors).toBeUndefined();
    const submitted = await readAction(coordinator, '2.1-10');
    const badReview = await coordinator.call(REVIEW_REPORT, {
      input: { actionId: '2.1-10', country: 'FR', decision: 'RETURN', comment: 'Revise\u2066this', expectedVersion: 1 },
    });
    expect(errorCodes(badReview)).toEqual(['BAD_USER_INPUT']);
    expect(await readAction(coordinator, '2.1-10')).toEqual(submitted);
  });

  it('a snapshot name with an override is refused and no snapshot is written', async () => {
    const SNAPSHOTS = `{ snapshots { edges { node { id } } } }`;
    const before = await coordinator.call(SNAPSHOTS);
    const response = await coordinator.call(`mutation ($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { id } }`, {
      input: { name: `Conference${RLO}` },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(await coordinator.call(SNAPSHOTS)).toEqual(before);
  });
});
