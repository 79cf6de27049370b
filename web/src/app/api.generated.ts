/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { me: { id: string, name: string, role: Types.Role, actor: string | null, country: string | null } | null, strategy: { reference: string, title: string, reviewDate: string, actors: Array<{ id: string, name: string }> }, memberStates: Array<{ code: string, name: string }> };

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