/** The actions list's query keys. */
export const actionsKeys = {
  all: ['actions'] as const,
  /** The whole catalogue with each action's state, read page by page. */
  catalogue: () => [...actionsKeys.all, 'catalogue'] as const,
};
