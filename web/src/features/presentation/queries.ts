import { graphql } from '../../api/graphql';

/**
 * The slides' documents. The dashboard fragment is asked for live (dashboard(asOf)) and
 * frozen (snapshot.dashboard), so both feed the slides the same shape.
 */
export const PresentationDashboardFragment = graphql(`
  fragment PresentationDashboard on Dashboard {
    asOf
    reviewDate
    daysToReview
    totals {
      actions
      completed
      percentCompleted
      overdue
      atRisk
    }
    byPriority {
      id
      label
      total
      byStatus {
        status
        count
      }
      byHealth {
        health
        count
      }
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
  }
`);

/** The live figures as of a date (the API's today when asOf is null), with the strategy's names. */
export const PresentationLiveQuery = graphql(`
  query PresentationLive($asOf: Date) {
    strategy {
      reference
      title
    }
    dashboard(asOf: $asOf) {
      ...PresentationDashboard
    }
  }
`);

/** A frozen snapshot's figures and the strategy as it recorded it. */
export const PresentationSnapshotQuery = graphql(`
  query PresentationSnapshot($id: ID!) {
    snapshot(id: $id) {
      id
      name
      asOf
      frozenAt
      strategy {
        reference
        title
      }
      dashboard {
        ...PresentationDashboard
      }
    }
  }
`);

/** What changed in [from, to): the counts and the changes, in structured fields. */
export const PresentationChangesQuery = graphql(`
  query PresentationChanges($from: Date!, $to: Date!) {
    changeSummary(from: $from, to: $to) {
      from
      to
      totalCount
      complete
      counts {
        total
        statusChanges
        completions
        progressMoves
        otherUpdates
        deadlineRevisions
        reportsSubmitted
        reportsAccepted
        reportsReturned
        roundsOpened
        roundsClosed
        catalogueCorrections
      }
      changes(first: 500) {
        eventId
        at
        kind
        ref
        country
        fromStatus
        toStatus
        fromProgress
        toProgress
        fromDeadline
        toDeadline
        reportStatus
        reviewState
      }
    }
  }
`);

export const presentationQueryKeys = {
  live: (asOf: string | null) => ['presentation', 'live', asOf ?? 'today'] as const,
  snapshot: (id: string) => ['presentation', 'snapshot', id] as const,
  changes: (from: string, to: string) => ['presentation', 'changes', from, to] as const,
};
