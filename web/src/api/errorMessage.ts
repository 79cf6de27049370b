/** A sentence fragment for "Could not load …: <fragment>", whatever was thrown. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message.trim() : '';
  if (message === '') return 'something went wrong.';
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
