import { graphql } from '../../api/graphql';

/** The signed-in person's own record: their address and status (issue 12). */
export const MyAccountQuery = graphql(`
  query MyAccount($id: ID!) {
    person(id: $id) {
      id
      email
      status
      lastSignInAt
    }
  }
`);
