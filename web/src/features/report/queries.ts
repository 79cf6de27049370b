import { graphql } from '../../api/graphql';

/**
 * The report's documents. The dashboard fragment is asked for twice, live (dashboard(asOf))
 * and frozen (snapshot.dashboard), so both paths feed the one view model the same shape.
 */
export const ReportDashboardFragment = graphql(`
  fragment ReportDashboard on Dashboard {
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
    coverage {
      roundId
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
      countries
      accepted
      countriesReporting
      byStatus {
        status
        count
      }
    }
    forecast {
      doneByReview
      low
      high
      method
      likelyToMissCount
    }
  }
`);

/**
 * What the conference pages open on when the address names no state: the newest frozen
 * snapshot, else the review date once the API's today has passed it (its today, not the
 * browser's), else today.
 */
export const ConferenceDefaultQuery = graphql(`
  query ConferenceDefault {
    snapshots(first: 1) {
      edges {
        node {
          id
          name
          asOf
          frozenAt
        }
      }
    }
    dashboard {
      asOf
      reviewDate
    }
  }
`);

/** The snapshots to choose from, newest first. */
export const ReportSnapshotsQuery = graphql(`
  query ReportSnapshots {
    snapshots(first: 100) {
      edges {
        node {
          id
          name
          asOf
          frozenAt
        }
      }
    }
  }
`);

/** Everything a report rendered from a snapshot shows: nothing but the snapshot. */
export const ReportSnapshotQuery = graphql(`
  query ReportSnapshot($id: ID!) {
    snapshot(id: $id) {
      id
      name
      asOf
      frozenAt
      trigger
      frozenBy {
        name
      }
      round {
        id
        name
        opens
        closes
        open
        closedAt
      }
      strategy {
        reference
        title
        adopted
        reviewDate
        sections {
          id
          title
        }
        actors {
          id
          name
        }
        memberStates {
          code
          name
        }
      }
      dashboard {
        ...ReportDashboard
      }
      actions {
        id
        ref
        section
        text
        owners
        memberStateReporting
        status
        progress
        health
        baselineDeadline
        deadline
        deadlineRevisionCount
        slippageDays
        note
        evidenceUrls
      }
      reports {
        actionId
        country
        status
        review
      }
    }
  }
`);

/** The live state's figures and names, as of a date (the API's today when asOf is null). */
export const ReportLiveQuery = graphql(`
  query ReportLive($asOf: Date) {
    strategy {
      reference
      title
      adopted
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
    dashboard(asOf: $asOf) {
      ...ReportDashboard
    }
  }
`);

/** The actions as they stood at the end of the date (the API's today when asOf is null), a page at a time. */
export const ReportActionsQuery = graphql(`
  query ReportActions($asOf: Date, $after: String) {
    actions(asOf: $asOf, first: 100, after: $after) {
      edges {
        node {
          id
          ref
          section
          text
          owners
          memberStateReporting
          status
          progress
          health
          baselineDeadline
          deadline
          deadlineRevisions {
            date
          }
          slippageDays
          note
          evidenceUrls
          memberStateReports {
            country
            status
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

/** The annex: what changed in [from, to); 400 changes at most, to stay within the API's query cost. */
export const ReportChangeSummaryQuery = graphql(`
  query ReportChangeSummary($from: Date!, $to: Date!) {
    changeSummary(from: $from, to: $to) {
      from
      to
      totalCount
      complete
      changes(first: 400) {
        eventId
        at
        kind
        ref
        section
        country
        fromStatus
        toStatus
        fromProgress
        toProgress
        fromDeadline
        toDeadline
        reportStatus
        reviewState
        author {
          name
        }
      }
    }
  }
`);

export const FreezeSnapshotMutation = graphql(`
  mutation ReportFreezeSnapshot($input: FreezeSnapshotInput!) {
    freezeSnapshot(input: $input) {
      id
      name
      asOf
      frozenAt
    }
  }
`);
