import { isCalendarDate } from '../../../../functions/domain/dates';
import type { ActionStatus, Health } from '../../gql/graphql';

/**
 * What the actions page shows — filters and sort order — kept in the address so that a
 * filtered view can be bookmarked, shared and reloaded. Parsing never throws: a value that
 * is not understood (an edited or truncated link) is dropped and the rest still applies.
 */
export const STATUSES: readonly ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'ONGOING', 'COMPLETED', 'DISCONTINUED'];
export const HEALTHS: readonly Health[] = ['OVERDUE', 'AT_RISK', 'ON_TRACK', 'DONE'];
export const SORT_KEYS = ['ref', 'deadline', 'status', 'health', 'progress'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
/** `passed`: the deadline in force is before today; `next90`: it falls within the next 90 days. */
export const DUE_WINDOWS = ['passed', 'next90'] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];

export interface ActionsView {
  /** Words to find, as typed (untrimmed, so typing a space is not undone). */
  text: string;
  section: string | null;
  owner: string | null;
  statuses: ActionStatus[];
  healths: Health[];
  due: DueWindow | null;
  /** Deadline on or after this date (YYYY-MM-DD). */
  dueFrom: string | null;
  /** Deadline on or before this date (YYYY-MM-DD). */
  dueTo: string | null;
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_VIEW: ActionsView = {
  text: '',
  section: null,
  owner: null,
  statuses: [],
  healths: [],
  due: null,
  dueFrom: null,
  dueTo: null,
  sort: 'ref',
  direction: 'asc',
};

/** The names in the address; short, since people paste these links into mail. */
const PARAM = {
  text: 'q',
  section: 'section',
  owner: 'owner',
  status: 'status',
  health: 'health',
  due: 'due',
  dueFrom: 'from',
  dueTo: 'to',
  sort: 'sort',
  direction: 'dir',
} as const;

/** Longer than any search a person types; keeps a hostile link from making every keystroke slow. */
export const MAX_TEXT_LENGTH = 200;

/** The sections and owners the catalogue knows: a link naming any other is read as no filter. */
export interface Vocabulary {
  sections: ReadonlySet<string>;
  owners: ReadonlySet<string>;
}

export function parseView(params: URLSearchParams, vocabulary: Vocabulary): ActionsView {
  const section = params.get(PARAM.section);
  const owner = params.get(PARAM.owner);
  const sort = oneOf(params.get(PARAM.sort), SORT_KEYS);
  return {
    text: (params.get(PARAM.text) ?? '').slice(0, MAX_TEXT_LENGTH),
    section: section !== null && vocabulary.sections.has(section) ? section : null,
    owner: owner !== null && vocabulary.owners.has(owner) ? owner : null,
    statuses: allOf(params.getAll(PARAM.status), STATUSES),
    healths: allOf(params.getAll(PARAM.health), HEALTHS),
    due: oneOf(params.get(PARAM.due), DUE_WINDOWS),
    dueFrom: calendarDate(params.get(PARAM.dueFrom)),
    dueTo: calendarDate(params.get(PARAM.dueTo)),
    sort: sort ?? DEFAULT_VIEW.sort,
    direction: params.get(PARAM.direction) === 'desc' ? 'desc' : 'asc',
  };
}

/** The address for a view, naming only what differs from the default, in a fixed order. */
export function viewToParams(view: ActionsView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.text.trim() !== '') params.set(PARAM.text, view.text);
  if (view.section) params.set(PARAM.section, view.section);
  if (view.owner) params.set(PARAM.owner, view.owner);
  for (const status of STATUSES) if (view.statuses.includes(status)) params.append(PARAM.status, status);
  for (const health of HEALTHS) if (view.healths.includes(health)) params.append(PARAM.health, health);
  if (view.due) params.set(PARAM.due, view.due);
  if (view.dueFrom) params.set(PARAM.dueFrom, view.dueFrom);
  if (view.dueTo) params.set(PARAM.dueTo, view.dueTo);
  if (view.sort !== DEFAULT_VIEW.sort || view.direction !== DEFAULT_VIEW.direction) {
    params.set(PARAM.sort, view.sort);
    params.set(PARAM.direction, view.direction);
  }
  return params;
}

/** Whether any filter narrows the list (the sort order is not a filter). */
export function isFiltered(view: ActionsView): boolean {
  return (
    view.text.trim() !== '' ||
    view.section !== null ||
    view.owner !== null ||
    view.statuses.length > 0 ||
    view.healths.length > 0 ||
    view.due !== null ||
    view.dueFrom !== null ||
    view.dueTo !== null
  );
}

/** The same view with every filter cleared and the sort order kept. */
export function clearFilters(view: ActionsView): ActionsView {
  return { ...DEFAULT_VIEW, sort: view.sort, direction: view.direction };
}

/** Sorting by a column: a new column starts ascending, the same column again turns the order round. */
export function sortBy(view: ActionsView, key: SortKey): ActionsView {
  if (view.sort === key) return { ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' };
  return { ...view, sort: key, direction: 'asc' };
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function allOf<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

/** A real calendar date written YYYY-MM-DD, or null (2013-02-30 is not one). */
export function calendarDate(value: string | null): string | null {
  return isCalendarDate(value) ? value : null;
}
