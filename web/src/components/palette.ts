import type { ActionStatus, Health } from '../gql/graphql';

/**
 * Chart colours for statuses and health. Taken from the Okabe–Ito set, which stays
 * distinguishable with the common colour-vision deficiencies, and ordered so that their
 * lightness also differs, so a black-and-white print keeps them apart. Colour is never
 * the only carrier: every chart has a written legend and a table of the same numbers.
 */
export const STATUS_COLOURS: Record<ActionStatus, string> = {
  COMPLETED: '#009E73',
  ONGOING: '#56B4E9',
  IN_PROGRESS: '#0072B2',
  NOT_STARTED: '#BBBBBB',
  DISCONTINUED: '#000000',
};

export const HEALTH_COLOURS: Record<Health, string> = {
  DONE: '#009E73',
  ON_TRACK: '#56B4E9',
  AT_RISK: '#E69F00',
  OVERDUE: '#D55E00',
};

/** Statuses and health values in the order the product always lists them. */
export const STATUS_ORDER: readonly ActionStatus[] = ['COMPLETED', 'ONGOING', 'IN_PROGRESS', 'NOT_STARTED', 'DISCONTINUED'];
export const HEALTH_ORDER: readonly Health[] = ['DONE', 'ON_TRACK', 'AT_RISK', 'OVERDUE'];
