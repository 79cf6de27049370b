import type { MemberStateReportStatus, ReviewState } from '../../gql/graphql';
import { addDays } from '../../../../functions/domain/dates';

/** What a matrix cell says: the reported status, or that the country has not reported. */
export type CellStatus = MemberStateReportStatus | 'NOT_REPORTED';

export interface ReportLike {
  actionId: string;
  country: string;
  status: MemberStateReportStatus;
  version: number;
  roundId?: string | null;
  reportedAt?: string | null;
  review?: { state: ReviewState; comment?: string | null } | null;
}

export interface ActionLike<R extends ReportLike = ReportLike> {
  id: string;
  ref: string;
  memberStateReporting: boolean;
  memberStateReports: readonly R[];
}

/** The report type that an action type carries. */
export type ReportOf<A extends ActionLike> = A['memberStateReports'][number];

export interface MemberStateLike {
  code: string;
  name: string;
}

export interface MatrixCell<A, R> {
  action: A;
  report: R | null;
  status: CellStatus;
  review: ReviewState | null;
  /** The report was made in an earlier round than the one whose coverage is shown. */
  earlierRound: boolean;
}

export interface MatrixRow<A, R> {
  country: string;
  name: string;
  cells: MatrixCell<A, R>[];
}

const byRef = (a: { ref: string }, b: { ref: string }) => a.ref.localeCompare(b.ref, 'en', { numeric: true });

/** The actions addressed to the member states, in reference order. */
export function reportingActions<A extends ActionLike>(actions: readonly A[]): A[] {
  return actions.filter((action) => action.memberStateReporting).sort(byRef);
}

/**
 * Countries (rows, in the order given) × actions addressed to the member states (columns):
 * each cell holds the country's current report on the action, or "not reported".
 * `currentRoundId` is the round whose coverage the page shows (the open one, else the last).
 */
export function buildMatrix<A extends ActionLike>(
  memberStates: readonly MemberStateLike[],
  actions: readonly A[],
  currentRoundId: string | null | undefined,
): { actions: A[]; rows: MatrixRow<A, ReportOf<A>>[] } {
  type R = ReportOf<A>;
  const columns = reportingActions(actions);
  const reportsByColumn = columns.map((action) => new Map(action.memberStateReports.map((report) => [report.country, report])));
  const rows = memberStates.map(({ code, name }) => ({
    country: code,
    name,
    cells: columns.map((action, index): MatrixCell<A, R> => {
      const report = reportsByColumn[index]?.get(code) ?? null;
      return {
        action,
        report,
        status: report?.status ?? 'NOT_REPORTED',
        review: report?.review?.state ?? null,
        earlierRound: report !== null && Boolean(currentRoundId) && report.roundId !== currentRoundId,
      };
    }),
  }));
  return { actions: columns, rows };
}

export interface QueueItem<A, R> {
  action: A;
  report: R;
  countryName: string;
}

/** The reports a coordinator must review (state SUBMITTED), oldest submission first. */
export function reviewQueue<A extends ActionLike>(actions: readonly A[], memberStates: readonly MemberStateLike[]): QueueItem<A, ReportOf<A>>[] {
  const names = new Map(memberStates.map((memberState) => [memberState.code, memberState.name]));
  return reportingActions(actions)
    .flatMap((action) =>
      action.memberStateReports
        .filter((report) => report.review?.state === 'SUBMITTED')
        .map((report) => ({ action, report, countryName: names.get(report.country) ?? report.country })),
    )
    .sort(
      (a, b) =>
        (a.report.reportedAt ?? '').localeCompare(b.report.reportedAt ?? '') ||
        byRef(a.action, b.action) ||
        a.countryName.localeCompare(b.countryName, 'en'),
    );
}

export interface RoundLike {
  id: string;
  name: string;
  opens: string;
  closes: string;
  open: boolean;
  closedAt?: string | null;
}

/** The open round (at most one is open), if any. */
export function openRound<T extends RoundLike>(rounds: readonly T[]): T | undefined {
  return rounds.find((round) => round.open);
}

/** The round closed last, if any. */
export function lastClosedRound<T extends RoundLike>(rounds: readonly T[]): T | undefined {
  return rounds.filter((round) => !round.open).sort((a, b) => (b.closedAt ?? b.closes).localeCompare(a.closedAt ?? a.closes))[0];
}

export interface CoverageEntry {
  expected: number;
  reported: number;
  accepted: number;
}

export type CoverageText =
  { key: 'coverage.noRound' } | { key: 'coverage.counts'; reported: number; expected: number; accepted: number; percent: number };

/**
 * The coverage of one country, one action or the whole round, as the key and figures of
 * its sentence ("2 of 4 reported (50%), 1 accepted"); before any round there is nothing to count.
 */
export function coverageText(entry: CoverageEntry | undefined): CoverageText {
  if (!entry || entry.expected === 0) return { key: 'coverage.noRound' };
  return {
    key: 'coverage.counts',
    reported: entry.reported,
    expected: entry.expected,
    accepted: entry.accepted,
    percent: Math.round((entry.reported / entry.expected) * 1000) / 10,
  };
}

/** Evidence links typed one per line (or separated by spaces): trimmed, empty lines dropped, each once. */
export function parseEvidenceUrls(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\s+/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

/** The links that the API would refuse: only absolute http(s) addresses are evidence. */
export function invalidEvidenceUrls(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    try {
      const { protocol } = new URL(url);
      return protocol !== 'http:' && protocol !== 'https:';
    } catch {
      return true;
    }
  });
}

/** A closing date to suggest for a new round: four weeks after `today` (YYYY-MM-DD). */
export function suggestedClosingDate(today: string, days = 28): string {
  return addDays(today, days);
}
