import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import { EXPORT_TEXT } from '../../functions/export/labels.js';
import {
  ACTION_COLUMNS,
  HISTORY_COLUMNS,
  REPORT_COLUMNS,
  actionColumns,
  actionRow,
  describeChange,
  historyColumns,
  historyRow,
  reportColumns,
  reportRow,
  sortReports,
} from '../../functions/export/rows.js';
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
    {
      date: '2014-06-30',
      previous: '2013-12-31',
      reason: 'Waiting for the NIS directive',
      revisedAt: '2013-11-02T10:00:00.000Z',
      revisedBy: 'Coordinator',
    },
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
      Kind: 'Bullet under a lead-in',
      Owners: 'ENISA',
      Partners: 'European Commission; UNKNOWN_BODY',
      'Deadline phrase': 'by the end of 2013',
      'Baseline deadline': '2013-12-31',
      'Baseline deadline source': 'Deadline phrase',
      'Deadline in force': '2014-06-30',
      'Deadline revisions': 1,
      'Slippage (days)': 181,
      'Deadline revision log': '2013-11-02: 2013-12-31 → 2014-06-30 by Coordinator (Waiting for the NIS directive)',
      Recurring: false,
      'Member states report': true,
      Status: 'In progress',
      'Progress (%)': 40,
      // 2014-02-07 is a year after adoption, about 70 % of the way to the revised deadline: 40 % trails by more than 25 points.
      Health: 'At risk',
      'Declared health': 'On track',
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
      // The codes, each in a column of its own, for filters that must not depend on the language.
      'Status code': 'IN_PROGRESS',
      'Health code': 'AT_RISK',
      'Declared health code': 'ON_TRACK',
      'Kind code': 'BULLET',
      'Deadline source code': 'PHRASE',
    });
  });

  it("speak the reader's language: French headings, the glossary's words, codes only in the code columns", () => {
    const text = EXPORT_TEXT.fr;
    const row = byHeader(
      actionColumns(text),
      actionRow(action, { strategy, asOf: '2014-02-07', healthConfig: DEFAULT_HEALTH_CONFIG, text, language: 'fr' }),
    );
    expect(row).toMatchObject({
      Référence: '2.1-03',
      // The body by its official French name, as the web names it (functions/domain/names.ts).
      Responsables: 'Agence européenne chargée de la sécurité des réseaux et de l’information (ENISA)',
      Forme: 'Point sous une formule de demande',
      'Source de l’échéance initiale': 'Échéance du texte',
      État: 'En cours',
      Santé: 'À risque',
      'Santé déclarée': 'Dans les temps',
      'Journal des révisions de l’échéance': '2013-11-02\u00a0: 2013-12-31 → 2014-06-30 par Coordinator (Waiting for the NIS directive)',
      'Code de l’état': 'IN_PROGRESS',
      'Code de la santé': 'AT_RISK',
    });
    const codes = new Set(['IN_PROGRESS', 'AT_RISK', 'ON_TRACK', 'BULLET', 'PHRASE']);
    const codeColumns = actionColumns(text).filter((column) => column.header.startsWith('Code'));
    expect(codeColumns).toHaveLength(5);
    for (const [header, cell] of Object.entries(row)) {
      if (typeof cell === 'string' && codes.has(cell))
        expect(
          codeColumns.map((column) => column.header),
          `${header}: ${cell}`,
        ).toContain(header);
    }
  });

  it('evaluate health for the day asked: the same action was on track in the spring of 2013', () => {
    const row = byHeader(ACTION_COLUMNS, actionRow(action, { strategy, asOf: '2013-04-01', healthConfig: DEFAULT_HEALTH_CONFIG }));
    expect(row).toMatchObject({ Health: 'On track', 'Health code': 'ON_TRACK', 'Health disagreement': false, Stale: false });
  });

  it('never flag a completed action stale', () => {
    const done = { ...action, status: 'COMPLETED' as const, progress: 100, completedAt: '2013-05-01T00:00:00.000Z', declaredHealth: undefined };
    expect(byHeader(ACTION_COLUMNS, actionRow(done, { strategy, asOf: '2014-02-07', healthConfig: DEFAULT_HEALTH_CONFIG }))).toMatchObject({
      Health: 'Completed',
      'Health code': 'DONE',
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
      Status: 'In progress',
      Note: '@SUM(1)',
      'Evidence links': null,
      'Reported (UTC)': '2013-10-05T09:00:00.000Z',
      'Reported by': 'Contact DE',
      Review: 'Returned',
      'Review comment': 'Add a link',
      'Reviewed (UTC)': '2013-10-07T09:00:00.000Z',
      'Reviewed by': 'Coordinator',
      Version: 2,
      'Status code': 'IN_PROGRESS',
      'Review code': 'RETURNED',
    });
  });

  it("in German: the country's name, the status and the review in the glossary's words", () => {
    const text = EXPORT_TEXT.de;
    const row = byHeader(reportColumns(text), reportRow(report, { strategy, rounds: [], text, language: 'de' }));
    expect(row).toMatchObject({
      Land: 'Deutschland',
      Status: 'In Arbeit',
      Prüfung: 'Zurückgegeben',
      Statuscode: 'IN_PROGRESS',
      Prüfungscode: 'RETURNED',
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

  it('put the day a late record took effect beside the moment it was recorded (issue 13)', () => {
    const late = byHeader(historyColumns(EXPORT_TEXT.de), historyRow({ ...event, effectiveOn: '2013-05-20' }, EXPORT_TEXT.de));
    expect(late).toMatchObject({ 'Wirksam am': '2013-05-20', 'Erfasst am (UTC)': '2013-06-01T10:00:00.000Z' });
  });

  it("say who changed what, before and after in words, without the record's own field names", () => {
    expect(byHeader(HISTORY_COLUMNS, historyRow(event))).toEqual({
      // Recorded before effective dates existed: it took effect the day it was recorded.
      'Took effect on': '2013-06-01',
      'Recorded at (UTC)': '2013-06-01T10:00:00.000Z',
      Event: 'Action updated',
      Action: '2.1-03',
      'Country code': null,
      Round: null,
      By: 'ENISA staff',
      Role: 'Owner',
      'User id': 'owner-enisa',
      'Fields changed': 'Status, Progress (%)',
      Before: 'Status: Not started\nProgress (%): 0',
      After: 'Status: In progress\nProgress (%): 20',
      Note: '-1+1',
      'Event id': '01HEVENT',
      'Event code': 'ACTION_UPDATED',
      'Role code': 'OWNER',
    });
  });

  it("write instants, reports' states, reviews and emptied fields as words, in French too", () => {
    const confirmed = {
      status: 'COMPLETED',
      evidenceUrls: ['https://a.example', 'https://b.example'],
      lastConfirmedAt: '2013-10-01T09:00:00.000Z',
      forecastDate: null,
    };
    expect(describeChange(confirmed, { type: 'ACTION_UPDATED' })).toBe(
      'Status: Completed\nEvidence links: https://a.example\nhttps://b.example\nLast confirmed (UTC): 2013-10-01 09:00:00\nForecast completion: (none)',
    );
    const reviewed = { review: { state: 'ACCEPTED', comment: 'Thanks', reviewedAt: '2013-11-21T08:00:00.000Z' }, version: 2 };
    expect(describeChange(reviewed, { type: 'REPORT_REVIEWED', country: 'DE' }, EXPORT_TEXT.fr)).toBe(
      'Examen\u00a0: Accepté\nCommentaire de l’examen\u00a0: Thanks\nExaminé (UTC)\u00a0: 2013-11-21 08:00:00',
    );
    expect(describeChange({ status: 'NOT_STARTED' }, { type: 'REPORT_SUBMITTED', country: 'DE' }, EXPORT_TEXT.de)).toBe('Status: Nicht begonnen');
    expect(describeChange({ lastConfirmedAt: '2013-10-01T09:00:00.000Z', someNewField: 'x' }, { type: 'ACTION_UPDATED' })).not.toMatch(
      /lastConfirmedAt|someNewField/,
    );
    const french = byHeader(historyColumns(EXPORT_TEXT.fr), historyRow({ ...event, after: confirmed }, EXPORT_TEXT.fr));
    expect(french).toMatchObject({ Événement: 'Action mise à jour', Rôle: 'Responsable', 'Code de l’événement': 'ACTION_UPDATED' });
    expect(french['Après']).toContain('Achevée');
  });
});
