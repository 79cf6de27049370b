import { describe, expect, it } from 'vitest';
import { requestFromEvent, resultFromResponse } from '../../functions/handlers/http-adapter.js';
import { httpApiEvent } from './events.js';

describe('the API Gateway HTTP API adapter', () => {
  it('rebuilds the URL from the domain, the raw path and the raw query string', () => {
    const request = requestFromEvent(httpApiEvent({ method: 'GET', rawQueryString: 'query=%7B%20me%20%7B%20id%20%7D%20%7D&x=1' }));
    expect(request.method).toBe('GET');
    expect(request.url).toBe('https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D&x=1');
    expect(new URL(request.url).searchParams.get('query')).toBe('{ me { id } }');
  });

  it('passes a JSON body through and decodes a base64 one', async () => {
    const body = JSON.stringify({ query: '{ me { id } }' });
    expect(await requestFromEvent(httpApiEvent({ method: 'POST', body })).text()).toBe(body);
    const encoded = requestFromEvent(httpApiEvent({ method: 'POST', body: Buffer.from(body).toString('base64'), isBase64Encoded: true }));
    expect(await encoded.text()).toBe(body);
  });

  it("puts payload 2.0's cookies back into one cookie header, and keeps the other headers", () => {
    const request = requestFromEvent(httpApiEvent({ method: 'GET', cookies: ['a=1', 'b=2'], headers: { 'x-custom': 'yes' } }));
    expect(request.headers.get('cookie')).toBe('a=1; b=2');
    expect(request.headers.get('x-custom')).toBe('yes');
  });

  it('lower-cases header names, and returns several Set-Cookie headers as cookies', async () => {
    const headers = new Headers([
      ['Content-Type', 'application/graphql-response+json; charset=utf-8'],
      ['X-Request-Id', 'r1'],
      ['Set-Cookie', 'a=1; Secure'],
      ['Set-Cookie', 'b=2; HttpOnly'],
    ]);
    const result = await resultFromResponse(new Response('{"data":{}}', { status: 200, headers }));
    expect(result).toEqual({
      statusCode: 200,
      headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', 'x-request-id': 'r1' },
      cookies: ['a=1; Secure', 'b=2; HttpOnly'],
      body: '{"data":{}}',
      isBase64Encoded: false,
    });
  });

  it('drops headers about the Node connection (connection: close after a refused body), which API Gateway owns', async () => {
    const result = await resultFromResponse(
      new Response('{}', { status: 413, headers: { connection: 'close', 'content-type': 'application/json' } }),
    );
    expect(result.headers).toEqual({ 'content-type': 'application/json' });
  });

  it('encodes a binary response in base64', async () => {
    const bytes = Uint8Array.from([0, 159, 146, 150]);
    const result = await resultFromResponse(new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
    expect(result.isBase64Encoded).toBe(true);
    expect(Buffer.from(result.body ?? '', 'base64')).toEqual(Buffer.from(bytes));
  });
});
