/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionPageFieldsFragment = { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: Types.DeadlineSource, deadlinePhrase: string | null, recurring: boolean, memberStateReporting: boolean, status: Types.ActionStatus, progress: number, health: Types.Health, declaredHealth: Types.Health | null, declaredHealthBy: string | null, healthDisagreement: boolean, stale: boolean, note: string | null, evidenceUrls: Array<string>, forecastDate: string | null, lastConfirmedAt: string | null, slippageDays: number, effectiveOn: string | null, completedAt: string | null, version: number, deadlineRevisions: Array<{ date: string, previous: string, reason: string, revisedAt: string, revisedBy: string, effectiveOn: string }>, memberStateReports: Array<{ country: string, status: Types.MemberStateReportStatus, contentWithheld: boolean, reportedAt: string | null, reportedBy: string | null, review: { state: Types.ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> };

export type ActionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ActionPageQuery = { action: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: Types.DeadlineSource, deadlinePhrase: string | null, recurring: boolean, memberStateReporting: boolean, status: Types.ActionStatus, progress: number, health: Types.Health, declaredHealth: Types.Health | null, declaredHealthBy: string | null, healthDisagreement: boolean, stale: boolean, note: string | null, evidenceUrls: Array<string>, forecastDate: string | null, lastConfirmedAt: string | null, slippageDays: number, effectiveOn: string | null, completedAt: string | null, version: number, deadlineRevisions: Array<{ date: string, previous: string, reason: string, revisedAt: string, revisedBy: string, effectiveOn: string }>, memberStateReports: Array<{ country: string, status: Types.MemberStateReportStatus, contentWithheld: boolean, reportedAt: string | null, reportedBy: string | null, review: { state: Types.ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> } | null, strategy: { adopted: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, owningBody: boolean }> } };

export type ActionHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActionHistoryQuery = { action: { id: string, history: { edges: Array<{ cursor: string, node: { id: string, at: string, effectiveOn: string, recordedAt: string, type: Types.HistoryEventType, country: string | null, before: unknown, after: unknown, note: string | null, contentWithheld: boolean, author: { id: string, name: string, role: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type UpdateActionFromPageMutationVariables = Exact<{
  input: Types.UpdateActionInput;
}>;


export type UpdateActionFromPageMutation = { updateAction: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: Types.DeadlineSource, deadlinePhrase: string | null, recurring: boolean, memberStateReporting: boolean, status: Types.ActionStatus, progress: number, health: Types.Health, declaredHealth: Types.Health | null, declaredHealthBy: string | null, healthDisagreement: boolean, stale: boolean, note: string | null, evidenceUrls: Array<string>, forecastDate: string | null, lastConfirmedAt: string | null, slippageDays: number, effectiveOn: string | null, completedAt: string | null, version: number, deadlineRevisions: Array<{ date: string, previous: string, reason: string, revisedAt: string, revisedBy: string, effectiveOn: string }>, memberStateReports: Array<{ country: string, status: Types.MemberStateReportStatus, contentWithheld: boolean, reportedAt: string | null, reportedBy: string | null, review: { state: Types.ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> } };

export type ReviseDeadlineFromPageMutationVariables = Exact<{
  input: Types.ReviseDeadlineInput;
}>;


export type ReviseDeadlineFromPageMutation = { reviseDeadline: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: Types.DeadlineSource, deadlinePhrase: string | null, recurring: boolean, memberStateReporting: boolean, status: Types.ActionStatus, progress: number, health: Types.Health, declaredHealth: Types.Health | null, declaredHealthBy: string | null, healthDisagreement: boolean, stale: boolean, note: string | null, evidenceUrls: Array<string>, forecastDate: string | null, lastConfirmedAt: string | null, slippageDays: number, effectiveOn: string | null, completedAt: string | null, version: number, deadlineRevisions: Array<{ date: string, previous: string, reason: string, revisedAt: string, revisedBy: string, effectiveOn: string }>, memberStateReports: Array<{ country: string, status: Types.MemberStateReportStatus, contentWithheld: boolean, reportedAt: string | null, reportedBy: string | null, review: { state: Types.ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> } };

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