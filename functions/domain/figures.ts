import type { MissReason } from './dashboard.js';
import type { ActionStatus, ChangeKind, Health } from './model.js';
import type { ReportStatus as MemberStateReportStatus, ReviewState } from './reporting.js';

/**
 * What the domain computes for the API to serve: the dashboard's figures, the change summary and
 * a person's tasks. The domain owns these types; the GraphQL layer serves them as they are, and
 * test/unit/domain-contract.test.ts checks, type by type, that each is exactly the contract's
 * (graphql/schema.graphql, through the generated types), so a field added to one and not the
 * other fails `npm test`. Dates are YYYY-MM-DD, instants ISO strings, as in the contract.
 */

export interface DashboardItem {
  actionId: string;
  /** Days past the deadline (negative: days left). */
  daysLate: number;
  deadline: string;
  health: Health;
  owners: string[];
  progress: number;
  ref: string;
  section: string;
  status: ActionStatus;
  text: string;
}

export interface StatusCount {
  count: number;
  status: ActionStatus;
}

export interface HealthCount {
  count: number;
  health: Health;
}

export interface Breakdown {
  byHealth: HealthCount[];
  byStatus: StatusCount[];
  id: string;
  label: string;
  total: number;
}

export interface DashboardTotals {
  actions: number;
  atRisk: number;
  completed: number;
  /** Actions whose declared health differs from the computed one. */
  disagreements: number;
  overdue: number;
  /** Completed actions as a percentage of all actions, one decimal. */
  percentCompleted: number;
  stale: number;
  /** Not completed, deadline in the 90 days after asOf. */
  upcoming: number;
}

export interface CountryCoverage {
  accepted: number;
  country: string;
  /** Actions addressed to the member states. */
  expected: number;
  name: string;
  reported: number;
}

export interface ActionCoverage {
  accepted: number;
  actionId: string;
  /** Member states expected to report. */
  expected: number;
  ref: string;
  reported: number;
}

export interface Coverage {
  accepted: number;
  byAction: ActionCoverage[];
  byCountry: CountryCoverage[];
  expected: number;
  percentReported: number;
  reported: number;
  /** The round the figures come from: the open one, else the last closed one; null before any round. */
  roundId: string | null;
  roundName: string | null;
}

export interface ReportStatusCount {
  count: number;
  status: MemberStateReportStatus;
}

export interface MemberStateProgress {
  /** Current reports accepted. */
  accepted: number;
  /** Actions addressed to the member states. */
  actions: number;
  /** Accepted reports by the status the country reported, furthest along first; every status is listed. */
  byStatus: ReportStatusCount[];
  /** Participating member states. */
  countries: number;
  /** Countries with at least one accepted report. */
  countriesReporting: number;
  /** Reports that would cover every such action for every country: actions × countries. */
  expected: number;
  /** Current reports submitted and waiting for review (not counted above). */
  underReview: number;
}

export interface BurnUpPoint {
  completed: number;
  fallingDue: number;
  /** YYYY-MM */
  month: string;
}

export interface LikelyMiss {
  action: DashboardItem;
  /** Progress the action would reach by the review date at its own pace since adoption (0 to 100). */
  projectedProgress: number;
  reason: MissReason;
}

export interface Forecast {
  /** Actions expected to be completed by the review date at the pace observed. */
  doneByReview: number;
  high: number;
  /** Open actions due on or before the review date that are likely to miss it, most urgent reason first: the first `first` (at most 500). */
  likelyToMiss: LikelyMiss[];
  /** How many actions are likely to miss the review date (all of them, whatever `first`). */
  likelyToMissCount: number;
  /** How likelyToMiss is chosen, in one sentence. */
  likelyToMissMethod: string;
  /** A plausible range around doneByReview. */
  low: number;
  /** The method, in one sentence. */
  method: string;
  /** Completions per month observed so far. */
  pacePerMonth: number;
}

export interface DashboardFigures {
  asOf: string;
  /** Monthly from adoption to the review date (or asOf, if later). */
  burnUp: BurnUpPoint[];
  byHealth: HealthCount[];
  byOwner: Breakdown[];
  byPriority: Breakdown[];
  byStatus: StatusCount[];
  coverage: Coverage;
  /** Days from asOf to the review date (negative once it has passed). */
  daysToReview: number;
  forecast: Forecast;
  /** What the member states' accepted reports say, counted beside the actions' own figures, never in them. */
  memberStateProgress: MemberStateProgress;
  /** Not completed and past the deadline, most late first: the first `first` (at most 500); totals.overdue counts them all. */
  overdue: DashboardItem[];
  reviewDate: string;
  totals: DashboardTotals;
  /** Deadlines in the 90 days after asOf, soonest first: the first `first` (at most 500); totals.upcoming counts them all. */
  upcoming: DashboardItem[];
}

export interface ChangeCounts {
  catalogueCorrections: number;
  /** Status changes to COMPLETED. */
  completions: number;
  deadlineRevisions: number;
  /** Updates that changed neither status nor progress. */
  otherUpdates: number;
  progressMoves: number;
  reportsAccepted: number;
  reportsReturned: number;
  reportsSubmitted: number;
  roundsClosed: number;
  roundsOpened: number;
  statusChanges: number;
  total: number;
}

export interface ChangeAuthor {
  id: string;
  /** As recorded; an e-mail address in it is shown to coordinators only (so are those in reportedBy, reviewedBy and revisedBy). */
  name: string;
  role: string;
}

export interface ChangeItem {
  actionId: string | null;
  /** When it was recorded. */
  at: string;
  author: ChangeAuthor;
  /** The fields an ACTION_UPDATED or CATALOGUE_CORRECTED event changed. */
  changedFields: string[];
  /** A member-state report's note, evidence or review comment is withheld from you until the report is accepted (see HistoryEvent.contentWithheld). */
  contentWithheld: boolean;
  country: string | null;
  /** The day it took effect: the period and the order of changes are by this day (a late record sits at its end). */
  effectiveOn: string;
  eventId: string;
  /** The deadline in force before and after a revision. */
  fromDeadline: string | null;
  fromProgress: number | null;
  fromStatus: ActionStatus | null;
  kind: ChangeKind;
  /** The note, reason or review comment written with the change (null when contentWithheld). */
  note: string | null;
  /** The action's owners (actor ids). */
  owners: string[];
  ref: string | null;
  /** A member-state report's status after the change. */
  reportStatus: MemberStateReportStatus | null;
  /** A member-state report's review state after the change. */
  reviewState: ReviewState | null;
  roundId: string | null;
  section: string | null;
  /** One short plain English sentence, e.g. 2.1-03 moved from NOT_STARTED to IN_PROGRESS (progress 0 → 20). */
  sentence: string;
  toDeadline: string | null;
  toProgress: number | null;
  toStatus: ActionStatus | null;
}

export interface ChangeGroup {
  /** The group's changes, oldest first: the first `first` (at most 500). */
  changes: ChangeItem[];
  counts: ChangeCounts;
  /** A section number (byPriority) or an actor id (byActor). */
  id: string;
  label: string;
}

export interface ChangeSummary {
  /** By owning actor, most changes first; an action with two owners counts for each. Only actors with changes. */
  byActor: ChangeGroup[];
  /** By section, in strategy order (priorities 2.1 to 2.5, then section 4), only sections with changes. */
  byPriority: ChangeGroup[];
  /** Every summarised change, oldest first: the first `first` (at most 500). */
  changes: ChangeItem[];
  /** Whether every change of the period is summarised; when false, narrow the period. */
  complete: boolean;
  /** Counts over the changes summarised. */
  counts: ChangeCounts;
  from: string;
  /** The most changes summarised below. */
  limit: number;
  to: string;
  /** Every change in the period, counted by the index (beyond the limit too). */
  totalCount: number;
}

export interface TaskAction {
  actionId: string;
  /** Days past the deadline (negative: days left). */
  daysLate: number;
  /** The deadline in force. */
  deadline: string;
  health: Health;
  lastConfirmedAt: string | null;
  /** Past its deadline and not completed (health OVERDUE). */
  overdue: boolean;
  owners: string[];
  progress: number;
  ref: string;
  section: string;
  /** Not confirmed for longer than the configured number of days. */
  stale: boolean;
  status: ActionStatus;
  /** The strategy's words, verbatim. */
  text: string;
}

export interface ReportReview {
  comment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  state: ReviewState;
}

export interface TaskReport {
  actionId: string;
  country: string;
  ref: string;
  reportedAt: string | null;
  reportedBy: string | null;
  review: ReportReview;
  status: MemberStateReportStatus;
  /** The strategy's words, verbatim. */
  text: string;
  version: number;
}

export interface MyTasks {
  /** How many items ask the person to act themselves (everything above but a coordinator's follow-up list); the web opens on the tasks when it is above 0. */
  actionable: number;
  /** The day the tasks are computed for (today). */
  asOf: string;
  /** Actions overdue or stale, most overdue first: an owner's, their body's; a coordinator's, every action (to follow up). Completed and discontinued actions ask nothing. */
  attention: TaskAction[];
  /** The open reporting round, if any. */
  openRound: TaskRound | null;
  /** A national contact's: their country's reports returned with a comment, to revise and resubmit. */
  returned: TaskReport[];
  /** A national contact's: the actions addressed to the member states that their country has not reported on in the open round (returned reports are listed under returned instead). */
  toReport: TaskAction[];
  /** A coordinator's: reports submitted and waiting for review, oldest first. */
  toReview: TaskReport[];
}

export interface TaskRound {
  /** The last day reports are taken. */
  closes: string;
  id: string;
  name: string;
}
