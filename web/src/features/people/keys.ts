import type { PeopleQueryVariables } from './api.generated';

/** The people page's query keys. */
export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (variables: PeopleQueryVariables) => [...peopleKeys.lists(), variables] as const,
  history: (id: string) => [...peopleKeys.all, 'history', id] as const,
  mismatches: () => [...peopleKeys.all, 'mismatches'] as const,
};
