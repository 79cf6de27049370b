import { graphql } from '../gql';

/** What the header of every signed-in page shows: who is signed in, and which strategy. */
export const ShellQuery = graphql(`
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
`);
