/**
 * The day the abuse suite's server believes it is: in the review year, a round can open and
 * close, and every date before adoption, after today or far away is out of range.
 */
export const ABUSE_NOW = new Date('2013-11-15T10:00:00Z');

/** The seed `npm test` runs with, so that its cases are the same on every machine; `npm run fuzz` picks a new one. */
export const DEFAULT_SEED = 20_131_115;
