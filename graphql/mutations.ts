import { randomBytes } from 'node:crypto';
import { TRACKING_FIELDS } from '../functions/domain/action-fields.js';
import { planActionUpdate, planDeadlineRevision, type Planned, type TrackingState } from '../functions/domain/action-update.js';
import { authorize, mayAttempt, type Write } from '../functions/domain/permissions.js';
import { planReportReview, planReportSubmission, planRoundClosing, planRoundOpening } from '../functions/domain/reporting.js';
import {
  WriteRejected,
  type RejectionReason,
  type ActionRecord,
  type ChangeAuthor,
  type Idempotency,
  type ReportRecord,
  type RoundRecord,
  type StrategyState,
} from '../functions/store/store.js';
import { normalizeLineBreaks } from '../functions/domain/validation.js';
import { latestEffectiveOnOfAction } from '../functions/domain/effective-dates.js';
import type { GraphQLContext } from './context.js';
import { dateRange } from './date-arguments.js';
import { apiError, badUserInput, notFound } from './errors.js';
import type { MutationResolvers } from './generated/resolvers.js';
import { freezeState } from './snapshots.js';
import { roundCoverage, stateAsOf } from './strategy-state.js';
import { snapshotInputProblems, type SnapshotHeader } from '../functions/domain/snapshot.js';
import { SnapshotTooLarge } from '../functions/store/snapshot-codec.js';
import type { SnapshotWrite } from '../functions/store/snapshot-store.js';

/**
 * The writes. Each one, in this order: authorize (functions/domain/permissions: the role before
 * anything is read; a write whose rule depends on its target, such as an action's owners, asks
 * again once the target is read), check the version the client read, plan the change with the
 * domain's pure rules, then persist it in one transaction
 * with its history event. A refused write leaves nothing behind but the error.
 */
const CLIENT_MUTATION_ID_LENGTH = 100;

/** Reads and writes a round's closing tries while other writes keep landing between the two. */
const CLOSE_ATTEMPTS = 5;

const forbidden = (reason: string) => apiError('FORBIDDEN', reason);

const conflict = (what: string, currentVersion: number | null) =>
  apiError('CONFLICT', `Someone else changed ${what} after you read it: reload it and apply your change again.`, {
    currentVersion,
  });

function requireAllowed(context: GraphQLContext, write: Write) {
  const decision = authorize(context.viewer, write);
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** Refuses early, before the target is read, when the viewer's role can never make this kind of write. */
function requireMayAttempt(context: GraphQLContext, kind: Write['kind']) {
  const decision = mayAttempt(context.viewer, kind);
  if (!decision.allowed) throw forbidden(decision.reason);
}

/**
 * Runs a store write and answers each condition it may be refused on (the store's
 * WriteRejected reasons) with the contract error for it; any other failure goes on as it is.
 */
async function writeOrAnswer(write: Promise<void>, answers: Partial<Record<RejectionReason, () => Error>>): Promise<void> {
  try {
    await write;
  } catch (error) {
    const answer = error instanceof WriteRejected ? answers[error.reason] : undefined;
    throw answer ? answer() : error;
  }
}

function planned<T>(plan: Planned<T>): Extract<Planned<T>, { ok: true }> {
  if (!plan.ok) throw badUserInput(plan.problems.join(' '));
  return plan;
}

const authorOf = ({ viewer }: GraphQLContext): ChangeAuthor => ({ id: viewer.id, role: viewer.role, name: viewer.name });

/** A record with a merge patch applied: null removes a field. */
function applyPatch<T extends object>(record: T, patch: Record<string, unknown>): T {
  const next: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete next[field];
    else next[field] = value;
  }
  return next as T;
}

/**
 * Makes a mutation safe to retry. With a client mutation id, the first result is stored in the
 * same transaction as the write; a retry returns it and writes nothing.
 */
async function idempotent<T>(
  context: GraphQLContext,
  mutation: string,
  clientMutationId: string | null | undefined,
  run: (remember: (result: T) => Idempotency | undefined) => Promise<T>,
): Promise<T> {
  if (clientMutationId == null) return run(() => undefined);
  if (clientMutationId.length === 0 || clientMutationId.length > CLIENT_MUTATION_ID_LENGTH) {
    throw badUserInput(`clientMutationId must be 1 to ${CLIENT_MUTATION_ID_LENGTH} characters.`);
  }
  const key = `${context.viewer.id}#${clientMutationId}`;
  const replay = async () => {
    const previous = await context.store.mutationResult(key);
    if (!previous) return undefined;
    if (previous.mutation !== mutation) throw badUserInput(`clientMutationId "${clientMutationId}" was already used for ${previous.mutation}.`);
    return previous.result as T;
  };
  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    return await run((result) => ({ key, mutation, result }));
  } catch (error) {
    if (error instanceof WriteRejected && error.reason === 'REPEATED_MUTATION') {
      const first = await replay();
      if (first !== undefined) return first;
    }
    throw error;
  }
}

async function loadAction(context: GraphQLContext, actionId: string): Promise<ActionRecord> {
  const action = await context.store.getAction(context.strategyId, actionId);
  if (!action) throw notFound(`There is no action "${actionId}".`);
  return action;
}

function trackingOf(action: ActionRecord): TrackingState {
  const tracking = Object.fromEntries(TRACKING_FIELDS.map((field) => [field, action[field]])) as unknown as TrackingState;
  return { ...tracking, effectiveOn: latestEffectiveOnOfAction(action) };
}

async function saveActionChange(
  context: GraphQLContext,
  action: ActionRecord,
  change: { before: Record<string, unknown>; after: Record<string, unknown> },
  event: { type: 'ACTION_UPDATED' | 'DEADLINE_REVISED'; note?: string; at: string; effectiveOn?: string | undefined },
  remember: (result: ActionRecord) => Idempotency | undefined,
): Promise<ActionRecord> {
  const after = { ...change.after, version: action.version + 1 };
  const result = applyPatch(action, after);
  await writeOrAnswer(
    context.store.saveActionChange({
      strategyId: context.strategyId,
      actionId: action.id,
      expectedVersion: action.version,
      patch: change.after,
      event: {
        type: event.type,
        at: event.at,
        ...(event.effectiveOn ? { effectiveOn: event.effectiveOn } : {}),
        actionId: action.id,
        author: authorOf(context),
        before: { ...change.before, version: action.version },
        after,
        ...(event.note ? { note: event.note } : {}),
      },
      idempotency: remember(result),
    }),
    { STALE_VERSION: () => conflict(`action ${action.ref}`, null) },
  );
  return result;
}

const nowOf = (context: GraphQLContext) => context.now().toISOString();

/**
 * The strategy item and its open round, read directly (two small consistent reads): a write
 * needs only these, not the whole state that the read side keeps.
 */
async function loadStrategyAndOpenRound(context: GraphQLContext) {
  const strategy = await context.store.getStrategy(context.strategyId);
  if (!strategy) throw new Error(`Strategy ${context.strategyId} is not loaded: run the catalogue load.`);
  const openRound = strategy.openRoundId ? await context.store.getRound(context.strategyId, strategy.openRoundId) : undefined;
  return { strategy, openRound };
}

export const Mutation: MutationResolvers = {
  updateAction: (_parent, { input }, context) =>
    idempotent(context, 'updateAction', input.clientMutationId, async (remember) => {
      requireMayAttempt(context, 'updateAction');
      const action = await loadAction(context, input.actionId);
      requireAllowed(context, { kind: 'updateAction', owners: action.owners });
      if (action.version !== input.expectedVersion) throw conflict(`action ${action.ref}`, action.version);
      const now = nowOf(context);
      const { adopted } = await context.loaders.dates();
      const { next, change } = planned(
        planActionUpdate(trackingOf(action), input, {
          recurring: action.recurring,
          now,
          planning: await dateRange(context, 'planning'),
          author: context.viewer.name,
          adopted,
        }),
      );
      return saveActionChange(
        context,
        action,
        change,
        { type: 'ACTION_UPDATED', at: now, effectiveOn: next.effectiveOn, note: normalizeLineBreaks(input.note) ?? undefined },
        remember,
      );
    }),

  reviseDeadline: (_parent, { input }, context) =>
    idempotent(context, 'reviseDeadline', input.clientMutationId, async (remember) => {
      requireAllowed(context, { kind: 'reviseDeadline' });
      const action = await loadAction(context, input.actionId);
      if (action.version !== input.expectedVersion) throw conflict(`action ${action.ref}`, action.version);
      const now = nowOf(context);
      const { adopted } = await context.loaders.dates();
      const { next, change } = planned(
        planDeadlineRevision({ ...action, effectiveOn: latestEffectiveOnOfAction(action) }, input, {
          now,
          author: context.viewer.name,
          planning: await dateRange(context, 'planning'),
          adopted,
        }),
      );
      return saveActionChange(
        context,
        action,
        change,
        { type: 'DEADLINE_REVISED', at: now, effectiveOn: next.effectiveOn, note: normalizeLineBreaks(input.reason) },
        remember,
      );
    }),

  submitMemberStateReport: (_parent, { input }, context) =>
    idempotent<ReportRecord>(context, 'submitMemberStateReport', input.clientMutationId, async (remember) => {
      requireAllowed(context, { kind: 'submitMemberStateReport', country: input.country });
      const [action, { strategy, openRound }, current] = await Promise.all([
        loadAction(context, input.actionId),
        loadStrategyAndOpenRound(context),
        context.store.getReport(context.strategyId, input.actionId, input.country),
      ]);
      if ((current?.version ?? null) !== (input.expectedVersion ?? null)) {
        throw conflict(`${input.country}'s report on ${input.actionId}`, current?.version ?? null);
      }
      const now = nowOf(context);
      const { next, change } = planned(
        planReportSubmission(current, input, {
          memberStateReporting: action.memberStateReporting,
          memberStates: strategy.memberStates.map((member) => member.code),
          openRound,
          today: now.slice(0, 10),
          now,
          author: authorOf(context),
          adopted: strategy.adopted,
        }),
      );
      const report: ReportRecord = { ...next, strategyId: context.strategyId };
      await writeOrAnswer(
        context.store.saveReport({
          report,
          expectedVersion: current?.version ?? null,
          requireOpenRound: next.roundId,
          event: {
            type: 'REPORT_SUBMITTED',
            at: now,
            ...(next.effectiveOn ? { effectiveOn: next.effectiveOn } : {}),
            actionId: input.actionId,
            country: input.country,
            roundId: next.roundId,
            author: authorOf(context),
            ...change,
          },
          idempotency: remember(report),
        }),
        {
          STALE_VERSION: () => conflict(`${input.country}'s report`, null),
          ROUND_NOT_OPEN: () => badUserInput('The reporting round closed while you were writing: nothing was saved.'),
        },
      );
      return report;
    }),

  reviewMemberStateReport: (_parent, { input }, context) =>
    idempotent<ReportRecord>(context, 'reviewMemberStateReport', input.clientMutationId, async (remember) => {
      requireAllowed(context, { kind: 'reviewMemberStateReport' });
      const current = await context.store.getReport(context.strategyId, input.actionId, input.country);
      if (!current) throw notFound(`${input.country} has not reported on ${input.actionId}.`);
      if (current.version !== input.expectedVersion) throw conflict(`${input.country}'s report`, current.version);
      const now = nowOf(context);
      const { next, change } = planned(planReportReview(current, input, { now, author: authorOf(context) }));
      const report: ReportRecord = { ...next, strategyId: context.strategyId };
      await writeOrAnswer(
        context.store.saveReport({
          report,
          expectedVersion: current.version,
          event: {
            type: 'REPORT_REVIEWED',
            at: now,
            actionId: input.actionId,
            country: input.country,
            roundId: current.roundId,
            author: authorOf(context),
            ...change,
            ...(input.comment ? { note: normalizeLineBreaks(input.comment) } : {}),
          },
          idempotency: remember(report),
        }),
        { STALE_VERSION: () => conflict(`${input.country}'s report`, null) },
      );
      return report;
    }),

  openReportingRound: (_parent, { input }, context) =>
    idempotent(context, 'openReportingRound', input.clientMutationId, async (remember) => {
      requireAllowed(context, { kind: 'openReportingRound' });
      const { openRound } = await loadStrategyAndOpenRound(context);
      const now = nowOf(context);
      const today = now.slice(0, 10);
      const { next, change } = planned(
        planRoundOpening(input, {
          openRound,
          today,
          id: `${today}-${randomBytes(3).toString('hex')}`,
          planning: await dateRange(context, 'planning'),
        }),
      );
      const round = { ...next, strategyId: context.strategyId };
      await writeOrAnswer(
        context.store.openRound({
          round,
          event: { type: 'ROUND_OPENED', at: now, roundId: round.id, author: authorOf(context), ...change },
          idempotency: remember(round),
        }),
        { ROUND_ALREADY_OPEN: () => badUserInput('Another round was opened meanwhile: close it first.') },
      );
      return round;
    }),

  async closeReportingRound(_parent, { id }, context) {
    requireAllowed(context, { kind: 'closeReportingRound' });
    for (let attempt = 1; ; attempt += 1) {
      // The frozen coverage and the closing snapshot come from one state, and the close is
      // written only if no write reached the strategy since that state was read: a report
      // submitted in between makes it read again, so the frozen figures always include it.
      const state = attempt === 1 ? await context.loaders.state() : await currentState(context);
      const round = state.rounds.find((stored) => stored.id === id);
      if (!round) throw notFound(`There is no reporting round "${id}".`);
      const now = nowOf(context);
      const { next, change } = planned(planRoundClosing(round, { now }));
      const closed = { ...round, ...next, frozenCoverage: roundCoverage(state, round) };
      const snapshot = closingSnapshot(context, state, closed);
      try {
        await context.store.closeRound({
          round: closed,
          event: { type: 'ROUND_CLOSED', at: now, roundId: round.id, author: authorOf(context), ...change },
          ...(snapshot ? { snapshot } : {}),
          ...(state.readAt ? { readAt: state.readAt } : {}),
        });
        return closed;
      } catch (error) {
        if (error instanceof WriteRejected && error.reason === 'ROUND_NOT_OPEN') throw badUserInput(`The round "${round.name}" is already closed.`);
        // STALE_VERSION: a transaction on the same items was under way at that moment.
        const raced = error instanceof WriteRejected && (error.reason === 'STATE_CHANGED' || error.reason === 'STALE_VERSION');
        if (!raced) throw error;
        if (attempt >= CLOSE_ATTEMPTS) {
          throw apiError('CONFLICT', 'The strategy kept changing while the round was being closed: nothing was saved; close it again.', {
            currentVersion: null,
          });
        }
      }
    }
  },

  freezeSnapshot: (_parent, { input }, context) =>
    idempotent<SnapshotHeader>(context, 'freezeSnapshot', input.clientMutationId, async (remember) => {
      requireAllowed(context, { kind: 'freezeSnapshot' });
      const { adopted } = await context.loaders.dates();
      const problems = snapshotInputProblems(input, { today: context.today, adopted });
      if (problems.length > 0) throw badUserInput(problems.join(' '));
      const asOf = input.asOf ?? context.today;
      let snapshot: SnapshotWrite;
      try {
        snapshot = freezeState(context, await stateAsOf(context, asOf), { asOf, name: input.name, trigger: 'COORDINATOR' });
      } catch (error) {
        if (error instanceof SnapshotTooLarge) throw badUserInput(`${error.message} Nothing was saved.`);
        throw error;
      }
      await context.store.saveSnapshot(snapshot, remember(snapshot.header));
      return snapshot.header;
    }),
};

/**
 * The snapshot that closing a round writes, in the closing's own transaction: the state it
 * read with the round closed and its coverage frozen. A strategy too large to freeze
 * (SnapshotTooLarge) still closes its round, without a snapshot (docs/DECISIONS.md).
 */
function closingSnapshot(context: GraphQLContext, state: StrategyState, closed: RoundRecord): SnapshotWrite | undefined {
  const withClosed = { ...state, rounds: state.rounds.map((stored) => (stored.id === closed.id ? closed : stored)) };
  try {
    return freezeState(context, withClosed, { asOf: context.today, name: `Reporting round "${closed.name}" closed`, trigger: 'ROUND_CLOSED' });
  } catch (error) {
    if (error instanceof SnapshotTooLarge) return undefined;
    throw error;
  }
}

/** The strategy's state as it stands now, checked against its revision again (not the request's first read). */
async function currentState(context: GraphQLContext): Promise<StrategyState> {
  const state = await context.stateReader.current();
  if (!state) throw new Error(`Strategy ${context.strategyId} is not loaded: run the catalogue load.`);
  return state;
}
