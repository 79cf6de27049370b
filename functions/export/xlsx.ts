import { neutralise, type Cell, type Column, type Sheet } from './sheet.js';

/**
 * XLSX through exceljs, loaded here only (a dynamic import): the library is about 1 MB of
 * bundle, and neither the GraphQL API nor a CSV export should pay for it at start-up.
 *
 * Each sheet gets a bold, frozen header row with a filter, the columns' widths, numbers as
 * numbers and dates as real dates (UTC, as stored). Text is neutralised as in CSV, although
 * exceljs writes strings as strings: a sheet saved again as CSV stays safe.
 */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookMetadata {
  title: string;
  subject: string;
  description: string;
  keywords: string;
  created: Date;
}

export const WORKBOOK_CREATOR = 'Strategy Tracker';

const DATE_FORMAT = 'yyyy-mm-dd';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
/** Text columns at least this wide wrap, so a long action or note stays readable. */
const WRAP_FROM_WIDTH = 24;

/** A cell as exceljs should store it: typed by its column. */
export function xlsxValue(cell: Cell, column: Column): string | number | boolean | Date | null {
  if (cell === null) return null;
  switch (column.kind) {
    case 'number':
    case 'boolean':
      return typeof cell === 'string' ? neutralise(cell) : cell;
    case 'date':
      return typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : neutraliseAny(cell);
    case 'datetime': {
      const instant = typeof cell === 'string' ? new Date(cell) : undefined;
      return instant && !Number.isNaN(instant.getTime()) ? instant : neutraliseAny(cell);
    }
    case 'text':
      return neutraliseAny(cell);
  }
}

const neutraliseAny = (cell: Exclude<Cell, null>) => (typeof cell === 'string' ? neutralise(cell) : cell);

export async function sheetsToXlsx(sheets: readonly Sheet[], metadata: WorkbookMetadata): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.title = metadata.title;
  workbook.subject = metadata.subject;
  workbook.description = metadata.description;
  workbook.keywords = metadata.keywords;
  workbook.created = metadata.created;
  workbook.modified = metadata.created;

  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: neutralise(column.header),
      width: column.width,
      style: {
        ...(column.kind === 'date' ? { numFmt: DATE_FORMAT } : {}),
        ...(column.kind === 'datetime' ? { numFmt: DATETIME_FORMAT } : {}),
        ...(column.kind === 'text' && column.width >= WRAP_FROM_WIDTH ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
      },
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    for await (const row of sheet.rows) {
      worksheet.addRow(
        row.map((cell, index) => {
          const column = sheet.columns[index];
          return column ? xlsxValue(cell, column) : null;
        }),
      );
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
