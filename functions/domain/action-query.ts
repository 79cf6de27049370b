import { ACTION_STATUSES, type ActionStatus } from './model.js';

/** The catalogue filter of the `actions` query, as pure functions over plain records. */
export interface ActionFilter {
  section?: string | null;
  owner?: string | null;
  status?: readonly ActionStatus[] | null;
  text?: string | null;
}

export interface FilterableAction {
  ref: string;
  section: string;
  leadIn?: string;
  text: string;
  owners: readonly string[];
  status: ActionStatus;
}

export const MAX_PAGE_SIZE = 100;
export const MAX_TEXT_FILTER_LENGTH = 200;

/** Returns the problems with a filter, in words a person can act on; empty when it is valid. */
export function filterProblems(filter: ActionFilter, known: { sections: readonly string[]; actors: readonly string[] }): string[] {
  const problems: string[] = [];
  if (filter.section != null && !known.sections.includes(filter.section)) {
    problems.push(`Unknown section "${filter.section}". Sections are ${known.sections.join(', ')}.`);
  }
  if (filter.owner != null && !known.actors.includes(filter.owner)) {
    problems.push(`Unknown owner "${filter.owner}". Owners are actor ids such as ${known.actors.slice(0, 3).join(', ')}.`);
  }
  for (const status of filter.status ?? []) {
    if (!ACTION_STATUSES.includes(status)) problems.push(`Unknown status "${status}".`);
  }
  if (filter.text != null && filter.text.length > MAX_TEXT_FILTER_LENGTH) {
    problems.push(`The text filter is limited to ${MAX_TEXT_FILTER_LENGTH} characters.`);
  }
  return problems;
}

const words = (text: string) => text.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);

export function matchesFilter(action: FilterableAction, filter: ActionFilter): boolean {
  if (filter.section != null && action.section !== filter.section) return false;
  if (filter.owner != null && !action.owners.includes(filter.owner)) return false;
  if (filter.status?.length && !filter.status.includes(action.status)) return false;
  if (filter.text) {
    const haystack = `${action.ref} ${action.leadIn ?? ''} ${action.text}`.toLocaleLowerCase('en');
    if (!words(filter.text).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** Strategy order: by section, then by the sequence in the reference ("2.1-02" before "2.1-10"). */
const refCollator = new Intl.Collator('en', { numeric: true });

export function compareRefs(a: string, b: string): number {
  return refCollator.compare(a, b);
}
