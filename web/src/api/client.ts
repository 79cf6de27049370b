import type { ErrorCode } from '../../../functions/domain/error-codes';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** The codes of the API contract, plus the two ways a request fails before GraphQL answers. */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'HTTP';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code: ApiErrorCode | (string & {}),
  ) {
    super(message);
  }
}

export interface GraphQLClientOptions {
  endpoint?: string;
  getToken(): string | null;
  /** Called when the API refuses the token: the caller drops it and sends the person to sign in. */
  onUnauthenticated(): void;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** A document as codegen writes it (a feature's api.generated.ts): its text, typed with its result and variables. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

export interface GraphQLClient {
  request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables, options?: RequestOptions): Promise<TResult>;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const endpoint = options.endpoint ?? '/graphql';

  return {
    async request(document, variables, { signal } = {}) {
      const token = options.getToken();
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      };
      if (token) headers.authorization = `Bearer ${token}`;

      let response: Response;
      try {
        response = await (options.fetch ?? fetch)(endpoint, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: document.toString(), variables }),
          signal,
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new ApiError('the server could not be reached.', 'NETWORK');
      }

      const body = (await response.json().catch(() => undefined)) as GraphQLResponseBody | undefined;
      const error = responseError(response, body);
      if (error) {
        if (error.code === 'UNAUTHENTICATED') options.onUnauthenticated();
        throw error;
      }
      return body!.data as never;
    },
  };
}

/** The error a response carries, if any; GraphQL errors take precedence over the HTTP status. */
export function responseError(response: Pick<Response, 'ok' | 'status' | 'statusText'>, body: GraphQLResponseBody | undefined): ApiError | undefined {
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (errors.length > 0) {
    const codes = errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : undefined));
    const code = codes.includes('UNAUTHENTICATED') ? 'UNAUTHENTICATED' : (codes.find(Boolean) ?? 'INTERNAL_SERVER_ERROR');
    const messages = [...new Set(errors.map((e) => (typeof e.message === 'string' ? e.message : '')).filter(Boolean))];
    return new ApiError(messages.join(' ') || 'the server reported an error.', code);
  }
  // An API Gateway JWT authorizer answers 401 without a GraphQL body.
  if (response.status === 401) return new ApiError('your session is no longer valid.', 'UNAUTHENTICATED');
  if (!response.ok) {
    return new ApiError(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, 'HTTP');
  }
  if (body === undefined || typeof body.data !== 'object' || body.data === null) {
    return new ApiError('the server sent an answer that this page cannot read.', 'HTTP');
  }
  return undefined;
}
