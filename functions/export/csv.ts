import { neutralise, type Cell, type Column, type Sheet } from './sheet.js';

/**
 * CSV as RFC 4180 describes it: CRLF between records, every field in double quotes with
 * inner quotes doubled (OWASP's advice for CSV injection: quoting every field means a comma,
 * a quote or a line break in a note can never start a new cell). Text is neutralised
 * (sheet.ts); numbers and booleans are written bare, so a spreadsheet types them, and a
 * plain number such as -12 is data, not a formula.
 *
 * The file starts with a UTF-8 byte order mark: without it Excel reads UTF-8 as the
 * machine's code page and mangles "Česko" or "Österreich".
 */
export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

export function csvField(cell: Cell): string {
  if (cell === null) return '""';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '""';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return `"${neutralise(cell).replaceAll('"', '""')}"`;
}

export function csvRecord(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export function csvHeader(columns: readonly Column[]): string {
  return csvRecord(columns.map((column) => column.header));
}

/** The whole file as a string; rows are consumed in order, page by page when they arrive so. */
export async function sheetToCsv(sheet: Sheet): Promise<string> {
  const parts = [CSV_BOM, csvHeader(sheet.columns)];
  for await (const row of sheet.rows) parts.push(csvRecord(row));
  return parts.join('');
}
