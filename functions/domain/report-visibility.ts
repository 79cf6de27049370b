import type { Viewer } from './model.js';
import type { ReportReview, ReviewState } from './reporting.js';

/**
 * Who sees what of a member-state report (issue 10, item 3; docs/DECISIONS.md "Reports under
 * review"). One rule, applied on every read path (the API's report and history resolvers,
 * `changes`, `changeSummary`, the exports):
 *
 * - A report that is not accepted (submitted, returned, resubmitted) shows its content (the
 *   note, the evidence links, the reviewer's comment) only to coordinators and to that
 *   country's national contacts. Everyone else sees that the country reported, its status,
 *   who reported and when, and the review state; coverage counts it as reported.
 * - An accepted report is shown whole to every signed-in role.
 * - A person's e-mail address is shown to coordinators only: anywhere a person's name is
 *   shown (authors, reporters, reviewers, revisers), an address in it is withheld.
 *
 * Pure: the callers pass the viewer and the records they read.
 */
export type VisibilityViewer = Pick<Viewer, 'role' | 'country'>;

/** Coordinators, and the national contacts of `country`, follow its reports through review. */
export function followsReviewOf(viewer: VisibilityViewer, country: string | null | undefined): boolean {
  return viewer.role === 'COORDINATOR' || (viewer.role === 'MEMBER_STATE' && country != null && viewer.country === country);
}

export function canSeeReportContent(viewer: VisibilityViewer, report: { country: string; review: { state: ReviewState } }): boolean {
  return report.review.state === 'ACCEPTED' || followsReviewOf(viewer, report.country);
}

/** What replaces an e-mail address in a name shown to anyone but a coordinator. */
export const EMAIL_WITHHELD = '(e-mail address withheld)';
const EMAIL_ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+/g;

/** A person's name as `viewer` may see it: coordinators see it as recorded; others without e-mail addresses. */
export function personName(name: string, viewer: VisibilityViewer): string;
export function personName(name: string | null | undefined, viewer: VisibilityViewer): string | null | undefined;
export function personName(name: string | null | undefined, viewer: VisibilityViewer): string | null | undefined {
  if (name == null || viewer.role === 'COORDINATOR') return name;
  return name.replace(EMAIL_ADDRESS, EMAIL_WITHHELD);
}

export interface ReportContent {
  country: string;
  note?: string;
  evidenceUrls: string[];
  reportedBy?: string;
  review: ReportReview;
}

/** A report as a viewer sees it: withheld content reads null, and `contentWithheld` says so. */
export type VisibleReport<R extends ReportContent> = Omit<R, 'note' | 'evidenceUrls' | 'review'> & {
  note?: string;
  evidenceUrls: string[] | null;
  review: ReportReview;
  contentWithheld: boolean;
};

export function redactReport<R extends ReportContent>(report: R, viewer: VisibilityViewer): VisibleReport<R> {
  const named = {
    ...report,
    ...(report.reportedBy !== undefined ? { reportedBy: personName(report.reportedBy, viewer) } : {}),
    review: { ...report.review, ...(report.review.reviewedBy !== undefined ? { reviewedBy: personName(report.review.reviewedBy, viewer) } : {}) },
  };
  if (canSeeReportContent(viewer, report)) return { ...named, contentWithheld: false };
  const review: ReportReview = { ...named.review };
  delete review.comment;
  return { ...named, note: undefined, evidenceUrls: null, review, contentWithheld: true };
}

/** A history event as the store keeps it (functions/store/store.ts HistoryEventRecord), in the fields this rule reads. */
export interface EventContent {
  type: string;
  country?: string;
  actorName: string;
  before?: unknown;
  after?: unknown;
  note?: string;
}

/** The report as it stands now, for a submission event: was the version it submitted accepted? */
export interface CurrentReport {
  version: number;
  review: { state: ReviewState };
}

export const REPORT_EVENT_TYPES: readonly string[] = ['REPORT_SUBMITTED', 'REPORT_REVIEWED'];

/** Fields of a report (and of its review) that are its content. */
const CONTENT_FIELDS = ['note', 'evidenceUrls'] as const;
const REVIEW_CONTENT_FIELDS = ['comment'] as const;
/** Fields, anywhere in an event's before and after, that hold a person's name. */
const PERSON_FIELDS = new Set(['reportedBy', 'reviewedBy', 'revisedBy']);

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether an event of a report needs its current state to be shown (a submission's content may have been accepted since). */
export function needsCurrentReport(event: Pick<EventContent, 'type' | 'country'>, viewer: VisibilityViewer): boolean {
  return event.type === 'REPORT_SUBMITTED' && !followsReviewOf(viewer, event.country);
}

/**
 * An event's content side (its `before` or `after` image) is accepted content when the report
 * it images was accepted: the image says so itself (a review that accepted; a submission over
 * an accepted report, in its `before`), or, for what a submission sent, the report as it
 * stands now is that submission accepted (its version one past the submission's).
 */
function sideAccepted(side: unknown, acceptedLater: boolean): boolean {
  if (!isFields(side)) return true;
  const review = side['review'];
  return (isFields(review) && review['state'] === 'ACCEPTED') || acceptedLater;
}

/** Nulls a side's content fields; returns whether any held something. */
function withholdContent(side: Fields): { side: Fields; withheld: boolean } {
  let withheld = false;
  const next: Fields = { ...side };
  for (const field of CONTENT_FIELDS) {
    if (!Object.hasOwn(next, field)) continue;
    const value = next[field];
    withheld ||= value != null && !(Array.isArray(value) && value.length === 0);
    next[field] = null;
  }
  const review = next['review'];
  if (isFields(review)) {
    const nextReview: Fields = { ...review };
    for (const field of REVIEW_CONTENT_FIELDS) {
      if (!Object.hasOwn(nextReview, field)) continue;
      withheld ||= nextReview[field] != null;
      nextReview[field] = null;
    }
    next['review'] = nextReview;
  }
  return { side: next, withheld };
}

/** Every name of a person inside an event image, without e-mail addresses for non-coordinators. */
function namesWithheld(value: unknown, viewer: VisibilityViewer): unknown {
  if (viewer.role === 'COORDINATOR') return value;
  if (Array.isArray(value)) return value.map((item) => namesWithheld(item, viewer));
  if (!isFields(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([field, inner]) => [
      field,
      PERSON_FIELDS.has(field) && typeof inner === 'string' ? personName(inner, viewer) : namesWithheld(inner, viewer),
    ]),
  );
}

/**
 * A history event as `viewer` may see it. For an event of a report (submission or review)
 * whose country the viewer does not follow, the content of each image that was never accepted
 * reads null, and so does the event's note (a review's comment) unless the review accepted.
 * `current` is the report as it stands now (needed for submissions: see needsCurrentReport).
 */
export function redactHistoryEvent<E extends EventContent>(
  event: E,
  viewer: VisibilityViewer,
  current?: CurrentReport,
): E & { contentWithheld: boolean } {
  const named = {
    ...event,
    actorName: personName(event.actorName, viewer),
    ...(event.before !== undefined ? { before: namesWithheld(event.before, viewer) } : {}),
    ...(event.after !== undefined ? { after: namesWithheld(event.after, viewer) } : {}),
  };
  if (!REPORT_EVENT_TYPES.includes(event.type) || followsReviewOf(viewer, event.country)) return { ...named, contentWithheld: false };

  const submittedVersion = isFields(event.after) && typeof event.after['version'] === 'number' ? event.after['version'] : undefined;
  const acceptedLater =
    event.type === 'REPORT_SUBMITTED' &&
    current !== undefined &&
    submittedVersion !== undefined &&
    current.review.state === 'ACCEPTED' &&
    current.version === submittedVersion + 1;
  let withheld = false;
  const result: E & { contentWithheld: boolean } = { ...named, contentWithheld: false };
  if (isFields(named.before) && !sideAccepted(named.before, false)) {
    const redacted = withholdContent(named.before);
    result.before = redacted.side;
    withheld ||= redacted.withheld;
  }
  const afterAccepted = sideAccepted(named.after, acceptedLater);
  if (isFields(named.after) && !afterAccepted) {
    const redacted = withholdContent(named.after);
    result.after = redacted.side;
    withheld ||= redacted.withheld;
  }
  if (event.note != null && !afterAccepted) {
    result.note = undefined;
    withheld = true;
  }
  result.contentWithheld = withheld;
  return result;
}

/** The current reports, by action and country, for redactHistoryEvent's `current`. */
export function currentReportOf(
  reports: readonly (CurrentReport & { actionId: string; country: string })[],
): (event: { actionId?: string; country?: string }) => CurrentReport | undefined {
  const byKey = new Map(reports.map((report) => [`${report.actionId}\u0000${report.country}`, report]));
  return (event) => (event.actionId && event.country ? byKey.get(`${event.actionId}\u0000${event.country}`) : undefined);
}
