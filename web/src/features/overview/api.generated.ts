/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type OverviewDashboardItemFragment = { actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: Types.ActionStatus, health: Types.Health, daysLate: number };

export type OverviewDashboardQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type OverviewDashboardQuery = { dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number, upcoming: number }, byHealth: Array<{ health: Types.Health, count: number }>, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }> }>, byOwner: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }> }>, overdue: Array<{ actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: Types.ActionStatus, health: Types.Health, daysLate: number }>, upcoming: Array<{ actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: Types.ActionStatus, health: Types.Health, daysLate: number }>, coverage: { roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> }, burnUp: Array<{ month: string, completed: number, fallingDue: number }>, memberStateProgress: { actions: number, countries: number, expected: number, accepted: number, countriesReporting: number, underReview: number, byStatus: Array<{ status: Types.MemberStateReportStatus, count: number }> } } };

export type ReviewConferenceActionQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewConferenceActionQuery = { action: { id: string, ref: string, owners: Array<string>, status: Types.ActionStatus, progress: number, note: string | null, evidenceUrls: Array<string>, completedAt: string | null, version: number } | null };

export type RecordReviewConferenceHeldMutationVariables = Exact<{
  input: Types.UpdateActionInput;
}>;


export type RecordReviewConferenceHeldMutation = { updateAction: { id: string, status: Types.ActionStatus, progress: number, note: string | null, evidenceUrls: Array<string>, completedAt: string | null, version: number } };

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