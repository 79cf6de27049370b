/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ScorecardContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ScorecardContextQuery = { strategy: { actors: Array<{ id: string, name: string, owningBody: boolean }> }, memberStates: Array<{ code: string, name: string }>, reportingRounds: Array<{ id: string, name: string, opens: string, closes: string, open: boolean, closedAt: string | null }>, dashboard: { asOf: string } };

export type ScorecardActionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ScorecardActionsQuery = { actions: { edges: Array<{ node: { id: string, ref: string, text: string, owners: Array<string>, partners: Array<string>, deadline: string | null, status: Types.ActionStatus, health: Types.Health, stale: boolean, lastConfirmedAt: string | null, memberStateReporting: boolean, memberStateReports: Array<{ country: string, status: Types.MemberStateReportStatus, reportedAt: string | null, roundId: string | null, review: { state: Types.ReviewState } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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