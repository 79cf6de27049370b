import { badUserInput } from './errors.js';

/** The most entries a nested list field (dashboard lists, a change summary's changes) returns at once. */
const MAX_LIST_ITEMS = 500;

/** A nested list's `first` argument: `fallback` when absent, otherwise 0..MAX_LIST_ITEMS. */
export function listSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_LIST_ITEMS) throw badUserInput(`first must be between 0 and ${MAX_LIST_ITEMS}.`);
  return size;
}
