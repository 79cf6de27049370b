/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionStatus =
  | 'COMPLETED'
  /** Withdrawn or superseded; a reason is recorded. */
  | 'DISCONTINUED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  /** A recurring action that is running as planned. */
  | 'ONGOING';

/** What kind of change a history event made, as the change summary names it. */
export type ChangeKind =
  /** Another field changed: note, evidence, forecast or declared health. */
  | 'ACTION_UPDATED'
  | 'CATALOGUE_CORRECTED'
  | 'DEADLINE_REVISED'
  /** The progress moved, the status stayed. */
  | 'PROGRESS_MOVED'
  | 'REPORT_REVIEWED'
  | 'REPORT_SUBMITTED'
  | 'ROUND_CLOSED'
  | 'ROUND_OPENED'
  /** The status changed (the progress may have moved too). */
  | 'STATUS_CHANGED';

export type DeadlineSource =
  /** Normalised from the deadline phrase in the strategy text. */
  | 'PHRASE'
  /** The strategy states no deadline: the action falls due at the review date. */
  | 'REVIEW_DATE';

export type DirectoryMismatchKind =
  /** The account's name, address, group, body, country or enabled state differs from the record. */
  | 'DIFFERS'
  /** A record whose account is no longer in the directory. */
  | 'NOT_IN_DIRECTORY'
  /** An account in the directory that the product has no record of. */
  | 'NOT_RECORDED';

export type FreezeSnapshotInput = {
  /** The date whose state is frozen (its end, UTC): today by default; not in the future, not before adoption. */
  asOf?: string | null | undefined;
  /** Retrying with the same id returns the first result and writes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** 1 to 200 characters, e.g. As presented to the review conference. */
  name: string;
};

export type Health =
  | 'AT_RISK'
  | 'DONE'
  | 'ON_TRACK'
  | 'OVERDUE';

export type HistoryEventType =
  | 'ACTION_UPDATED'
  | 'CATALOGUE_CORRECTED'
  | 'DEADLINE_REVISED'
  | 'PERSON_DISABLED'
  | 'PERSON_ENABLED'
  | 'PERSON_INVITED'
  | 'PERSON_UPDATED'
  | 'REPORT_REVIEWED'
  | 'REPORT_SUBMITTED'
  | 'ROUND_CLOSED'
  | 'ROUND_OPENED';

export type InvitePersonInput = {
  /** Required for an OWNER (one of the catalogue's actors), empty otherwise. */
  actor?: string | null | undefined;
  clientMutationId?: string | null | undefined;
  /** Required for a MEMBER_STATE (one of the member states), empty otherwise. */
  country?: string | null | undefined;
  /** Unique among people, any case. */
  email: string;
  name: string;
  role: Role;
};

export type MemberStateReportInput = {
  actionId: string | number;
  clientMutationId?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code; a national contact may only report for their own country. */
  country: string;
  /**
   * The day the reported state was reached: today (UTC) when absent. Not in the future, not before
   * the adoption, not before the day of the country's latest report on the action (MemberStateReport.effectiveOn).
   */
  effectiveOn?: string | null | undefined;
  evidenceUrls?: Array<string> | null | undefined;
  /** The version of the current report; absent for a first report. */
  expectedVersion?: number | null | undefined;
  note?: string | null | undefined;
  status: MemberStateReportStatus;
};

export type MemberStateReportStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_APPLICABLE'
  | 'NOT_STARTED'
  | 'PLANNED';

/** Why an action is likely to miss the review date; the first that applies, in this order. */
export type MissReason =
  /** Health AT_RISK against its own deadline, which falls on or before the review date. */
  | 'AT_RISK'
  /** Its forecast completion date is after the review date. */
  | 'FORECAST_AFTER_REVIEW'
  /** Not started (progress 0). */
  | 'NOT_STARTED'
  /** Past its deadline and not completed. */
  | 'OVERDUE'
  /** Its progress, at its own pace since adoption, would not reach 100 by the review date. */
  | 'PACE_TOO_SLOW';

export type OpenReportingRoundInput = {
  clientMutationId?: string | null | undefined;
  closes: string;
  name: string;
};

export type PeopleFilter = {
  actor?: string | null | undefined;
  country?: string | null | undefined;
  role?: Role | null | undefined;
  /** Part of the name or the e-mail address, any case. */
  search?: string | null | undefined;
  status?: PersonStatus | null | undefined;
};

/** INVITED until the first sign-in; DISABLED people are refused on every request. */
export type PersonStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED';

export type ReviewDecision =
  | 'ACCEPT'
  | 'RETURN';

export type ReviewMemberStateReportInput = {
  actionId: string | number;
  clientMutationId?: string | null | undefined;
  /** Required when returning a report: what the country should revise. */
  comment?: string | null | undefined;
  country: string;
  decision: ReviewDecision;
  expectedVersion: number;
};

export type ReviewState =
  | 'ACCEPTED'
  | 'RETURNED'
  | 'SUBMITTED';

export type ReviseDeadlineInput = {
  actionId: string | number;
  clientMutationId?: string | null | undefined;
  date: string;
  /** The day the deadline was revised: today (UTC) when absent; the same range as UpdateActionInput.effectiveOn. */
  effectiveOn?: string | null | undefined;
  expectedVersion: number;
  reason: string;
};

export type Role =
  | 'COORDINATOR'
  | 'MEMBER_STATE'
  | 'OWNER'
  | 'VIEWER';

/** Who or what froze a snapshot. */
export type SnapshotTrigger =
  /** A coordinator froze it (freezeSnapshot). */
  | 'COORDINATOR'
  /** A reporting round closed. */
  | 'ROUND_CLOSED';

export type UpdateActionInput = {
  actionId: string | number;
  /** Retrying with the same id returns the first result and writes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** The owner's own view of the action's health; shown beside the computed health. */
  declaredHealth?: Health | null | undefined;
  /**
   * The day the change happened: today (UTC) when absent. Not in the future, not before the
   * adoption, not before the latest day already recorded for the action (Action.effectiveOn).
   */
  effectiveOn?: string | null | undefined;
  /** http(s) links to the evidence; replaces the list. */
  evidenceUrls?: Array<string> | null | undefined;
  /** The version you read; a stale version is answered with CONFLICT and changes nothing. */
  expectedVersion: number;
  forecastDate?: string | null | undefined;
  note?: string | null | undefined;
  /** 0 to 100. */
  progress?: number | null | undefined;
  /** Omitted fields keep their value; note, forecastDate and declaredHealth accept null to clear. */
  status?: ActionStatus | null | undefined;
};

export type UpdatePersonInput = {
  /** Omitted: unchanged (cleared when the new role has no body); empty: cleared. */
  actor?: string | null | undefined;
  clientMutationId?: string | null | undefined;
  /** Omitted: unchanged (cleared when the new role has no country); empty: cleared. */
  country?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  role?: Role | null | undefined;
};

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { me: { id: string, name: string, role: Role, actor: string | null, country: string | null } | null, strategy: { reference: string, title: string, reviewDate: string, actors: Array<{ id: string, name: string }> }, memberStates: Array<{ code: string, name: string }> };

export type MyAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type MyAccountQuery = { person: { id: string, email: string, status: PersonStatus, lastSignInAt: string | null } | null };

export type ActionPageFieldsFragment = { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: DeadlineSource, deadlinePhrase: string | null, recurring: boolean, memberStateReporting: boolean, status: ActionStatus, progress: number, health: Health, declaredHealth: Health | null, declaredHealthBy: string | null, healthDisagreement: boolean, stale: boolean, note: string | null, evidenceUrls: Array<string>, forecastDate: string | null, lastConfirmedAt: string | null, slippageDays: number, effectiveOn: string | null, completedAt: string | null, version: number, deadlineRevisions: Array<{ date: string, previous: string, reason: string, revisedAt: string, revisedBy: string, effectiveOn: string }>, memberStateReports: Array<{ country: string, status: MemberStateReportStatus, contentWithheld: boolean, reportedAt: string | null, reportedBy: string | null, review: { state: ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> };

export type ActionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionPageQuery = { action: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: DeadlineSource, deadlinePhrase: string | null, recurring: boolean, memberStateReporting: boolean, status: ActionStatus, progress: number, health: Health, declaredHealth: Health | null, declaredHealthBy: string | null, healthDisagreement: boolean, stale: boolean, note: string | null, evidenceUrls: Array<string>, forecastDate: string | null, lastConfirmedAt: string | null, slippageDays: number, effectiveOn: string | null, completedAt: string | null, version: number, deadlineRevisions: Array<{ date: string, previous: string, reason: string, revisedAt: string, revisedBy: string, effectiveOn: string }>, memberStateReports: Array<{ country: string, status: MemberStateReportStatus, contentWithheld: boolean, reportedAt: string | null, reportedBy: string | null, review: { state: ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> } | null, strategy: { adopted: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, owningBody: boolean }> } };

export type ActionHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActionHistoryQuery = { action: { id: string, history: { edges: Array<{ cursor: string, node: { id: string, at: string, effectiveOn: string, recordedAt: string, type: HistoryEventType, country: string | null, before: unknown, after: unknown, note: string | null, contentWithheld: boolean, author: { id: string, name: string, role: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type UpdateActionFromPageMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type UpdateActionFromPageMutation = { updateAction: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: DeadlineSource, deadlinePhrase: string | null, recurring: boolean, memberStateReporting: boolean, status: ActionStatus, progress: number, health: Health, declaredHealth: Health | null, declaredHealthBy: string | null, healthDisagreement: boolean, stale: boolean, note: string | null, evidenceUrls: Array<string>, forecastDate: string | null, lastConfirmedAt: string | null, slippageDays: number, effectiveOn: string | null, completedAt: string | null, version: number, deadlineRevisions: Array<{ date: string, previous: string, reason: string, revisedAt: string, revisedBy: string, effectiveOn: string }>, memberStateReports: Array<{ country: string, status: MemberStateReportStatus, contentWithheld: boolean, reportedAt: string | null, reportedBy: string | null, review: { state: ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> } };

export type ReviseDeadlineFromPageMutationVariables = Exact<{
  input: ReviseDeadlineInput;
}>;


export type ReviseDeadlineFromPageMutation = { reviseDeadline: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: DeadlineSource, deadlinePhrase: string | null, recurring: boolean, memberStateReporting: boolean, status: ActionStatus, progress: number, health: Health, declaredHealth: Health | null, declaredHealthBy: string | null, healthDisagreement: boolean, stale: boolean, note: string | null, evidenceUrls: Array<string>, forecastDate: string | null, lastConfirmedAt: string | null, slippageDays: number, effectiveOn: string | null, completedAt: string | null, version: number, deadlineRevisions: Array<{ date: string, previous: string, reason: string, revisedAt: string, revisedBy: string, effectiveOn: string }>, memberStateReports: Array<{ country: string, status: MemberStateReportStatus, contentWithheld: boolean, reportedAt: string | null, reportedBy: string | null, review: { state: ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> } };

export type ActionCatalogueContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionCatalogueContextQuery = { strategy: { reviewDate: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, name: string }> } };

export type ActionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActionsPageQuery = { actions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: DeadlineSource, deadlinePhrase: string | null, status: ActionStatus, progress: number, health: Health } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChangeSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ChangeSummaryQuery = { changeSummary: { from: string, to: string, totalCount: number, limit: number, complete: boolean, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number }, byPriority: Array<{ id: string, label: string, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number } }>, byActor: Array<{ id: string, label: string, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number } }>, changes: Array<{ eventId: string, at: string, effectiveOn: string, kind: ChangeKind, actionId: string | null, ref: string | null, section: string | null, owners: Array<string>, country: string | null, roundId: string | null, fromStatus: ActionStatus | null, toStatus: ActionStatus | null, fromProgress: number | null, toProgress: number | null, fromDeadline: string | null, toDeadline: string | null, reportStatus: MemberStateReportStatus | null, reviewState: ReviewState | null, changedFields: Array<string>, note: string | null, author: { name: string } }> }, reportingRounds: Array<{ id: string, name: string }> };

export type ChangeCountsFieldsFragment = { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number };

export type ChangeGroupFieldsFragment = { id: string, label: string, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number } };

export type ConferenceDefaultQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferenceDefaultQuery = { snapshots: { edges: Array<{ node: { id: string, name: string, asOf: string, frozenAt: string } }> }, dashboard: { asOf: string, reviewDate: string } };

export type LateRecordsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type LateRecordsQuery = { dashboard: { asOf: string, lateRecords: number | null } };

export type ForecastQueryVariables = Exact<{
  asOf?: string | null | undefined;
  snapshotId?: string | number | null | undefined;
}>;


export type ForecastQuery = { dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number }, forecast: { doneByReview: number, low: number, high: number, pacePerMonth: number, method: string, likelyToMissCount: number, likelyToMissMethod: string, likelyToMiss: Array<{ reason: MissReason, projectedProgress: number, action: { actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: ActionStatus, progress: number, health: Health } }> } } };

export type ForecastSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type ForecastSnapshotQuery = { snapshot: { id: string, name: string, asOf: string, frozenAt: string } | null };

export type MemberStatesRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberStatesRoundsQuery = { reportingRounds: Array<{ id: string, name: string, opens: string, closes: string, open: boolean, closedAt: string | null }>, dashboard: { coverage: { roundId: string | null, roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }>, byAction: Array<{ actionId: string, ref: string, expected: number, reported: number, accepted: number }> } } };

export type MemberStatesActionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MemberStatesActionsQuery = { actions: { edges: Array<{ node: { id: string, ref: string, leadIn: string | null, text: string, memberStateReporting: boolean, memberStateReports: Array<{ actionId: string, country: string, status: MemberStateReportStatus, note: string | null, evidenceUrls: Array<string> | null, version: number, reportedAt: string | null, reportedBy: string | null, effectiveOn: string | null, roundId: string | null, review: { state: ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberStatesSubmitReportMutationVariables = Exact<{
  input: MemberStateReportInput;
}>;


export type MemberStatesSubmitReportMutation = { submitMemberStateReport: { actionId: string, country: string, version: number } };

export type MemberStatesReviewReportMutationVariables = Exact<{
  input: ReviewMemberStateReportInput;
}>;


export type MemberStatesReviewReportMutation = { reviewMemberStateReport: { actionId: string, country: string, version: number, review: { state: ReviewState } | null } };

export type MemberStatesOpenRoundMutationVariables = Exact<{
  input: OpenReportingRoundInput;
}>;


export type MemberStatesOpenRoundMutation = { openReportingRound: { id: string, name: string, closes: string } };

export type MemberStatesCloseRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type MemberStatesCloseRoundMutation = { closeReportingRound: { id: string, closedAt: string | null } };

export type ActiveContactsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveContactsQuery = { people: { edges: Array<{ node: { id: string, country: string | null } }> } };

export type StrategyAdoptedQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategyAdoptedQuery = { strategy: { adopted: string } };

export type OverviewDashboardItemFragment = { actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: ActionStatus, health: Health, daysLate: number };

export type OverviewDashboardQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type OverviewDashboardQuery = { dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number, upcoming: number }, byHealth: Array<{ health: Health, count: number }>, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }> }>, byOwner: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }> }>, overdue: Array<{ actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: ActionStatus, health: Health, daysLate: number }>, upcoming: Array<{ actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: ActionStatus, health: Health, daysLate: number }>, coverage: { roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> }, burnUp: Array<{ month: string, completed: number, fallingDue: number }>, memberStateProgress: { actions: number, countries: number, expected: number, accepted: number, countriesReporting: number, underReview: number, byStatus: Array<{ status: MemberStateReportStatus, count: number }> } } };

export type ReviewConferenceActionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewConferenceActionQuery = { action: { id: string, ref: string, owners: Array<string>, status: ActionStatus, progress: number, note: string | null, evidenceUrls: Array<string>, completedAt: string | null, version: number } | null };

export type RecordReviewConferenceHeldMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type RecordReviewConferenceHeldMutation = { updateAction: { id: string, status: ActionStatus, progress: number, note: string | null, evidenceUrls: Array<string>, completedAt: string | null, version: number } };

export type PeopleQueryVariables = Exact<{
  filter?: PeopleFilter | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, name: string, email: string, role: Role, actor: string | null, country: string | null, status: PersonStatus, invitedAt: string | null, lastSignInAt: string | null } }> } };

export type PersonFieldsFragment = { id: string, name: string, email: string, role: Role, actor: string | null, country: string | null, status: PersonStatus, invitedAt: string | null, lastSignInAt: string | null };

export type PersonHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonHistoryQuery = { person: { id: string, history: { edges: Array<{ node: { id: string, at: string, type: HistoryEventType, before: unknown, after: unknown, author: { name: string } } }> } } | null };

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;


export type InvitePersonMutation = { invitePerson: { id: string, name: string, email: string, role: Role, actor: string | null, country: string | null, status: PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string, email: string, role: Role, actor: string | null, country: string | null, status: PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type DisablePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type DisablePersonMutation = { disablePerson: { id: string, name: string, email: string, role: Role, actor: string | null, country: string | null, status: PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type EnablePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type EnablePersonMutation = { enablePerson: { id: string, name: string, email: string, role: Role, actor: string | null, country: string | null, status: PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type DirectoryMismatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMismatchesQuery = { directoryMismatches: Array<{ personId: string, name: string, email: string, kind: DirectoryMismatchKind, fields: Array<string> }> };

export type ReconcilePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type ReconcilePersonMutation = { reconcilePerson: { id: string, name: string, email: string, role: Role, actor: string | null, country: string | null, status: PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type PresentationDashboardFragment = { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number }, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }>, byHealth: Array<{ health: Health, count: number }> }>, coverage: { roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> } };

export type PresentationLiveQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PresentationLiveQuery = { strategy: { reference: string, title: string }, dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number }, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }>, byHealth: Array<{ health: Health, count: number }> }>, coverage: { roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> } } };

export type PresentationSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type PresentationSnapshotQuery = { snapshot: { id: string, name: string, asOf: string, frozenAt: string, strategy: { reference: string, title: string }, dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number }, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }>, byHealth: Array<{ health: Health, count: number }> }>, coverage: { roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> } } } | null };

export type PresentationChangesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PresentationChangesQuery = { changeSummary: { from: string, to: string, totalCount: number, complete: boolean, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number }, changes: Array<{ eventId: string, at: string, kind: ChangeKind, ref: string | null, country: string | null, fromStatus: ActionStatus | null, toStatus: ActionStatus | null, fromProgress: number | null, toProgress: number | null, fromDeadline: string | null, toDeadline: string | null, reportStatus: MemberStateReportStatus | null, reviewState: ReviewState | null }> } };

export type ReportDashboardFragment = { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number, upcoming: number }, byHealth: Array<{ health: Health, count: number }>, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }> }>, byOwner: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }> }>, coverage: { roundId: string | null, roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> }, burnUp: Array<{ month: string, completed: number, fallingDue: number }>, memberStateProgress: { countries: number, accepted: number, countriesReporting: number, byStatus: Array<{ status: MemberStateReportStatus, count: number }> }, forecast: { doneByReview: number, low: number, high: number, method: string, likelyToMissCount: number } };

export type ReportSnapshotsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSnapshotsQuery = { snapshots: { edges: Array<{ node: { id: string, name: string, asOf: string, frozenAt: string } }> } };

export type ReportSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportSnapshotQuery = { snapshot: { id: string, name: string, asOf: string, frozenAt: string, trigger: SnapshotTrigger, frozenBy: { name: string }, round: { id: string, name: string, opens: string, closes: string, open: boolean, closedAt: string | null } | null, strategy: { reference: string, title: string, adopted: string, reviewDate: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, name: string }>, memberStates: Array<{ code: string, name: string }> }, dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number, upcoming: number }, byHealth: Array<{ health: Health, count: number }>, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }> }>, byOwner: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }> }>, coverage: { roundId: string | null, roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> }, burnUp: Array<{ month: string, completed: number, fallingDue: number }>, memberStateProgress: { countries: number, accepted: number, countriesReporting: number, byStatus: Array<{ status: MemberStateReportStatus, count: number }> }, forecast: { doneByReview: number, low: number, high: number, method: string, likelyToMissCount: number } }, actions: Array<{ id: string, ref: string, section: string, text: string, owners: Array<string>, memberStateReporting: boolean, status: ActionStatus, progress: number, health: Health, baselineDeadline: string, deadline: string, deadlineRevisionCount: number, slippageDays: number, note: string | null, evidenceUrls: Array<string> }>, reports: Array<{ actionId: string, country: string, status: MemberStateReportStatus, review: ReviewState }> } | null };

export type ReportLiveQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ReportLiveQuery = { strategy: { reference: string, title: string, adopted: string, reviewDate: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, name: string }> }, memberStates: Array<{ code: string, name: string }>, reportingRounds: Array<{ id: string, name: string, opens: string, closes: string, open: boolean, closedAt: string | null }>, dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number, upcoming: number }, byHealth: Array<{ health: Health, count: number }>, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }> }>, byOwner: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: ActionStatus, count: number }> }>, coverage: { roundId: string | null, roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> }, burnUp: Array<{ month: string, completed: number, fallingDue: number }>, memberStateProgress: { countries: number, accepted: number, countriesReporting: number, byStatus: Array<{ status: MemberStateReportStatus, count: number }> }, forecast: { doneByReview: number, low: number, high: number, method: string, likelyToMissCount: number } } };

export type ReportActionsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportActionsQuery = { actions: { edges: Array<{ node: { id: string, ref: string, section: string, text: string, owners: Array<string>, memberStateReporting: boolean, status: ActionStatus, progress: number, health: Health, baselineDeadline: string, deadline: string | null, slippageDays: number, note: string | null, evidenceUrls: Array<string>, deadlineRevisions: Array<{ date: string }>, memberStateReports: Array<{ country: string, status: MemberStateReportStatus, roundId: string | null, review: { state: ReviewState } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportChangeSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReportChangeSummaryQuery = { changeSummary: { from: string, to: string, totalCount: number, complete: boolean, changes: Array<{ eventId: string, at: string, kind: ChangeKind, ref: string | null, section: string | null, country: string | null, fromStatus: ActionStatus | null, toStatus: ActionStatus | null, fromProgress: number | null, toProgress: number | null, fromDeadline: string | null, toDeadline: string | null, reportStatus: MemberStateReportStatus | null, reviewState: ReviewState | null, author: { name: string } }> } };

export type ReportFreezeSnapshotMutationVariables = Exact<{
  input: FreezeSnapshotInput;
}>;


export type ReportFreezeSnapshotMutation = { freezeSnapshot: { id: string, name: string, asOf: string, frozenAt: string } };

export type ScorecardContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ScorecardContextQuery = { strategy: { actors: Array<{ id: string, name: string, owningBody: boolean }> }, memberStates: Array<{ code: string, name: string }>, reportingRounds: Array<{ id: string, name: string, opens: string, closes: string, open: boolean, closedAt: string | null }>, dashboard: { asOf: string } };

export type ScorecardActionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ScorecardActionsQuery = { actions: { edges: Array<{ node: { id: string, ref: string, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, status: ActionStatus, health: Health, stale: boolean, lastConfirmedAt: string | null, memberStateReporting: boolean, memberStateReports: Array<{ country: string, status: MemberStateReportStatus, reportedAt: string | null, roundId: string | null, review: { state: ReviewState } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myTasks: { asOf: string, actionable: number, openRound: { id: string, name: string, closes: string } | null, toReport: Array<{ actionId: string, ref: string, text: string, deadline: string }>, returned: Array<{ actionId: string, ref: string, text: string, country: string, status: MemberStateReportStatus, review: { state: ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } }>, toReview: Array<{ actionId: string, ref: string, text: string, country: string, status: MemberStateReportStatus, reportedAt: string | null, reportedBy: string | null }>, attention: Array<{ actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: ActionStatus, progress: number, health: Health, overdue: boolean, daysLate: number, stale: boolean, lastConfirmedAt: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActionPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionPageFields on Action {
  id
  ref
  section
  subheading
  leadIn
  text
  owners
  partners
  deadline
  baselineDeadline
  deadlineSource
  deadlinePhrase
  recurring
  memberStateReporting
  status
  progress
  health
  declaredHealth
  declaredHealthBy
  healthDisagreement
  stale
  note
  evidenceUrls
  forecastDate
  lastConfirmedAt
  slippageDays
  effectiveOn
  completedAt
  deadlineRevisions {
    date
    previous
    reason
    revisedAt
    revisedBy
    effectiveOn
  }
  version
  memberStateReports {
    country
    status
    contentWithheld
    reportedAt
    reportedBy
    review {
      state
      comment
      reviewedAt
      reviewedBy
    }
  }
}
    `, {"fragmentName":"ActionPageFields"}) as unknown as TypedDocumentString<ActionPageFieldsFragment, unknown>;
export const ChangeCountsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeCountsFields on ChangeCounts {
  total
  statusChanges
  completions
  progressMoves
  otherUpdates
  deadlineRevisions
  reportsSubmitted
  reportsAccepted
  reportsReturned
  roundsOpened
  roundsClosed
  catalogueCorrections
}
    `, {"fragmentName":"ChangeCountsFields"}) as unknown as TypedDocumentString<ChangeCountsFieldsFragment, unknown>;
export const ChangeGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeGroupFields on ChangeGroup {
  id
  label
  counts {
    ...ChangeCountsFields
  }
}
    fragment ChangeCountsFields on ChangeCounts {
  total
  statusChanges
  completions
  progressMoves
  otherUpdates
  deadlineRevisions
  reportsSubmitted
  reportsAccepted
  reportsReturned
  roundsOpened
  roundsClosed
  catalogueCorrections
}`, {"fragmentName":"ChangeGroupFields"}) as unknown as TypedDocumentString<ChangeGroupFieldsFragment, unknown>;
export const OverviewDashboardItemFragmentDoc = new TypedDocumentString(`
    fragment OverviewDashboardItem on DashboardItem {
  actionId
  ref
  text
  owners
  deadline
  status
  health
  daysLate
}
    `, {"fragmentName":"OverviewDashboardItem"}) as unknown as TypedDocumentString<OverviewDashboardItemFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const PresentationDashboardFragmentDoc = new TypedDocumentString(`
    fragment PresentationDashboard on Dashboard {
  asOf
  reviewDate
  daysToReview
  totals {
    actions
    completed
    percentCompleted
    overdue
    atRisk
  }
  byPriority {
    id
    label
    total
    byStatus {
      status
      count
    }
    byHealth {
      health
      count
    }
  }
  coverage {
    roundName
    expected
    reported
    accepted
    percentReported
    byCountry {
      country
      name
      expected
      reported
      accepted
    }
  }
}
    `, {"fragmentName":"PresentationDashboard"}) as unknown as TypedDocumentString<PresentationDashboardFragment, unknown>;
export const ReportDashboardFragmentDoc = new TypedDocumentString(`
    fragment ReportDashboard on Dashboard {
  asOf
  reviewDate
  daysToReview
  totals {
    actions
    completed
    percentCompleted
    overdue
    atRisk
    upcoming
  }
  byHealth {
    health
    count
  }
  byPriority {
    id
    label
    total
    byStatus {
      status
      count
    }
  }
  byOwner {
    id
    label
    total
    byStatus {
      status
      count
    }
  }
  coverage {
    roundId
    roundName
    expected
    reported
    accepted
    percentReported
    byCountry {
      country
      name
      expected
      reported
      accepted
    }
  }
  burnUp {
    month
    completed
    fallingDue
  }
  memberStateProgress {
    countries
    accepted
    countriesReporting
    byStatus {
      status
      count
    }
  }
  forecast {
    doneByReview
    low
    high
    method
    likelyToMissCount
  }
}
    `, {"fragmentName":"ReportDashboard"}) as unknown as TypedDocumentString<ReportDashboardFragment, unknown>;
export const ShellDocument = new TypedDocumentString(`
    query Shell {
  me {
    id
    name
    role
    actor
    country
  }
  strategy {
    reference
    title
    reviewDate
    actors {
      id
      name
    }
  }
  memberStates {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ShellQuery, ShellQueryVariables>;
export const MyAccountDocument = new TypedDocumentString(`
    query MyAccount($id: ID!) {
  person(id: $id) {
    id
    email
    status
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<MyAccountQuery, MyAccountQueryVariables>;
export const ActionPageDocument = new TypedDocumentString(`
    query ActionPage($id: ID!) {
  action(id: $id) {
    ...ActionPageFields
  }
  strategy {
    adopted
    sections {
      id
      title
    }
    actors {
      id
      owningBody
    }
  }
}
    fragment ActionPageFields on Action {
  id
  ref
  section
  subheading
  leadIn
  text
  owners
  partners
  deadline
  baselineDeadline
  deadlineSource
  deadlinePhrase
  recurring
  memberStateReporting
  status
  progress
  health
  declaredHealth
  declaredHealthBy
  healthDisagreement
  stale
  note
  evidenceUrls
  forecastDate
  lastConfirmedAt
  slippageDays
  effectiveOn
  completedAt
  deadlineRevisions {
    date
    previous
    reason
    revisedAt
    revisedBy
    effectiveOn
  }
  version
  memberStateReports {
    country
    status
    contentWithheld
    reportedAt
    reportedBy
    review {
      state
      comment
      reviewedAt
      reviewedBy
    }
  }
}`) as unknown as TypedDocumentString<ActionPageQuery, ActionPageQueryVariables>;
export const ActionHistoryDocument = new TypedDocumentString(`
    query ActionHistory($id: ID!, $first: Int, $after: String) {
  action(id: $id) {
    id
    history(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          at
          effectiveOn
          recordedAt
          type
          country
          author {
            id
            name
            role
          }
          before
          after
          note
          contentWithheld
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActionHistoryQuery, ActionHistoryQueryVariables>;
export const UpdateActionFromPageDocument = new TypedDocumentString(`
    mutation UpdateActionFromPage($input: UpdateActionInput!) {
  updateAction(input: $input) {
    ...ActionPageFields
  }
}
    fragment ActionPageFields on Action {
  id
  ref
  section
  subheading
  leadIn
  text
  owners
  partners
  deadline
  baselineDeadline
  deadlineSource
  deadlinePhrase
  recurring
  memberStateReporting
  status
  progress
  health
  declaredHealth
  declaredHealthBy
  healthDisagreement
  stale
  note
  evidenceUrls
  forecastDate
  lastConfirmedAt
  slippageDays
  effectiveOn
  completedAt
  deadlineRevisions {
    date
    previous
    reason
    revisedAt
    revisedBy
    effectiveOn
  }
  version
  memberStateReports {
    country
    status
    contentWithheld
    reportedAt
    reportedBy
    review {
      state
      comment
      reviewedAt
      reviewedBy
    }
  }
}`) as unknown as TypedDocumentString<UpdateActionFromPageMutation, UpdateActionFromPageMutationVariables>;
export const ReviseDeadlineFromPageDocument = new TypedDocumentString(`
    mutation ReviseDeadlineFromPage($input: ReviseDeadlineInput!) {
  reviseDeadline(input: $input) {
    ...ActionPageFields
  }
}
    fragment ActionPageFields on Action {
  id
  ref
  section
  subheading
  leadIn
  text
  owners
  partners
  deadline
  baselineDeadline
  deadlineSource
  deadlinePhrase
  recurring
  memberStateReporting
  status
  progress
  health
  declaredHealth
  declaredHealthBy
  healthDisagreement
  stale
  note
  evidenceUrls
  forecastDate
  lastConfirmedAt
  slippageDays
  effectiveOn
  completedAt
  deadlineRevisions {
    date
    previous
    reason
    revisedAt
    revisedBy
    effectiveOn
  }
  version
  memberStateReports {
    country
    status
    contentWithheld
    reportedAt
    reportedBy
    review {
      state
      comment
      reviewedAt
      reviewedBy
    }
  }
}`) as unknown as TypedDocumentString<ReviseDeadlineFromPageMutation, ReviseDeadlineFromPageMutationVariables>;
export const ActionCatalogueContextDocument = new TypedDocumentString(`
    query ActionCatalogueContext {
  strategy {
    reviewDate
    sections {
      id
      title
    }
    actors {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ActionCatalogueContextQuery, ActionCatalogueContextQueryVariables>;
export const ActionsPageDocument = new TypedDocumentString(`
    query ActionsPage($first: Int, $after: String) {
  actions(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        ref
        section
        subheading
        leadIn
        text
        owners
        deadline
        baselineDeadline
        deadlineSource
        deadlinePhrase
        status
        progress
        health
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ActionsPageQuery, ActionsPageQueryVariables>;
export const ChangeSummaryDocument = new TypedDocumentString(`
    query ChangeSummary($from: Date!, $to: Date!) {
  changeSummary(from: $from, to: $to) {
    from
    to
    totalCount
    limit
    complete
    counts {
      ...ChangeCountsFields
    }
    byPriority {
      ...ChangeGroupFields
    }
    byActor {
      ...ChangeGroupFields
    }
    changes(first: 300) {
      eventId
      at
      effectiveOn
      kind
      actionId
      ref
      section
      owners
      country
      roundId
      author {
        name
      }
      fromStatus
      toStatus
      fromProgress
      toProgress
      fromDeadline
      toDeadline
      reportStatus
      reviewState
      changedFields
      note
    }
  }
  reportingRounds {
    id
    name
  }
}
    fragment ChangeCountsFields on ChangeCounts {
  total
  statusChanges
  completions
  progressMoves
  otherUpdates
  deadlineRevisions
  reportsSubmitted
  reportsAccepted
  reportsReturned
  roundsOpened
  roundsClosed
  catalogueCorrections
}
fragment ChangeGroupFields on ChangeGroup {
  id
  label
  counts {
    ...ChangeCountsFields
  }
}`) as unknown as TypedDocumentString<ChangeSummaryQuery, ChangeSummaryQueryVariables>;
export const ConferenceDefaultDocument = new TypedDocumentString(`
    query ConferenceDefault {
  snapshots(first: 1) {
    edges {
      node {
        id
        name
        asOf
        frozenAt
      }
    }
  }
  dashboard {
    asOf
    reviewDate
  }
}
    `) as unknown as TypedDocumentString<ConferenceDefaultQuery, ConferenceDefaultQueryVariables>;
export const LateRecordsDocument = new TypedDocumentString(`
    query LateRecords($asOf: Date) {
  dashboard(asOf: $asOf) {
    asOf
    lateRecords
  }
}
    `) as unknown as TypedDocumentString<LateRecordsQuery, LateRecordsQueryVariables>;
export const ForecastDocument = new TypedDocumentString(`
    query Forecast($asOf: Date, $snapshotId: ID) {
  dashboard(asOf: $asOf, snapshotId: $snapshotId) {
    asOf
    reviewDate
    daysToReview
    totals {
      actions
      completed
    }
    forecast {
      doneByReview
      low
      high
      pacePerMonth
      method
      likelyToMissCount
      likelyToMissMethod
      likelyToMiss(first: 100) {
        reason
        projectedProgress
        action {
          actionId
          ref
          text
          owners
          deadline
          status
          progress
          health
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ForecastQuery, ForecastQueryVariables>;
export const ForecastSnapshotDocument = new TypedDocumentString(`
    query ForecastSnapshot($id: ID!) {
  snapshot(id: $id) {
    id
    name
    asOf
    frozenAt
  }
}
    `) as unknown as TypedDocumentString<ForecastSnapshotQuery, ForecastSnapshotQueryVariables>;
export const MemberStatesRoundsDocument = new TypedDocumentString(`
    query MemberStatesRounds {
  reportingRounds {
    id
    name
    opens
    closes
    open
    closedAt
  }
  dashboard {
    coverage {
      roundId
      roundName
      expected
      reported
      accepted
      percentReported
      byCountry {
        country
        name
        expected
        reported
        accepted
      }
      byAction {
        actionId
        ref
        expected
        reported
        accepted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberStatesRoundsQuery, MemberStatesRoundsQueryVariables>;
export const MemberStatesActionsDocument = new TypedDocumentString(`
    query MemberStatesActions($first: Int, $after: String) {
  actions(first: $first, after: $after) {
    edges {
      node {
        id
        ref
        leadIn
        text
        memberStateReporting
        memberStateReports {
          actionId
          country
          status
          note
          evidenceUrls
          version
          reportedAt
          reportedBy
          effectiveOn
          roundId
          review {
            state
            comment
            reviewedAt
            reviewedBy
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MemberStatesActionsQuery, MemberStatesActionsQueryVariables>;
export const MemberStatesSubmitReportDocument = new TypedDocumentString(`
    mutation MemberStatesSubmitReport($input: MemberStateReportInput!) {
  submitMemberStateReport(input: $input) {
    actionId
    country
    version
  }
}
    `) as unknown as TypedDocumentString<MemberStatesSubmitReportMutation, MemberStatesSubmitReportMutationVariables>;
export const MemberStatesReviewReportDocument = new TypedDocumentString(`
    mutation MemberStatesReviewReport($input: ReviewMemberStateReportInput!) {
  reviewMemberStateReport(input: $input) {
    actionId
    country
    version
    review {
      state
    }
  }
}
    `) as unknown as TypedDocumentString<MemberStatesReviewReportMutation, MemberStatesReviewReportMutationVariables>;
export const MemberStatesOpenRoundDocument = new TypedDocumentString(`
    mutation MemberStatesOpenRound($input: OpenReportingRoundInput!) {
  openReportingRound(input: $input) {
    id
    name
    closes
  }
}
    `) as unknown as TypedDocumentString<MemberStatesOpenRoundMutation, MemberStatesOpenRoundMutationVariables>;
export const MemberStatesCloseRoundDocument = new TypedDocumentString(`
    mutation MemberStatesCloseRound($id: ID!) {
  closeReportingRound(id: $id) {
    id
    closedAt
  }
}
    `) as unknown as TypedDocumentString<MemberStatesCloseRoundMutation, MemberStatesCloseRoundMutationVariables>;
export const ActiveContactsDocument = new TypedDocumentString(`
    query ActiveContacts {
  people(filter: {role: MEMBER_STATE, status: ACTIVE}) {
    edges {
      node {
        id
        country
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActiveContactsQuery, ActiveContactsQueryVariables>;
export const StrategyAdoptedDocument = new TypedDocumentString(`
    query StrategyAdopted {
  strategy {
    adopted
  }
}
    `) as unknown as TypedDocumentString<StrategyAdoptedQuery, StrategyAdoptedQueryVariables>;
export const OverviewDashboardDocument = new TypedDocumentString(`
    query OverviewDashboard($asOf: Date) {
  dashboard(asOf: $asOf) {
    asOf
    reviewDate
    daysToReview
    totals {
      actions
      completed
      percentCompleted
      overdue
      atRisk
      upcoming
    }
    byHealth {
      health
      count
    }
    byPriority {
      id
      label
      total
      byStatus {
        status
        count
      }
    }
    byOwner {
      id
      label
      total
      byStatus {
        status
        count
      }
    }
    overdue(first: 100) {
      ...OverviewDashboardItem
    }
    upcoming(first: 100) {
      ...OverviewDashboardItem
    }
    coverage {
      roundName
      expected
      reported
      accepted
      percentReported
      byCountry {
        country
        name
        expected
        reported
        accepted
      }
    }
    burnUp {
      month
      completed
      fallingDue
    }
    memberStateProgress {
      actions
      countries
      expected
      accepted
      countriesReporting
      underReview
      byStatus {
        status
        count
      }
    }
  }
}
    fragment OverviewDashboardItem on DashboardItem {
  actionId
  ref
  text
  owners
  deadline
  status
  health
  daysLate
}`) as unknown as TypedDocumentString<OverviewDashboardQuery, OverviewDashboardQueryVariables>;
export const ReviewConferenceActionDocument = new TypedDocumentString(`
    query ReviewConferenceAction($id: ID!) {
  action(id: $id) {
    id
    ref
    owners
    status
    progress
    note
    evidenceUrls
    completedAt
    version
  }
}
    `) as unknown as TypedDocumentString<ReviewConferenceActionQuery, ReviewConferenceActionQueryVariables>;
export const RecordReviewConferenceHeldDocument = new TypedDocumentString(`
    mutation RecordReviewConferenceHeld($input: UpdateActionInput!) {
  updateAction(input: $input) {
    id
    status
    progress
    note
    evidenceUrls
    completedAt
    version
  }
}
    `) as unknown as TypedDocumentString<RecordReviewConferenceHeldMutation, RecordReviewConferenceHeldMutationVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($filter: PeopleFilter) {
  people(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        ...PersonFields
      }
    }
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonHistoryDocument = new TypedDocumentString(`
    query PersonHistory($id: ID!) {
  person(id: $id) {
    id
    history(first: 50) {
      edges {
        node {
          id
          at
          type
          author {
            name
          }
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonHistoryQuery, PersonHistoryQueryVariables>;
export const InvitePersonDocument = new TypedDocumentString(`
    mutation InvitePerson($input: InvitePersonInput!) {
  invitePerson(input: $input) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<InvitePersonMutation, InvitePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DisablePersonDocument = new TypedDocumentString(`
    mutation DisablePerson($id: ID!) {
  disablePerson(id: $id) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<DisablePersonMutation, DisablePersonMutationVariables>;
export const EnablePersonDocument = new TypedDocumentString(`
    mutation EnablePerson($id: ID!) {
  enablePerson(id: $id) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<EnablePersonMutation, EnablePersonMutationVariables>;
export const DirectoryMismatchesDocument = new TypedDocumentString(`
    query DirectoryMismatches {
  directoryMismatches {
    personId
    name
    email
    kind
    fields
  }
}
    `) as unknown as TypedDocumentString<DirectoryMismatchesQuery, DirectoryMismatchesQueryVariables>;
export const ReconcilePersonDocument = new TypedDocumentString(`
    mutation ReconcilePerson($id: ID!) {
  reconcilePerson(id: $id) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<ReconcilePersonMutation, ReconcilePersonMutationVariables>;
export const PresentationLiveDocument = new TypedDocumentString(`
    query PresentationLive($asOf: Date) {
  strategy {
    reference
    title
  }
  dashboard(asOf: $asOf) {
    ...PresentationDashboard
  }
}
    fragment PresentationDashboard on Dashboard {
  asOf
  reviewDate
  daysToReview
  totals {
    actions
    completed
    percentCompleted
    overdue
    atRisk
  }
  byPriority {
    id
    label
    total
    byStatus {
      status
      count
    }
    byHealth {
      health
      count
    }
  }
  coverage {
    roundName
    expected
    reported
    accepted
    percentReported
    byCountry {
      country
      name
      expected
      reported
      accepted
    }
  }
}`) as unknown as TypedDocumentString<PresentationLiveQuery, PresentationLiveQueryVariables>;
export const PresentationSnapshotDocument = new TypedDocumentString(`
    query PresentationSnapshot($id: ID!) {
  snapshot(id: $id) {
    id
    name
    asOf
    frozenAt
    strategy {
      reference
      title
    }
    dashboard {
      ...PresentationDashboard
    }
  }
}
    fragment PresentationDashboard on Dashboard {
  asOf
  reviewDate
  daysToReview
  totals {
    actions
    completed
    percentCompleted
    overdue
    atRisk
  }
  byPriority {
    id
    label
    total
    byStatus {
      status
      count
    }
    byHealth {
      health
      count
    }
  }
  coverage {
    roundName
    expected
    reported
    accepted
    percentReported
    byCountry {
      country
      name
      expected
      reported
      accepted
    }
  }
}`) as unknown as TypedDocumentString<PresentationSnapshotQuery, PresentationSnapshotQueryVariables>;
export const PresentationChangesDocument = new TypedDocumentString(`
    query PresentationChanges($from: Date!, $to: Date!) {
  changeSummary(from: $from, to: $to) {
    from
    to
    totalCount
    complete
    counts {
      total
      statusChanges
      completions
      progressMoves
      otherUpdates
      deadlineRevisions
      reportsSubmitted
      reportsAccepted
      reportsReturned
      roundsOpened
      roundsClosed
      catalogueCorrections
    }
    changes(first: 500) {
      eventId
      at
      kind
      ref
      country
      fromStatus
      toStatus
      fromProgress
      toProgress
      fromDeadline
      toDeadline
      reportStatus
      reviewState
    }
  }
}
    `) as unknown as TypedDocumentString<PresentationChangesQuery, PresentationChangesQueryVariables>;
export const ReportSnapshotsDocument = new TypedDocumentString(`
    query ReportSnapshots {
  snapshots(first: 100) {
    edges {
      node {
        id
        name
        asOf
        frozenAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportSnapshotsQuery, ReportSnapshotsQueryVariables>;
export const ReportSnapshotDocument = new TypedDocumentString(`
    query ReportSnapshot($id: ID!) {
  snapshot(id: $id) {
    id
    name
    asOf
    frozenAt
    trigger
    frozenBy {
      name
    }
    round {
      id
      name
      opens
      closes
      open
      closedAt
    }
    strategy {
      reference
      title
      adopted
      reviewDate
      sections {
        id
        title
      }
      actors {
        id
        name
      }
      memberStates {
        code
        name
      }
    }
    dashboard {
      ...ReportDashboard
    }
    actions {
      id
      ref
      section
      text
      owners
      memberStateReporting
      status
      progress
      health
      baselineDeadline
      deadline
      deadlineRevisionCount
      slippageDays
      note
      evidenceUrls
    }
    reports {
      actionId
      country
      status
      review
    }
  }
}
    fragment ReportDashboard on Dashboard {
  asOf
  reviewDate
  daysToReview
  totals {
    actions
    completed
    percentCompleted
    overdue
    atRisk
    upcoming
  }
  byHealth {
    health
    count
  }
  byPriority {
    id
    label
    total
    byStatus {
      status
      count
    }
  }
  byOwner {
    id
    label
    total
    byStatus {
      status
      count
    }
  }
  coverage {
    roundId
    roundName
    expected
    reported
    accepted
    percentReported
    byCountry {
      country
      name
      expected
      reported
      accepted
    }
  }
  burnUp {
    month
    completed
    fallingDue
  }
  memberStateProgress {
    countries
    accepted
    countriesReporting
    byStatus {
      status
      count
    }
  }
  forecast {
    doneByReview
    low
    high
    method
    likelyToMissCount
  }
}`) as unknown as TypedDocumentString<ReportSnapshotQuery, ReportSnapshotQueryVariables>;
export const ReportLiveDocument = new TypedDocumentString(`
    query ReportLive($asOf: Date) {
  strategy {
    reference
    title
    adopted
    reviewDate
    sections {
      id
      title
    }
    actors {
      id
      name
    }
  }
  memberStates {
    code
    name
  }
  reportingRounds {
    id
    name
    opens
    closes
    open
    closedAt
  }
  dashboard(asOf: $asOf) {
    ...ReportDashboard
  }
}
    fragment ReportDashboard on Dashboard {
  asOf
  reviewDate
  daysToReview
  totals {
    actions
    completed
    percentCompleted
    overdue
    atRisk
    upcoming
  }
  byHealth {
    health
    count
  }
  byPriority {
    id
    label
    total
    byStatus {
      status
      count
    }
  }
  byOwner {
    id
    label
    total
    byStatus {
      status
      count
    }
  }
  coverage {
    roundId
    roundName
    expected
    reported
    accepted
    percentReported
    byCountry {
      country
      name
      expected
      reported
      accepted
    }
  }
  burnUp {
    month
    completed
    fallingDue
  }
  memberStateProgress {
    countries
    accepted
    countriesReporting
    byStatus {
      status
      count
    }
  }
  forecast {
    doneByReview
    low
    high
    method
    likelyToMissCount
  }
}`) as unknown as TypedDocumentString<ReportLiveQuery, ReportLiveQueryVariables>;
export const ReportActionsDocument = new TypedDocumentString(`
    query ReportActions($asOf: Date, $after: String) {
  actions(asOf: $asOf, first: 100, after: $after) {
    edges {
      node {
        id
        ref
        section
        text
        owners
        memberStateReporting
        status
        progress
        health
        baselineDeadline
        deadline
        deadlineRevisions {
          date
        }
        slippageDays
        note
        evidenceUrls
        memberStateReports {
          country
          status
          roundId
          review {
            state
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReportActionsQuery, ReportActionsQueryVariables>;
export const ReportChangeSummaryDocument = new TypedDocumentString(`
    query ReportChangeSummary($from: Date!, $to: Date!) {
  changeSummary(from: $from, to: $to) {
    from
    to
    totalCount
    complete
    changes(first: 400) {
      eventId
      at
      kind
      ref
      section
      country
      fromStatus
      toStatus
      fromProgress
      toProgress
      fromDeadline
      toDeadline
      reportStatus
      reviewState
      author {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportChangeSummaryQuery, ReportChangeSummaryQueryVariables>;
export const ReportFreezeSnapshotDocument = new TypedDocumentString(`
    mutation ReportFreezeSnapshot($input: FreezeSnapshotInput!) {
  freezeSnapshot(input: $input) {
    id
    name
    asOf
    frozenAt
  }
}
    `) as unknown as TypedDocumentString<ReportFreezeSnapshotMutation, ReportFreezeSnapshotMutationVariables>;
export const ScorecardContextDocument = new TypedDocumentString(`
    query ScorecardContext {
  strategy {
    actors {
      id
      name
      owningBody
    }
  }
  memberStates {
    code
    name
  }
  reportingRounds {
    id
    name
    opens
    closes
    open
    closedAt
  }
  dashboard {
    asOf
  }
}
    `) as unknown as TypedDocumentString<ScorecardContextQuery, ScorecardContextQueryVariables>;
export const ScorecardActionsDocument = new TypedDocumentString(`
    query ScorecardActions($first: Int, $after: String) {
  actions(first: $first, after: $after) {
    edges {
      node {
        id
        ref
        text
        owners
        partners
        deadline
        status
        health
        stale
        lastConfirmedAt
        memberStateReporting
        memberStateReports {
          country
          status
          reportedAt
          roundId
          review {
            state
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardActionsQuery, ScorecardActionsQueryVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks {
  myTasks {
    asOf
    openRound {
      id
      name
      closes
    }
    toReport {
      actionId
      ref
      text
      deadline
    }
    returned {
      actionId
      ref
      text
      country
      status
      review {
        state
        comment
        reviewedAt
        reviewedBy
      }
    }
    toReview {
      actionId
      ref
      text
      country
      status
      reportedAt
      reportedBy
    }
    attention {
      actionId
      ref
      text
      owners
      deadline
      status
      progress
      health
      overdue
      daysLate
      stale
      lastConfirmedAt
    }
    actionable
  }
}
    `) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;