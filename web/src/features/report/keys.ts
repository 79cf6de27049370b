/** The conference report's query keys. A frozen snapshot never changes; the live report, its annex and the list of snapshots do. */
export const reportKeys = {
  all: ['report'] as const,
  live: (asOf: string | null) => [...reportKeys.all, 'live', asOf ?? 'today'] as const,
  snapshot: (id: string) => [...reportKeys.all, 'snapshot', id] as const,
  annex: (from: string, to: string, until: string) => [...reportKeys.all, 'annex', from, to, until] as const,
  snapshots: () => [...reportKeys.all, 'snapshots'] as const,
};
