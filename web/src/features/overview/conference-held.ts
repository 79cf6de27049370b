/**
 * The review conference is an action of the strategy like any other: section 4's "they will
 * gather together all relevant parties in a high-level conference and assess progress in 12
 * months" is action 4-01 in the catalogue (data/eu-cybersecurity-strategy-2013.json, whose
 * notes say "the review conference stays 4-01"), due on the review date. Recording it as held
 * is completing that action through updateAction: the same permission rule, validation
 * (progress 100, an evidence link), optimistic version check, idempotency key and history as
 * any completion (docs/DECISIONS.md). Pure, so the input is tested without a browser.
 */
export const REVIEW_CONFERENCE_ACTION_ID = '4-01';

export interface ConferenceAction {
  id: string;
  status: string;
  note: string | null;
  evidenceUrls: readonly string[];
  version: number;
}

/** Whether the conference's action already records it as held. */
export function isRecordedHeld(action: Pick<ConferenceAction, 'status'> | null | undefined): boolean {
  return action?.status === 'COMPLETED';
}

/**
 * The updateAction input that records the conference as held: completed at 100%, the evidence
 * link added to those already there (never replacing them), and the action's note kept, or, when
 * it has none, the sentence given (e.g. "The review conference took place on 7 February 2014.").
 */
export function recordHeldInput(
  action: ConferenceAction,
  evidenceUrl: string,
  noteIfNone: string,
  clientMutationId: string,
): {
  actionId: string;
  status: 'COMPLETED';
  progress: number;
  evidenceUrls: string[];
  note?: string;
  expectedVersion: number;
  clientMutationId: string;
} {
  const link = evidenceUrl.trim();
  const evidenceUrls = link === '' || action.evidenceUrls.includes(link) ? [...action.evidenceUrls] : [...action.evidenceUrls, link];
  return {
    actionId: action.id,
    status: 'COMPLETED',
    progress: 100,
    evidenceUrls,
    ...(action.note && action.note.trim() !== '' ? {} : { note: noteIfNone }),
    expectedVersion: action.version,
    clientMutationId,
  };
}
