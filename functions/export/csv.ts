import { neutralise, type Cell, type Column, type Sheet } from './sheet.js';

/**
 * CSV as RFC 4180 describes it: CRLF between records, every field in double quotes with
 * inner quotes doubled (OWASP's advice for CSV injection: quoting every field means a comma,
 * a quote or a line break in a note can never start a new cell). Text is neutralised
 * (sheet.ts); numbers are written bare, so a spreadsheet types them, and a
 * plain number such as -12 is data, not a formula. Booleans are written as the sheet says
 * (the reader's "Yes" and "No"), else TRUE and FALSE.
 *
 * The file starts with a UTF-8 byte order mark: without it Excel reads UTF-8 as the
 * machine's code page and mangles "Česko" or "Österreich".
 */
export const CSV_BOM = '\uFEFF';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

export function csvField(cell: Cell, booleans?: Sheet['booleans']): string {
  if (cell === null) return '""';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '""';
  if (typeof cell === 'boolean') return booleans ? csvField(cell ? booleans[0] : booleans[1]) : cell ? 'TRUE' : 'FALSE';
  return `"${neutralise(cell).replaceAll('"', '""')}"`;
}

export function csvRecord(cells: readonly Cell[], booleans?: Sheet['booleans']): string {
  return `${cells.map((cell) => csvField(cell, booleans)).join(',')}\r\n`;
}

export function csvHeader(columns: readonly Column[]): string {
  return csvRecord(columns.map((column) => column.header));
}

/** The whole file as a string; rows are consumed in order, page by page when they arrive so. */
export async function sheetToCsv(sheet: Sheet): Promise<string> {
  const parts = [CSV_BOM, csvHeader(sheet.columns)];
  for await (const row of sheet.rows) parts.push(csvRecord(row, sheet.booleans));
  return parts.join('');
}
