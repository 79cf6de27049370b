import { graphql } from '../../api/graphql';

/** The forecast of completions by the review date and the actions likely to miss it, as of a date or as a snapshot froze it. */
export const ForecastQuery = graphql(`
  query Forecast($asOf: Date, $snapshotId: ID) {
    dashboard(asOf: $asOf, snapshotId: $snapshotId) {
      asOf
      reviewDate
      daysToReview
      totals {
        actions
        completed
      }
      forecast {
        doneByReview
        low
        high
        pacePerMonth
        method
        likelyToMissCount
        likelyToMissMethod
        likelyToMiss(first: 100) {
          reason
          projectedProgress
          action {
            actionId
            ref
            text
            owners
            deadline
            status
            progress
            health
          }
        }
      }
    }
  }
`);

export const forecastQueryKey = (asOf: string | null, snapshotId: string | null = null) =>
  snapshotId ? (['forecast', 'snapshot', snapshotId] as const) : (['forecast', asOf ?? 'today'] as const);

/** The name and freezing time of the snapshot shown, for the sentence saying which state this is. */
export const ForecastSnapshotQuery = graphql(`
  query ForecastSnapshot($id: ID!) {
    snapshot(id: $id) {
      id
      name
      asOf
      frozenAt
    }
  }
`);
