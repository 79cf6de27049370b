/**
 * The error codes of the API contract: one list for the server that answers with them and the
 * web app that reads them. Anything not expected is masked as INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  /** The database was too busy to take the request (throttled, or a write kept losing its turn): send it again shortly. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The codes of expected errors, raised on purpose with a message a person can act on. */
export type ExpectedErrorCode = Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>;

/** Answers that asking again cannot change: a client that retries them only delays the message. */
export const FINAL_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']);

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}
