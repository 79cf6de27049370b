import type { Viewer } from '../domain/model.js';
import type { Store } from '../store/store.js';
import { WorkbookForbidden, editableSheets, editableWorkbook } from '../export/workbook.js';
import { XLSX_CONTENT_TYPE } from '../export/xlsx.js';
import { WORKBOOK_LANGUAGES, workbookLanguage } from './layout.js';
import { previewWorkbook, type PlannedWrite, type PreviewRow } from './preview.js';
import { PREVIEW_ID, PreviewTooLarge, type AppliedRow, type PreviewStore, type StoredPreview } from './preview-store.js';
import { readWorkbook } from './read-workbook.js';
import { IMPORT_LIMITS, WorkbookRefused } from './zip-guard.js';

/**
 * The spreadsheet round trip (issue 13) as one Fetch handler, shared by the import Lambda
 * (functions/handlers/import.ts) and the local server:
 * - GET /export/workbook.xlsx?lang=en|fr|de: the editable workbook (functions/export/workbook.ts);
 * - POST /import/workbook.xlsx, the body the file: a preview, stored, changing nothing;
 * - POST /import/<previewId>/apply, optionally { "select": ["<sheet>!<row>", ...] }: applies the
 *   preview's CHANGED rows (those selected), each as the API's own mutation (updateAction,
 *   submitMemberStateReport) run by the same GraphQL app with the caller's credentials, so
 *   authorization, validation, the version condition and history are the API's, not a copy.
 * Errors are JSON like the exports': 400 BAD_USER_INPUT, 401 UNAUTHENTICATED, 403 FORBIDDEN,
 * 404 NOT_FOUND, 405, 500 INTERNAL_SERVER_ERROR (logged, never detailed).
 */
export interface ImportHandlerDependencies {
  store: Store;
  strategyId: string;
  previews: PreviewStore;
  authenticate(request: Request, serverContext: Record<string, unknown>): Promise<Viewer | null>;
  /** The API's GraphQL app (graphql/yoga.ts createApp): the apply's writes are its mutations. */
  graphql(request: Request, serverContext: Record<string, unknown>): Promise<Response>;
  clock?: () => Date;
  logError?: (message: string, error: unknown) => void;
  /** The demo year (local mode only, `npm start -- --demo`): the workbook says the data is invented. */
  demo?: boolean;
  /** APPLY_TIME_BUDGET_MS unless a test shortens it. */
  applyTimeBudgetMs?: number;
}

export const WORKBOOK_PATH = '/export/workbook.xlsx';
export const IMPORT_PATH_PREFIX = '/import/';
const UPLOAD_PATH = '/import/workbook.xlsx';
const APPLY_PATH = /^\/import\/([^/]{1,64})\/apply$/;

/** Rows written at once while applying: a few, so that 1,000 rows finish inside API Gateway's 30 s without crowding the table. */
const APPLY_CONCURRENCY = 4;
/**
 * How long one apply writes before it answers: API Gateway gives up after 30 s. Rows not reached
 * are answered SKIPPED (NOT_REACHED) and the preview stays open: applying it again goes on
 * where it stopped, the rows already written being answered from their client mutation ids.
 */
export const APPLY_TIME_BUDGET_MS = 20_000;
/** The apply's body (a selection of rows) is small. */
const APPLY_BODY_BYTES = 64 * 1024;

/** The demo year's label, as the other exports say it (functions/export/sheet.ts). */
export const DEMO_LABEL = {
  en: 'Demonstration data, not the real record',
  fr: 'Données de démonstration, pas le registre réel',
  de: 'Demonstrationsdaten, nicht der tatsächliche Stand',
} as const;

const SECURITY_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...headers },
  });
}

const errorResponse = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  json(status, { error: { code, message } }, headers);

class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request's body, read up to `limit` bytes: past it the upload is refused without reading the rest. */
async function boundedBody(request: Request, limit: number, tooLarge: string): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) throw new RequestRefused(400, 'BAD_USER_INPUT', tooLarge);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RequestRefused(400, 'BAD_USER_INPUT', tooLarge);
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}

const NOTHING_TO_UPDATE =
  'There is nothing you can update: only coordinators, owning bodies and national contacts update actions or reports from a spreadsheet.';

const MUTATIONS = {
  updateAction: 'mutation ImportActionUpdate($input: UpdateActionInput!) { updateAction(input: $input) { id version } }',
  submitMemberStateReport:
    'mutation ImportReport($input: MemberStateReportInput!) { submitMemberStateReport(input: $input) { actionId country version } }',
} as const;

export const rowKey = (row: Pick<PreviewRow, 'sheet' | 'row'>) => `${row.sheet}!${row.row}`;

export function createImportHandler(deps: ImportHandlerDependencies) {
  const clock = deps.clock ?? (() => new Date());
  const logError = deps.logError ?? ((message, error) => console.error(message, error));

  async function currentState() {
    const state = await deps.store.strategyState(deps.strategyId);
    if (!state) throw new RequestRefused(404, 'NOT_FOUND', `The strategy "${deps.strategyId}" is not loaded.`);
    return state;
  }

  async function download(url: URL, viewer: Viewer, head: boolean): Promise<Response> {
    const language = workbookLanguage(url.searchParams.get('lang'));
    const state = await currentState();
    const now = clock();
    const sheets = editableSheets(state, viewer, language);
    const bytes = await editableWorkbook(sheets, {
      language,
      created: now,
      title: `${state.strategy.reference}: update from a spreadsheet`,
      ...(deps.demo ? { demoLabel: DEMO_LABEL[language] } : {}),
    });
    const slug = deps.strategyId.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    return new Response(head ? null : bytes, {
      status: 200,
      headers: {
        'content-type': XLSX_CONTENT_TYPE,
        'content-disposition': `attachment; filename="${slug}_update_${now.toISOString().slice(0, 10)}.xlsx"`,
        'content-length': String(bytes.byteLength),
        ...SECURITY_HEADERS,
      },
    });
  }

  async function preview(request: Request, viewer: Viewer): Promise<Response> {
    const tooLarge = `This file is larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB: upload the workbook downloaded from Strategy Tracker, without pictures or extra sheets.`;
    const bytes = await boundedBody(request, IMPORT_LIMITS.fileBytes, tooLarge);
    const workbook = await readWorkbook(bytes);
    const state = await currentState();
    const { rows, writes } = await previewWorkbook(workbook.rows, {
      state,
      viewer,
      now: clock(),
      history: async (actionId) => (await deps.store.actionHistory(actionId, { limit: 50 })).events,
    });
    let stored: StoredPreview;
    try {
      stored = await deps.previews.save({ ownerId: viewer.id, rows, writes });
    } catch (error) {
      if (error instanceof PreviewTooLarge)
        throw new RequestRefused(
          400,
          'BAD_USER_INPUT',
          'This workbook changes too much at once to preview: split its rows into two files and upload each. Nothing was changed.',
        );
      throw error;
    }
    return json(200, { id: stored.id, rows });
  }

  async function write(request: Request, serverContext: Record<string, unknown>, planned: PlannedWrite, clientMutationId: string) {
    const input = { ...planned.input, clientMutationId };
    const headers = new Headers({ 'content-type': 'application/json' });
    const authorization = request.headers.get('authorization');
    if (authorization) headers.set('authorization', authorization);
    const response = await deps.graphql(
      new Request(new URL('/graphql', request.url), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: MUTATIONS[planned.mutation], variables: { input } }),
      }),
      serverContext,
    );
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const [error] = body.errors ?? [];
    return error ? { ok: false as const, reason: error.message, code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR' } : { ok: true as const };
  }

  async function apply(request: Request, serverContext: Record<string, unknown>, viewer: Viewer, previewId: string): Promise<Response> {
    const body = await boundedBody(request, APPLY_BODY_BYTES, 'The selection is too large.');
    let select: Set<string> | undefined;
    if (body.byteLength > 0) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(body).toString('utf8'));
      } catch {
        throw new RequestRefused(
          400,
          'BAD_USER_INPUT',
          'The body must be JSON: { "select": ["<sheet>!<row>", ...] }, or empty to apply every changed row.',
        );
      }
      const wanted = (parsed as { select?: unknown } | null)?.select;
      if (wanted !== undefined && (!Array.isArray(wanted) || !wanted.every((key) => typeof key === 'string'))) {
        throw new RequestRefused(400, 'BAD_USER_INPUT', '"select" must be a list of rows, each "<sheet>!<row>" as the preview names them.');
      }
      if (Array.isArray(wanted)) select = new Set(wanted as string[]);
    }
    const stored = PREVIEW_ID.test(previewId) ? await deps.previews.get(previewId, viewer.id) : undefined;
    if (!stored)
      throw new RequestRefused(
        404,
        'NOT_FOUND',
        'There is no such preview of yours: it may have expired (a preview is kept for a day). Upload the workbook again.',
      );
    // Applying a preview twice changes nothing: the first answer is kept and given again.
    if (stored.applied) return json(200, { id: stored.id, appliedAt: stored.appliedAt, repeated: true, rows: stored.applied });

    const results: AppliedRow[] = stored.rows.map((row) => {
      const { outcome, ...rest } = row;
      if (outcome !== 'CHANGED') return { ...rest, outcome: 'SKIPPED', reason: outcome };
      if (select && !select.has(rowKey(row))) return { ...rest, outcome: 'SKIPPED', reason: 'NOT_SELECTED' };
      return { ...rest, outcome: 'SKIPPED', reason: 'PENDING' };
    });
    const pending = results.flatMap((row, index) => (row.reason === 'PENDING' ? [index] : []));
    const deadline = Date.now() + (deps.applyTimeBudgetMs ?? APPLY_TIME_BUDGET_MS);
    let next = 0;
    const worker = async () => {
      while (next < pending.length && Date.now() < deadline) {
        const index = pending[next++]!;
        const planned = stored.writes[index];
        const row = results[index]!;
        if (!planned) continue;
        try {
          const outcome = await write(request, serverContext, planned, `import:${stored.id}:${index}`);
          const { reason: _pending, ...rest } = row;
          results[index] = outcome.ok ? { ...rest, outcome: 'APPLIED' } : { ...rest, outcome: 'FAILED', reason: outcome.reason, code: outcome.code };
        } catch (error) {
          logError('An import row failed', error);
          const { reason: _pending, ...rest } = row;
          results[index] = {
            ...rest,
            outcome: 'FAILED',
            reason: 'The write failed; the error was logged. Apply the preview again: rows already written are not written twice.',
            code: 'INTERNAL_SERVER_ERROR',
          };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(APPLY_CONCURRENCY, pending.length) }, worker));
    for (const [index, row] of results.entries()) if (row.reason === 'PENDING') results[index] = { ...row, reason: 'NOT_REACHED' };
    // Rows not reached, or failed for want of capacity, are tried again by applying again; otherwise the answer is final.
    const retryable = results.some(
      (row) => row.reason === 'NOT_REACHED' || row.code === 'SERVICE_UNAVAILABLE' || row.code === 'INTERNAL_SERVER_ERROR',
    );
    if (!retryable) await deps.previews.recordApplied(stored.id, results);
    return json(200, { id: stored.id, appliedAt: clock().toISOString(), rows: results });
  }

  return async function handleImport(request: Request, serverContext: Record<string, unknown> = {}): Promise<Response> {
    try {
      const viewer = await deps.authenticate(request, serverContext);
      if (!viewer)
        return errorResponse(401, 'UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>.', { 'www-authenticate': 'Bearer' });
      const url = new URL(request.url);
      const isDownload = url.pathname === WORKBOOK_PATH;
      const applyMatch = APPLY_PATH.exec(url.pathname);
      if (!isDownload && url.pathname !== UPLOAD_PATH && !applyMatch) {
        return errorResponse(
          404,
          'NOT_FOUND',
          `Nothing at ${url.pathname.slice(0, 100)}: download ${WORKBOOK_PATH}, upload to ${UPLOAD_PATH}, apply at /import/<id>/apply.`,
        );
      }
      if (isDownload && request.method !== 'GET' && request.method !== 'HEAD')
        return errorResponse(405, 'METHOD_NOT_ALLOWED', 'The workbook is read with GET.', { allow: 'GET, HEAD' });
      if (!isDownload && request.method !== 'POST')
        return errorResponse(405, 'METHOD_NOT_ALLOWED', 'Uploads and applies are sent with POST.', { allow: 'POST' });
      if (viewer.role === 'VIEWER') return errorResponse(403, 'FORBIDDEN', NOTHING_TO_UPDATE);

      if (isDownload) {
        if ([...url.searchParams.keys()].some((key) => key !== 'lang'))
          return errorResponse(400, 'BAD_USER_INPUT', 'The workbook takes one parameter, "lang" (en, fr or de).');
        const lang = url.searchParams.get('lang');
        if (lang !== null && !(WORKBOOK_LANGUAGES as readonly string[]).includes(lang)) {
          return errorResponse(400, 'BAD_USER_INPUT', `lang "${lang.slice(0, 20)}" is not a language of the workbook: give "en", "fr" or "de".`);
        }
        return await download(url, viewer, request.method === 'HEAD');
      }
      if (applyMatch) return await apply(request, serverContext, viewer, applyMatch[1]!);
      return await preview(request, viewer);
    } catch (error) {
      if (error instanceof WorkbookRefused) return errorResponse(400, 'BAD_USER_INPUT', error.message);
      if (error instanceof RequestRefused) return errorResponse(error.status, error.code, error.message);
      if (error instanceof WorkbookForbidden) return errorResponse(403, 'FORBIDDEN', NOTHING_TO_UPDATE);
      logError('Unexpected error in the spreadsheet import', error);
      return errorResponse(
        500,
        'INTERNAL_SERVER_ERROR',
        'The import failed; the error was logged. Nothing that was not shown as applied was written.',
      );
    }
  };
}
