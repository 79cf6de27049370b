import type { HistoryEventType } from '../../gql/graphql';

/**
 * History events carry the changed fields' before and after images (a merge patch: only the
 * fields that changed, null for an absent value). These functions turn them into lines a
 * person reads, "Status: Not started → In progress"; the words come from the caller, so the
 * rules are tested here and the language is chosen by the page.
 */
export interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

/** How one field's value is written; `none` stands for an absent value. */
export interface ValueWords {
  value(field: string, value: unknown): string;
  none: string;
}

/** Bookkeeping that every update touches: it is shown as "when" (and who declared the health as the event's author), not as a change. */
const IMPLIED_FIELDS = new Set(['lastConfirmedAt', 'completedAt', 'version', 'updatedAt', 'declaredHealthBy', 'effectiveOn']);

/** The order people expect to read an action's fields in. */
const FIELD_ORDER = ['status', 'progress', 'declaredHealth', 'forecastDate', 'note', 'evidenceUrls'];

function isAbsent(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isAbsent(a) && isAbsent(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function rank(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

/** The fields that differ between two images, each as "before → after" in words. */
export function changeLines(before: unknown, after: unknown, words: ValueWords): ChangeLine[] {
  const from = record(before);
  const to = record(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((field) => !IMPLIED_FIELDS.has(field) && !sameValue(from[field], to[field]))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const write = (field: string, value: unknown) => (isAbsent(value) ? words.none : words.value(field, value));
  return fields.map((field) => ({ field, before: write(field, from[field]), after: write(field, to[field]) }));
}

export interface HistoryEventLike {
  type: HistoryEventType;
  country?: string | null;
  before?: unknown;
  after?: unknown;
}

/** What an event did, in a shape the page puts into words. */
export type EventSummary =
  | { kind: 'changes'; lines: ChangeLine[] }
  /** An update that changed nothing but confirmed the action's state as it stood. */
  | { kind: 'confirmed' }
  | { kind: 'deadline'; previous: string; date: string; reason: string }
  /**
   * A country's submission. `resubmitted`: it replaces an earlier report; a resubmission
   * recorded before events carried an unchanged status (issue 14) has `status` null.
   */
  | { kind: 'report'; country: string; status: string | null; resubmitted: boolean }
  | { kind: 'review'; country: string; state: string | null; comment: string | null }
  | { kind: 'other' };

interface RevisionImage {
  date?: unknown;
  previous?: unknown;
  reason?: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function summariseEvent(event: HistoryEventLike, words: ValueWords): EventSummary {
  const after = record(event.after);
  switch (event.type) {
    case 'ACTION_UPDATED':
    case 'CATALOGUE_CORRECTED': {
      const lines = changeLines(event.before, event.after, words);
      return lines.length > 0 ? { kind: 'changes', lines } : { kind: 'confirmed' };
    }
    case 'DEADLINE_REVISED': {
      const revisions = Array.isArray(after.deadlineRevisions) ? (after.deadlineRevisions as RevisionImage[]) : [];
      const revision = revisions.at(-1);
      const date = text(revision?.date);
      const previous = text(revision?.previous);
      if (!date || !previous) return { kind: 'other' };
      return { kind: 'deadline', previous, date, reason: text(revision?.reason) ?? '' };
    }
    case 'REPORT_SUBMITTED': {
      const before = record(event.before);
      return {
        kind: 'report',
        country: event.country ?? '',
        status: text(after.status) ?? text(before.status),
        // A first submission replaces nothing: its before image has no version.
        resubmitted: typeof before.version === 'number',
      };
    }
    case 'REPORT_REVIEWED': {
      const review = record(after.review);
      return { kind: 'review', country: event.country ?? '', state: text(review.state), comment: text(review.comment) };
    }
    default:
      return { kind: 'other' };
  }
}

/**
 * Whether the event's note is already said by the summary above it: a changed note, a
 * revision's reason, or a review's comment (the review event keeps the comment as its note
 * too, so it was shown twice, issue 14).
 */
export function noteShown(summary: EventSummary, note: string): boolean {
  if (summary.kind === 'deadline') return summary.reason === note;
  if (summary.kind === 'review') return summary.comment === note;
  return summary.kind === 'changes' && summary.lines.some((line) => line.field === 'note');
}
