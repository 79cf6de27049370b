/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChangeSummaryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ChangeSummaryQuery = { changeSummary: { from: string, to: string, totalCount: number, limit: number, complete: boolean, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number }, byPriority: Array<{ id: string, label: string, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number } }>, byActor: Array<{ id: string, label: string, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number } }>, changes: Array<{ eventId: string, at: string, effectiveOn: string, kind: Types.ChangeKind, actionId: string | null, ref: string | null, section: string | null, owners: Array<string>, country: string | null, roundId: string | null, fromStatus: Types.ActionStatus | null, toStatus: Types.ActionStatus | null, fromProgress: number | null, toProgress: number | null, fromDeadline: string | null, toDeadline: string | null, reportStatus: Types.MemberStateReportStatus | null, reviewState: Types.ReviewState | null, changedFields: Array<string>, note: string | null, author: { name: string } }> }, reportingRounds: Array<{ id: string, name: string }> };

export type ChangeCountsFieldsFragment = { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number };

export type ChangeGroupFieldsFragment = { id: string, label: string, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number } };

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