/** The scorecards' query keys: one read serves the list and every body's scorecard. */
export const scorecardsKeys = {
  all: ['scorecards'] as const,
};
