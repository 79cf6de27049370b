import { graphql } from '../../api/graphql';

/** The reporting rounds and the coverage of the current (or last) round. */
export const MemberStatesRoundsQuery = graphql(`
  query MemberStatesRounds {
    reportingRounds {
      id
      name
      opens
      closes
      open
      closedAt
    }
    dashboard {
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
        byAction {
          actionId
          ref
          expected
          reported
          accepted
        }
      }
    }
  }
`);

/** One page of the catalogue with each action's current member-state reports; the API caps `first` at 100. */
export const MemberStatesActionsQuery = graphql(`
  query MemberStatesActions($first: Int, $after: String) {
    actions(first: $first, after: $after) {
      edges {
        node {
          id
          ref
          leadIn
          text
          memberStateReporting
          memberStateReports {
            actionId
            country
            status
            note
            evidenceUrls
            version
            reportedAt
            reportedBy
            effectiveOn
            roundId
            review {
              state
              comment
              reviewedAt
              reviewedBy
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

export const SubmitMemberStateReportMutation = graphql(`
  mutation MemberStatesSubmitReport($input: MemberStateReportInput!) {
    submitMemberStateReport(input: $input) {
      actionId
      country
      version
    }
  }
`);

export const ReviewMemberStateReportMutation = graphql(`
  mutation MemberStatesReviewReport($input: ReviewMemberStateReportInput!) {
    reviewMemberStateReport(input: $input) {
      actionId
      country
      version
      review {
        state
      }
    }
  }
`);

export const OpenReportingRoundMutation = graphql(`
  mutation MemberStatesOpenRound($input: OpenReportingRoundInput!) {
    openReportingRound(input: $input) {
      id
      name
      closes
    }
  }
`);

export const CloseReportingRoundMutation = graphql(`
  mutation MemberStatesCloseRound($id: ID!) {
    closeReportingRound(id: $id) {
      id
      closedAt
    }
  }
`);
