/* eslint-disable */
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, e.g. 2013-12-31. */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time with zone, e.g. 2014-02-07T09:00:00Z. */
  DateTime: { input: string; output: string; }
  /** A JSON value: the before and after images of a history event. */
  JSON: { input: unknown; output: unknown; }
};

export type Action = {
  __typename?: 'Action';
  /** The deadline the strategy set, kept for ever. */
  baselineDeadline: Scalars['Date']['output'];
  /**
   * When the action was last marked COMPLETED: the day the completion took effect (its start,
   * UTC, when it was recorded later; the instant itself when recorded on the day).
   */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The deadline in force (the baseline until a revision is recorded). */
  deadline: Maybe<Scalars['Date']['output']>;
  /** The deadline as the strategy words it, e.g. by the end of 2013. */
  deadlinePhrase: Maybe<Scalars['String']['output']>;
  /** The deadline revisions, oldest first; the baseline is never changed. */
  deadlineRevisions: Array<DeadlineRevision>;
  deadlineSource: DeadlineSource;
  /** The owner's declared health, if any. */
  declaredHealth: Maybe<Health>;
  /** Who set the declared health (recorded since declarations were attributed; null before). */
  declaredHealthBy: Maybe<Scalars['String']['output']>;
  /** The day its latest change took effect: a new change may not be dated earlier (null: never changed). */
  effectiveOn: Maybe<Scalars['Date']['output']>;
  evidenceUrls: Array<Scalars['String']['output']>;
  forecastDate: Maybe<Scalars['Date']['output']>;
  health: Health;
  /** The declared health differs from the computed one. */
  healthDisagreement: Scalars['Boolean']['output'];
  /** Every change to the action and its reports, newest first. `first` is at most 100. */
  history: HistoryConnection;
  id: Scalars['ID']['output'];
  kind: ActionKind;
  /** When someone last confirmed the action's state (every update confirms it). */
  lastConfirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** The requesting phrase, e.g. The Commission asks ENISA to: (absent for a commitment made in a sentence) */
  leadIn: Maybe<Scalars['String']['output']>;
  /** Whether member states report their own progress on this action. */
  memberStateReporting: Scalars['Boolean']['output'];
  /** The current report of each country that has reported, by country code. */
  memberStateReports: Array<MemberStateReport>;
  note: Maybe<Scalars['String']['output']>;
  /** Actor ids addressed by the lead-in. */
  owners: Array<Scalars['String']['output']>;
  /** Actor ids named in the text as supporting the action. */
  partners: Array<Scalars['String']['output']>;
  progress: Scalars['Int']['output'];
  recurring: Scalars['Boolean']['output'];
  /** Stable reference: section and sequence, e.g. 2.1-03. */
  ref: Scalars['String']['output'];
  section: Scalars['String']['output'];
  /** Days between the baseline and the deadline in force (0 when never revised). */
  slippageDays: Scalars['Int']['output'];
  /** No confirmation for longer than the configured number of days. */
  stale: Scalars['Boolean']['output'];
  status: ActionStatus;
  subheading: Maybe<Scalars['String']['output']>;
  /** The strategy's words, verbatim. */
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


export type ActionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActionConnection = {
  __typename?: 'ActionConnection';
  edges: Array<ActionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionCoverage = {
  __typename?: 'ActionCoverage';
  accepted: Scalars['Int']['output'];
  actionId: Scalars['ID']['output'];
  /** Member states expected to report. */
  expected: Scalars['Int']['output'];
  ref: Scalars['String']['output'];
  reported: Scalars['Int']['output'];
};

export type ActionEdge = {
  __typename?: 'ActionEdge';
  cursor: Scalars['String']['output'];
  node: Action;
};

export type ActionFilter = {
  /** Actor id, e.g. ENISA: actions this actor owns. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Strategic priority / section, e.g. 2.1. */
  section?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ActionStatus>>;
  /** Case-insensitive words that must all appear in the text, reference or lead-in. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ActionKind =
  /** A bullet under a lead-in such as The Commission will: */
  | 'BULLET'
  /** A commitment the strategy makes in a sentence, e.g. the review conference. */
  | 'SENTENCE';

export type ActionStatus =
  | 'COMPLETED'
  /** Withdrawn or superseded; a reason is recorded. */
  | 'DISCONTINUED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  /** A recurring action that is running as planned. */
  | 'ONGOING';

export type Actor = {
  __typename?: 'Actor';
  /** A stable identifier, e.g. ENISA, EUROPOL_EC3, MEMBER_STATES. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Whether the body's staff sign in as OWNER to update the actions it owns. */
  owningBody: Scalars['Boolean']['output'];
};

/** Counts for one strategic priority or one owner. */
export type Breakdown = {
  __typename?: 'Breakdown';
  byHealth: Array<HealthCount>;
  byStatus: Array<StatusCount>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** Cumulative counts at the end of a month. */
export type BurnUpPoint = {
  __typename?: 'BurnUpPoint';
  completed: Scalars['Int']['output'];
  fallingDue: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

export type ChangeAuthor = {
  __typename?: 'ChangeAuthor';
  id: Scalars['ID']['output'];
  /** As recorded; an e-mail address in it is shown to coordinators only (so are those in reportedBy, reviewedBy and revisedBy). */
  name: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<HistoryEdge>;
  pageInfo: PageInfo;
  /** The number of changes in the period. */
  totalCount: Scalars['Int']['output'];
};

/** Counts of changes; one event counts once in total, and may count as both a status change and a progress move. */
export type ChangeCounts = {
  __typename?: 'ChangeCounts';
  catalogueCorrections: Scalars['Int']['output'];
  /** Status changes to COMPLETED. */
  completions: Scalars['Int']['output'];
  deadlineRevisions: Scalars['Int']['output'];
  /** Updates that changed neither status nor progress. */
  otherUpdates: Scalars['Int']['output'];
  progressMoves: Scalars['Int']['output'];
  reportsAccepted: Scalars['Int']['output'];
  reportsReturned: Scalars['Int']['output'];
  reportsSubmitted: Scalars['Int']['output'];
  roundsClosed: Scalars['Int']['output'];
  roundsOpened: Scalars['Int']['output'];
  statusChanges: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ChangeGroup = {
  __typename?: 'ChangeGroup';
  /** The group's changes, oldest first: the first `first` (at most 500). */
  changes: Array<ChangeItem>;
  counts: ChangeCounts;
  /** A section number (byPriority) or an actor id (byActor). */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};


export type ChangeGroupChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One change, in structured fields (for the web app to phrase in its languages) and one plain English sentence. */
export type ChangeItem = {
  __typename?: 'ChangeItem';
  actionId: Maybe<Scalars['ID']['output']>;
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
  author: ChangeAuthor;
  /** The fields an ACTION_UPDATED or CATALOGUE_CORRECTED event changed. */
  changedFields: Array<Scalars['String']['output']>;
  /** A member-state report's note, evidence or review comment is withheld from you until the report is accepted (see HistoryEvent.contentWithheld). */
  contentWithheld: Scalars['Boolean']['output'];
  country: Maybe<Scalars['String']['output']>;
  /** The day it took effect: the period and the order of changes are by this day (a late record sits at its end). */
  effectiveOn: Scalars['Date']['output'];
  eventId: Scalars['ID']['output'];
  /** The deadline in force before and after a revision. */
  fromDeadline: Maybe<Scalars['Date']['output']>;
  fromProgress: Maybe<Scalars['Int']['output']>;
  fromStatus: Maybe<ActionStatus>;
  kind: ChangeKind;
  /** The note, reason or review comment written with the change (null when contentWithheld). */
  note: Maybe<Scalars['String']['output']>;
  /** The action's owners (actor ids). */
  owners: Array<Scalars['String']['output']>;
  ref: Maybe<Scalars['String']['output']>;
  /** A member-state report's status after the change. */
  reportStatus: Maybe<MemberStateReportStatus>;
  /** A member-state report's review state after the change. */
  reviewState: Maybe<ReviewState>;
  roundId: Maybe<Scalars['ID']['output']>;
  section: Maybe<Scalars['String']['output']>;
  /** One short plain English sentence, e.g. 2.1-03 moved from NOT_STARTED to IN_PROGRESS (progress 0 → 20). */
  sentence: Scalars['String']['output'];
  toDeadline: Maybe<Scalars['Date']['output']>;
  toProgress: Maybe<Scalars['Int']['output']>;
  toStatus: Maybe<ActionStatus>;
};

/** What kind of change a history event made, as the change summary names it. */
export type ChangeKind =
  /** Another field changed: note, evidence, forecast or declared health. */
  | 'ACTION_UPDATED'
  | 'CATALOGUE_CORRECTED'
  | 'DEADLINE_REVISED'
  /** The progress moved, the status stayed. */
  | 'PROGRESS_MOVED'
  | 'REPORT_REVIEWED'
  | 'REPORT_SUBMITTED'
  | 'ROUND_CLOSED'
  | 'ROUND_OPENED'
  /** The status changed (the progress may have moved too). */
  | 'STATUS_CHANGED';

export type ChangeSummary = {
  __typename?: 'ChangeSummary';
  /** By owning actor, most changes first; an action with two owners counts for each. Only actors with changes. */
  byActor: Array<ChangeGroup>;
  /** By section, in strategy order (priorities 2.1 to 2.5, then section 4), only sections with changes. */
  byPriority: Array<ChangeGroup>;
  /** Every summarised change, oldest first: the first `first` (at most 500). */
  changes: Array<ChangeItem>;
  /** Whether every change of the period is summarised; when false, narrow the period. */
  complete: Scalars['Boolean']['output'];
  /** Counts over the changes summarised. */
  counts: ChangeCounts;
  from: Scalars['Date']['output'];
  /** The most changes summarised below. */
  limit: Scalars['Int']['output'];
  to: Scalars['Date']['output'];
  /** Every change in the period, counted by the index (beyond the limit too). */
  totalCount: Scalars['Int']['output'];
};


export type ChangeSummaryChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryCoverage = {
  __typename?: 'CountryCoverage';
  accepted: Scalars['Int']['output'];
  country: Scalars['String']['output'];
  /** Actions addressed to the member states. */
  expected: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  reported: Scalars['Int']['output'];
};

export type Coverage = {
  __typename?: 'Coverage';
  accepted: Scalars['Int']['output'];
  byAction: Array<ActionCoverage>;
  byCountry: Array<CountryCoverage>;
  expected: Scalars['Int']['output'];
  percentReported: Scalars['Float']['output'];
  reported: Scalars['Int']['output'];
  /** The round the figures come from: the open one, else the last closed one; null before any round. */
  roundId: Maybe<Scalars['ID']['output']>;
  roundName: Maybe<Scalars['String']['output']>;
};

export type Dashboard = {
  __typename?: 'Dashboard';
  asOf: Scalars['Date']['output'];
  /** Monthly from adoption to the review date (or asOf, if later). */
  burnUp: Array<BurnUpPoint>;
  byHealth: Array<HealthCount>;
  byOwner: Array<Breakdown>;
  byPriority: Array<Breakdown>;
  byStatus: Array<StatusCount>;
  coverage: Coverage;
  /** Days from asOf to the review date (negative once it has passed). */
  daysToReview: Scalars['Int']['output'];
  forecast: Forecast;
  /** The instant the figures were limited to, when asked with knownAt. */
  knownAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * How many of the changes these figures include were recorded after the day they took effect
   * (late records; with knownAt, only those recorded by then). Null on a frozen snapshot's dashboard.
   */
  lateRecords: Maybe<Scalars['Int']['output']>;
  /** What the member states' accepted reports say, counted beside the actions' own figures, never in them. */
  memberStateProgress: MemberStateProgress;
  /** Not completed and past the deadline, most late first: the first `first` (at most 500); totals.overdue counts them all. */
  overdue: Array<DashboardItem>;
  reviewDate: Scalars['Date']['output'];
  totals: DashboardTotals;
  /** Deadlines in the 90 days after asOf, soonest first: the first `first` (at most 500); totals.upcoming counts them all. */
  upcoming: Array<DashboardItem>;
};


export type DashboardOverdueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DashboardUpcomingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An action as it stood on the dashboard's date. */
export type DashboardItem = {
  __typename?: 'DashboardItem';
  actionId: Scalars['ID']['output'];
  /** Days past the deadline (negative: days left). */
  daysLate: Scalars['Int']['output'];
  deadline: Scalars['Date']['output'];
  health: Health;
  owners: Array<Scalars['String']['output']>;
  progress: Scalars['Int']['output'];
  ref: Scalars['String']['output'];
  section: Scalars['String']['output'];
  status: ActionStatus;
  text: Scalars['String']['output'];
};

export type DashboardTotals = {
  __typename?: 'DashboardTotals';
  actions: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  /** Actions whose declared health differs from the computed one. */
  disagreements: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  /** Completed actions as a percentage of all actions, one decimal. */
  percentCompleted: Scalars['Float']['output'];
  stale: Scalars['Int']['output'];
  /** Not completed, deadline in the 90 days after asOf. */
  upcoming: Scalars['Int']['output'];
};

export type DeadlineRevision = {
  __typename?: 'DeadlineRevision';
  date: Scalars['Date']['output'];
  /** The day the revision took effect. */
  effectiveOn: Scalars['Date']['output'];
  previous: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  /** When the revision was recorded. */
  revisedAt: Scalars['DateTime']['output'];
  revisedBy: Scalars['String']['output'];
};

export type DeadlineSource =
  /** Normalised from the deadline phrase in the strategy text. */
  | 'PHRASE'
  /** The strategy states no deadline: the action falls due at the review date. */
  | 'REVIEW_DATE';

export type DirectoryMismatch = {
  __typename?: 'DirectoryMismatch';
  email: Scalars['String']['output'];
  /** For DIFFERS: name, email, role, actor, country or status. */
  fields: Array<Scalars['String']['output']>;
  kind: DirectoryMismatchKind;
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
};

export type DirectoryMismatchKind =
  /** The account's name, address, group, body, country or enabled state differs from the record. */
  | 'DIFFERS'
  /** A record whose account is no longer in the directory. */
  | 'NOT_IN_DIRECTORY'
  /** An account in the directory that the product has no record of. */
  | 'NOT_RECORDED';

export type Forecast = {
  __typename?: 'Forecast';
  /** Actions expected to be completed by the review date at the pace observed. */
  doneByReview: Scalars['Int']['output'];
  high: Scalars['Int']['output'];
  /** Open actions due on or before the review date that are likely to miss it, most urgent reason first: the first `first` (at most 500). */
  likelyToMiss: Array<LikelyMiss>;
  /** How many actions are likely to miss the review date (all of them, whatever `first`). */
  likelyToMissCount: Scalars['Int']['output'];
  /** How likelyToMiss is chosen, in one sentence. */
  likelyToMissMethod: Scalars['String']['output'];
  /** A plausible range around doneByReview. */
  low: Scalars['Int']['output'];
  /** The method, in one sentence. */
  method: Scalars['String']['output'];
  /** Completions per month observed so far. */
  pacePerMonth: Scalars['Float']['output'];
};


export type ForecastLikelyToMissArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FreezeSnapshotInput = {
  /** The date whose state is frozen (its end, UTC): today by default; not in the future, not before adoption. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Retrying with the same id returns the first result and writes nothing twice. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters, e.g. As presented to the review conference. */
  name: Scalars['String']['input'];
};

export type Health =
  | 'AT_RISK'
  | 'DONE'
  | 'ON_TRACK'
  | 'OVERDUE';

export type HealthCount = {
  __typename?: 'HealthCount';
  count: Scalars['Int']['output'];
  health: Health;
};

export type HistoryConnection = {
  __typename?: 'HistoryConnection';
  edges: Array<HistoryEdge>;
  pageInfo: PageInfo;
};

export type HistoryEdge = {
  __typename?: 'HistoryEdge';
  cursor: Scalars['String']['output'];
  node: HistoryEvent;
};

export type HistoryEvent = {
  __typename?: 'HistoryEvent';
  actionId: Maybe<Scalars['ID']['output']>;
  /** The changed fields after the change. */
  after: Maybe<Scalars['JSON']['output']>;
  /** When it was recorded (the same as recordedAt). */
  at: Scalars['DateTime']['output'];
  author: ChangeAuthor;
  /** The changed fields before the change. */
  before: Maybe<Scalars['JSON']['output']>;
  /**
   * The event of a member-state report carried content (a note, evidence links, a review's
   * comment) that you may not see: the report was not accepted with it, and you are neither a
   * coordinator nor a contact of its country. Those fields of before, after and note read null.
   */
  contentWithheld: Scalars['Boolean']['output'];
  country: Maybe<Scalars['String']['output']>;
  /** The day the change took effect (a catalogue correction: the adoption). */
  effectiveOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** When it was recorded; author is who recorded it. */
  recordedAt: Scalars['DateTime']['output'];
  roundId: Maybe<Scalars['ID']['output']>;
  type: HistoryEventType;
};

export type HistoryEventType =
  | 'ACTION_UPDATED'
  | 'CATALOGUE_CORRECTED'
  | 'DEADLINE_REVISED'
  | 'PERSON_DISABLED'
  | 'PERSON_ENABLED'
  | 'PERSON_INVITED'
  | 'PERSON_UPDATED'
  | 'REPORT_REVIEWED'
  | 'REPORT_SUBMITTED'
  | 'ROUND_CLOSED'
  | 'ROUND_OPENED';

export type InvitePersonInput = {
  /** Required for an OWNER (one of the catalogue's actors), empty otherwise. */
  actor?: InputMaybe<Scalars['String']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Required for a MEMBER_STATE (one of the member states), empty otherwise. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Unique among people, any case. */
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  role: Role;
};

export type LikelyMiss = {
  __typename?: 'LikelyMiss';
  action: DashboardItem;
  /** Progress the action would reach by the review date at its own pace since adoption (0 to 100). */
  projectedProgress: Scalars['Int']['output'];
  reason: MissReason;
};

export type MemberState = {
  __typename?: 'MemberState';
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/**
 * The member states' own progress on the actions addressed to them: each country's current
 * report on each such action, whatever round it came in, counted once a coordinator accepted it.
 * An action's own status is set by its owners; these reports never change it.
 */
export type MemberStateProgress = {
  __typename?: 'MemberStateProgress';
  /** Current reports accepted. */
  accepted: Scalars['Int']['output'];
  /** Actions addressed to the member states. */
  actions: Scalars['Int']['output'];
  /** Accepted reports by the status the country reported, furthest along first; every status is listed. */
  byStatus: Array<ReportStatusCount>;
  /** Participating member states. */
  countries: Scalars['Int']['output'];
  /** Countries with at least one accepted report. */
  countriesReporting: Scalars['Int']['output'];
  /** Reports that would cover every such action for every country: actions × countries. */
  expected: Scalars['Int']['output'];
  /** Current reports submitted and waiting for review (not counted above). */
  underReview: Scalars['Int']['output'];
};

/**
 * A country's current report on an action. Until it is accepted, its content (note, evidence
 * links, the review's comment) is shown only to coordinators and to that country's national
 * contacts; for everyone else those fields read null and contentWithheld is true. The status,
 * who reported and when, and the review state are shown to every signed-in role.
 */
export type MemberStateReport = {
  __typename?: 'MemberStateReport';
  actionId: Scalars['ID']['output'];
  /** The report is not accepted yet and you are neither a coordinator nor a contact of its country: note, evidence links and the review's comment are withheld. */
  contentWithheld: Scalars['Boolean']['output'];
  country: Scalars['String']['output'];
  /** The day the reported state was reached (reportedAt is when it was recorded): a new report may not be dated earlier. */
  effectiveOn: Maybe<Scalars['Date']['output']>;
  /** Null only when contentWithheld. */
  evidenceUrls: Maybe<Array<Scalars['String']['output']>>;
  /** Null when there is none, or when contentWithheld. */
  note: Maybe<Scalars['String']['output']>;
  reportedAt: Maybe<Scalars['DateTime']['output']>;
  reportedBy: Maybe<Scalars['String']['output']>;
  review: Maybe<ReportReview>;
  /** The round the report was submitted in. */
  roundId: Maybe<Scalars['ID']['output']>;
  status: MemberStateReportStatus;
  version: Scalars['Int']['output'];
};

export type MemberStateReportInput = {
  actionId: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code; a national contact may only report for their own country. */
  country: Scalars['String']['input'];
  /**
   * The day the reported state was reached: today (UTC) when absent. Not in the future, not before
   * the adoption, not before the day of the country's latest report on the action (MemberStateReport.effectiveOn).
   */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  evidenceUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version of the current report; absent for a first report. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  status: MemberStateReportStatus;
};

export type MemberStateReportStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_APPLICABLE'
  | 'NOT_STARTED'
  | 'PLANNED';

/** Why an action is likely to miss the review date; the first that applies, in this order. */
export type MissReason =
  /** Health AT_RISK against its own deadline, which falls on or before the review date. */
  | 'AT_RISK'
  /** Its forecast completion date is after the review date. */
  | 'FORECAST_AFTER_REVIEW'
  /** Not started (progress 0). */
  | 'NOT_STARTED'
  /** Past its deadline and not completed. */
  | 'OVERDUE'
  /** Its progress, at its own pace since adoption, would not reach 100 by the review date. */
  | 'PACE_TOO_SLOW';

export type Mutation = {
  __typename?: 'Mutation';
  /** Close the open round, freezing its figures. COORDINATOR only. */
  closeReportingRound: ReportingRound;
  /** Shut a person out: their next request is refused, whatever their token. COORDINATOR only, not oneself, not the last active coordinator. */
  disablePerson: Person;
  /** Let a disabled person in again. COORDINATOR only. */
  enablePerson: Person;
  /** Freeze the state as presented to the conference; it never changes afterwards. COORDINATOR only. */
  freezeSnapshot: Snapshot;
  /** Invite a person: the directory sends the invitation (local mode prints it). COORDINATOR only. */
  invitePerson: Person;
  /** Open a reporting round (one at a time). COORDINATOR only. */
  openReportingRound: ReportingRound;
  /**
   * Settle one disagreement with the directory. The record is the authority: an account that
   * differs is brought back to it, a record whose account is gone is disabled, an account with no
   * record is recorded as the directory holds it (if it follows the rules). COORDINATOR only.
   */
  reconcilePerson: Person;
  /** A coordinator accepts a submitted report or returns it with a comment. */
  reviewMemberStateReport: MemberStateReport;
  /** Set a revised deadline with a reason; the strategy's deadline is kept for ever. COORDINATOR only. */
  reviseDeadline: Action;
  /** A national contact reports their own country's progress on an action addressed to the member states, while a round is open. */
  submitMemberStateReport: MemberStateReport;
  /** Update an action's status, progress, evidence, note or forecast. COORDINATOR any action; OWNER the actions their body owns. */
  updateAction: Action;
  /** Change a person's name, role, body or country; it applies from their next request. COORDINATOR only. */
  updatePerson: Person;
};


export type MutationCloseReportingRoundArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisablePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnablePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFreezeSnapshotArgs = {
  input: FreezeSnapshotInput;
};


export type MutationInvitePersonArgs = {
  input: InvitePersonInput;
};


export type MutationOpenReportingRoundArgs = {
  input: OpenReportingRoundInput;
};


export type MutationReconcilePersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewMemberStateReportArgs = {
  input: ReviewMemberStateReportInput;
};


export type MutationReviseDeadlineArgs = {
  input: ReviseDeadlineInput;
};


export type MutationSubmitMemberStateReportArgs = {
  input: MemberStateReportInput;
};


export type MutationUpdateActionArgs = {
  input: UpdateActionInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};

export type MyTasks = {
  __typename?: 'MyTasks';
  /** How many items ask the person to act themselves (everything above but a coordinator's follow-up list); the web opens on the tasks when it is above 0. */
  actionable: Scalars['Int']['output'];
  /** The day the tasks are computed for (today). */
  asOf: Scalars['Date']['output'];
  /** Actions overdue or stale, most overdue first: an owner's, their body's; a coordinator's, every action (to follow up). Completed and discontinued actions ask nothing. */
  attention: Array<TaskAction>;
  /** The open reporting round, if any. */
  openRound: Maybe<TaskRound>;
  /** A national contact's: their country's reports returned with a comment, to revise and resubmit. */
  returned: Array<TaskReport>;
  /** A national contact's: the actions addressed to the member states that their country has not reported on in the open round (returned reports are listed under returned instead). */
  toReport: Array<TaskAction>;
  /** A coordinator's: reports submitted and waiting for review, oldest first. */
  toReview: Array<TaskReport>;
};

export type OpenReportingRoundInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  closes: Scalars['Date']['input'];
  name: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PeopleFilter = {
  actor?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  /** Part of the name or the e-mail address, any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PersonStatus>;
};

/** Someone who may sign in, as the product records them. */
export type Person = {
  __typename?: 'Person';
  /** The owning body of an OWNER. */
  actor: Maybe<Scalars['String']['output']>;
  /** The member state of a MEMBER_STATE contact. */
  country: Maybe<Scalars['String']['output']>;
  /** Shown to coordinators and to the person only. */
  email: Scalars['String']['output'];
  /** Every change to the person (who, before, after), newest first. COORDINATOR only. */
  history: HistoryConnection;
  /** The directory's id: the `sub` of their tokens. */
  id: Scalars['ID']['output'];
  invitedAt: Maybe<Scalars['DateTime']['output']>;
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  role: Role;
  status: PersonStatus;
};


/** Someone who may sign in, as the product records them. */
export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** INVITED until the first sign-in; DISABLED people are refused on every request. */
export type PersonStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED';

/** A section of the strategy. */
export type Priority = {
  __typename?: 'Priority';
  /** The section number, e.g. 2.1. */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  action: Maybe<Action>;
  /** The action catalogue, in strategy order. `first` is at most 100 (default 100). */
  actions: ActionConnection;
  /**
   * What changed in [from, to) (UTC days: from's start to to's start): every status change,
   * progress move, deadline revision, member-state report and review, counted and grouped by
   * priority and by actor. At most `limit` (2,000) changes are summarised; `complete` says whether
   * the period held more.
   */
  changeSummary: ChangeSummary;
  /**
   * Every change across the strategy that took effect in [from, to), oldest first. A change
   * recorded on the day it took effect is placed at the instant it was recorded; a late record
   * (recorded after the day it took effect) at the end of the day it took effect.
   * `first` is at most 100.
   */
  changes: ChangeConnection;
  /**
   * The figures of the review conference, as they stood at the end of `asOf` (today by
   * default): every change that took effect by then (effectiveOn), whenever it was recorded.
   * For a past date they are rebuilt from history.
   */
  dashboard: Dashboard;
  /** Where the directory (Cognito) and the product's records disagree, after a change made in the console. COORDINATOR only; empty in local mode. */
  directoryMismatches: Array<DirectoryMismatch>;
  /** The signed-in user. */
  me: Maybe<Viewer>;
  /** The member states participating in the strategy (EU-28 at the review date). */
  memberStates: Array<MemberState>;
  /**
   * What asks for the signed-in person's attention today, by role: a national contact's reports
   * to write in the open round and those returned to them; an owner's own actions that are
   * overdue or stale; a coordinator's reports waiting for review and every action overdue or
   * stale. A viewer has none.
   */
  myTasks: MyTasks;
  /** The people who may sign in, by name. COORDINATOR only. `first` is at most 100 (default 100). */
  people: PersonConnection;
  /** One person. COORDINATOR, or the person themselves. */
  person: Maybe<Person>;
  /** Member-state reporting rounds, newest first. */
  reportingRounds: Array<ReportingRound>;
  /** One frozen snapshot: the state as it was presented, the same whatever changed since. */
  snapshot: Maybe<Snapshot>;
  /** Frozen snapshots, newest first. `first` is at most 100 (default 100). */
  snapshots: SnapshotConnection;
  strategy: Strategy;
};


export type QueryActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<ActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryChangeSummaryArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryDashboardArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  knownAt?: InputMaybe<Scalars['DateTime']['input']>;
  snapshotId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PeopleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySnapshotArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySnapshotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReportReview = {
  __typename?: 'ReportReview';
  comment: Maybe<Scalars['String']['output']>;
  reviewedAt: Maybe<Scalars['DateTime']['output']>;
  reviewedBy: Maybe<Scalars['String']['output']>;
  state: ReviewState;
};

export type ReportStatusCount = {
  __typename?: 'ReportStatusCount';
  count: Scalars['Int']['output'];
  status: MemberStateReportStatus;
};

export type ReportingRound = {
  __typename?: 'ReportingRound';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closes: Scalars['Date']['output'];
  /** Which countries have reported in this round; frozen when the round closes. */
  coverage: Coverage;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  open: Scalars['Boolean']['output'];
  opens: Scalars['Date']['output'];
};

export type ReviewDecision =
  | 'ACCEPT'
  | 'RETURN';

export type ReviewMemberStateReportInput = {
  actionId: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Required when returning a report: what the country should revise. */
  comment?: InputMaybe<Scalars['String']['input']>;
  country: Scalars['String']['input'];
  decision: ReviewDecision;
  expectedVersion: Scalars['Int']['input'];
};

export type ReviewState =
  | 'ACCEPTED'
  | 'RETURNED'
  | 'SUBMITTED';

export type ReviseDeadlineInput = {
  actionId: Scalars['ID']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  /** The day the deadline was revised: today (UTC) when absent; the same range as UpdateActionInput.effectiveOn. */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type Role =
  | 'COORDINATOR'
  | 'MEMBER_STATE'
  | 'OWNER'
  | 'VIEWER';

/** The state as presented on a date, frozen: reading it later gives the same figures whatever changed since. */
export type Snapshot = {
  __typename?: 'Snapshot';
  actionCount: Scalars['Int']['output'];
  /** Every action as it stood, in strategy order; with `section`, only that section's. */
  actions: Array<SnapshotAction>;
  /** The date whose state was frozen (figures as at its end, UTC). */
  asOf: Scalars['Date']['output'];
  /** Every figure of the dashboard as of asOf, as frozen. */
  dashboard: Dashboard;
  frozenAt: Scalars['DateTime']['output'];
  frozenBy: ChangeAuthor;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The member-state coverage matrix: every report in the snapshot's round, by action and country. */
  reports: Array<SnapshotReport>;
  /** The reporting round the member-state figures draw on: the open one, else the last closed; null before any round. */
  round: Maybe<SnapshotRound>;
  strategy: SnapshotStrategy;
  /** The headline figures (kept with the snapshot's header: no need to load the rest). */
  totals: DashboardTotals;
  trigger: SnapshotTrigger;
};


/** The state as presented on a date, frozen: reading it later gives the same figures whatever changed since. */
export type SnapshotActionsArgs = {
  section?: InputMaybe<Scalars['String']['input']>;
};

/** An action as it stood in a snapshot. */
export type SnapshotAction = {
  __typename?: 'SnapshotAction';
  /** The deadline the strategy set. */
  baselineDeadline: Scalars['Date']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The deadline in force at the snapshot's date. */
  deadline: Scalars['Date']['output'];
  /** How many times the deadline had been revised. */
  deadlineRevisionCount: Scalars['Int']['output'];
  declaredHealth: Maybe<Health>;
  /** The evidence links as they stood; empty when none (or in a snapshot frozen before they were kept). */
  evidenceUrls: Array<Scalars['String']['output']>;
  forecastDate: Maybe<Scalars['Date']['output']>;
  health: Health;
  id: Scalars['ID']['output'];
  lastConfirmedAt: Maybe<Scalars['DateTime']['output']>;
  leadIn: Maybe<Scalars['String']['output']>;
  memberStateReporting: Scalars['Boolean']['output'];
  /** The owner's note as it stood; null when none (or in a snapshot frozen before notes were kept). */
  note: Maybe<Scalars['String']['output']>;
  owners: Array<Scalars['String']['output']>;
  progress: Scalars['Int']['output'];
  ref: Scalars['String']['output'];
  section: Scalars['String']['output'];
  /** Days between the baseline and the deadline in force. */
  slippageDays: Scalars['Int']['output'];
  stale: Scalars['Boolean']['output'];
  status: ActionStatus;
  subheading: Maybe<Scalars['String']['output']>;
  /** The strategy's words, verbatim. */
  text: Scalars['String']['output'];
};

export type SnapshotConnection = {
  __typename?: 'SnapshotConnection';
  edges: Array<SnapshotEdge>;
  pageInfo: PageInfo;
};

export type SnapshotEdge = {
  __typename?: 'SnapshotEdge';
  cursor: Scalars['String']['output'];
  node: Snapshot;
};

/** One cell of the member-state coverage matrix: a country's report on an action in the snapshot's round. */
export type SnapshotReport = {
  __typename?: 'SnapshotReport';
  actionId: Scalars['ID']['output'];
  country: Scalars['String']['output'];
  reportedAt: Maybe<Scalars['DateTime']['output']>;
  review: ReviewState;
  status: MemberStateReportStatus;
};

/** A reporting round as it stood in a snapshot. */
export type SnapshotRound = {
  __typename?: 'SnapshotRound';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closes: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  open: Scalars['Boolean']['output'];
  opens: Scalars['Date']['output'];
};

/** The strategy as a snapshot recorded it, for the report's cover and headings. */
export type SnapshotStrategy = {
  __typename?: 'SnapshotStrategy';
  actors: Array<Actor>;
  adopted: Scalars['Date']['output'];
  memberStates: Array<MemberState>;
  priorities: Array<Priority>;
  reference: Scalars['String']['output'];
  reviewDate: Scalars['Date']['output'];
  sections: Array<Priority>;
  title: Scalars['String']['output'];
};

/** Who or what froze a snapshot. */
export type SnapshotTrigger =
  /** A coordinator froze it (freezeSnapshot). */
  | 'COORDINATOR'
  /** A reporting round closed. */
  | 'ROUND_CLOSED';

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: ActionStatus;
};

export type Strategy = {
  __typename?: 'Strategy';
  actionCount: Scalars['Int']['output'];
  actors: Array<Actor>;
  adopted: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The strategic priorities, sections 2.1 to 2.5. */
  priorities: Array<Priority>;
  reference: Scalars['String']['output'];
  /** Adoption plus twelve months: the high-level review conference. */
  reviewDate: Scalars['Date']['output'];
  /** Every section that carries actions, with its title (the priorities and section 4, the follow-up). */
  sections: Array<Priority>;
  title: Scalars['String']['output'];
};

/** An action that asks for someone's attention. */
export type TaskAction = {
  __typename?: 'TaskAction';
  actionId: Scalars['ID']['output'];
  /** Days past the deadline (negative: days left). */
  daysLate: Scalars['Int']['output'];
  /** The deadline in force. */
  deadline: Scalars['Date']['output'];
  health: Health;
  lastConfirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** Past its deadline and not completed (health OVERDUE). */
  overdue: Scalars['Boolean']['output'];
  owners: Array<Scalars['String']['output']>;
  progress: Scalars['Int']['output'];
  ref: Scalars['String']['output'];
  section: Scalars['String']['output'];
  /** Not confirmed for longer than the configured number of days. */
  stale: Scalars['Boolean']['output'];
  status: ActionStatus;
  /** The strategy's words, verbatim. */
  text: Scalars['String']['output'];
};

/** A member-state report in a task: one returned to its country, or one waiting for review. */
export type TaskReport = {
  __typename?: 'TaskReport';
  actionId: Scalars['ID']['output'];
  country: Scalars['String']['output'];
  ref: Scalars['String']['output'];
  reportedAt: Maybe<Scalars['DateTime']['output']>;
  reportedBy: Maybe<Scalars['String']['output']>;
  review: ReportReview;
  status: MemberStateReportStatus;
  /** The strategy's words, verbatim. */
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** The open reporting round, as a task names it. */
export type TaskRound = {
  __typename?: 'TaskRound';
  /** The last day reports are taken. */
  closes: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type UpdateActionInput = {
  actionId: Scalars['ID']['input'];
  /** Retrying with the same id returns the first result and writes nothing twice. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The owner's own view of the action's health; shown beside the computed health. */
  declaredHealth?: InputMaybe<Health>;
  /**
   * The day the change happened: today (UTC) when absent. Not in the future, not before the
   * adoption, not before the latest day already recorded for the action (Action.effectiveOn).
   */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  /** http(s) links to the evidence; replaces the list. */
  evidenceUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; a stale version is answered with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  forecastDate?: InputMaybe<Scalars['Date']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 100. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** Omitted fields keep their value; note, forecastDate and declaredHealth accept null to clear. */
  status?: InputMaybe<ActionStatus>;
};

export type UpdatePersonInput = {
  /** Omitted: unchanged (cleared when the new role has no body); empty: cleared. */
  actor?: InputMaybe<Scalars['String']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Omitted: unchanged (cleared when the new role has no country); empty: cleared. */
  country?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type Viewer = {
  __typename?: 'Viewer';
  /** The owning body an OWNER is bound to, e.g. ENISA. */
  actor: Maybe<Scalars['String']['output']>;
  /** The ISO 3166-1 alpha-2 code a MEMBER_STATE contact is bound to. */
  country: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
};
