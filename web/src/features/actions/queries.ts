import { graphql } from '../../api/graphql';

/** The names and titles that turn the ids in an action into words. */
export const ActionCatalogueContextQuery = graphql(`
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
`);

/** One page of the catalogue; the API caps `first` at 100. */
export const ActionsPageQuery = graphql(`
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
`);
