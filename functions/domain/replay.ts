import { deadlineInForce, type DeadlineRevision } from './action-update.js';
import { endOfDay } from './dates.js';
import type { ActionState } from './dashboard.js';
import { effectiveOnOf } from './effective-dates.js';
import type { HistoryEventType } from './model.js';
import type { ReportState as StoredReport, RoundState } from './reporting.js';

/**
 * "The state of everything at any past date is reconstructible from history" (DESIGN.md,
 * "What it tracks": History). The write side records every change as an event whose `after`
 * holds the fields that changed, with their new values: a merge patch in which `null` clears
 * a field. Replaying the events over the catalogue rebuilds the state at any instant. The
 * replay is generic: records come out in whatever shape the baseline and the patches give
 * them (the type parameters name that shape).
 *
 * Days are UTC days. Each event says the day it took effect (`effectiveOn`; an event recorded
 * before effective dates existed took effect on the day it was recorded) and the instant it was
 * recorded (`at`). "As of 2013-12-31" means every event that took effect by that day, whenever
 * it was recorded; "known at K" keeps only those recorded by K. Events are applied in the order
 * they were recorded: the write rule (effective-dates.ts) keeps each subject's effective days in
 * that order, so what had happened by a day is a prefix of each subject's history.
 */

export interface HistoryEventLike {
  id: string;
  /** ISO datetime with zone: when it was recorded. */
  at: string;
  /** YYYY-MM-DD: the day it took effect; absent on events recorded before issue 13 (the day of `at`). */
  effectiveOn?: string | null;
  type: string;
  actionId?: string | null;
  country?: string | null;
  roundId?: string | null;
  before?: unknown;
  /** The changed fields with their new values; null clears a field. */
  after?: unknown;
  note?: string | null;
}

/** What the replay itself relies on in an action: its identity and what its deadline in force derives from. */
export interface ReplayableAction {
  id: string;
  baselineDeadline: string;
  deadlineRevisions?: readonly DeadlineRevision[];
}

export interface ReplayedState<A = ActionState, R = StoredReport, O = RoundState> {
  actions: A[];
  reports: R[];
  rounds: O[];
}

export interface ReplayBaseline<A> {
  /**
   * The catalogue as never touched: NOT_STARTED, progress 0, deadline = baseline, no
   * revisions, with the CURRENT catalogue fields. Before a CATALOGUE_CORRECTED event the
   * replayed text is therefore the current one, not the one the correction replaced.
   */
  actions: A[];
}

type Patch = Record<string, unknown>;

const REQUIRED_REPORT_FIELDS = ['roundId', 'status', 'review', 'reportedAt'] as const;
const REQUIRED_ROUND_FIELDS = ['name', 'opens', 'closes', 'open'] as const;

/** Which events a replay applies: those that took effect by the end of `asOf`, and, with `knownAt`, were recorded by then. */
export interface ReplayView {
  /** YYYY-MM-DD (UTC day). */
  asOf: string;
  /** ISO date-time, inclusive: only what had been recorded by this instant. */
  knownAt?: string | undefined;
}

/**
 * The state `view` describes: `baseline` with every event in it applied in (recorded at, id)
 * order, whatever the order of `events`. `view` may also be an instant: then every event
 * recorded before it (exclusive), whatever day it took effect (the history as it was typed).
 * Every event must be of a known type, even one outside the view, so that a new type fails
 * loudly instead of rebuilding a wrong past.
 */
export function replayHistory<A extends ReplayableAction = ActionState, R = StoredReport, O = RoundState>(
  baseline: ReplayBaseline<A>,
  events: readonly HistoryEventLike[],
  view: string | ReplayView,
): ReplayedState<A, R, O> {
  const inView = viewFilter(view);
  const timed = events.map((event) => ({ event, apply: applierOf(event), time: instantOf(event.at, `Event ${event.id}'s at`) }));
  const state: ReplayingState = {
    actions: new Map(baseline.actions.map((action) => [action.id, { ...action }])),
    reports: new Map(),
    rounds: new Map(),
  };
  timed
    .filter(({ event, time }) => inView(event, time))
    .sort((a, b) => a.time - b.time || compareIds(a.event.id, b.event.id))
    .forEach(({ event, apply }) => apply(state, event));
  return {
    actions: [...state.actions.values()] as unknown as A[],
    reports: [...state.reports.values()] as unknown as R[],
    rounds: [...state.rounds.values()] as unknown as O[],
  };
}

function viewFilter(view: string | ReplayView): (event: HistoryEventLike, time: number) => boolean {
  if (typeof view === 'string') {
    const bound = instantOf(view, 'until');
    return (_event, time) => time < bound;
  }
  endOfDay(view.asOf); // throws on a day that is not one
  const known = view.knownAt === undefined ? Infinity : instantOf(view.knownAt, 'knownAt');
  return (event, time) => time <= known && effectiveOnOf(event) <= view.asOf;
}

interface ReplayingState {
  actions: Map<string, ReplayableAction>;
  reports: Map<string, Patch>;
  rounds: Map<string, Patch>;
}

type Applier = (state: ReplayingState, event: HistoryEventLike) => void;

// Keyed by the schema's enum: a type added to the contract does not compile until it is taught here.
const APPLIERS: Record<HistoryEventType, Applier> = {
  ACTION_UPDATED: patchAction,
  DEADLINE_REVISED: patchAction,
  CATALOGUE_CORRECTED: patchAction,
  REPORT_SUBMITTED: submitReport,
  REPORT_REVIEWED: patchReport,
  ROUND_OPENED: openRound,
  ROUND_CLOSED: patchRound,
  // People's events (issue 12) live under their person, never in the strategy's feed: nothing to replay.
  PERSON_INVITED: () => undefined,
  PERSON_UPDATED: () => undefined,
  PERSON_DISABLED: () => undefined,
  PERSON_ENABLED: () => undefined,
};

function applierOf(event: HistoryEventLike): Applier {
  const applier = Object.hasOwn(APPLIERS, event.type) ? APPLIERS[event.type as HistoryEventType] : undefined;
  if (!applier) throw new Error(`History event ${event.id} has the unknown type "${event.type}"; replayHistory must learn it.`);
  return applier;
}

function instantOf(isoDateTime: string, what: string): number {
  const time = Date.parse(isoDateTime);
  if (Number.isNaN(time)) throw new RangeError(`${what} "${isoDateTime}" is not an ISO date-time.`);
  return time;
}

// Code-unit order, not locale order: the tie-break must be the same on every machine.
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The deadline in force is derived, never patched: the last revision, or the baseline. */
function patchAction(state: ReplayingState, event: HistoryEventLike): void {
  const id = subject(event, 'actionId');
  const action = state.actions.get(id);
  if (!action) throw new Error(`History event ${event.id} (${event.type}) changes the action "${id}", which is not in the catalogue.`);
  const patched = { ...mergePatch(action, patchOf(event)), id };
  state.actions.set(id, { ...patched, deadline: deadlineInForce(patched) } as ReplayableAction);
}

const reportKey = (actionId: string, country: string) => `${actionId}\u0000${country}`;

/** The event's subject (action, country and, when given, round) is written onto the report. */
function reportSubject(event: HistoryEventLike): Patch {
  return { actionId: subject(event, 'actionId'), country: subject(event, 'country'), ...(event.roundId ? { roundId: event.roundId } : {}) };
}

function submitReport(state: ReplayingState, event: HistoryEventLike): void {
  const identity = reportSubject(event);
  const key = reportKey(String(identity.actionId), String(identity.country));
  const existing = state.reports.get(key);
  const report = { ...mergePatch(existing ?? {}, patchOf(event)), ...identity };
  if (!existing) requireFields(event, report, REQUIRED_REPORT_FIELDS);
  state.reports.set(key, report);
}

function patchReport(state: ReplayingState, event: HistoryEventLike): void {
  const identity = reportSubject(event);
  const key = reportKey(String(identity.actionId), String(identity.country));
  const existing = state.reports.get(key);
  if (!existing) {
    throw new Error(
      `History event ${event.id} (${event.type}) changes the report of ${identity.country} on "${identity.actionId}" before it was submitted.`,
    );
  }
  state.reports.set(key, { ...mergePatch(existing, patchOf(event)), ...identity });
}

function openRound(state: ReplayingState, event: HistoryEventLike): void {
  const id = subject(event, 'roundId');
  if (state.rounds.has(id)) throw new Error(`History event ${event.id} opens the round "${id}" a second time.`);
  const round = { ...mergePatch({}, patchOf(event)), id };
  requireFields(event, round, REQUIRED_ROUND_FIELDS);
  state.rounds.set(id, round);
}

function patchRound(state: ReplayingState, event: HistoryEventLike): void {
  const id = subject(event, 'roundId');
  const round = state.rounds.get(id);
  if (!round) throw new Error(`History event ${event.id} (${event.type}) changes the round "${id}", which was never opened.`);
  state.rounds.set(id, { ...mergePatch(round, patchOf(event)), id });
}

function subject(event: HistoryEventLike, field: 'actionId' | 'country' | 'roundId'): string {
  const value = event[field];
  if (!value) throw new Error(`History event ${event.id} (${event.type}) has no ${field}.`);
  return value;
}

function patchOf(event: HistoryEventLike): Patch {
  if (event.after === undefined || event.after === null) return {};
  if (typeof event.after !== 'object' || Array.isArray(event.after)) {
    throw new Error(`History event ${event.id} (${event.type}) has an "after" that is not an object of changed fields.`);
  }
  return event.after as Patch;
}

/** A shallow merge patch: each field of `patch` replaces the target's, and null removes it. */
function mergePatch<T extends object>(target: T, patch: Patch): T {
  return Object.fromEntries(Object.entries({ ...target, ...patch }).filter(([, value]) => value !== null)) as T;
}

function requireFields(event: HistoryEventLike, created: Patch, fields: readonly string[]): void {
  const missing = fields.filter((field) => created[field] === undefined);
  if (missing.length > 0) throw new Error(`History event ${event.id} (${event.type}) creates a record without ${missing.join(', ')}.`);
}
