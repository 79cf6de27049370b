import { graphql } from '../../api/graphql';

/** People and access (issue 12): the list with its filter, one person's history, and the four changes. */
export const PeopleQuery = graphql(`
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
`);

export const PersonFieldsFragment = graphql(`
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
`);

export const PersonHistoryQuery = graphql(`
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
`);

export const InvitePersonMutation = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      ...PersonFields
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      ...PersonFields
    }
  }
`);

export const DisablePersonMutation = graphql(`
  mutation DisablePerson($id: ID!) {
    disablePerson(id: $id) {
      ...PersonFields
    }
  }
`);

export const EnablePersonMutation = graphql(`
  mutation EnablePerson($id: ID!) {
    enablePerson(id: $id) {
      ...PersonFields
    }
  }
`);

export const DirectoryMismatchesQuery = graphql(`
  query DirectoryMismatches {
    directoryMismatches {
      personId
      name
      email
      kind
      fields
    }
  }
`);

export const ReconcilePersonMutation = graphql(`
  mutation ReconcilePerson($id: ID!) {
    reconcilePerson(id: $id) {
      ...PersonFields
    }
  }
`);
