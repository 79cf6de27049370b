/** The query keys of what the conference pages (overview, report, forecast, slides) open on. */
export const conferenceKeys = {
  all: ['conference'] as const,
  /** The newest frozen snapshot, the review date and the API's today. */
  default: () => [...conferenceKeys.all, 'default'] as const,
};
