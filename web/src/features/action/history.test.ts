import { describe, expect, it } from 'vitest';
import { changeLines, noteShown, summariseEvent, type ValueWords } from './history';

const words: ValueWords = {
  none: '(none)',
  value: (field, value) => (Array.isArray(value) ? value.join(', ') : `${field}=${String(value)}`),
};

describe('changeLines', () => {
  it('writes each changed field as before → after, in the order people read an action', () => {
    const lines = changeLines(
      { progress: 0, status: 'NOT_STARTED', lastConfirmedAt: null },
      { progress: 40, status: 'IN_PROGRESS', lastConfirmedAt: '2013-06-01T10:00:00Z' },
      words,
    );
    expect(lines).toEqual([
      { field: 'status', before: 'status=NOT_STARTED', after: 'status=IN_PROGRESS' },
      { field: 'progress', before: 'progress=0', after: 'progress=40' },
    ]);
  });

  it('writes absent values as none and leaves out fields that did not really change', () => {
    expect(changeLines({ note: null, evidenceUrls: [] }, { note: 'Tendered', evidenceUrls: null }, words)).toEqual([
      { field: 'note', before: '(none)', after: 'note=Tendered' },
    ]);
    expect(changeLines({ evidenceUrls: ['https://a.eu'] }, { evidenceUrls: ['https://a.eu', 'https://b.eu'] }, words)).toEqual([
      { field: 'evidenceUrls', before: 'https://a.eu', after: 'https://a.eu, https://b.eu' },
    ]);
  });

  it("shows a declared health as the change, and who declared it as the event's author only", () => {
    expect(changeLines({ declaredHealth: null, declaredHealthBy: null }, { declaredHealth: 'AT_RISK', declaredHealthBy: 'Anna' }, words)).toEqual([
      { field: 'declaredHealth', before: '(none)', after: 'declaredHealth=AT_RISK' },
    ]);
  });

  it('reads missing images as empty', () => {
    expect(changeLines(null, { status: 'COMPLETED' }, words)).toEqual([{ field: 'status', before: '(none)', after: 'status=COMPLETED' }]);
  });
});

describe('summariseEvent', () => {
  it('calls an update that changed nothing a confirmation', () => {
    expect(
      summariseEvent({ type: 'ACTION_UPDATED', before: { lastConfirmedAt: null }, after: { lastConfirmedAt: '2013-06-01T10:00:00Z' } }, words),
    ).toEqual({
      kind: 'confirmed',
    });
    // The day a change took effect is bookkeeping too (issue 13): a save with nothing changed is still a confirmation (issue 14).
    expect(
      summariseEvent(
        {
          type: 'ACTION_UPDATED',
          before: { lastConfirmedAt: null, effectiveOn: null },
          after: { lastConfirmedAt: '2013-06-01T10:00:00Z', effectiveOn: '2013-06-01' },
        },
        words,
      ),
    ).toEqual({ kind: 'confirmed' });
  });

  it('reads the newest revision of a deadline revision', () => {
    const revision = { date: '2014-06-30', previous: '2013-12-31', reason: 'Tender delayed.' };
    expect(summariseEvent({ type: 'DEADLINE_REVISED', before: { deadlineRevisions: [] }, after: { deadlineRevisions: [revision] } }, words)).toEqual({
      kind: 'deadline',
      ...revision,
    });
  });

  it('names the country and status of a report, and the outcome of a review', () => {
    expect(summariseEvent({ type: 'REPORT_SUBMITTED', country: 'DE', before: {}, after: { status: 'IN_PROGRESS' } }, words)).toEqual({
      kind: 'report',
      country: 'DE',
      status: 'IN_PROGRESS',
      resubmitted: false,
    });
    expect(
      summariseEvent(
        {
          type: 'REPORT_REVIEWED',
          country: 'FR',
          before: { review: { state: 'SUBMITTED' } },
          after: { review: { state: 'RETURNED', comment: 'Add links.' } },
        },
        words,
      ),
    ).toEqual({ kind: 'review', country: 'FR', state: 'RETURNED', comment: 'Add links.' });
  });

  it('says the status of a resubmitted report, not "none" (issue 14)', () => {
    // As recorded now: both images carry the status, unchanged.
    const resubmission = {
      type: 'REPORT_SUBMITTED' as const,
      country: 'DE',
      before: { status: 'IN_PROGRESS', version: 2, review: { state: 'RETURNED' } },
      after: { status: 'IN_PROGRESS', version: 3, review: { state: 'SUBMITTED' } },
    };
    expect(summariseEvent(resubmission, words)).toEqual({ kind: 'report', country: 'DE', status: 'IN_PROGRESS', resubmitted: true });
    // As recorded before: the unchanged status is in neither image; the summary says it is a resubmission, with no status.
    const older = { ...resubmission, before: { version: 2, evidenceUrls: [] }, after: { version: 3, evidenceUrls: ['https://bsi.de'] } };
    expect(summariseEvent(older, words)).toEqual({ kind: 'report', country: 'DE', status: null, resubmitted: true });
    // A changed status is read from the after image.
    expect(summariseEvent({ ...resubmission, after: { ...resubmission.after, status: 'COMPLETED' } }, words)).toMatchObject({ status: 'COMPLETED' });
  });
});

describe('noteShown', () => {
  it("shows a review's comment once: the event's note is the same comment (issue 14)", () => {
    const review = summariseEvent(
      {
        type: 'REPORT_REVIEWED',
        country: 'DE',
        before: { review: { state: 'SUBMITTED' } },
        after: { review: { state: 'RETURNED', comment: 'Add the programme link.' } },
      },
      words,
    );
    expect(noteShown(review, 'Add the programme link.')).toBe(true);
    expect(noteShown(review, 'Something else.')).toBe(false);
  });

  it("shows a changed note and a revision's reason once, and any other note", () => {
    const changed = summariseEvent({ type: 'ACTION_UPDATED', before: { note: null }, after: { note: 'Tendered' } }, words);
    expect(noteShown(changed, 'Tendered')).toBe(true);
    const revision = { date: '2014-06-30', previous: '2013-12-31', reason: 'Tender delayed.' };
    const revised = summariseEvent({ type: 'DEADLINE_REVISED', before: { deadlineRevisions: [] }, after: { deadlineRevisions: [revision] } }, words);
    expect(noteShown(revised, 'Tender delayed.')).toBe(true);
    expect(noteShown({ kind: 'confirmed' }, 'A note')).toBe(false);
  });
});
