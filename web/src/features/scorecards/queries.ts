import { graphql } from '../../api/graphql';

/** The actors, member states and rounds a scorecard is about, and the date its figures are as of. */
export const ScorecardContextQuery = graphql(`
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
`);

/** One page of the actions with what a scorecard counts; the API caps `first` at 100. */
export const ScorecardActionsQuery = graphql(`
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
`);
