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

let now = new Date('2013-10-01T09:00:00Z');
let server: TestServer;
let coordinator: Client;
let enisa: Client;
let france: Client;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
  enisa = await clientFor(server, 'owner-enisa');
  france = await clientFor(server, 'contact-fr');
});
afterAll(() => server.close());

describe('updating an action', () => {
  it('records the change, bumps the version, confirms the action and writes one history event', async () => {
    const before = await readAction(enisa, '2.1-04');
    const response = await enisa.call<{ updateAction: Record<string, unknown> }>(UPDATE_ACTION, {
      input: { actionId: '2.1-04', status: 'IN_PROGRESS', progress: 40, note: 'Feasibility study tendered.', expectedVersion: before.version },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateAction).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 40,
      note: 'Feasibility study tendered.',
      version: before.version + 1,
      lastConfirmedAt: '2013-10-01T09:00:00.000Z',
      stale: false,
    });
    const after = await readAction(coordinator, '2.1-04');
    expect(after.version).toBe(before.version + 1);
    expect(after.history.edges).toHaveLength(before.history.edges.length + 1);
    expect(after.history.edges[0]?.node).toMatchObject({
      type: 'ACTION_UPDATED',
      author: { id: 'owner-enisa', role: 'OWNER', name: expect.stringContaining('ENISA') },
      before: { status: 'NOT_STARTED', progress: 0, version: before.version },
      after: { status: 'IN_PROGRESS', progress: 40, note: 'Feasibility study tendered.', version: before.version + 1 },
    });
  });

  it('completes an action only with progress 100 and evidence, and stamps the completion', async () => {
    const { version } = await readAction(coordinator, '2.1-02');
    const noEvidence = await coordinator.call(UPDATE_ACTION, {
      input: { actionId: '2.1-02', status: 'COMPLETED', progress: 100, expectedVersion: version },
    });
    expect(errorCodes(noEvidence)).toEqual(['BAD_USER_INPUT']);
    expect(noEvidence.errors?.[0]?.message).toMatch(/at least one evidence link/);

    now = new Date('2013-11-15T12:00:00Z');
    const done = await coordinator.call<{ updateAction: Record<string, unknown> }>(UPDATE_ACTION, {
      input: { actionId: '2.1-02', status: 'COMPLETED', progress: 100, evidenceUrls: ['https://ec.europa.eu/pilot'], expectedVersion: version },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data?.updateAction).toMatchObject({ status: 'COMPLETED', health: 'DONE', completedAt: '2013-11-15T12:00:00.000Z' });
  });

  it('answers a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const current = await readAction(coordinator, '2.1-03');
    const response = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-03', progress: 10, expectedVersion: current.version - 1 } });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: current.version } });
    expect(await readAction(coordinator, '2.1-03')).toEqual(current);
  });

  it('returns the first result to a retry with the same client mutation id, and writes no second event', async () => {
    const current = await readAction(enisa, '2.1-05');
    const input = { actionId: '2.1-05', progress: 20, expectedVersion: current.version, clientMutationId: 'retry-1' };
    const first = await enisa.call<{ updateAction: { version: number } }>(UPDATE_ACTION, { input });
    const second = await enisa.call<{ updateAction: { version: number } }>(UPDATE_ACTION, { input });
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    const after = await readAction(enisa, '2.1-05');
    expect(after.version).toBe(current.version + 1);
    expect(after.history.edges).toHaveLength(current.history.edges.length + 1);
  });

  it('keeps the baseline deadline for ever and every revision with its reason', async () => {
    let action = await readAction(coordinator, '2.1-04');
    for (const [date, reason] of [
      ['2014-06-30', 'Tender delayed.'],
      ['2014-09-30', 'Study extended to the energy sector.'],
    ] as const) {
      const response = await coordinator.call<{ reviseDeadline: Record<string, unknown> }>(REVISE_DEADLINE, {
        input: { actionId: '2.1-04', date, reason, expectedVersion: action.version },
      });
      expect(response.errors).toBeUndefined();
      action = await readAction(coordinator, '2.1-04');
    }
    expect(action).toMatchObject({
      baselineDeadline: '2013-12-31',
      deadline: '2014-09-30',
      slippageDays: 273,
      deadlineRevisions: [
        { date: '2014-06-30', previous: '2013-12-31', reason: 'Tender delayed.', revisedBy: 'Commission coordinator' },
        { date: '2014-09-30', previous: '2014-06-30', reason: 'Study extended to the energy sector.' },
      ],
    });
    expect(action.history.edges.filter((edge) => edge.node.type === 'DEADLINE_REVISED')).toHaveLength(2);
  });
});

describe('bad input gets BAD_USER_INPUT and changes nothing', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['progress above 100', { progress: 101 }, /between 0 and 100/],
    ['negative progress', { progress: -1 }, /between 0 and 100/],
    ['completed without progress 100', { status: 'COMPLETED', progress: 90, evidenceUrls: ['https://example.eu/x'] }, /progress 100/],
    ['discontinued without a note', { status: 'DISCONTINUED' }, /why the action is discontinued/],
    ['a non-http evidence link', { evidenceUrls: ['javascript:alert(1)'] }, /not an http\(s\) link/],
    ['a note too long', { note: 'x'.repeat(2001) }, /limited to 2000/],
    ['an impossible forecast date', { forecastDate: '2013-02-30' }, /not a date/],
    ['ONGOING on a one-off action', { status: 'ONGOING' }, /recurring/],
  ];
  it.each(cases)('%s', async (_label, fields, message) => {
    const before = await readAction(coordinator, '2.1-03');
    const response = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.1-03', expectedVersion: before.version, ...fields } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(await readAction(coordinator, '2.1-03')).toEqual(before);
  });

  it('refuses an unknown action with NOT_FOUND', async () => {
    expect(errorCodes(await coordinator.call(UPDATE_ACTION, { input: { actionId: '9.9-99', progress: 1, expectedVersion: 1 } }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('refuses a deadline revision without a reason or with a non-date', async () => {
    const before = await readAction(coordinator, '2.1-09');
    for (const input of [
      { date: '2014-12-31', reason: '  ' },
      { date: '31/12/2014', reason: 'Later.' },
    ]) {
      expect(
        errorCodes(await coordinator.call(REVISE_DEADLINE, { input: { actionId: '2.1-09', expectedVersion: before.version, ...input } })),
      ).toEqual(['BAD_USER_INPUT']);
    }
    expect(await readAction(coordinator, '2.1-09')).toEqual(before);
  });
});

describe('member-state reporting', () => {
  let roundId: string;

  it('refuses a report while no round is open', async () => {
    const response = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'PLANNED' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/No reporting round is open/);
  });

  it('opens one round at a time', async () => {
    const opened = await coordinator.call<{ openReportingRound: { id: string; open: boolean; opens: string } }>(OPEN_ROUND, {
      input: { name: 'Autumn 2013', closes: '2013-11-30' },
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.openReportingRound).toMatchObject({ open: true, opens: '2013-11-15' });
    roundId = opened.data!.openReportingRound.id;
    const second = await coordinator.call(OPEN_ROUND, { input: { name: 'Another', closes: '2013-12-31' } });
    expect(errorCodes(second)).toEqual(['BAD_USER_INPUT']);
    expect(second.errors?.[0]?.message).toMatch(/still open/);
  });

  it('takes a country report on an action addressed to the member states, and only there', async () => {
    const notAddressed = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-04', country: 'FR', status: 'PLANNED' } });
    expect(errorCodes(notAddressed)).toEqual(['BAD_USER_INPUT']);

    const first = await france.call<{ submitMemberStateReport: Record<string, unknown> }>(SUBMIT_REPORT, {
      input: { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS', note: 'Mois de la cybersécurité prepared.' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.submitMemberStateReport).toMatchObject({ country: 'FR', version: 1, roundId, review: { state: 'SUBMITTED' } });

    const repeatedFirst = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'COMPLETED' } });
    expect(errorCodes(repeatedFirst)).toEqual(['CONFLICT']);
  });

  it('lets the coordinator return a report with a comment, and the country resubmit', async () => {
    const noComment = await coordinator.call(REVIEW_REPORT, { input: { actionId: '2.1-10', country: 'FR', decision: 'RETURN', expectedVersion: 1 } });
    expect(errorCodes(noComment)).toEqual(['BAD_USER_INPUT']);

    now = new Date('2013-11-16T10:00:00Z');
    const returned = await coordinator.call<{ reviewMemberStateReport: Record<string, unknown> }>(REVIEW_REPORT, {
      input: { actionId: '2.1-10', country: 'FR', decision: 'RETURN', comment: 'Please link the programme.', expectedVersion: 1 },
    });
    expect(returned.data?.reviewMemberStateReport).toMatchObject({
      version: 2,
      review: { state: 'RETURNED', comment: 'Please link the programme.' },
    });

    now = new Date('2013-11-17T10:00:00Z');
    const resubmitted = await france.call<{ submitMemberStateReport: Record<string, unknown> }>(SUBMIT_REPORT, {
      input: { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS', evidenceUrls: ['https://www.ssi.gouv.fr/mois'], expectedVersion: 2 },
    });
    expect(resubmitted.data?.submitMemberStateReport).toMatchObject({ version: 3, review: { state: 'SUBMITTED' } });

    now = new Date('2013-11-18T10:00:00Z');
    const accepted = await coordinator.call<{ reviewMemberStateReport: Record<string, unknown> }>(REVIEW_REPORT, {
      input: { actionId: '2.1-10', country: 'FR', decision: 'ACCEPT', expectedVersion: 3 },
    });
    expect(accepted.data?.reviewMemberStateReport).toMatchObject({ version: 4, review: { state: 'ACCEPTED', reviewedBy: 'Commission coordinator' } });

    const action = await readAction(coordinator, '2.1-10');
    expect(action.memberStateReports).toMatchObject([{ country: 'FR', version: 4, review: { state: 'ACCEPTED' } }]);
    expect(action.history.edges.map((edge) => edge.node.type)).toEqual([
      'REPORT_REVIEWED',
      'REPORT_SUBMITTED',
      'REPORT_REVIEWED',
      'REPORT_SUBMITTED',
    ]);
    // The resubmission kept the status: its event still says which (issue 14: it read "none").
    expect(action.history.edges[1]?.node).toMatchObject({ before: { status: 'IN_PROGRESS' }, after: { status: 'IN_PROGRESS', version: 3 } });
  });

  it('refuses malformed reports and rounds, changing nothing', async () => {
    const before = await readAction(coordinator, '2.1-11');
    const badReports = [
      { actionId: '2.1-11', country: 'FR', status: 'PLANNED', evidenceUrls: ['file:///etc/passwd'] },
      { actionId: '2.1-11', country: 'FR', status: 'PLANNED', note: 'x'.repeat(2001) },
    ];
    for (const input of badReports) expect(errorCodes(await france.call(SUBMIT_REPORT, { input }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await france.call(SUBMIT_REPORT, { input: { actionId: '9.9-99', country: 'FR', status: 'PLANNED' } }))).toEqual(['NOT_FOUND']);
    expect(await readAction(coordinator, '2.1-11')).toEqual(before);
    const review = await coordinator.call(REVIEW_REPORT, { input: { actionId: '2.1-11', country: 'DE', decision: 'ACCEPT', expectedVersion: 1 } });
    expect(errorCodes(review)).toEqual(['NOT_FOUND']);
  });

  it('freezes the round figures on closing, and takes no report after', async () => {
    const closed = await coordinator.call<{ closeReportingRound: { open: boolean; coverage: Record<string, unknown> } }>(CLOSE_ROUND, {
      id: roundId,
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeReportingRound).toMatchObject({ open: false, coverage: { roundId, reported: 1, accepted: 1 } });
    const late = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-11', country: 'FR', status: 'PLANNED' } });
    expect(errorCodes(late)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await coordinator.call(CLOSE_ROUND, { id: roundId }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await coordinator.call(CLOSE_ROUND, { id: 'no-such-round' }))).toEqual(['NOT_FOUND']);
  });

  it('refuses a round without a name or closing in the past', async () => {
    for (const input of [
      { name: ' ', closes: '2014-01-31' },
      { name: 'Late', closes: '2013-01-31' },
      { name: 'Odd', closes: '31 January 2014' },
    ]) {
      expect(errorCodes(await coordinator.call(OPEN_ROUND, { input }))).toEqual(['BAD_USER_INPUT']);
    }
    const rounds = await coordinator.call<{ reportingRounds: { open: boolean }[] }>('{ reportingRounds { open } }');
    expect(rounds.data?.reportingRounds.filter((round) => round.open)).toEqual([]);
  });
});
