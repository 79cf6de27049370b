import type { ActionUpdateInput, TrackingState } from './action-update.js';

/**
 * An action's fields in two lists, one each (issue 11): those that come from the strategy text
 * (the catalogue) and those people change as the action is implemented (tracking). A catalogue
 * load compares and corrects the first; a past day is replayed over the first with the second
 * reset; an update plans the second. Each list names every field of its type: a field added to
 * the type and not to its list does not compile.
 */

/** The fields of an action that come from the strategy text (the catalogue). */
export interface CatalogueFields {
  ref: string;
  section: string;
  subheading?: string;
  /** The requesting phrase ("The Commission asks ENISA to:"); absent for a commitment made in a sentence. */
  leadIn?: string;
  text: string;
  owners: string[];
  partners: string[];
  deadlinePhrase?: string;
  baselineDeadline: string;
  deadlineSource: 'PHRASE' | 'REVIEW_DATE';
  recurring: boolean;
  memberStateReporting: boolean;
  kind: 'BULLET' | 'SENTENCE';
}

/** `L` when it names every key of `T`, otherwise `never` (so assigning a list to it fails). */
type EveryKeyOf<T, L extends readonly (keyof T)[]> = [Exclude<keyof T, L[number]>] extends [never] ? L : never;

const catalogueFields = [
  'ref',
  'section',
  'subheading',
  'leadIn',
  'text',
  'owners',
  'partners',
  'deadlinePhrase',
  'baselineDeadline',
  'deadlineSource',
  'recurring',
  'memberStateReporting',
  'kind',
] as const satisfies readonly (keyof CatalogueFields)[];

/** The catalogue fields, in the catalogue's order. */
export const CATALOGUE_FIELDS: EveryKeyOf<CatalogueFields, typeof catalogueFields> = catalogueFields;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

const trackingFields = [
  'status',
  'progress',
  'evidenceUrls',
  'note',
  'forecastDate',
  'declaredHealth',
  'declaredHealthBy',
  'lastConfirmedAt',
  'completedAt',
  'effectiveOn',
] as const satisfies readonly (keyof TrackingState)[];

/** The tracking fields (TrackingState). */
export const TRACKING_FIELDS: EveryKeyOf<TrackingState, typeof trackingFields> = trackingFields;
export type TrackingField = (typeof TRACKING_FIELDS)[number];

/** A tracking field that an update's input names. */
type UpdatableField = Extract<TrackingField, keyof ActionUpdateInput>;

const updatableFields = ['status', 'progress', 'note', 'evidenceUrls', 'forecastDate', 'declaredHealth'] as const satisfies readonly UpdatableField[];

/**
 * The tracking fields a person sets in an update (ActionUpdateInput, less the day the change
 * took effect); the others are bookkeeping the update sets itself (who declared the health,
 * when it was confirmed or completed, the effective day).
 */
export const UPDATABLE_FIELDS: EveryKeyOf<Omit<ActionUpdateInput, 'effectiveOn'>, typeof updatableFields> = updatableFields;
