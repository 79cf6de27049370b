/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../gql/graphql.js';

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type PeopleQueryVariables = Exact<{
  filter?: Types.PeopleFilter | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, edges: Array<{ node: { id: string, name: string, email: string, role: Types.Role, actor: string | null, country: string | null, status: Types.PersonStatus, invitedAt: string | null, lastSignInAt: string | null } }> } };

export type PersonFieldsFragment = { id: string, name: string, email: string, role: Types.Role, actor: string | null, country: string | null, status: Types.PersonStatus, invitedAt: string | null, lastSignInAt: string | null };

export type PersonHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonHistoryQuery = { person: { id: string, history: { edges: Array<{ node: { id: string, at: string, type: Types.HistoryEventType, before: unknown, after: unknown, author: { name: string } } }> } } | null };

export type InvitePersonMutationVariables = Exact<{
  input: Types.InvitePersonInput;
}>;


export type InvitePersonMutation = { invitePerson: { id: string, name: string, email: string, role: Types.Role, actor: string | null, country: string | null, status: Types.PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type UpdatePersonMutationVariables = Exact<{
  input: Types.UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string, email: string, role: Types.Role, actor: string | null, country: string | null, status: Types.PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type DisablePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type DisablePersonMutation = { disablePerson: { id: string, name: string, email: string, role: Types.Role, actor: string | null, country: string | null, status: Types.PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type EnablePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type EnablePersonMutation = { enablePerson: { id: string, name: string, email: string, role: Types.Role, actor: string | null, country: string | null, status: Types.PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

export type DirectoryMismatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryMismatchesQuery = { directoryMismatches: Array<{ personId: string, name: string, email: string, kind: Types.DirectoryMismatchKind, fields: Array<string> }> };

export type ReconcilePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type ReconcilePersonMutation = { reconcilePerson: { id: string, name: string, email: string, role: Types.Role, actor: string | null, country: string | null, status: Types.PersonStatus, invitedAt: string | null, lastSignInAt: string | null } };

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
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const PeopleDocument = new TypedDocumentString(`
    query People($filter: PeopleFilter) {
  people(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        ...PersonFields
      }
    }
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonHistoryDocument = new TypedDocumentString(`
    query PersonHistory($id: ID!) {
  person(id: $id) {
    id
    history(first: 50) {
      edges {
        node {
          id
          at
          type
          author {
            name
          }
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonHistoryQuery, PersonHistoryQueryVariables>;
export const InvitePersonDocument = new TypedDocumentString(`
    mutation InvitePerson($input: InvitePersonInput!) {
  invitePerson(input: $input) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<InvitePersonMutation, InvitePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DisablePersonDocument = new TypedDocumentString(`
    mutation DisablePerson($id: ID!) {
  disablePerson(id: $id) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<DisablePersonMutation, DisablePersonMutationVariables>;
export const EnablePersonDocument = new TypedDocumentString(`
    mutation EnablePerson($id: ID!) {
  enablePerson(id: $id) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<EnablePersonMutation, EnablePersonMutationVariables>;
export const DirectoryMismatchesDocument = new TypedDocumentString(`
    query DirectoryMismatches {
  directoryMismatches {
    personId
    name
    email
    kind
    fields
  }
}
    `) as unknown as TypedDocumentString<DirectoryMismatchesQuery, DirectoryMismatchesQueryVariables>;
export const ReconcilePersonDocument = new TypedDocumentString(`
    mutation ReconcilePerson($id: ID!) {
  reconcilePerson(id: $id) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  name
  email
  role
  actor
  country
  status
  invitedAt
  lastSignInAt
}`) as unknown as TypedDocumentString<ReconcilePersonMutation, ReconcilePersonMutationVariables>;