import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import { ACTION_COLUMNS, HISTORY_COLUMNS, REPORT_COLUMNS, actionRow, historyRow, reportRow, sortReports } from '../../functions/export/rows.js';
import type { Cell, Column } from '../../functions/export/sheet.js';
import type { ActionRecord, HistoryEventRecord, ReportRecord } from '../../functions/store/store.js';

const byHeader = (columns: readonly Column[], row: Cell[]) => {
  expect(row).toHaveLength(columns.length);
  return Object.fromEntries(columns.map((column, index) => [column.header, row[index]]));
};

const strategy = {
  adopted: '2013-02-07',
  sections: [{ id: '2.1', title: 'Achieving cyber resilience' }],
  actors: [
    { id: 'COMMISSION', name: 'European Commission', owningBody: true },
    { id: 'ENISA', name: 'ENISA', owningBody: true },
  ],
  memberStates: [{ code: 'DE', name: 'Germany' }],
};

const action: ActionRecord = {
  strategyId: 's',
  id: '2.1-03',
  ref: '2.1-03',
  section: '2.1',
  leadIn: 'The Commission asks ENISA to:',
  text: 'Assist the Member States in developing strong national cyber resilience capabilities',
  owners: ['ENISA'],
  partners: ['COMMISSION', 'UNKNOWN_BODY'],
  deadlinePhrase: 'by the end of 2013',
  baselineDeadline: '2013-12-31',
  deadlineSource: 'PHRASE',
  deadlineRevisions: [
    { date: '2014-06-30', previous: '2013-12-31', reason: 'Waiting for the NIS directive', revisedAt: '2013-11-02T10:00:00.000Z', revisedBy: 'Coordinator' },
  ],
  recurring: false,
  memberStateReporting: true,
  kind: 'BULLET',
  status: 'IN_PROGRESS',
  progress: 40,
  note: '=HYPERLINK("http://evil.example")',
  evidenceUrls: ['https://enisa.europa.eu/a', 'https://enisa.europa.eu/b'],
  declaredHealth: 'ON_TRACK',
  lastConfirmedAt: '2013-09-01T08:00:00.000Z',
  version: 4,
};

describe('action rows', () => {
  it('carry every field of the action, its deadline in force and slippage, and health as of the day asked', () => {
    const row = byHeader(ACTION_COLUMNS, actionRow(action, { strategy, asOf: '2014-02-07', healthConfig: DEFAULT_HEALTH_CONFIG }));
    expect(row).toEqual({
      Reference: '2.1-03',
      Section: '2.1',
      'Section title': 'Achieving cyber resilience',
      'Sub-heading': null,
      'Requesting phrase': 'The Commission asks ENISA to:',
      Action: action.text,
      Kind: 'BULLET',
      Owners: 'ENISA',
      Partners: 'European Commission; UNKNOWN_BODY',
      'Deadline phrase': 'by the end of 2013',
      'Baseline deadline': '2013-12-31',
      'Baseline deadline source': 'PHRASE',
      'Deadline in force': '2014-06-30',
      'Deadline revisions': 1,
      'Slippage (days)': 181,
      'Deadline revision log': '2013-11-02: 2013-12-31 → 2014-06-30 by Coordinator (Waiting for the NIS directive)',
      Recurring: false,
      'Member states report': true,
      Status: 'IN_PROGRESS',
      'Progress (%)': 40,
      // 2014-02-07 is a year after adoption, about 70 % of the way to the revised deadline: 40 % trails by more than 25 points.
      Health: 'AT_RISK',
      'Declared health': 'ON_TRACK',
      'Health disagreement': true,
      // Last confirmed 2013-09-01: more than 90 days before 2014-02-07.
      Stale: true,
      'Forecast completion': null,
      // Rows hold the data as it is; the writers neutralise it.
      Note: '=HYPERLINK("http://evil.example")',
      'Evidence links': 'https://enisa.europa.eu/a\nhttps://enisa.europa.eu/b',
      'Last confirmed (UTC)': '2013-09-01T08:00:00.000Z',
      'Completed (UTC)': null,
      Version: 4,
    });
  });

  it('evaluate health for the day asked: the same action was on track in the spring of 2013', () => {
    const row = byHeader(ACTION_COLUMNS, actionRow(action, { strategy, asOf: '2013-04-01', healthConfig: DEFAULT_HEALTH_CONFIG }));
    expect(row).toMatchObject({ Health: 'ON_TRACK', 'Health disagreement': false, Stale: false });
  });

  it('never flag a completed action stale', () => {
    const done = { ...action, status: 'COMPLETED' as const, progress: 100, completedAt: '2013-05-01T00:00:00.000Z', declaredHealth: undefined };
    expect(byHeader(ACTION_COLUMNS, actionRow(done, { strategy, asOf: '2014-02-07', healthConfig: DEFAULT_HEALTH_CONFIG }))).toMatchObject({
      Health: 'DONE',
      Stale: false,
      'Health disagreement': false,
      'Completed (UTC)': '2013-05-01T00:00:00.000Z',
    });
  });
});

const report: ReportRecord = {
  strategyId: 's',
  actionId: '2.1-03',
  country: 'DE',
  roundId: '2013-10-01-autumn',
  status: 'IN_PROGRESS',
  note: '@SUM(1)',
  evidenceUrls: [],
  version: 2,
  reportedAt: '2013-10-05T09:00:00.000Z',
  reportedBy: 'Contact DE',
  reportedById: 'contact-de',
  review: { state: 'RETURNED', comment: 'Add a link', reviewedAt: '2013-10-07T09:00:00.000Z', reviewedBy: 'Coordinator' },
};

describe('report rows', () => {
  it('name the country and the round, with the review', () => {
    const row = byHeader(REPORT_COLUMNS, reportRow(report, { strategy, rounds: [{ id: '2013-10-01-autumn', name: 'Autumn 2013' }] }));
    expect(row).toEqual({
      Action: '2.1-03',
      'Country code': 'DE',
      Country: 'Germany',
      Round: '2013-10-01-autumn',
      'Round name': 'Autumn 2013',
      Status: 'IN_PROGRESS',
      Note: '@SUM(1)',
      'Evidence links': null,
      'Reported (UTC)': '2013-10-05T09:00:00.000Z',
      'Reported by': 'Contact DE',
      Review: 'RETURNED',
      'Review comment': 'Add a link',
      'Reviewed (UTC)': '2013-10-07T09:00:00.000Z',
      'Reviewed by': 'Coordinator',
      Version: 2,
    });
  });

  it('come in the catalogue order of actions, then by country', () => {
    const reports = [
      { actionId: '2.2-01', country: 'AT' },
      { actionId: '2.1-10', country: 'FR' },
      { actionId: '2.1-10', country: 'BE' },
      { actionId: '2.1-03', country: 'DE' },
    ];
    expect(sortReports(reports, ['2.1-03', '2.1-10', '2.2-01']).map((item) => `${item.actionId} ${item.country}`)).toEqual([
      '2.1-03 DE',
      '2.1-10 BE',
      '2.1-10 FR',
      '2.2-01 AT',
    ]);
  });
});

describe('history rows', () => {
  it('say who changed what, with before and after as JSON', () => {
    const event: HistoryEventRecord = {
      id: '01HEVENT',
      strategyId: 's',
      actionId: '2.1-03',
      at: '2013-06-01T10:00:00.000Z',
      type: 'ACTION_UPDATED',
      actorId: 'owner-enisa',
      actorRole: 'OWNER',
      actorName: 'ENISA staff',
      before: { status: 'NOT_STARTED', progress: 0, version: 1 },
      after: { status: 'IN_PROGRESS', progress: 20, version: 2 },
      note: '-1+1',
    };
    expect(byHeader(HISTORY_COLUMNS, historyRow(event))).toEqual({
      'At (UTC)': '2013-06-01T10:00:00.000Z',
      Event: 'ACTION_UPDATED',
      Action: '2.1-03',
      'Country code': null,
      Round: null,
      By: 'ENISA staff',
      Role: 'OWNER',
      'User id': 'owner-enisa',
      'Fields changed': 'status, progress, version',
      Before: '{"status":"NOT_STARTED","progress":0,"version":1}',
      After: '{"status":"IN_PROGRESS","progress":20,"version":2}',
      Note: '-1+1',
      'Event id': '01HEVENT',
    });
  });
});
