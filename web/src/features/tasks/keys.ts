/** The task list's query keys. */
export const tasksKeys = {
  all: ['tasks'] as const,
  mine: () => [...tasksKeys.all, 'mine'] as const,
};
