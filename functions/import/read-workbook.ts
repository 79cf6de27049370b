import type ExcelJS from 'exceljs';
import { columnLetter } from '../export/workbook.js';
import { COLUMNS, SHEET_NAMES, isHeaderOf, sheetKindOf, type ColumnKey, type SheetKind } from './layout.js';
import { IMPORT_LIMITS, WorkbookRefused, inspectWorkbookZip, tooManyRows } from './zip-guard.js';

/**
 * Reads an uploaded workbook into plain rows, or refuses it with a sentence a person can act on
 * (WorkbookRefused → 400 BAD_USER_INPUT). In order: the size, the archive (zip-guard.ts: entry
 * count, inflated size, rows, before any parser runs), exceljs's parse, each sheet's name and
 * each column's header in its place, the data rows' count. A formula is never evaluated: the
 * cell reads as the formula's text (`=...`), which no field accepts as a status, a number or a
 * date, and which a note keeps as plain text.
 */
export type CellValue = string | number | Date | null;

export interface ImportedRow {
  sheet: SheetKind;
  /** The sheet's name as it is in the file (for messages). */
  sheetName: string;
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  cells: Partial<Record<ColumnKey, CellValue>>;
  /** Each column's cell address, e.g. E7. */
  address: Record<ColumnKey, string>;
}

export interface ImportedWorkbook {
  rows: ImportedRow[];
  sheets: SheetKind[];
}

const NOT_A_WORKBOOK =
  'This file is not an Excel workbook (.xlsx): download the workbook again from Strategy Tracker, fill it in and upload it as .xlsx.';

/** A cell's content as a plain value; formulas as their text, never their (cached) result. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value).toUpperCase();
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
    if ('sharedFormula' in value && typeof value.sharedFormula === 'string') return `=${value.sharedFormula}`;
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return null;
}

const isEmpty = (value: CellValue) => value === null || (typeof value === 'string' && value.trim() === '');

/** A cell's text for a message: at most 40 characters. */
const shown = (value: CellValue) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

export async function readWorkbook(bytes: Uint8Array): Promise<ImportedWorkbook> {
  if (bytes.byteLength === 0) throw new WorkbookRefused('The upload is empty: choose the workbook you filled in.');
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) {
    throw new WorkbookRefused(
      `This file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; an upload is at most ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB. Upload the workbook downloaded from Strategy Tracker, without pictures or extra sheets.`,
    );
  }
  inspectWorkbookZip(bytes);

  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookRefused(NOT_A_WORKBOOK);
  }

  const rows: ImportedRow[] = [];
  const sheets: SheetKind[] = [];
  for (const worksheet of workbook.worksheets) {
    const kind = sheetKindOf(worksheet.name);
    if (!kind) {
      const expected = [SHEET_NAMES.instructions.en, SHEET_NAMES.actions.en, SHEET_NAMES.reports.en].map((name) => `"${name}"`).join(', ');
      throw new WorkbookRefused(
        `The sheet "${shown(worksheet.name)}" is not one of this workbook's (${expected}, or their French or German names): give the sheet its name back, or download the workbook again. Nothing was changed.`,
      );
    }
    if (kind === 'instructions') continue;
    if (sheets.includes(kind)) throw new WorkbookRefused(`The workbook holds the sheet "${worksheet.name}" twice: keep one. Nothing was changed.`);
    sheets.push(kind);
    const columns = COLUMNS[kind];
    const header = worksheet.getRow(1);
    columns.forEach((column, index) => {
      const text = plainValue(header.getCell(index + 1).value);
      if (typeof text !== 'string' || !isHeaderOf(text, column)) {
        throw new WorkbookRefused(
          `Column ${columnLetter(index + 1)} of the sheet "${worksheet.name}" should be "${column.header.en}" but is "${shown(text)}": columns were moved, added or removed. Put them back, or download the workbook again and copy your changes into it. Nothing was changed.`,
        );
      }
    });
    for (let extra = columns.length + 1; extra <= Math.min(worksheet.columnCount, columns.length + 50); extra += 1) {
      const text = plainValue(header.getCell(extra).value);
      if (!isEmpty(text)) {
        throw new WorkbookRefused(
          `The sheet "${worksheet.name}" has a column "${shown(text)}" (${columnLetter(extra)}) that the workbook does not have: remove it, or download the workbook again. Nothing was changed.`,
        );
      }
    }

    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: ImportedRow['cells'] = {};
      const address = {} as Record<ColumnKey, string>;
      columns.forEach((column, index) => {
        cells[column.key] = plainValue(row.getCell(index + 1).value);
        address[column.key] = `${columnLetter(index + 1)}${rowNumber}`;
      });
      if (Object.values(cells).every(isEmpty)) return;
      rows.push({ sheet: kind, sheetName: worksheet.name, row: rowNumber, cells, address });
    });
    if (rows.length > IMPORT_LIMITS.rows) throw new WorkbookRefused(tooManyRows(rows.length));
  }
  if (sheets.length === 0) {
    throw new WorkbookRefused(
      `This workbook has no "${SHEET_NAMES.actions.en}" or "${SHEET_NAMES.reports.en}" sheet: upload the workbook downloaded from the "Update from a spreadsheet" page. Nothing was changed.`,
    );
  }
  return { rows, sheets };
}
