import { createGraphQLError } from 'graphql-yoga';
import type { ExpectedErrorCode } from '../functions/domain/error-codes.js';

/**
 * Expected errors of the API contract (functions/domain/error-codes.ts), created here with a
 * message a person can act on; anything else is masked as INTERNAL_SERVER_ERROR and only logged.
 */
export function apiError(code: ExpectedErrorCode, message: string, details?: Record<string, unknown>) {
  return createGraphQLError(message, { extensions: { code, ...details } });
}

export const unauthenticated = (message = 'Sign in to use Strategy Tracker.') =>
  createGraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });

export const badUserInput = (message: string, details?: Record<string, unknown>) => apiError('BAD_USER_INPUT', message, details);

export const notFound = (message: string) => apiError('NOT_FOUND', message);

export const serviceUnavailable = () =>
  apiError(
    'SERVICE_UNAVAILABLE',
    'The service is busy: send the request again in a moment. A write sent with its clientMutationId is never applied twice.',
    {
      retryable: true,
    },
  );
