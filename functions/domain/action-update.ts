import { isDeepStrictEqual } from 'node:util';
import { daysBetween } from './dates.js';
import { effectiveDay, effectiveInstant, latestEffectiveOnOfAction } from './effective-dates.js';
import type { ActionStatus, Health } from './model.js';
import { LIMITS, dateProblem, evidenceProblems, normalizeLineBreaks, textProblem, type DayRange } from './validation.js';

/** The fields of an action that people change as it is implemented. */
export interface TrackingState {
  status: ActionStatus;
  progress: number;
  note?: string;
  evidenceUrls: string[];
  forecastDate?: string;
  declaredHealth?: Health;
  /** Who set `declaredHealth` (recorded since issue 14; absent on older declarations). */
  declaredHealthBy?: string;
  /** ISO date-time: every update confirms the action's state. */
  lastConfirmedAt?: string;
  /** When the action last became COMPLETED: the day it took effect (effective-dates.ts effectiveInstant). */
  completedAt?: string;
  /** The day its latest change took effect (issue 13): a later change may not be dated before it. */
  effectiveOn?: string;
}

/** Omitted fields keep their value; null clears an optional field. */
export interface ActionUpdateInput {
  status?: ActionStatus | null;
  progress?: number | null;
  note?: string | null;
  evidenceUrls?: string[] | null;
  forecastDate?: string | null;
  declaredHealth?: Health | null;
  /** The day the change happened (YYYY-MM-DD): absent or null means today. */
  effectiveOn?: string | null;
}

/** A merge patch and its inverse: only the fields that change; null marks an absent value. */
export interface Change {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export type Planned<T> = { ok: true; next: T; change: Change } | { ok: false; problems: string[] };

/** The fields that differ between two states, as history records them. */
export function diff<T extends object>(current: T, next: T): Change {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const fields = new Set([...Object.keys(current), ...Object.keys(next)]) as Set<keyof T & string>;
  for (const field of fields) {
    if (!isDeepStrictEqual(current[field] ?? null, next[field] ?? null)) {
      before[field] = current[field] ?? null;
      after[field] = next[field] ?? null;
    }
  }
  return { before, after };
}

function withOptional<T extends object, K extends keyof T>(state: T, field: K, value: T[K] | null | undefined): T {
  if (value === undefined) return state;
  const next = { ...state };
  if (value === null) delete next[field];
  else next[field] = value;
  return next;
}

/**
 * Applies an update to an action's tracking state, or says in words why it cannot be applied.
 * Rules (DESIGN.md "Status"; tracking issue): progress is a whole number 0–100; COMPLETED needs
 * progress 100 and at least one evidence link; DISCONTINUED needs a note giving the reason;
 * ONGOING describes a recurring action, so only recurring actions may take it.
 */
export function planActionUpdate(
  current: TrackingState,
  input: ActionUpdateInput,
  context: {
    recurring: boolean;
    now: string;
    /** The days a forecast may name (validation.ts DATE_RANGES.planning); any calendar date without it. */
    planning?: DayRange;
    /** Who is updating: recorded as `declaredHealthBy` when the declared health changes. */
    author?: string;
    /** The strategy's adoption: the earliest day a change may be dated. */
    adopted?: string;
  },
): Planned<TrackingState> {
  const effective = effectiveDay(input.effectiveOn, { now: context.now, adopted: context.adopted, latest: latestEffectiveOnOfAction(current) });
  let next: TrackingState = {
    ...current,
    status: input.status ?? current.status,
    progress: input.progress ?? current.progress,
    evidenceUrls: input.evidenceUrls ?? current.evidenceUrls,
  };
  next = withOptional(next, 'note', input.note === undefined ? undefined : normalizeLineBreaks(input.note)?.trim() || null);
  next = withOptional(next, 'forecastDate', input.forecastDate);
  next = withOptional(next, 'declaredHealth', input.declaredHealth);

  const problems = [
    effective.ok ? null : effective.problem,
    ...(Number.isInteger(next.progress) && next.progress >= 0 && next.progress <= 100 ? [] : ['Progress must be a whole number between 0 and 100.']),
    ...evidenceProblems(next.evidenceUrls),
    textProblem('The note', next.note, LIMITS.noteLength),
    next.forecastDate !== undefined && next.forecastDate !== current.forecastDate
      ? dateProblem('Forecast date', next.forecastDate, context.planning)
      : null,
    next.status === 'COMPLETED' && next.progress !== 100 ? 'A completed action must have progress 100.' : null,
    next.status === 'COMPLETED' && next.evidenceUrls.length === 0 ? 'A completed action needs at least one evidence link.' : null,
    next.status === 'DISCONTINUED' && !next.note ? 'Say why the action is discontinued in the note.' : null,
    next.status === 'ONGOING' && !context.recurring ? 'Only a recurring action can be ONGOING; use IN_PROGRESS.' : null,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0 || !effective.ok) return { ok: false, problems };

  if (next.declaredHealth === undefined) delete next.declaredHealthBy;
  else if (next.declaredHealth !== current.declaredHealth && context.author) next.declaredHealthBy = context.author;
  next.lastConfirmedAt = context.now;
  next.effectiveOn = effective.effectiveOn;
  if (next.status === 'COMPLETED' && current.status !== 'COMPLETED') next.completedAt = effectiveInstant(effective.effectiveOn, context.now);
  if (next.status !== 'COMPLETED') delete next.completedAt;
  return { ok: true, next, change: diff(current, next) };
}

export interface DeadlineRevision {
  date: string;
  previous: string;
  reason: string;
  revisedAt: string;
  revisedBy: string;
  /** The day the revision took effect (absent on revisions recorded before issue 13: the day of revisedAt). */
  effectiveOn?: string;
}

/** The deadline in force: the last revision, or the strategy's own (the baseline, kept for ever). */
export function deadlineInForce(action: { baselineDeadline: string; deadlineRevisions?: readonly DeadlineRevision[] }): string {
  return action.deadlineRevisions?.at(-1)?.date ?? action.baselineDeadline;
}

export function planDeadlineRevision(
  action: { baselineDeadline: string; deadlineRevisions?: DeadlineRevision[]; effectiveOn?: string; lastConfirmedAt?: string },
  input: { date: string; reason: string; effectiveOn?: string | null },
  context: { now: string; author: string; planning?: DayRange; adopted?: string },
): Planned<{ deadlineRevisions: DeadlineRevision[]; effectiveOn: string }> {
  const previous = deadlineInForce(action);
  const reason = normalizeLineBreaks(input.reason);
  const effective = effectiveDay(input.effectiveOn, { now: context.now, adopted: context.adopted, latest: latestEffectiveOnOfAction(action) });
  const problems = [
    effective.ok ? null : effective.problem,
    dateProblem('The deadline', input.date, context.planning),
    textProblem('The reason', reason, LIMITS.reasonLength, true),
    input.date === previous ? `The deadline is already ${previous}.` : null,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0 || !effective.ok) return { ok: false, problems };
  const current = { deadlineRevisions: action.deadlineRevisions ?? [], ...(action.effectiveOn ? { effectiveOn: action.effectiveOn } : {}) };
  const next = {
    deadlineRevisions: [
      ...current.deadlineRevisions,
      { date: input.date, previous, reason: reason.trim(), revisedAt: context.now, revisedBy: context.author, effectiveOn: effective.effectiveOn },
    ],
    effectiveOn: effective.effectiveOn,
  };
  return { ok: true, next, change: diff(current, next) };
}

/** Days between the baseline and the deadline in force: how far the action has slipped. */
export function slippageDays(action: { baselineDeadline: string; deadlineRevisions?: readonly DeadlineRevision[] }): number {
  return daysBetween(action.baselineDeadline, deadlineInForce(action));
}
