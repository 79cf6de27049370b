import { graphql } from '../../api/graphql';

/**
 * What changed in [from, to): counts, both groupings' counts, the changes themselves and the
 * round names. Only the first 300 changes: the API's query cost limit multiplies `first` by
 * the fields asked for, and 300 fit under it when written out here (a fragment costs more).
 */
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
      changes(first: 300) {
        eventId
        at
        effectiveOn
        kind
        actionId
        ref
        section
        owners
        country
        roundId
        author {
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
  }
`);

export const changeSummaryQueryKey = (from: string, to: string) => ['changes', 'summary', from, to] as const;
