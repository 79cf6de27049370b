import { changeLines, type ChangeLine, type ValueWords } from './history';
import { evidenceLines, formValuesOf, UPDATE_FIELDS, type TrackedAction, type UpdateField, type UpdateFormValues } from './validation';

/**
 * When someone else saved the action first (CONFLICT), the page shows what they changed
 * against the version the form started from, and keeps what the person typed: a field they
 * edited keeps their value, a field they left alone takes the new saved value. Saving again
 * then sends only their own edits, against the new version.
 */
function sameField(field: UpdateField, a: UpdateFormValues, b: UpdateFormValues): boolean {
  if (field === 'evidence') return evidenceLines(a.evidence).join('\n') === evidenceLines(b.evidence).join('\n');
  return a[field].trim() === b[field].trim();
}

/** The fields of the form that the person changed from the version they started from. */
export function editedFields(values: UpdateFormValues, base: UpdateFormValues): UpdateField[] {
  return UPDATE_FIELDS.filter((field) => !sameField(field, values, base));
}

function tracked(action: TrackedAction): Record<string, unknown> {
  return {
    status: action.status,
    progress: action.progress,
    note: action.note,
    evidenceUrls: action.evidenceUrls,
    forecastDate: action.forecastDate,
    declaredHealth: action.declaredHealth,
  };
}

export interface ConflictReview {
  /** What the other person's save changed, in words: the version started from → the saved one. */
  theirChanges: ChangeLine[];
  /** The form's values to show now: the person's edits over the newly saved version. */
  values: UpdateFormValues;
  /** Fields that both changed: the person's value is kept, and should be checked. */
  overlapping: UpdateField[];
}

const FORM_FIELD: Record<string, UpdateField> = {
  status: 'status',
  progress: 'progress',
  note: 'note',
  evidenceUrls: 'evidence',
  forecastDate: 'forecastDate',
  declaredHealth: 'declaredHealth',
};

export function reviewConflict(typed: UpdateFormValues, startedFrom: TrackedAction, saved: TrackedAction, words: ValueWords): ConflictReview {
  const base = formValuesOf(startedFrom);
  const latest = formValuesOf(saved);
  const edited = new Set(editedFields(typed, base));
  const theirChanges = changeLines(tracked(startedFrom), tracked(saved), words);
  const values = Object.fromEntries(
    UPDATE_FIELDS.map((field) => [field, edited.has(field) ? typed[field] : latest[field]]),
  ) as unknown as UpdateFormValues;
  const theirFields = new Set(theirChanges.map((line) => FORM_FIELD[line.field]));
  const overlapping = UPDATE_FIELDS.filter((field) => edited.has(field) && theirFields.has(field) && !sameField(field, typed, latest));
  return { theirChanges, values, overlapping };
}
