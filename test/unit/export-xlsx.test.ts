import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, startsLikeFormula, type Column, type Sheet } from '../../functions/export/sheet.js';
import { sheetsToXlsx, xlsxValue, WORKBOOK_CREATOR } from '../../functions/export/xlsx.js';

const columns: Column[] = [
  { header: 'Reference', kind: 'text', width: 10 },
  { header: 'Note', kind: 'text', width: 40 },
  { header: 'Progress (%)', kind: 'number', width: 10 },
  { header: 'Deadline', kind: 'date', width: 12 },
  { header: 'Confirmed (UTC)', kind: 'datetime', width: 20 },
  { header: 'Recurring', kind: 'boolean', width: 10 },
];

const metadata = {
  title: 'JOIN(2013) 1: Actions, as of 2014-02-07',
  subject: 'Cybersecurity Strategy of the European Union',
  description: 'Actions of JOIN(2013) 1',
  keywords: 'JOIN(2013) 1, actions',
  created: new Date('2014-02-07T12:00:00.000Z'),
};

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('XLSX cells', () => {
  it('are typed by their column, with text neutralised', () => {
    expect(xlsxValue('=1+1', columns[1] as Column)).toBe("'=1+1");
    expect(xlsxValue(-5, columns[2] as Column)).toBe(-5);
    expect(xlsxValue('2013-12-31', columns[3] as Column)).toEqual(new Date('2013-12-31T00:00:00.000Z'));
    expect(xlsxValue('2013-09-01T08:00:00.000Z', columns[4] as Column)).toEqual(new Date('2013-09-01T08:00:00.000Z'));
    expect(xlsxValue('-not a date', columns[4] as Column)).toBe("'-not a date");
    expect(xlsxValue(true, columns[5] as Column)).toBe(true);
    expect(xlsxValue(null, columns[1] as Column)).toBeNull();
  });
});

describe('XLSX workbooks', () => {
  it('have a bold frozen header, widths, typed cells, neutralised text and the metadata', async () => {
    const sheet: Sheet = {
      name: 'Actions',
      columns,
      rows: [['2.1-03', '=HYPERLINK("http://evil.example","x")', 40, '2013-12-31', '2013-09-01T08:00:00.000Z', false]],
    };
    const workbook = await readBack(await sheetsToXlsx([sheet], metadata));
    expect(workbook.creator).toBe(WORKBOOK_CREATOR);
    expect(workbook.title).toBe(metadata.title);
    expect(workbook.subject).toBe(metadata.subject);
    const worksheet = workbook.getWorksheet('Actions');
    expect(worksheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = worksheet?.getRow(1);
    expect(header?.values).toEqual([undefined, 'Reference', 'Note', 'Progress (%)', 'Deadline', 'Confirmed (UTC)', 'Recurring']);
    expect(header?.getCell(1).font?.bold).toBe(true);
    expect(worksheet?.getColumn(2).width).toBe(40);
    const row = worksheet?.getRow(2);
    expect(row?.getCell(2).value).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(row?.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row?.getCell(3).value).toBe(40);
    expect(row?.getCell(4).value).toEqual(new Date('2013-12-31T00:00:00.000Z'));
    expect(row?.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(row?.getCell(5).value).toEqual(new Date('2013-09-01T08:00:00.000Z'));
    expect(row?.getCell(6).value).toBe(false);
  });

  it('hold one sheet per part, in order', async () => {
    const part = (name: string): Sheet => ({ name, columns: columns.slice(0, 1), rows: [[name]] });
    const workbook = await readBack(await sheetsToXlsx([part('Actions'), part('Member-state reports'), part('Change history')], metadata));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['Actions', 'Member-state reports', 'Change history']);
  });

  it('never hold a string cell that starts like a formula', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.tuple(fc.constantFrom(...FORMULA_TRIGGERS), fc.string({ maxLength: 20 })).map(([trigger, rest]) => trigger + rest),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 8 }), async (rows) => {
        const textColumns = [columns[0], columns[1], columns[3]] as Column[];
        const workbook = await readBack(await sheetsToXlsx([{ name: 'S', columns: textColumns, rows }], metadata));
        const worksheet = workbook.getWorksheet('S');
        worksheet?.eachRow((row, rowNumber) => {
          if (rowNumber === 1) return;
          row.eachCell((cell) => {
            if (typeof cell.value === 'string') expect(startsLikeFormula(cell.value)).toBe(false);
            expect(cell.formula).toBeUndefined();
          });
        });
        expect(worksheet?.rowCount).toBe(rows.length + 1);
      }),
      { numRuns: 25 },
    );
  });
});
