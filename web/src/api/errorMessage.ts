/**
 * A sentence fragment for "Could not load …: <fragment>", whatever was thrown. The server's
 * messages are English (the API's language); the fallback is given in the reader's language.
 */
export function errorMessage(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message.trim() : '';
  if (message === '') return fallback;
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
