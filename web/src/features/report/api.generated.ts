/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ReportDashboardFragment = { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number, upcoming: number }, byHealth: Array<{ health: Types.Health, count: number }>, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }> }>, byOwner: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }> }>, coverage: { roundId: string | null, roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> }, burnUp: Array<{ month: string, completed: number, fallingDue: number }>, memberStateProgress: { countries: number, accepted: number, countriesReporting: number, byStatus: Array<{ status: Types.MemberStateReportStatus, count: number }> }, forecast: { doneByReview: number, low: number, high: number, method: string, likelyToMissCount: number } };

export type ReportSnapshotsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSnapshotsQuery = { snapshots: { edges: Array<{ node: { id: string, name: string, asOf: string, frozenAt: string } }> } };

export type ReportSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportSnapshotQuery = { snapshot: { id: string, name: string, asOf: string, frozenAt: string, trigger: Types.SnapshotTrigger, frozenBy: { name: string }, round: { id: string, name: string, opens: string, closes: string, open: boolean, closedAt: string | null } | null, strategy: { reference: string, title: string, adopted: string, reviewDate: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, name: string }>, memberStates: Array<{ code: string, name: string }> }, dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number, upcoming: number }, byHealth: Array<{ health: Types.Health, count: number }>, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }> }>, byOwner: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }> }>, coverage: { roundId: string | null, roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> }, burnUp: Array<{ month: string, completed: number, fallingDue: number }>, memberStateProgress: { countries: number, accepted: number, countriesReporting: number, byStatus: Array<{ status: Types.MemberStateReportStatus, count: number }> }, forecast: { doneByReview: number, low: number, high: number, method: string, likelyToMissCount: number } }, actions: Array<{ id: string, ref: string, section: string, text: string, owners: Array<string>, memberStateReporting: boolean, status: Types.ActionStatus, progress: number, health: Types.Health, baselineDeadline: string, deadline: string, deadlineRevisionCount: number, slippageDays: number, note: string | null, evidenceUrls: Array<string> }>, reports: Array<{ actionId: string, country: string, status: Types.MemberStateReportStatus, review: Types.ReviewState }> } | null };

export type ReportLiveQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ReportLiveQuery = { strategy: { reference: string, title: string, adopted: string, reviewDate: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, name: string }> }, memberStates: Array<{ code: string, name: string }>, reportingRounds: Array<{ id: string, name: string, opens: string, closes: string, open: boolean, closedAt: string | null }>, dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number, upcoming: number }, byHealth: Array<{ health: Types.Health, count: number }>, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }> }>, byOwner: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }> }>, coverage: { roundId: string | null, roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> }, burnUp: Array<{ month: string, completed: number, fallingDue: number }>, memberStateProgress: { countries: number, accepted: number, countriesReporting: number, byStatus: Array<{ status: Types.MemberStateReportStatus, count: number }> }, forecast: { doneByReview: number, low: number, high: number, method: string, likelyToMissCount: number } } };

export type ReportActionsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportActionsQuery = { actions: { edges: Array<{ node: { id: string, ref: string, section: string, text: string, owners: Array<string>, memberStateReporting: boolean, status: Types.ActionStatus, progress: number, health: Types.Health, baselineDeadline: string, deadline: string | null, slippageDays: number, note: string | null, evidenceUrls: Array<string>, deadlineRevisions: Array<{ date: string }>, memberStateReports: Array<{ country: string, status: Types.MemberStateReportStatus, roundId: string | null, review: { state: Types.ReviewState } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportChangeSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReportChangeSummaryQuery = { changeSummary: { from: string, to: string, totalCount: number, complete: boolean, changes: Array<{ eventId: string, at: string, kind: Types.ChangeKind, ref: string | null, section: string | null, country: string | null, fromStatus: Types.ActionStatus | null, toStatus: Types.ActionStatus | null, fromProgress: number | null, toProgress: number | null, fromDeadline: string | null, toDeadline: string | null, reportStatus: Types.MemberStateReportStatus | null, reviewState: Types.ReviewState | null, author: { name: string } }> } };

export type ReportFreezeSnapshotMutationVariables = Exact<{
  input: Types.FreezeSnapshotInput;
}>;


export type ReportFreezeSnapshotMutation = { freezeSnapshot: { id: string, name: string, asOf: string, frozenAt: string } };

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