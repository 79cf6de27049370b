/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type PresentationDashboardFragment = { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number }, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }>, byHealth: Array<{ health: Types.Health, count: number }> }>, coverage: { roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> } };

export type PresentationLiveQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PresentationLiveQuery = { strategy: { reference: string, title: string }, dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number }, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }>, byHealth: Array<{ health: Types.Health, count: number }> }>, coverage: { roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> } } };

export type PresentationSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type PresentationSnapshotQuery = { snapshot: { id: string, name: string, asOf: string, frozenAt: string, strategy: { reference: string, title: string }, dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number, percentCompleted: number, overdue: number, atRisk: number }, byPriority: Array<{ id: string, label: string, total: number, byStatus: Array<{ status: Types.ActionStatus, count: number }>, byHealth: Array<{ health: Types.Health, count: number }> }>, coverage: { roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }> } } } | null };

export type PresentationChangesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PresentationChangesQuery = { changeSummary: { from: string, to: string, totalCount: number, complete: boolean, counts: { total: number, statusChanges: number, completions: number, progressMoves: number, otherUpdates: number, deadlineRevisions: number, reportsSubmitted: number, reportsAccepted: number, reportsReturned: number, roundsOpened: number, roundsClosed: number, catalogueCorrections: number }, changes: Array<{ eventId: string, at: string, kind: Types.ChangeKind, ref: string | null, country: string | null, fromStatus: Types.ActionStatus | null, toStatus: Types.ActionStatus | null, fromProgress: number | null, toProgress: number | null, fromDeadline: string | null, toDeadline: string | null, reportStatus: Types.MemberStateReportStatus | null, reviewState: Types.ReviewState | null }> } };

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