import { graphql } from '../../api/graphql';

/** An action in the deadlines-ahead and overdue lists. */
export const OverviewDashboardItemFragment = graphql(`
  fragment OverviewDashboardItem on DashboardItem {
    actionId
    ref
    text
    owners
    deadline
    status
    health
    daysLate
  }
`);

/** Everything the overview shows, as of a date (the API's today when asOf is null). */
export const OverviewDashboardQuery = graphql(`
  query OverviewDashboard($asOf: Date) {
    dashboard(asOf: $asOf) {
      asOf
      reviewDate
      daysToReview
      totals {
        actions
        completed
        percentCompleted
        overdue
        atRisk
        upcoming
      }
      byHealth {
        health
        count
      }
      byPriority {
        id
        label
        total
        byStatus {
          status
          count
        }
      }
      byOwner {
        id
        label
        total
        byStatus {
          status
          count
        }
      }
      overdue(first: 100) {
        ...OverviewDashboardItem
      }
      upcoming(first: 100) {
        ...OverviewDashboardItem
      }
      coverage {
        roundName
        expected
        reported
        accepted
        percentReported
        byCountry {
          country
          name
          expected
          reported
          accepted
        }
      }
      burnUp {
        month
        completed
        fallingDue
      }
      memberStateProgress {
        actions
        countries
        expected
        accepted
        countriesReporting
        underReview
        byStatus {
          status
          count
        }
      }
    }
  }
`);

/** The review conference's own action, for "recorded as held" and the coordinator's shortcut. */
export const ReviewConferenceActionQuery = graphql(`
  query ReviewConferenceAction($id: ID!) {
    action(id: $id) {
      id
      ref
      owners
      status
      progress
      note
      evidenceUrls
      completedAt
      version
    }
  }
`);

/** Recording the conference as held is completing its action, through the one update every action takes. */
export const RecordConferenceHeldMutation = graphql(`
  mutation RecordReviewConferenceHeld($input: UpdateActionInput!) {
    updateAction(input: $input) {
      id
      status
      progress
      note
      evidenceUrls
      completedAt
      version
    }
  }
`);
