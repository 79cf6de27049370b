/**
 * The overview's query keys, apart from its documents and hooks: other features' writes import
 * these (web/src/app/writes.ts) without carrying the overview's code into their chunks.
 */
export const overviewKeys = {
  /** Everything the overview caches: the dashboard at every date and the conference's action. */
  all: ['overview'] as const,
  dashboards: () => [...overviewKeys.all, 'dashboard'] as const,
  /** The figures as of a date (`null`: the API's today). */
  dashboard: (asOf: string | null) => [...overviewKeys.dashboards(), asOf ?? 'today'] as const,
  conferenceAction: () => [...overviewKeys.all, 'conference-action'] as const,
};
