import { describe, expect, it } from 'vitest';
import { editedFields, reviewConflict } from './conflict';
import type { ValueWords } from './history';
import { formValuesOf, type TrackedAction } from './validation';

const words: ValueWords = { none: '—', value: (_field, value) => String(value) };
const startedFrom: TrackedAction = { status: 'NOT_STARTED', progress: 0, note: null, evidenceUrls: [], forecastDate: null, declaredHealth: null };

describe('reviewConflict', () => {
  it('shows what the other person changed and keeps what this person typed', () => {
    const saved: TrackedAction = { ...startedFrom, progress: 30, note: 'Study tendered.' };
    const typed = { ...formValuesOf(startedFrom), status: 'IN_PROGRESS' as const, progress: '50' };
    const review = reviewConflict(typed, startedFrom, saved, words);
    expect(review.theirChanges).toEqual([
      { field: 'progress', before: '0', after: '30' },
      { field: 'note', before: '—', after: 'Study tendered.' },
    ]);
    expect(review.values).toEqual({ ...typed, note: 'Study tendered.' });
    expect(review.overlapping).toEqual(['progress']);
  });

  it('does not call a field overlapping when both wrote the same value', () => {
    const saved: TrackedAction = { ...startedFrom, progress: 50 };
    const typed = { ...formValuesOf(startedFrom), progress: '50' };
    expect(reviewConflict(typed, startedFrom, saved, words).overlapping).toEqual([]);
  });
});

describe('editedFields', () => {
  it('ignores blank lines and spaces that change no value', () => {
    const base = formValuesOf({ ...startedFrom, evidenceUrls: ['https://a.eu'] });
    expect(editedFields({ ...base, evidence: '\nhttps://a.eu  \n', note: '  ' }, base)).toEqual([]);
    expect(editedFields({ ...base, declaredHealth: 'AT_RISK' }, base)).toEqual(['declaredHealth']);
  });
});
