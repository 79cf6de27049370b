import { describe, expect, it, vi } from 'vitest';
import { ShellDocument as ShellQuery } from '../app/api.generated';
import { ActionsPageDocument as ActionsPageQuery } from '../features/actions/api.generated';
import { ApiError, createGraphQLClient } from './client';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function clientAnswering(response: Response | (() => Promise<Response>), token: string | null = 'jwt') {
  const fetchImpl = vi.fn<typeof fetch>(typeof response === 'function' ? response : async () => response);
  const onUnauthenticated = vi.fn();
  const client = createGraphQLClient({ getToken: () => token, onUnauthenticated, fetch: fetchImpl });
  return { client, fetchImpl, onUnauthenticated };
}

describe('GraphQL client', () => {
  it('posts the printed query and its variables with the bearer token', async () => {
    const data = { actions: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } };
    const { client, fetchImpl } = clientAnswering(jsonResponse(200, { data }));
    await expect(client.request(ActionsPageQuery, { first: 100, after: 'c1' })).resolves.toEqual(data);

    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toHaveProperty('authorization', 'Bearer jwt');
    const body = JSON.parse(String(init?.body));
    expect(body.query).toMatch(/query ActionsPage\(\$first: Int, \$after: String\)/);
    expect(body.variables).toEqual({ first: 100, after: 'c1' });
  });

  it('sends no authorization header without a token', async () => {
    const { client, fetchImpl } = clientAnswering(jsonResponse(200, { data: { me: null } }), null);
    await client.request(ShellQuery, {});
    const init = fetchImpl.mock.calls[0]![1];
    expect(init?.headers).not.toHaveProperty('authorization');
  });

  it('raises the error code and message of a GraphQL error', async () => {
    const { client, onUnauthenticated } = clientAnswering(
      jsonResponse(200, { data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] }),
    );
    const error = await client.request(ShellQuery, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'Not allowed' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('ends the session when the API refuses the token', async () => {
    const { client, onUnauthenticated } = clientAnswering(
      jsonResponse(200, { errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    await expect(client.request(ShellQuery, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('treats a bare 401 (the cloud JWT authorizer) as unauthenticated', async () => {
    const { client, onUnauthenticated } = clientAnswering(jsonResponse(401, { message: 'Unauthorized' }));
    await expect(client.request(ShellQuery, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('reports an HTTP failure without a GraphQL body in words', async () => {
    const { client } = clientAnswering(new Response('<html>gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(client.request(ShellQuery, {})).rejects.toThrow('the server answered 502 Bad Gateway.');
  });

  it('reports an unreachable server in words', async () => {
    const { client } = clientAnswering(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.request(ShellQuery, {})).rejects.toMatchObject({
      code: 'NETWORK',
      message: 'the server could not be reached.',
    });
  });
});
