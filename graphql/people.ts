import { authorizePeople } from '../functions/domain/people.js';
import { PeopleError, type PeopleService } from '../functions/people/service.js';
import type { GraphQLContext } from './context.js';
import { apiError } from './errors.js';
import type { HistoryEventModel } from './mappers.js';
import type { MutationResolvers, PersonResolvers, QueryResolvers } from './generated/resolvers.js';
import { decodeCursor, encodeCursor, paginate, pageSize } from './pagination.js';

/**
 * People and access (issue 12): thin resolvers over the people service, which holds the rules,
 * the records and the directory. Its refusals become the contract's codes here.
 */
function peopleOf(context: GraphQLContext): PeopleService {
  if (!context.people) throw new Error('This server was started without a people service.');
  return context.people;
}

async function answer<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PeopleError) throw apiError(error.code, error.message, error.details);
    throw error;
  }
}

export const peopleQueries: Pick<QueryResolvers, 'people' | 'person' | 'directoryMismatches'> = {
  people: (_parent, { filter, first, after }, context) =>
    answer(async () => paginate(await peopleOf(context).list(context.viewer, filter ?? {}), (person) => person.id, { first, after })),
  person: (_parent, { id }, context) => answer(() => peopleOf(context).get(context.viewer, id)),
  directoryMismatches: (_parent, _args, context) => answer(() => peopleOf(context).mismatches(context.viewer)),
};

export const peopleMutations: Pick<MutationResolvers, 'invitePerson' | 'updatePerson' | 'disablePerson' | 'enablePerson' | 'reconcilePerson'> = {
  invitePerson: (_parent, { input }, context) => answer(() => peopleOf(context).invite(context.viewer, input)),
  updatePerson: (_parent, { input }, context) => answer(() => peopleOf(context).update(context.viewer, input)),
  disablePerson: (_parent, { id }, context) => answer(() => peopleOf(context).disable(context.viewer, id)),
  enablePerson: (_parent, { id }, context) => answer(() => peopleOf(context).enable(context.viewer, id)),
  reconcilePerson: (_parent, { id }, context) => answer(() => peopleOf(context).reconcile(context.viewer, id)),
};

export const Person: PersonResolvers = {
  email(person, _args, { viewer }) {
    const decision = authorizePeople(viewer, { kind: 'readEmail', personId: person.id });
    if (!decision.allowed) throw apiError('FORBIDDEN', decision.reason);
    return person.email;
  },
  invitedAt: (person) => person.invitedAt ?? null,
  lastSignInAt: (person) => person.lastSignInAt ?? null,
  actor: (person) => person.actor ?? null,
  country: (person) => person.country ?? null,
  history: (person, { first, after }, context) =>
    answer(async () => {
      const page = await peopleOf(context).history(context.viewer, person.id, {
        limit: pageSize(first, 20),
        ...(after ? { after: decodeCursor(after) } : {}),
      });
      const events: HistoryEventModel[] = page.events.map((event) => ({ ...event, contentWithheld: false }));
      return {
        edges: events.map((event) => ({ cursor: encodeCursor(`${event.at}#${event.id}`), node: event })),
        pageInfo: { hasNextPage: page.nextCursor !== undefined, endCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null },
      };
    }),
};
