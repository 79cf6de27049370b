import { graphql } from '../../api/graphql';

/** What asks for the signed-in person's attention today (the API computes it per role). */
export const MyTasksQuery = graphql(`
  query MyTasks {
    myTasks {
      asOf
      openRound {
        id
        name
        closes
      }
      toReport {
        actionId
        ref
        text
        deadline
      }
      returned {
        actionId
        ref
        text
        country
        status
        review {
          state
          comment
          reviewedAt
          reviewedBy
        }
      }
      toReview {
        actionId
        ref
        text
        country
        status
        reportedAt
        reportedBy
      }
      attention {
        actionId
        ref
        text
        owners
        deadline
        status
        progress
        health
        overdue
        daysLate
        stale
        lastConfirmedAt
      }
      actionable
    }
  }
`);
