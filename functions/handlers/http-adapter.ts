import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * API Gateway HTTP API (payload format 2.0) to the Fetch API and back, so that the same yoga
 * instance serves Lambda and the local Node server.
 */
export function requestFromEvent(event: APIGatewayProxyEventV2): Request {
  const { requestContext } = event;
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const url = `https://${requestContext.domainName}${event.rawPath}${query}`;

  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers.set(name, value);
  }
  // Payload 2.0 moves cookies out of the headers into their own array.
  if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));

  const method = requestContext.http.method.toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD' && event.body !== undefined;
  const body = hasBody ? (event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64') : event.body) : undefined;
  return new Request(url, { method, headers, body });
}

const TEXTUAL_CONTENT = /^(text\/|application\/([\w.+-]*\+)?(json|xml|javascript|graphql)\b|application\/x-www-form-urlencoded)/i;

/** Headers about the connection to the Node server (e.g. `connection: close` after a refused body): API Gateway owns its connections. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding']);

export async function resultFromResponse(response: Response): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  // On Node 20 the Fetch Headers keep the casing they were set with; API Gateway and the
  // clients expect one spelling, so every name is lower-cased here.
  response.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (lower !== 'set-cookie' && !HOP_BY_HOP.has(lower)) headers[lower] = value;
  });
  const cookies = response.headers.getSetCookie();

  const bytes = Buffer.from(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? '';
  const textual = bytes.length === 0 || TEXTUAL_CONTENT.test(contentType);
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length > 0 ? { cookies } : {}),
    body: textual ? bytes.toString('utf8') : bytes.toString('base64'),
    isBase64Encoded: !textual,
  };
}
