/** The query keys of the late-records note (the overview, the forecast and the changes page show it). */
export const lateRecordsKeys = {
  all: ['late-records'] as const,
  asOf: (asOf: string | null) => [...lateRecordsKeys.all, asOf ?? 'today'] as const,
};
