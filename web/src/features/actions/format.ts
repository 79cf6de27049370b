import { actorNamer } from '../../i18n/names';
import type { DeadlineSource } from '../../gql/graphql';

export type DeadlineDisplay =
  | { kind: 'none'; phrase: string | null }
  | {
      kind: 'date';
      /** The deadline in force, YYYY-MM-DD. */
      date: string;
      /** The strategy's own words for it, when it gave some. */
      phrase: string | null;
      /** The strategy stated no deadline, so the action falls due at the review date. */
      reviewDate: boolean;
      /** The deadline the strategy set, when a revision has moved it. */
      revisedFrom: string | null;
    };

/** What the deadline cell says, before translation: the date in force and where it comes from. */
export function describeDeadline(action: {
  deadline: string | null;
  baselineDeadline: string;
  deadlineSource: DeadlineSource;
  deadlinePhrase: string | null;
}): DeadlineDisplay {
  if (action.deadline === null) return { kind: 'none', phrase: action.deadlinePhrase };
  return {
    kind: 'date',
    date: action.deadline,
    phrase: action.deadlinePhrase,
    reviewDate: action.deadlineSource === 'REVIEW_DATE',
    revisedFrom: action.deadline !== action.baselineDeadline ? action.baselineDeadline : null,
  };
}

/** Actor ids as names in the reader's language, in the order given; an id the strategy does not name is shown as is. */
export function ownerNames(ownerIds: readonly string[], actors: readonly { id: string; name: string }[], language: string): string[] {
  return ownerIds.map(actorNamer(actors, language));
}

/** The actors that own at least one action, in the strategy's order of actors. */
export function owningActors<A extends { id: string }>(actors: readonly A[], actions: readonly { owners: readonly string[] }[]): A[] {
  const owning = new Set(actions.flatMap((action) => action.owners));
  return actors.filter((actor) => owning.has(actor.id));
}
