/**
 * What an export is made of, before it becomes CSV or XLSX: named sheets of typed columns and
 * rows of plain cells. Builders (rows.ts) fill them from domain data; the writers (csv.ts,
 * xlsx.ts) turn them into files. Nothing here does I/O.
 */

/**
 * How a column's cells are written. `date` cells hold YYYY-MM-DD and `datetime` cells an ISO
 * 8601 UTC instant: CSV writes them as they are, XLSX as real dates (UTC, as stored).
 */
export type ColumnKind = 'text' | 'number' | 'date' | 'datetime' | 'boolean';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Width in characters for XLSX. */
  width: number;
}

export type Cell = string | number | boolean | null;

export interface Sheet {
  /** The worksheet's name (at most 31 characters, none of []:*?/\). */
  name: string;
  columns: readonly Column[];
  /** Rows in column order; a history sheet's rows arrive page by page from the store. */
  rows: Iterable<Cell[]> | AsyncIterable<Cell[]>;
  /**
   * How CSV writes true and false, in the reader's language ("Yes", "No"): a CSV has no types,
   * so a spreadsheet shows what is written. XLSX stores real booleans, which the spreadsheet
   * shows in its own language. Absent: TRUE and FALSE.
   */
  booleans?: readonly [yes: string, no: string];
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
 * =, +, - and @ start one; a leading tab or carriage return can hide one from the eye
 * while some spreadsheets still strip it and evaluate what follows.
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

export function startsLikeFormula(text: string): boolean {
  return (FORMULA_TRIGGERS as readonly string[]).includes(text.charAt(0));
}

/**
 * OWASP's advice for untrusted text in a spreadsheet: prefix a cell that would start a
 * formula with a single quote, so that it is shown, never run. Every text cell of every
 * export passes through here, in CSV and in XLSX alike.
 */
export function neutralise(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** The demo year's mark on every row of an export (issue 13, `npm start -- --demo`), in the reader's language. */
export const DEMO_EXPORT_LABEL = {
  en: { header: 'Demonstration data', text: 'Demonstration data, not the real record' },
  fr: { header: 'Données de démonstration', text: 'Données de démonstration, pas le registre réel' },
  de: { header: 'Demonstrationsdaten', text: 'Demonstrationsdaten, nicht der tatsächliche Stand' },
} as const;

/**
 * Every sheet with a first column that says, on every row, that the data is invented: a reader
 * who copies rows out of the file, or filters it, still sees it. The other columns keep their order.
 */
export function labelledSheets(sheets: readonly Sheet[], label: { header: string; text: string }): Sheet[] {
  const column: Column = { header: label.header, kind: 'text', width: Math.max(label.header.length, label.text.length) };
  return sheets.map((sheet) => ({
    ...sheet,
    columns: [column, ...sheet.columns],
    rows: prefixRows(sheet.rows, label.text),
  }));
}

async function* prefixRows(rows: Sheet['rows'], text: string): AsyncIterable<Cell[]> {
  for await (const row of rows) yield [text, ...row];
}
