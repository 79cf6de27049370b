import type { Viewer } from '../domain/model.js';
import { CSV_CONTENT_TYPE, sheetToCsv } from './csv.js';
import { buildExport, ExportRefused, type ExportSource } from './exports.js';
import { AVAILABLE_EXPORTS, exportFileName, exportOfPath, exportParameters } from './request.js';
import { DEMO_EXPORT_LABEL, labelledSheets } from './sheet.js';
import { XLSX_CONTENT_TYPE, sheetsToXlsx } from './xlsx.js';

/**
 * GET /export/<actions|reports|history|everything>.<csv|xlsx> as a Fetch handler, so that the
 * export Lambda (functions/handlers/export.ts) and the local server run the same code, as
 * /graphql does. Every signed-in user may export, and gets what the API would show them:
 * member-state report content under review and e-mail addresses follow report-visibility.ts.
 * Errors are JSON with a contract code, like the API's: 401 UNAUTHENTICATED, 400
 * BAD_USER_INPUT, 404 NOT_FOUND, 405, 500 INTERNAL_SERVER_ERROR (logged, never detailed).
 */
export interface ExportHandlerDependencies extends ExportSource {
  /** The same verification as /graphql: the bearer token locally, the JWT authorizer's claims in the cloud. */
  authenticate(request: Request, serverContext: Record<string, unknown>): Promise<Viewer | null>;
  clock?: () => Date;
  logError?: (message: string, error: unknown) => void;
  /** The demo year (local mode only): every row of every export says the data is invented. */
  demo?: boolean;
}

/**
 * The largest file served. A Lambda behind API Gateway returns at most 6 MB of JSON, in which
 * an XLSX travels as base64 (4/3 of its size) and a CSV with its quotes escaped; 4 MB of
 * XLSX or of escaped CSV fits with room for the headers.
 */
export const MAX_EXPORT_BYTES = 4 * 1024 * 1024;

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...headers },
  });
}

/** What the body weighs in a Lambda's JSON response: base64 for binary, JSON-escaped for text. */
export function lambdaPayloadBytes(body: string | Uint8Array): number {
  return typeof body === 'string' ? Buffer.byteLength(JSON.stringify(body)) : Math.ceil(body.byteLength / 3) * 4;
}

export function createExportHandler(deps: ExportHandlerDependencies) {
  const clock = deps.clock ?? (() => new Date());
  const logError = deps.logError ?? ((message, error) => console.error(message, error));

  return async function handleExport(request: Request, serverContext: Record<string, unknown> = {}): Promise<Response> {
    try {
      const viewer = await deps.authenticate(request, serverContext);
      if (!viewer) {
        return errorResponse(401, 'UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>.', { 'www-authenticate': 'Bearer' });
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return errorResponse(405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.', { allow: 'GET, HEAD' });
      }
      const url = new URL(request.url);
      const wanted = exportOfPath(url.pathname);
      if (!wanted) {
        return errorResponse(404, 'NOT_FOUND', `No export at ${url.pathname.slice(0, 100)}. The exports are ${AVAILABLE_EXPORTS.join(', ')}.`);
      }
      const now = clock();
      const parameters = exportParameters(wanted.name, url.searchParams, now);
      if (!parameters.ok) return errorResponse(400, 'BAD_USER_INPUT', parameters.problem);

      const built = await buildExport(deps, wanted.name, parameters.value, now.toISOString().slice(0, 10), viewer);
      const sheets = deps.demo ? labelledSheets(built.sheets, DEMO_EXPORT_LABEL[parameters.value.language]) : built.sheets;
      const [firstSheet] = sheets;
      const body =
        wanted.format === 'xlsx' ? await sheetsToXlsx(sheets, { ...built.metadata, created: now }) : firstSheet ? await sheetToCsv(firstSheet) : '';
      if (lambdaPayloadBytes(body) > MAX_EXPORT_BYTES) {
        return errorResponse(400, 'BAD_USER_INPUT', 'This export is too large to send in one file: narrow it with "from" and "to" (YYYY-MM-DD).');
      }
      const fileName = exportFileName(deps.strategyId, wanted.name, wanted.format, parameters.value);
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
      return new Response(request.method === 'HEAD' ? null : bytes, {
        status: 200,
        headers: {
          'content-type': wanted.format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE,
          'content-disposition': `attachment; filename="${fileName}"`,
          'content-length': String(bytes.byteLength),
          ...SECURITY_HEADERS,
        },
      });
    } catch (error) {
      if (error instanceof ExportRefused) return errorResponse(error.status, error.status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT', error.message);
      logError('Unexpected error while exporting', error);
      return errorResponse(500, 'INTERNAL_SERVER_ERROR', 'The export failed; the error was logged.');
    }
  };
}
