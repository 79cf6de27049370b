import { computeHealth } from '../functions/domain/health.js';
import { compareRefs, filterProblems, matchesFilter } from '../functions/domain/action-query.js';
import type { Resolvers } from './generated/resolvers.js';
import { badUserInput, notFound } from './errors.js';
import { paginate } from './pagination.js';

/**
 * Thin resolvers: read through the request's loaders, call the domain, map the result.
 * Authentication happened in the context factory: every resolver runs for a signed-in viewer.
 */
export const resolvers: Resolvers = {
  Query: {
    me: (_parent, _args, { viewer }) => ({
      id: viewer.id,
      name: viewer.name,
      role: viewer.role,
      actor: viewer.actor ?? null,
      country: viewer.country ?? null,
    }),

    strategy: (_parent, _args, { loaders }) => loaders.strategy(),

    async actions(_parent, { filter, first, after }, { loaders }) {
      const [strategy, actions] = await Promise.all([loaders.strategy(), loaders.actions()]);
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
  },

  Strategy: {
    actionCount: async (_strategy, _args, { loaders }) => (await loaders.actions()).length,
  },

  Action: {
    subheading: (action) => action.subheading ?? null,
    leadIn: (action) => action.leadIn ?? null,
    deadlinePhrase: (action) => action.deadlinePhrase ?? null,
    deadline: (action) => action.baselineDeadline,
    note: (action) => action.note ?? null,
    forecastDate: (action) => action.forecastDate ?? null,
    lastConfirmedAt: (action) => action.lastConfirmedAt ?? null,
    async health(action, _args, { loaders, today, healthConfig }) {
      const strategy = await loaders.strategy();
      return computeHealth(
        { ...action, deadline: action.baselineDeadline },
        { asOf: today, adopted: strategy.adopted, config: healthConfig },
      );
    },
  },
};
