/** The sign-in page's query keys. */
export const signInKeys = {
  all: ['sign-in'] as const,
  /** How this deployment signs people in (local users or the hosted sign-in). */
  method: () => [...signInKeys.all, 'method'] as const,
};
