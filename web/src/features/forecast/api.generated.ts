/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ForecastQueryVariables = Exact<{
  asOf?: string | null | undefined;
  snapshotId?: string | number | null | undefined;
}>;


export type ForecastQuery = { dashboard: { asOf: string, reviewDate: string, daysToReview: number, totals: { actions: number, completed: number }, forecast: { doneByReview: number, low: number, high: number, pacePerMonth: number, method: string, likelyToMissCount: number, likelyToMissMethod: string, likelyToMiss: Array<{ reason: Types.MissReason, projectedProgress: number, action: { actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: Types.ActionStatus, progress: number, health: Types.Health } }> } } };

export type ForecastSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type ForecastSnapshotQuery = { snapshot: { id: string, name: string, asOf: string, frozenAt: string } | null };

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