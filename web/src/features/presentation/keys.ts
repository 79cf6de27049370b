/** The slides' query keys. A frozen snapshot never changes; the live figures and the changes do. */
export const presentationKeys = {
  all: ['presentation'] as const,
  live: (asOf: string | null) => [...presentationKeys.all, 'live', asOf ?? 'today'] as const,
  snapshot: (id: string) => [...presentationKeys.all, 'snapshot', id] as const,
  changes: (from: string, to: string) => [...presentationKeys.all, 'changes', from, to] as const,
};
