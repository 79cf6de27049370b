import { ExportFailure, failureOf, fileNameFromDisposition } from './exportRequest';

/**
 * Exports need the bearer token, so a plain link cannot fetch them: the page fetches the file
 * with the token, reading it chunk by chunk to show how far it has come, then hands the bytes
 * to the browser as a download.
 */
export interface DownloadProgress {
  received: number;
  /** The size the server announced, if it did. */
  total: number | null;
}

export interface FetchedExport {
  blob: Blob;
  fileName: string;
}

export interface FetchExportOptions {
  token: string | null;
  fallbackName: string;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  fetch?: typeof fetch;
}

export async function fetchExport(path: string, options: FetchExportOptions): Promise<FetchedExport> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(path, { headers, signal: options.signal, cache: 'no-store' });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ExportFailure('the server could not be reached.', 'NETWORK');
  }
  if (!response.ok) throw await failureOf(response);

  const announced = Number(response.headers.get('content-length'));
  const total = Number.isFinite(announced) && announced > 0 ? announced : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition'), options.fallbackName);
  if (!response.body) return { blob: new Blob([await response.arrayBuffer()], { type }), fileName };

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body.getReader();
  options.onProgress?.({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    options.onProgress?.({ received, total });
  }
  return { blob: new Blob(chunks, { type }), fileName };
}

/** Saves the bytes as a file through a temporary <a download>, as a link to a file would. */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The browser has taken the download by the next task; the bytes need not stay in memory.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** How far a download is, as a share from 0 to 1, or null while the size is unknown. */
export function shareDone(progress: DownloadProgress | null): number | null {
  if (!progress?.total) return null;
  return Math.min(1, progress.received / progress.total);
}
