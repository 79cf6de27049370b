import { graphql } from '../../api/graphql';

/** What changed in [from, to): counts, both groupings with their changes, and the round names. */
export const ChangeSummaryQuery = graphql(`
  query ChangeSummary($from: Date!, $to: Date!) {
    changeSummary(from: $from, to: $to) {
      from
      to
      totalCount
      limit
      complete
      counts {
        ...ChangeCountsFields
      }
      byPriority {
        ...ChangeGroupFields
      }
      byActor {
        ...ChangeGroupFields
      }
      changes(first: 500) {
        ...ChangeItemFields
      }
    }
    reportingRounds {
      id
      name
    }
  }

  fragment ChangeCountsFields on ChangeCounts {
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

  fragment ChangeGroupFields on ChangeGroup {
    id
    label
    counts {
      ...ChangeCountsFields
    }
    changes(first: 500) {
      ...ChangeItemFields
    }
  }

  fragment ChangeItemFields on ChangeItem {
    eventId
    at
    kind
    actionId
    ref
    section
    owners
    country
    roundId
    author {
      id
      name
    }
    fromStatus
    toStatus
    fromProgress
    toProgress
    fromDeadline
    toDeadline
    reportStatus
    reviewState
    changedFields
    note
  }
`);

export const changeSummaryQueryKey = (from: string, to: string) => ['changes', 'summary', from, to] as const;
