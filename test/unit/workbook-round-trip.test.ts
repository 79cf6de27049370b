import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { editableSheets, editableWorkbook } from '../../functions/export/workbook.js';
import type { Viewer } from '../../functions/domain/model.js';
import { readWorkbook } from '../../functions/import/read-workbook.js';
import type { ActionRecord, ReportRecord } from '../../functions/store/store.js';

/**
 * The editable workbook and its reader agree (issue 13), without a server: what is written is
 * read back cell for cell, in each language; who gets which rows; the demo year's label sits
 * outside the columns the import checks.
 */
const action = (id: string, owners: string[], extra: Partial<ActionRecord> = {}): ActionRecord =>
  ({
    strategyId: 's',
    id,
    ref: id,
    section: '2.1',
    text: `Action ${id}.`,
    owners,
    partners: [],
    baselineDeadline: '2014-12-31',
    deadlineSource: 'PHRASE',
    recurring: false,
    memberStateReporting: false,
    kind: 'BULLET',
    status: 'IN_PROGRESS',
    progress: 40,
    evidenceUrls: ['https://example.eu/a', 'https://example.eu/b'],
    note: '=not a formula, a note',
    forecastDate: '2014-06-30',
    version: 3,
    ...extra,
  }) as ActionRecord;

const actions = [action('2.1-01', ['ENISA']), action('2.1-02', ['EC3']), action('2.1-10', ['MEMBER_STATES'], { memberStateReporting: true })];
const reports = [
  {
    strategyId: 's',
    actionId: '2.1-10',
    country: 'FR',
    roundId: 'r',
    status: 'PLANNED',
    evidenceUrls: [],
    version: 2,
    reportedAt: 'x',
    reportedBy: 'x',
    reportedById: 'x',
    review: { state: 'ACCEPTED' },
  },
] as ReportRecord[];
const owner: Viewer = { id: 'o', name: 'O', role: 'OWNER', actor: 'ENISA' };
const contact: Viewer = { id: 'c', name: 'C', role: 'MEMBER_STATE', country: 'FR' };

describe('the editable workbook', () => {
  it('holds what each role may update', () => {
    const refs = (viewer: Viewer) =>
      editableSheets({ actions, reports }, viewer, 'en').map((sheet) => [sheet.kind, sheet.rows.map((row) => row.ref)]);
    expect(refs({ id: 'k', name: 'K', role: 'COORDINATOR' })).toEqual([['actions', ['2.1-01', '2.1-02', '2.1-10']]]);
    expect(refs(owner)).toEqual([['actions', ['2.1-01']]]);
    expect(refs(contact)).toEqual([['reports', ['2.1-10']]]);
    expect(() => editableSheets({ actions, reports }, { id: 'v', name: 'V', role: 'VIEWER' }, 'en')).toThrow(/nothing you can update/);
  });

  it.each(['en', 'fr', 'de'] as const)('reads back what it wrote, in %s', async (language) => {
    const sheets = [...editableSheets({ actions, reports }, owner, language), ...editableSheets({ actions, reports }, contact, language)];
    const bytes = await editableWorkbook(sheets, { language, created: new Date('2013-06-01T00:00:00Z'), title: 't' });
    const read = await readWorkbook(bytes);
    expect(read.sheets).toEqual(['actions', 'reports']);
    expect(read.rows.map((row) => [row.sheet, row.row, row.cells.ref])).toEqual([
      ['actions', 2, '2.1-01'],
      ['reports', 2, '2.1-10'],
    ]);
    const [first] = read.rows;
    expect(first?.cells).toMatchObject({
      progress: 40,
      evidenceUrls: 'https://example.eu/a\nhttps://example.eu/b',
      note: '=not a formula, a note',
      version: 3,
      effectiveOn: null,
    });
    expect(first?.cells.forecastDate).toEqual(new Date('2014-06-30T00:00:00Z'));
    expect(first?.address).toMatchObject({ status: 'E2', progress: 'F2', effectiveOn: 'J2', version: 'K2' });
  });

  it('says it is demonstration data on the instructions, in the title and on printed pages, and still reads back', async () => {
    const bytes = await editableWorkbook(editableSheets({ actions, reports }, owner, 'fr'), {
      language: 'fr',
      created: new Date('2013-06-01T00:00:00Z'),
      title: 't',
      demoLabel: 'Données de démonstration, pas le registre réel',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe('Données de démonstration, pas le registre réel');
    expect(workbook.title).toBe('Données de démonstration, pas le registre réel: t');
    expect(workbook.getWorksheet('Actions')?.headerFooter.oddHeader).toBe('Données de démonstration, pas le registre réel');
    expect((await readWorkbook(bytes)).rows).toHaveLength(1);
  });
});
