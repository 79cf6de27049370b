/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type MemberStatesRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberStatesRoundsQuery = { reportingRounds: Array<{ id: string, name: string, opens: string, closes: string, open: boolean, closedAt: string | null }>, dashboard: { coverage: { roundId: string | null, roundName: string | null, expected: number, reported: number, accepted: number, percentReported: number, byCountry: Array<{ country: string, name: string, expected: number, reported: number, accepted: number }>, byAction: Array<{ actionId: string, ref: string, expected: number, reported: number, accepted: number }> } } };

export type MemberStatesActionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MemberStatesActionsQuery = { actions: { edges: Array<{ node: { id: string, ref: string, leadIn: string | null, text: string, memberStateReporting: boolean, memberStateReports: Array<{ actionId: string, country: string, status: Types.MemberStateReportStatus, note: string | null, evidenceUrls: Array<string> | null, version: number, reportedAt: string | null, reportedBy: string | null, effectiveOn: string | null, roundId: string | null, review: { state: Types.ReviewState, comment: string | null, reviewedAt: string | null, reviewedBy: string | null } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberStatesSubmitReportMutationVariables = Exact<{
  input: Types.MemberStateReportInput;
}>;


export type MemberStatesSubmitReportMutation = { submitMemberStateReport: { actionId: string, country: string, version: number } };

export type MemberStatesReviewReportMutationVariables = Exact<{
  input: Types.ReviewMemberStateReportInput;
}>;


export type MemberStatesReviewReportMutation = { reviewMemberStateReport: { actionId: string, country: string, version: number, review: { state: Types.ReviewState } | null } };

export type MemberStatesOpenRoundMutationVariables = Exact<{
  input: Types.OpenReportingRoundInput;
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