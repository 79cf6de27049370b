/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myTasks: { asOf: string, actionable: number, openRound: { id: string, name: string, closes: string } | null, toReport: Array<{ actionId: string, ref: string, text: string, deadline: string }>, returned: Array<{ actionId: string, ref: string, text: string, country: string, status: Types.MemberStateReportStatus, review: { state: Types.ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } }>, toReview: Array<{ actionId: string, ref: string, text: string, country: string, status: Types.MemberStateReportStatus, reportedAt: string | null, reportedBy: string | null }>, attention: Array<{ actionId: string, ref: string, text: string, owners: Array<string>, deadline: string, status: Types.ActionStatus, progress: number, health: Types.Health, overdue: boolean, daysLate: number, stale: boolean, lastConfirmedAt: string | null }> } };

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