import { ExportFailure, failureOf } from '../exports/exportRequest';

/**
 * The web side of the spreadsheet round trip (functions/import/http.ts): the workbook's
 * address, the upload of a filled-in workbook for a preview, and the apply of the rows chosen.
 * Errors are the server's `{ error: { code, message } }`, as for the exports.
 */
export type PreviewOutcome = 'UNCHANGED' | 'CHANGED' | 'INVALID' | 'CONFLICT';
export type ApplyOutcome = 'APPLIED' | 'SKIPPED' | 'FAILED';

export interface FieldChange {
  field: string;
  cell: string;
  before: unknown;
  after: unknown;
}

export interface ImportRow<Outcome extends string = PreviewOutcome> {
  sheet: string;
  row: number;
  ref: string;
  country?: string;
  outcome: Outcome;
  changes?: FieldChange[];
  /** The day it happened, when the row says (today otherwise). */
  effectiveOn?: string;
  problems?: { cell: string; message: string }[];
  conflict?: { exportedVersion: number | null; currentVersion: number | null; saves: { by: string; at: string; fields: string[] }[] };
  /** On an applied row: why it was skipped (UNCHANGED, INVALID, CONFLICT, NOT_SELECTED) or why it failed. */
  reason?: string;
  code?: string;
}

export interface ImportPreview {
  id: string;
  rows: ImportRow[];
}

export interface ImportResult {
  id: string;
  repeated?: boolean;
  rows: ImportRow<ApplyOutcome>[];
}

export const WORKBOOK_LANGUAGES = ['en', 'fr', 'de'] as const;

export function workbookPath(language: string): string {
  const lang = (WORKBOOK_LANGUAGES as readonly string[]).includes(language) ? language : 'en';
  return `/export/workbook.xlsx?lang=${lang}`;
}

/** A row's key, as the apply's selection names it: "<sheet>!<row>". */
export const rowKey = (row: Pick<ImportRow, 'sheet' | 'row'>) => `${row.sheet}!${row.row}`;

/** What is preselected: every changed row, and nothing that conflicts or is invalid. */
export function preselected(rows: readonly ImportRow[]): Set<string> {
  return new Set(rows.filter((row) => row.outcome === 'CHANGED').map(rowKey));
}

export function countOutcomes<Outcome extends string>(rows: readonly ImportRow<Outcome>[]): Partial<Record<Outcome, number>> {
  const counts: Partial<Record<Outcome, number>> = {};
  for (const row of rows) counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
  return counts;
}

interface Options {
  token: string | null;
  fetch?: typeof fetch;
}

async function send<T>(path: string, body: BodyInit | undefined, contentType: string, options: Options): Promise<T> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(path, { method: 'POST', headers, body, cache: 'no-store' });
  } catch {
    throw new ExportFailure('the server could not be reached.', 'NETWORK');
  }
  if (!response.ok) throw await failureOf(response);
  return (await response.json()) as T;
}

export function uploadWorkbook(file: Blob, options: Options): Promise<ImportPreview> {
  return send('/import/workbook.xlsx', file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', options);
}

export function applyPreview(id: string, select: readonly string[], options: Options): Promise<ImportResult> {
  return send(`/import/${encodeURIComponent(id)}/apply`, JSON.stringify({ select }), 'application/json', options);
}
