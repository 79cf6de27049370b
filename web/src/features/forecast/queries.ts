import { graphql } from '../../api/graphql';

/** The forecast of completions by the review date and the actions likely to miss it, as of a date. */
export const ForecastQuery = graphql(`
  query Forecast($asOf: Date) {
    dashboard(asOf: $asOf) {
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

export const forecastQueryKey = (asOf: string | null) => ['forecast', asOf ?? 'today'] as const;
