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

export type DeadlineSource =
  /** Normalised from the deadline phrase in the strategy text. */
  | 'PHRASE'
  /** The strategy states no deadline: the action falls due at the review date. */
  | 'REVIEW_DATE';

export type Health =
  | 'AT_RISK'
  | 'DONE'
  | 'ON_TRACK'
  | 'OVERDUE';

export type Role =
  | 'COORDINATOR'
  | 'MEMBER_STATE'
  | 'OWNER'
  | 'VIEWER';

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { me: { id: string, name: string, role: Role, actor: string | null, country: string | null } | null, strategy: { reference: string, title: string, reviewDate: string, actors: Array<{ id: string, name: string }> }, memberStates: Array<{ code: string, name: string }> };

export type ActionCatalogueContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionCatalogueContextQuery = { strategy: { reviewDate: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, name: string }> } };

export type ActionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActionsPageQuery = { actions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, deadline: string | null, deadlineSource: DeadlineSource, deadlinePhrase: string | null, status: ActionStatus, health: Health } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
        deadlineSource
        deadlinePhrase
        status
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