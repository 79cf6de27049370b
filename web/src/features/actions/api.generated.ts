/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionCatalogueContextQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionCatalogueContextQuery = { strategy: { reviewDate: string, sections: Array<{ id: string, title: string }>, actors: Array<{ id: string, name: string }> } };

export type ActionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActionsPageQuery = { actions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, ref: string, section: string, subheading: string | null, leadIn: string | null, text: string, owners: Array<string>, deadline: string | null, baselineDeadline: string, deadlineSource: Types.DeadlineSource, deadlinePhrase: string | null, status: Types.ActionStatus, progress: number, health: Types.Health } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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
        baselineDeadline
        deadlineSource
        deadlinePhrase
        status
        progress
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