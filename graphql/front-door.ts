import { createGraphQLError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import { LIMITS } from '../functions/domain/validation.js';

/**
 * What /graphql does before GraphQL sees a request, the same behind API Gateway and in local
 * mode: a cap on the body's size, a JSON parse whose error says nothing about the parser, and
 * CORS answered only for origins a deployment lists.
 */

/**
 * The largest valid write is an update or a report with a full note and a full list of evidence
 * links: (2,000 + 20 × 2,048) characters, at most 3 bytes each in UTF-8, about 126 kB, plus
 * the query. 256 kB leaves that room twice over; API Gateway would let 10 MB through.
 */
export const MAX_REQUEST_BODY_BYTES = 256 * 1024;

/** The text of the largest valid write, in UTF-8 bytes at worst (a test sends it). */
export const LARGEST_VALID_TEXT_BYTES = (LIMITS.noteLength + LIMITS.evidenceLinks * LIMITS.urlLength) * 3;

export const bodyTooLarge = () =>
  createGraphQLError(`The request body is larger than ${MAX_REQUEST_BODY_BYTES / 1024} kB.`, {
    // The rest of the body may still be on its way: the connection is closed, not reused.
    extensions: { code: 'BAD_USER_INPUT', http: { status: 413, headers: { connection: 'close' } } },
  });

const notJson = () => createGraphQLError('The request body is not valid JSON.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

const notAnObject = () =>
  createGraphQLError('The request body must be a JSON object with a query.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** Reads the body, refusing it as soon as it is known to exceed the cap (declared or counted). */
async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const length = request.headers.get('content-length');
  const declared = Number(length ?? 0);
  if (declared > limit) throw bodyTooLarge();
  // A declared length within the cap bounds the body (HTTP frames it by that length; a Lambda's
  // event holds it whole already): read it at once, which costs less than a stream reader on
  // every request (issue 11), and still count what came.
  if (length !== null && /^\d+$/.test(length)) {
    const body = new Uint8Array(await request.arrayBuffer());
    if (body.byteLength > limit) throw bodyTooLarge();
    return body;
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const JSON_TYPES = new Set(['application/json', 'application/graphql+json']);
const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * Takes over yoga's parsing of POST bodies: a JSON body is read within the cap and parsed here
 * (yoga's own parser puts the JSON parser's message in extensions.originalError); any other
 * body yoga accepts is read within the cap and handed to yoga's parser.
 */
export function useRequestBodyLimit(limit = MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== 'POST' || !requestParser) return;
      const yogaParser = requestParser;
      setRequestParser(async (request) => {
        const body = await readBodyWithin(request, limit);
        if (!JSON_TYPES.has(mediaType(request))) {
          return yogaParser(new Request(request.url, { method: request.method, headers: request.headers, body }));
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
        } catch {
          throw notJson();
        }
        // An array is a batch: yoga refuses it itself (batching is off).
        if (typeof parsed !== 'object' || parsed === null) throw notAnObject();
        return parsed as Awaited<ReturnType<typeof yogaParser>>;
      });
    },
  };
}

/**
 * The dashboard calls /graphql on its own origin, so by default no CORS header is sent at all
 * and a browser on any other origin cannot read an answer. A deployment that must be called
 * from another origin lists it (CORS_ALLOWED_ORIGINS); only a listed origin is answered, without
 * credentials (the API takes a bearer token, never a cookie).
 */
export function corsFor(allowedOrigins: readonly string[]): YogaServerOptions<object, object>['cors'] {
  if (allowedOrigins.length === 0) return false;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowedOrigins.includes(origin)) return false;
    return { origin: [origin], methods: ['GET', 'POST'], allowedHeaders: ['authorization', 'content-type'], credentials: false, maxAge: 600 };
  };
}

/** Reads a comma-separated allow-list of origins (`https://host[:port]`), refusing anything else. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(`CORS_ALLOWED_ORIGINS: "${origin}" is not an origin such as https://example.org (no path, no wildcard).`);
    }
  }
  return origins;
}
