import { GraphQLScalarType } from 'graphql';
import { deadlineInForce, slippageDays } from '../functions/domain/action-update.js';
import { compareRefs, filterProblems, matchesFilter, MAX_PAGE_SIZE } from '../functions/domain/action-query.js';
import { computeHealth, isStale } from '../functions/domain/health.js';
import { endOfDay } from '../functions/domain/dates.js';
import {
  dayOf as dayOfInstant,
  effectiveOnOf,
  feedInstantOf,
  latestEffectiveOnOfAction,
  latestEffectiveOnOfReport,
} from '../functions/domain/effective-dates.js';
import { personName, redactReport } from '../functions/domain/report-visibility.js';
import { myTasks } from '../functions/domain/tasks.js';
import type { GraphQLContext } from './context.js';
import { badUserInput, notFound } from './errors.js';
import type { ActionModel } from './mappers.js';
import type { Resolvers } from './generated/resolvers.js';
import { ChangeGroup, ChangeSummary, changeSummaryQuery } from './change-summary.js';
import { dateArgument, dateTimeArgument } from './date-arguments.js';
import { typeDefs } from './generated/type-defs.js';
import { withBoundedArguments } from './input-bounds.js';
import { listSize } from './list-size.js';
import { Mutation } from './mutations.js';
import { decodeCursor, encodeCursor, paginate, pageSize } from './pagination.js';
import { Person, peopleMutations, peopleQueries } from './people.js';
import { Snapshot, snapshotDashboard, snapshotQueries } from './snapshots.js';
import { actionState } from './dashboard-state.js';
import { dashboardOf, roundCoverage, stateAsOf } from './strategy-state.js';
import { visibleEvents, type VisibleEvent } from './visibility.js';

/**
 * Thin resolvers: read through the request's loaders, call the domain, map the result.
 * Authentication happened in the context factory: every resolver runs for a signed-in viewer.
 */
async function healthOf(action: ActionModel, context: GraphQLContext) {
  const { adopted } = await context.loaders.dates();
  return computeHealth({ ...action, deadline: deadlineInForce(action) }, { asOf: dayOf(action, context), adopted, config: context.healthConfig });
}

/** The day an action's health and staleness are evaluated for: today, or the past day it was read as of. */
const dayOf = (action: ActionModel, context: GraphQLContext) => action.pastDay?.asOf ?? context.today;

/** A day the state can be shown as of: a date, not in the future, not before adoption. */
const pastOrToday = (asOf: string, context: GraphQLContext) => dateArgument(context, 'asOf', asOf, 'asOf');

/** An instant the state can be known at: not before the adoption, not in the future (as an ISO instant, UTC). */
async function knownAtArgument(knownAt: string | null | undefined, context: GraphQLContext): Promise<string | undefined> {
  if (knownAt == null) return undefined;
  const instant = await dateTimeArgument(context, 'knownAt', knownAt, 'asOf');
  if (instant > context.now().toISOString()) throw badUserInput(`knownAt ${knownAt} is in the future.`, { argument: 'knownAt' });
  return instant;
}

/** The actions at the end of `asOf`: today's as stored; a past day's (or any day's known at an instant) rebuilt from history and marked with that day. */
async function actionsAsOf(
  asOf: string | null | undefined,
  knownAtValue: string | null | undefined,
  context: GraphQLContext,
): Promise<ActionModel[]> {
  const day = asOf == null ? context.today : await pastOrToday(asOf, context);
  const knownAt = await knownAtArgument(knownAtValue, context);
  if (day === context.today && knownAt === undefined) return context.loaders.actions();
  const state = await stateAsOf(context, day, knownAt);
  const pastDay = { asOf: day, reports: state.reports };
  return state.actions.map((action) => ({ ...action, pastDay }));
}

/**
 * How many changes that took effect by the end of `asOf` (and were recorded by `knownAt`) were
 * recorded after the day they took effect: one counting query of the change feed (late records
 * carry a marker, so only counts come back), made only when a client asks for the figure, and
 * kept while the state's revision stands (any write, a backdated one included, moves it).
 */
async function lateRecords(context: GraphQLContext, view: { asOf: string; knownAt?: string | undefined }): Promise<number> {
  const { revision } = await context.loaders.state();
  const key = `late|${revision}|${view.asOf}|${view.knownAt ?? ''}`;
  const count = context.stateReader.memo(
    key,
    () =>
      context.store.countChanges(context.strategyId, {
        from: '0',
        to: endOfDay(view.asOf),
        late: true,
        ...(view.knownAt ? { knownAt: view.knownAt } : {}),
      }),
    () => 100,
  );
  try {
    return await count;
  } catch (error) {
    context.stateReader.forget(key);
    throw error;
  }
}

/** A page of events; each cursor is the event's key where it was read: its subject's history (recorded order) or the change feed (effective order). */
const historyConnection = (page: { events: VisibleEvent[]; nextCursor?: string }, order: 'recorded' | 'feed' = 'recorded') => ({
  edges: page.events.map((event) => ({ cursor: encodeCursor(`${order === 'feed' ? feedInstantOf(event) : event.at}#${event.id}`), node: event })),
  pageInfo: { hasNextPage: page.nextCursor !== undefined, endCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null },
});

/** The contract's resolvers; every ID and String argument is bounded before any of them runs (input-bounds.ts). */
export const resolvers = withBoundedArguments<Resolvers>(typeDefs, {
  JSON: new GraphQLScalarType({ name: 'JSON', description: 'A JSON value.', serialize: (value) => value }),

  Query: {
    me: (_parent, _args, { viewer }) => ({
      id: viewer.id,
      name: viewer.name,
      role: viewer.role,
      actor: viewer.actor ?? null,
      country: viewer.country ?? null,
    }),

    strategy: (_parent, _args, { loaders }) => loaders.strategy(),

    async actions(_parent, { filter, first, after, asOf, knownAt }, context) {
      const [strategy, actions] = await Promise.all([context.loaders.strategy(), actionsAsOf(asOf, knownAt, context)]);
      const criteria = filter ?? {};
      const problems = filterProblems(criteria, {
        sections: [...new Set(actions.map((action) => action.section))],
        actors: strategy.actors.map((actor) => actor.id),
      });
      if (problems.length > 0) throw badUserInput(problems.join(' '), { argument: 'filter' });
      const matching = actions.filter((action) => matchesFilter(action, criteria)).sort((a, b) => compareRefs(a.ref, b.ref));
      return paginate(matching, (action) => action.id, { first, after });
    },

    async action(_parent, { id }, { loaders }) {
      const action = await loaders.action(id);
      if (!action) throw notFound(`There is no action "${id}". References look like 2.1-03.`);
      return action;
    },

    memberStates: async (_parent, _args, { loaders }) => (await loaders.strategy()).memberStates,

    async dashboard(_parent, { asOf, snapshotId, knownAt: knownAtValue }, context) {
      if (snapshotId != null) {
        if (knownAtValue != null)
          throw badUserInput('A snapshot is what was known when it was frozen: ask for it without knownAt.', { argument: 'knownAt' });
        return snapshotDashboard(context, snapshotId, asOf);
      }
      const date = asOf == null ? context.today : await pastOrToday(asOf, context);
      const knownAt = await knownAtArgument(knownAtValue, context);
      return { ...dashboardOf(context, await stateAsOf(context, date, knownAt), date), view: { asOf: date, knownAt } };
    },

    async changes(_parent, { from, to, first, after }, context) {
      // Without `to`, everything up to and including this instant.
      const range = {
        from: await dateTimeArgument(context, 'from', from, 'period'),
        to: to ? await dateTimeArgument(context, 'to', to, 'period') : new Date(context.now().getTime() + 1).toISOString(),
      };
      if (range.from >= range.to) throw badUserInput('from must be before to.');
      const query = { ...range, limit: pageSize(first, MAX_PAGE_SIZE), ...(after ? { after: decodeCursor(after) } : {}) };
      // The page and the count are independent reads: run them together.
      const [page, totalCount] = await Promise.all([
        context.store.changes(context.strategyId, query),
        context.store.countChanges(context.strategyId, range),
      ]);
      return { ...historyConnection({ ...page, events: await visibleEvents(page.events, context) }, 'feed'), totalCount };
    },

    reportingRounds: async (_parent, _args, { loaders }) => [...(await loaders.state()).rounds].sort((a, b) => (a.id < b.id ? 1 : -1)),

    async myTasks(_parent, _args, context) {
      const state = await context.loaders.state();
      return myTasks({
        viewer: context.viewer,
        actions: state.actions.map(actionState),
        reports: state.reports,
        rounds: state.rounds,
        asOf: context.today,
        adopted: state.strategy.adopted,
        config: context.healthConfig,
      });
    },

    ...snapshotQueries,
    ...changeSummaryQuery,
    ...peopleQueries,
  },

  Mutation: { ...Mutation, ...peopleMutations },

  Person,

  Dashboard: {
    lateRecords: (dashboard, _args, context) => (dashboard.view ? lateRecords(context, dashboard.view) : null),
    knownAt: (dashboard) => dashboard.view?.knownAt ?? null,
    overdue: (dashboard, { first }) => dashboard.overdue.slice(0, listSize(first)),
    upcoming: (dashboard, { first }) => dashboard.upcoming.slice(0, listSize(first)),
  },

  Forecast: {
    likelyToMiss: (forecast, { first }) => forecast.likelyToMiss.slice(0, listSize(first)),
  },

  Snapshot,
  ChangeSummary,
  ChangeGroup,

  Strategy: {
    actionCount: async (_strategy, _args, { loaders }) => (await loaders.actions()).length,
  },

  Action: {
    subheading: (action) => action.subheading ?? null,
    leadIn: (action) => action.leadIn ?? null,
    deadlinePhrase: (action) => action.deadlinePhrase ?? null,
    deadline: (action) => deadlineInForce(action),
    deadlineRevisions: (action, _args, { viewer }) =>
      (action.deadlineRevisions ?? []).map((revision) => ({
        ...revision,
        revisedBy: personName(revision.revisedBy, viewer),
        effectiveOn: revision.effectiveOn ?? dayOfInstant(revision.revisedAt),
      })),
    effectiveOn: (action) => latestEffectiveOnOfAction(action) ?? null,
    slippageDays: (action) => slippageDays(action),
    note: (action) => action.note ?? null,
    forecastDate: (action) => action.forecastDate ?? null,
    declaredHealth: (action) => action.declaredHealth ?? null,
    declaredHealthBy: (action, _args, { viewer }) => personName(action.declaredHealthBy, viewer) ?? null,
    lastConfirmedAt: (action) => action.lastConfirmedAt ?? null,
    completedAt: (action) => action.completedAt ?? null,
    stale: (action, _args, context) => action.status !== 'COMPLETED' && isStale(action.lastConfirmedAt, dayOf(action, context), context.healthConfig),
    health: (action, _args, context) => healthOf(action, context),
    async healthDisagreement(action, _args, context) {
      return action.declaredHealth !== undefined && action.declaredHealth !== (await healthOf(action, context));
    },
    memberStateReports: async (action, _args, { loaders }) =>
      (action.pastDay ? action.pastDay.reports.filter((report) => report.actionId === action.id) : await loaders.reports(action.id)).sort((a, b) =>
        a.country.localeCompare(b.country),
      ),
    async history(action, { first, after }, context) {
      const page = await context.store.actionHistory(action.id, {
        limit: pageSize(first, MAX_PAGE_SIZE),
        ...(after ? { after: decodeCursor(after) } : {}),
      });
      return historyConnection({ ...page, events: await visibleEvents(page.events, context) });
    },
  },

  // Every report the API returns (action.memberStateReports, today's or a past day's, and the
  // mutations' results) is shown through the one rule of functions/domain/report-visibility.ts.
  MemberStateReport: {
    note: (report, _args, { viewer }) => redactReport(report, viewer).note ?? null,
    evidenceUrls: (report, _args, { viewer }) => redactReport(report, viewer).evidenceUrls,
    contentWithheld: (report, _args, { viewer }) => redactReport(report, viewer).contentWithheld,
    reportedAt: (report) => report.reportedAt ?? null,
    effectiveOn: (report) => latestEffectiveOnOfReport(report) ?? null,
    reportedBy: (report, _args, { viewer }) => personName(report.reportedBy, viewer) ?? null,
    review: (report, _args, { viewer }) => {
      const { review } = redactReport(report, viewer);
      return {
        state: review.state,
        comment: review.comment ?? null,
        reviewedAt: review.reviewedAt ?? null,
        reviewedBy: review.reviewedBy ?? null,
      };
    },
  },

  ReportingRound: {
    closedAt: (round) => round.closedAt ?? null,
    coverage: async (round, _args, { loaders }) => roundCoverage(await loaders.state(), round),
  },

  HistoryEvent: {
    actionId: (event) => event.actionId ?? null,
    country: (event) => event.country ?? null,
    roundId: (event) => event.roundId ?? null,
    note: (event) => event.note ?? null,
    author: (event) => ({ id: event.actorId, role: event.actorRole, name: event.actorName }),
    effectiveOn: (event) => effectiveOnOf(event),
    recordedAt: (event) => event.at,
    contentWithheld: (event) => event.contentWithheld,
  },
});
