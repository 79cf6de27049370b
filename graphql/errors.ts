import { createGraphQLError } from 'graphql-yoga';

/**
 * The error codes of the API contract. Expected errors are created here with a message a
 * person can act on; anything else is masked as INTERNAL_SERVER_ERROR and only logged.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

export function apiError(code: ErrorCode, message: string, details?: Record<string, unknown>) {
  return createGraphQLError(message, { extensions: { code, ...details } });
}

export const unauthenticated = (message = 'Sign in to use Strategy Tracker.') =>
  createGraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });

export const badUserInput = (message: string, details?: Record<string, unknown>) =>
  apiError('BAD_USER_INPUT', message, details);

export const notFound = (message: string) => apiError('NOT_FOUND', message);
