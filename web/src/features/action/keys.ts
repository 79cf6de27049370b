/** The action page's query keys: one action's page and its history. */
export const actionKeys = {
  all: ['action'] as const,
  /** Everything cached about one action: its page and its history. */
  one: (id: string) => [...actionKeys.all, id] as const,
  page: (id: string) => [...actionKeys.one(id), 'page'] as const,
  history: (id: string) => [...actionKeys.one(id), 'history'] as const,
};
