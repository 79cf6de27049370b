import { graphql } from '../../api/graphql';

/** Everything the action page shows about the action itself; the mutations answer with the same. */
export const ActionPageFieldsFragment = graphql(`
  fragment ActionPageFields on Action {
    id
    ref
    section
    subheading
    leadIn
    text
    owners
    partners
    deadline
    baselineDeadline
    deadlineSource
    deadlinePhrase
    recurring
    memberStateReporting
    status
    progress
    health
    declaredHealth
    declaredHealthBy
    healthDisagreement
    stale
    note
    evidenceUrls
    forecastDate
    lastConfirmedAt
    slippageDays
    effectiveOn
    completedAt
    deadlineRevisions {
      date
      previous
      reason
      revisedAt
      revisedBy
      effectiveOn
    }
    version
    memberStateReports {
      country
      status
      contentWithheld
      reportedAt
      reportedBy
      review {
        state
        comment
        reviewedAt
        reviewedBy
      }
    }
  }
`);

export const ActionPageQuery = graphql(`
  query ActionPage($id: ID!) {
    action(id: $id) {
      ...ActionPageFields
    }
    strategy {
      adopted
      sections {
        id
        title
      }
      actors {
        id
        owningBody
      }
    }
  }
`);

/** One page of the action's history, newest first. */
export const ActionHistoryQuery = graphql(`
  query ActionHistory($id: ID!, $first: Int, $after: String) {
    action(id: $id) {
      id
      history(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            at
            effectiveOn
            recordedAt
            type
            country
            author {
              id
              name
              role
            }
            before
            after
            note
            contentWithheld
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const UpdateActionMutation = graphql(`
  mutation UpdateActionFromPage($input: UpdateActionInput!) {
    updateAction(input: $input) {
      ...ActionPageFields
    }
  }
`);

export const ReviseDeadlineMutation = graphql(`
  mutation ReviseDeadlineFromPage($input: ReviseDeadlineInput!) {
    reviseDeadline(input: $input) {
      ...ActionPageFields
    }
  }
`);
