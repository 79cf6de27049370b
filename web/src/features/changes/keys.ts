/** The changes page's query keys. */
export const changesKeys = {
  all: ['changes'] as const,
  summary: (from: string, to: string) => [...changesKeys.all, 'summary', from, to] as const,
};
