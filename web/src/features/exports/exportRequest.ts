/**
 * The web side of GET /export/<actions|reports|history>.<csv|xlsx> (functions/export/request.ts):
 * which address to fetch, what the server called the file, and what went wrong. Pure, and
 * tested without a server.
 */
export const EXPORT_DATASETS = ['actions', 'reports', 'history'] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportScope {
  /** The day the actions and reports are shown for (their health as of that day): the server's today by default. */
  asOf?: string;
  /** The history's first day (included): from the start by default. */
  historyFrom?: string;
  /** The history's last day (included): up to asOf, or now, by default. */
  historyTo?: string;
  /** The reader's language (en, fr, de): the file's headings and words for states. English by default. */
  language?: string;
}

/** e.g. /export/history.csv?from=2014-01-01&to=2014-01-31 */
export function exportPath(dataset: ExportDataset, format: ExportFormat, scope: ExportScope = {}): string {
  const query = new URLSearchParams();
  if (dataset === 'history') {
    if (scope.historyFrom) query.set('from', scope.historyFrom);
    // The server takes either "to" or "asOf" for the history's end, not both.
    if (scope.historyTo) query.set('to', scope.historyTo);
    else if (scope.asOf) query.set('asOf', scope.asOf);
  } else if (scope.asOf) {
    query.set('asOf', scope.asOf);
  }
  if (scope.language) query.set('lang', scope.language);
  const search = query.toString();
  return `/export/${dataset}.${format}${search ? `?${search}` : ''}`;
}

/** What to call the file when the server names none. */
export function fallbackFileName(dataset: ExportDataset, format: ExportFormat): string {
  return `${dataset}.${format}`;
}

/**
 * The file name a Content-Disposition header gives (RFC 6266): filename* (UTF-8) first, then
 * filename, quoted or not; any folder part is dropped, so a file cannot be saved elsewhere.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(header)?.[1]?.replace(/\\(.)/g, '$1') ?? /filename\s*=\s*([^;\s]+)/.exec(header)?.[1];
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : fallback;
}

/** Why an export failed: the server's contract code and message, or what the network said. */
export class ExportFailure extends Error {
  override name = 'ExportFailure';
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The failure an export's error response carries: JSON `{ error: { code, message } }`, else its status. */
export async function failureOf(response: Response): Promise<ExportFailure> {
  const body = (await response.json().catch(() => undefined)) as { error?: { code?: unknown; message?: unknown } } | undefined;
  const code = typeof body?.error?.code === 'string' ? body.error.code : response.status === 401 ? 'UNAUTHENTICATED' : 'HTTP';
  const message =
    typeof body?.error?.message === 'string' && body.error.message !== '' ? body.error.message : `the server answered ${response.status}.`;
  return new ExportFailure(message, code, response.status);
}
