import type { ActionStatus, Health, MemberStateReportStatus, ReviewState } from '../../gql/graphql';
import { daysBetween, toDay } from '../../../../functions/domain/dates';

/**
 * The scorecards' figures, computed from the API's data by pure functions: one scorecard
 * per actor of the strategy (the Commission, ENISA, ... and the member states as a whole)
 * and one per member state.
 */

/** The actor to whom "The Commission invites the Member States to:" is addressed. */
export const MEMBER_STATES_ACTOR = 'MEMBER_STATES';

export interface CountryReport {
  country: string;
  status: MemberStateReportStatus;
  reportedAt: string | null;
  roundId: string | null;
  review: { state: ReviewState } | null;
}

export interface ScorecardAction {
  id: string;
  ref: string;
  text: string;
  owners: readonly string[];
  partners: readonly string[];
  deadline: string | null;
  status: ActionStatus;
  health: Health;
  stale: boolean;
  lastConfirmedAt: string | null;
  memberStateReporting: boolean;
  memberStateReports: readonly CountryReport[];
}

export interface ReportingRound {
  id: string;
  name: string;
  opens: string;
  closes: string;
  open: boolean;
  closedAt: string | null;
}

export interface ScorecardData {
  /** The day the figures are as of (the API's today). */
  asOf: string;
  actors: readonly { id: string; name: string; owningBody: boolean }[];
  memberStates: readonly { code: string; name: string }[];
  rounds: readonly ReportingRound[];
  actions: readonly ScorecardAction[];
}

/** Whom a scorecard is about: an actor named in the strategy, or one member state. */
export type Subject = { kind: 'ACTOR'; id: string; name: string; owningBody: boolean } | { kind: 'COUNTRY'; id: string; name: string };

export interface HealthFigures {
  actions: number;
  done: number;
  onTrack: number;
  atRisk: number;
  overdue: number;
}

/**
 * How an owning body keeps its actions' state confirmed: every update confirms an action,
 * and one not confirmed within the configured number of days is stale.
 */
export interface ConfirmationReporting {
  kind: 'CONFIRMATION';
  actions: number;
  /** Actions confirmed at least once. */
  confirmed: number;
  /** Actions not stale (a completed action has nothing left to confirm, so it counts). */
  fresh: number;
  percentConfirmed: number | null;
  percentFresh: number | null;
  last: string | null;
  daysSinceLast: number | null;
}

/** How a member state (or all of them) reports in the current reporting round. */
export interface RoundReporting {
  kind: 'ROUND';
  round: ReportingRound | null;
  /** Reports the round expects: one per member-state action (and per country, for all of them). */
  expected: number;
  reported: number;
  accepted: number;
  percentReported: number | null;
  /** The latest report in any round. */
  last: string | null;
  daysSinceLast: number | null;
}

export type Reporting = ConfirmationReporting | RoundReporting;

/** An action as it counts on one scorecard. */
export interface ScorecardRow {
  action: ScorecardAction;
  /** The action's health, or DONE where the country reports its own part completed. */
  health: Health;
  /** The country's current report, on a country's scorecard. */
  report?: CountryReport;
}

export interface Scorecard {
  subject: Subject;
  owned: ScorecardRow[];
  /** Actions naming the subject as a partner, not as an owner. */
  partnered: ScorecardAction[];
  figures: HealthFigures;
  reporting: Reporting;
}

export function subjectsOf(data: Pick<ScorecardData, 'actors' | 'memberStates'>): { actors: Subject[]; countries: Subject[] } {
  return {
    actors: data.actors.map((actor) => ({ kind: 'ACTOR', id: actor.id, name: actor.name, owningBody: actor.owningBody })),
    countries: data.memberStates.map((state) => ({ kind: 'COUNTRY', id: state.code, name: state.name })),
  };
}

/** The subject of `/scorecards/:id`: an actor id (ENISA) or a country code (DE). */
export function findSubject(data: Pick<ScorecardData, 'actors' | 'memberStates'>, id: string): Subject | undefined {
  const { actors, countries } = subjectsOf(data);
  return actors.find((subject) => subject.id === id) ?? countries.find((subject) => subject.id === id);
}

export function countHealth(healths: readonly Health[]): HealthFigures {
  const count = (health: Health) => healths.filter((value) => value === health).length;
  return { actions: healths.length, done: count('DONE'), onTrack: count('ON_TRACK'), atRisk: count('AT_RISK'), overdue: count('OVERDUE') };
}

/** The round whose figures count, as on the dashboard: the open one, else the one closed last. */
export function currentRound(rounds: readonly ReportingRound[]): ReportingRound | null {
  const latest = (time: (round: ReportingRound) => string) => (a: ReportingRound, b: ReportingRound) => Date.parse(time(b)) - Date.parse(time(a));
  const open = rounds.filter((round) => round.open).sort(latest((round) => round.opens));
  if (open[0]) return open[0];
  return [...rounds].sort(latest((round) => round.closedAt ?? round.closes))[0] ?? null;
}

/** A share as a percentage with one decimal, or null when there is nothing to share out. */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** Whole calendar days (UTC) from a moment to `asOf`; never negative. */
export function daysSince(moment: string | null, asOf: string): number | null {
  if (!moment) return null;
  return Math.max(0, daysBetween(toDay(Date.parse(moment)), asOf));
}

function latestOf(moments: readonly (string | null)[]): string | null {
  let latest: string | null = null;
  for (const moment of moments) {
    if (moment && (latest === null || Date.parse(moment) > Date.parse(latest))) latest = moment;
  }
  return latest;
}

const isMemberStateAction = (action: ScorecardAction) => action.owners.includes(MEMBER_STATES_ACTOR) || action.memberStateReporting;

export function scorecardOf(subject: Subject, data: ScorecardData): Scorecard {
  return subject.kind === 'COUNTRY' ? countryScorecard(subject, data) : actorScorecard(subject, data);
}

function actorScorecard(subject: Subject, data: ScorecardData): Scorecard {
  const ownedActions = data.actions.filter((action) => action.owners.includes(subject.id));
  const owned = ownedActions.map((action) => ({ action, health: action.health }));
  const partnered = data.actions.filter((action) => action.partners.includes(subject.id) && !action.owners.includes(subject.id));
  const reporting = subject.id === MEMBER_STATES_ACTOR ? allCountriesReporting(data) : confirmationReporting(ownedActions, data.asOf);
  return { subject, owned, partnered, figures: countHealth(owned.map((row) => row.health)), reporting };
}

function confirmationReporting(actions: readonly ScorecardAction[], asOf: string): ConfirmationReporting {
  const confirmed = actions.filter((action) => action.lastConfirmedAt !== null).length;
  const fresh = actions.filter((action) => !action.stale).length;
  const last = latestOf(actions.map((action) => action.lastConfirmedAt));
  return {
    kind: 'CONFIRMATION',
    actions: actions.length,
    confirmed,
    fresh,
    percentConfirmed: percentOf(confirmed, actions.length),
    percentFresh: percentOf(fresh, actions.length),
    last,
    daysSinceLast: daysSince(last, asOf),
  };
}

function roundReporting(reports: readonly CountryReport[], expected: number, round: ReportingRound | null, asOf: string): RoundReporting {
  const inRound = round ? reports.filter((report) => report.roundId === round.id) : [];
  const accepted = inRound.filter((report) => report.review?.state === 'ACCEPTED').length;
  const last = latestOf(reports.map((report) => report.reportedAt));
  return {
    kind: 'ROUND',
    round,
    expected: round ? expected : 0,
    reported: inRound.length,
    accepted,
    percentReported: round ? percentOf(inRound.length, expected) : null,
    last,
    daysSinceLast: daysSince(last, asOf),
  };
}

function allCountriesReporting(data: ScorecardData): RoundReporting {
  const codes = new Set(data.memberStates.map((state) => state.code));
  const reportingActions = data.actions.filter((action) => action.memberStateReporting);
  const reports = reportingActions.flatMap((action) => action.memberStateReports.filter((report) => codes.has(report.country)));
  return roundReporting(reports, reportingActions.length * codes.size, currentRound(data.rounds), data.asOf);
}

/**
 * A member state's scorecard: the actions addressed to the member states, each counted
 * DONE where the country reports its own part COMPLETED, else with the action's health.
 */
function countryScorecard(subject: Subject, data: ScorecardData): Scorecard {
  const owned = data.actions.filter(isMemberStateAction).map((action) => {
    const report = action.memberStateReports.find((candidate) => candidate.country === subject.id);
    const health: Health = report?.status === 'COMPLETED' ? 'DONE' : action.health;
    return report ? { action, health, report } : { action, health };
  });
  const ownedIds = new Set(owned.map((row) => row.action.id));
  const partnered = data.actions.filter((action) => action.partners.includes(MEMBER_STATES_ACTOR) && !ownedIds.has(action.id));
  const reportingActions = owned.filter((row) => row.action.memberStateReporting);
  const reports = reportingActions.flatMap((row) => (row.report ? [row.report] : []));
  return {
    subject,
    owned,
    partnered,
    figures: countHealth(owned.map((row) => row.health)),
    reporting: roundReporting(reports, reportingActions.length, currentRound(data.rounds), data.asOf),
  };
}

/** Every scorecard, for the list: the actors in strategy order, then the member states. */
export function allScorecards(data: ScorecardData): { actors: Scorecard[]; countries: Scorecard[] } {
  const { actors, countries } = subjectsOf(data);
  return {
    actors: actors.map((subject) => scorecardOf(subject, data)),
    countries: countries.map((subject) => scorecardOf(subject, data)),
  };
}
