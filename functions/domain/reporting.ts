import { diff, type Change, type Planned } from './action-update.js';
import { effectiveDay, latestEffectiveOnOfReport } from './effective-dates.js';
import { LIMITS, dateProblem, evidenceProblems, normalizeLineBreaks, textProblem, type DayRange } from './validation.js';

/**
 * Member-state reports and reporting rounds (DESIGN.md "Member-state report"): one current
 * report per country and action, submitted in an open round, reviewed by a coordinator:
 * submitted → accepted | returned → resubmitted → ...
 */
export const REPORT_STATUSES = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'NOT_APPLICABLE'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReviewState = 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';

export interface ReportReview {
  state: ReviewState;
  comment?: string;
  reviewedAt?: string;
  reviewedBy?: string;
}

export interface ReportState {
  actionId: string;
  country: string;
  roundId: string;
  status: ReportStatus;
  note?: string;
  evidenceUrls: string[];
  version: number;
  reportedAt: string;
  reportedBy: string;
  reportedById: string;
  review: ReportReview;
  /** The day the latest submission took effect (issue 13; absent on reports submitted before: the day of reportedAt). */
  effectiveOn?: string;
}

export interface RoundState {
  id: string;
  name: string;
  opens: string;
  closes: string;
  open: boolean;
  closedAt?: string;
}

export interface Author {
  id: string;
  name: string;
}

export function planReportSubmission(
  current: ReportState | undefined,
  input: {
    actionId: string;
    country: string;
    status: ReportStatus;
    note?: string | null;
    evidenceUrls?: string[] | null;
    effectiveOn?: string | null;
  },
  context: {
    /** The strategy's adoption: the earliest day a report may be dated. */
    adopted?: string;
    memberStateReporting: boolean;
    memberStates: readonly string[];
    openRound: RoundState | undefined;
    today: string;
    now: string;
    author: Author;
  },
): Planned<ReportState> {
  const { openRound } = context;
  const note = normalizeLineBreaks(input.note)?.trim() || undefined;
  const evidenceUrls = input.evidenceUrls ?? [];
  const effective = effectiveDay(input.effectiveOn, { now: context.now, adopted: context.adopted, latest: latestEffectiveOnOfReport(current) });
  const problems = [
    effective.ok ? null : effective.problem,
    context.memberStateReporting ? null : `Action ${input.actionId} is not addressed to the member states: there is nothing to report on it.`,
    context.memberStates.includes(input.country) ? null : `"${input.country}" is not a participating member state.`,
    openRound ? null : 'No reporting round is open: reports can be submitted only while a round is open.',
    openRound && context.today > openRound.closes ? `The round "${openRound.name}" stopped taking reports on ${openRound.closes}.` : null,
    REPORT_STATUSES.includes(input.status) ? null : `Unknown report status "${input.status}".`,
    textProblem('The note', note, LIMITS.noteLength),
    ...evidenceProblems(evidenceUrls),
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0 || !openRound || !effective.ok) return { ok: false, problems };

  const next: ReportState = {
    actionId: input.actionId,
    country: input.country,
    roundId: openRound.id,
    status: input.status,
    ...(note ? { note } : {}),
    evidenceUrls,
    version: (current?.version ?? 0) + 1,
    reportedAt: context.now,
    reportedBy: context.author.name,
    reportedById: context.author.id,
    review: { state: 'SUBMITTED' },
    effectiveOn: effective.effectiveOn,
  };
  return { ok: true, next, change: withStatus(diff(current ?? ({} as ReportState), next), current, next) };
}

/**
 * A submission states the country's status even when it is the status it stated before: its
 * event always carries it (before and after), so that a resubmission reads "Report from
 * Germany: In progress", not "none" (issue 14). Replaying it sets the same value again.
 */
function withStatus(change: Change, current: ReportState | undefined, next: ReportState): Change {
  return { before: { status: current?.status ?? null, ...change.before }, after: { status: next.status, ...change.after } };
}

export function planReportReview(
  current: ReportState,
  input: { decision: 'ACCEPT' | 'RETURN'; comment?: string | null },
  context: { now: string; author: Author },
): Planned<ReportState> {
  const comment = normalizeLineBreaks(input.comment)?.trim() || undefined;
  const problems = [
    current.review.state === 'SUBMITTED'
      ? null
      : `This report was already ${current.review.state.toLowerCase()}; only a submitted report can be reviewed.`,
    input.decision === 'RETURN' && !comment ? 'Say what the country should revise: returning a report needs a comment.' : null,
    textProblem('The comment', comment, LIMITS.commentLength),
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0) return { ok: false, problems };
  const next: ReportState = {
    ...current,
    version: current.version + 1,
    review: {
      state: input.decision === 'ACCEPT' ? 'ACCEPTED' : 'RETURNED',
      ...(comment ? { comment } : {}),
      reviewedAt: context.now,
      reviewedBy: context.author.name,
    },
  };
  return { ok: true, next, change: diff(current, next) };
}

export function planRoundOpening(
  input: { name: string; closes: string },
  context: { openRound: RoundState | undefined; today: string; id: string; planning?: DayRange },
): Planned<RoundState> {
  const closesProblem = dateProblem('The closing date', input.closes, context.planning);
  const problems = [
    context.openRound ? `The round "${context.openRound.name}" is still open: close it before opening another.` : null,
    textProblem('The round name', input.name, LIMITS.roundNameLength, true, { multiline: false }),
    closesProblem,
    !closesProblem && input.closes < context.today ? `The closing date ${input.closes} is in the past.` : null,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0) return { ok: false, problems };
  const next: RoundState = { id: context.id, name: input.name.trim(), opens: context.today, closes: input.closes, open: true };
  return { ok: true, next, change: diff({} as RoundState, next) };
}

export function planRoundClosing(round: RoundState, context: { now: string }): Planned<RoundState> {
  if (!round.open) return { ok: false, problems: [`The round "${round.name}" is already closed.`] };
  const next: RoundState = { ...round, open: false, closedAt: context.now };
  return { ok: true, next, change: diff(round, next) };
}
