/** The forecast page's query keys. */
export const forecastKeys = {
  all: ['forecast'] as const,
  /** The forecast as of a date (`null`: the API's today), or as a snapshot froze it. */
  forecast: (asOf: string | null, snapshotId: string | null) =>
    snapshotId ? ([...forecastKeys.all, 'snapshot', snapshotId] as const) : ([...forecastKeys.all, asOf ?? 'today'] as const),
  /** A frozen snapshot's name (it never changes). */
  snapshotName: (id: string) => [...forecastKeys.all, 'snapshot-name', id] as const,
};
