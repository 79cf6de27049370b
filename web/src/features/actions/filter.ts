import type { ActionStatus, Health } from '../../gql/graphql';
import type { ActionsView, SortDirection, SortKey } from './view';
import { HEALTHS, STATUSES } from './view';
import { addDays } from '../../../../functions/domain/dates';

/** What filtering and sorting read of an action. */
export interface FilterableAction {
  ref: string;
  section: string;
  leadIn?: string | null;
  text: string;
  owners: readonly string[];
  deadline?: string | null;
  status: ActionStatus;
  health: Health;
  progress: number;
}

/** An action with what searching and ordering need worked out once per catalogue, not per keystroke. */
export interface IndexedAction<A extends FilterableAction> {
  action: A;
  /** Its position in the strategy: sections by number, then references by number. */
  order: number;
  /** Reference, lead-in and text, folded for matching. */
  words: string;
}

/** Compares "2.10" after "2.9" and "2.1-10" after "2.1-09", as the strategy numbers them. */
const numbering = new Intl.Collator('en', { numeric: true });

/** Lower case, accents dropped: "Résilience" is found by "resilience". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function indexActions<A extends FilterableAction>(actions: readonly A[]): IndexedAction<A>[] {
  const inStrategyOrder = [...actions].sort((a, b) => numbering.compare(a.section, b.section) || numbering.compare(a.ref, b.ref));
  const order = new Map(inStrategyOrder.map((action, index) => [action, index]));
  return actions.map((action) => ({
    action,
    order: order.get(action)!,
    words: fold(`${action.ref}\n${action.leadIn ?? ''}\n${action.text}`),
  }));
}

/** The search box's words: an action matches when it contains every one of them. */
export function searchWords(text: string): string[] {
  return fold(text)
    .split(/\s+/u)
    .filter((word) => word !== '');
}

export const NEXT_DAYS = 90;

/** The actions that the view's filters let through, in the order given. `today` is YYYY-MM-DD. */
export function filterActions<A extends FilterableAction>(
  actions: readonly IndexedAction<A>[],
  view: ActionsView,
  today: string,
): IndexedAction<A>[] {
  const words = searchWords(view.text);
  const statuses = view.statuses.length > 0 ? new Set<ActionStatus>(view.statuses) : null;
  const healths = view.healths.length > 0 ? new Set<Health>(view.healths) : null;
  // Every deadline condition narrows to one range, both ends included; ISO dates compare as text.
  let earliest = view.dueFrom;
  let latest = view.dueTo;
  if (view.due === 'passed') latest = min(latest, addDays(today, -1));
  if (view.due === 'next90') {
    earliest = max(earliest, today);
    latest = min(latest, addDays(today, NEXT_DAYS));
  }
  const byDeadline = earliest !== null || latest !== null;

  return actions.filter(({ action, words: haystack }) => {
    if (view.section !== null && action.section !== view.section) return false;
    if (view.owner !== null && !action.owners.includes(view.owner)) return false;
    if (statuses && !statuses.has(action.status)) return false;
    if (healths && !healths.has(action.health)) return false;
    if (byDeadline) {
      const deadline = action.deadline;
      if (!deadline) return false;
      if (earliest !== null && deadline < earliest) return false;
      if (latest !== null && deadline > latest) return false;
    }
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Statuses from not started to finished; health from the most urgent. Ascending by health
 * therefore puts overdue actions first, which is what someone sorting by health looks for.
 */
const STATUS_RANK = new Map(STATUSES.map((status, index) => [status, index]));
const HEALTH_RANK = new Map(HEALTHS.map((health, index) => [health, index]));

type Compare<A extends FilterableAction> = (a: A, b: A) => number;

function comparing<A extends FilterableAction>(key: SortKey): Compare<A> {
  switch (key) {
    case 'deadline':
      return (a, b) => compareText(a.deadline, b.deadline);
    case 'status':
      return (a, b) => STATUS_RANK.get(a.status)! - STATUS_RANK.get(b.status)!;
    case 'health':
      return (a, b) => HEALTH_RANK.get(a.health)! - HEALTH_RANK.get(b.health)!;
    case 'progress':
      return (a, b) => a.progress - b.progress;
    case 'ref':
      return () => 0;
  }
}

/**
 * A new array in the view's order; ties keep the strategy's order, and actions without a
 * deadline come last whichever way deadlines are sorted.
 */
export function sortActions<A extends FilterableAction>(
  actions: readonly IndexedAction<A>[],
  key: SortKey,
  direction: SortDirection,
): IndexedAction<A>[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = comparing<A>(key);
  return [...actions].sort((a, b) => {
    if (key === 'deadline') {
      const missing = Number(!a.action.deadline) - Number(!b.action.deadline);
      if (missing !== 0) return missing;
    }
    const byKey = compare(a.action, b.action) * sign;
    if (byKey !== 0) return byKey;
    return key === 'ref' ? (a.order - b.order) * sign : a.order - b.order;
  });
}

export interface Run<T> {
  key: string;
  items: T[];
}

/** Neighbours that share a key, as runs in the order given (sections in a list sorted by reference). */
export function runsBy<T>(items: readonly T[], keyOf: (item: T) => string): Run<T>[] {
  const runs: Run<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

function compareText(a: string | null | undefined, b: string | null | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

function min(a: string | null, b: string): string {
  return a === null || b < a ? b : a;
}

function max(a: string | null, b: string): string {
  return a === null || b > a ? b : a;
}
