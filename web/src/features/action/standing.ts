import type { MemberStateReportStatus, ReviewState } from '../../gql/graphql';

/**
 * Two things the action page says under "Where it stands" that its record alone does not:
 * who may update the action when the reader may not, and what the countries' accepted reports
 * say (issue 14). Neither changes the action's own status, which its owners set.
 */

/** Who may update an action: its owners that sign in as bodies (owning bodies), or else only a coordinator. */
export function updatersOf(owners: readonly string[], actors: readonly { id: string; owningBody: boolean }[]): string[] {
  return owners.filter((owner) => actors.some((actor) => actor.id === owner && actor.owningBody));
}

/** Report statuses in the order a summary names them: the furthest along first. */
const STATUS_ORDER: readonly MemberStateReportStatus[] = ['COMPLETED', 'IN_PROGRESS', 'PLANNED', 'NOT_STARTED', 'NOT_APPLICABLE'];

export interface ReportsSummary {
  /** Countries whose current report is accepted. */
  countries: number;
  /** Those accepted reports by status, furthest along first; statuses with none left out. */
  byStatus: { status: MemberStateReportStatus; count: number }[];
  /** Countries whose current report is submitted and waits for review. */
  underReview: number;
}

export function reportsSummary(reports: readonly { status: MemberStateReportStatus; review: { state: ReviewState } | null }[]): ReportsSummary {
  const accepted = reports.filter((report) => report.review?.state === 'ACCEPTED');
  return {
    countries: accepted.length,
    byStatus: STATUS_ORDER.map((status) => ({ status, count: accepted.filter((report) => report.status === status).length })).filter(
      (entry) => entry.count > 0,
    ),
    underReview: reports.filter((report) => report.review?.state === 'SUBMITTED').length,
  };
}
