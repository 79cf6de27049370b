/** The member-states page's query keys. */
export const memberStatesKeys = {
  all: ['member-states'] as const,
  /** The rounds, the coverage and every reporting action with its reports. */
  data: () => [...memberStatesKeys.all, 'data'] as const,
  /** The active national contacts (people data, shown to a coordinator). */
  contacts: () => [...memberStatesKeys.all, 'contacts'] as const,
  /** The strategy's adoption, the earliest day a report may be dated (catalogue data, no write of the web app changes it). */
  adopted: () => [...memberStatesKeys.all, 'strategy-adopted'] as const,
};
