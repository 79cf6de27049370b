/** The account page's query keys. */
export const accountKeys = {
  all: ['account'] as const,
  person: (id: string) => [...accountKeys.all, id] as const,
};
