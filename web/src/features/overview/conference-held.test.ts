import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../../functions/domain/strategy-catalogue';
import { REVIEW_CONFERENCE_ACTION_ID, isRecordedHeld, recordHeldInput } from './conference-held';

const open = { id: '4-01', status: 'NOT_STARTED', note: null, evidenceUrls: [] as string[], version: 3 };

describe('the review conference as an action', () => {
  it('is action 4-01 of the catalogue: the high-level conference, due on the review date', () => {
    const action = catalogue.actions.find((candidate) => candidate.ref === REVIEW_CONFERENCE_ACTION_ID);
    expect(action?.text).toMatch(/high-level conference and assess progress in 12 months/);
    expect(action?.deadlinePhrase).toBe('in 12 months');
  });

  it('is recorded as held once its action is completed', () => {
    expect(isRecordedHeld(open)).toBe(false);
    expect(isRecordedHeld({ status: 'IN_PROGRESS' })).toBe(false);
    expect(isRecordedHeld({ status: 'COMPLETED' })).toBe(true);
    expect(isRecordedHeld(null)).toBe(false);
  });
});

describe('recording the conference as held', () => {
  it('completes the action at 100% with the evidence link, the note saying when, the version read and one key', () => {
    expect(recordHeldInput(open, ' https://example.eu/conference ', 'The review conference took place on 7 February 2014.', 'key-1')).toEqual({
      actionId: '4-01',
      status: 'COMPLETED',
      progress: 100,
      evidenceUrls: ['https://example.eu/conference'],
      note: 'The review conference took place on 7 February 2014.',
      expectedVersion: 3,
      clientMutationId: 'key-1',
    });
  });

  it('adds to the evidence already there, never twice, and keeps the owner’s own note', () => {
    const input = recordHeldInput(
      { ...open, note: 'Held in Brussels.', evidenceUrls: ['https://example.eu/programme'] },
      'https://example.eu/programme',
      'unused',
      'key-2',
    );
    expect(input.evidenceUrls).toEqual(['https://example.eu/programme']);
    expect(input).not.toHaveProperty('note');
  });
});
