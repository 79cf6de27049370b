import type { ActionStatus } from '../domain/model.js';

/**
 * What the API needs from persistence. The DynamoDB adapter (dynamo-store.ts) is the
 * implementation; resolvers and scripts depend on this interface only.
 */
export interface StrategyRecord {
  id: string;
  reference: string;
  title: string;
  adopted: string;
  reviewDate: string;
  /** Every section that carries actions (2.1–2.5 and 4), with its title. */
  sections: { id: string; title: string }[];
  /** The strategic priorities, sections 2.1–2.5. */
  priorities: { id: string; title: string }[];
  actors: { id: string; name: string; owningBody: boolean }[];
  memberStates: { code: string; name: string }[];
  version: number;
}

/** The fields of an action that come from the strategy text (the catalogue). */
export interface CatalogueFields {
  ref: string;
  section: string;
  subheading?: string;
  /** The requesting phrase ("The Commission asks ENISA to:"); absent for a commitment made in a sentence. */
  leadIn?: string;
  text: string;
  owners: string[];
  partners: string[];
  deadlinePhrase?: string;
  baselineDeadline: string;
  deadlineSource: 'PHRASE' | 'REVIEW_DATE';
  recurring: boolean;
  memberStateReporting: boolean;
  kind: 'BULLET' | 'SENTENCE';
}

/** The fields of an action that people update as it is implemented. */
export interface TrackingFields {
  status: ActionStatus;
  progress: number;
  note?: string;
  evidenceUrls: string[];
  forecastDate?: string;
  lastConfirmedAt?: string;
}

export interface ActionRecord extends CatalogueFields, TrackingFields {
  strategyId: string;
  id: string;
  version: number;
}

/** Who made a change, as recorded in every history event. */
export interface ChangeAuthor {
  id: string;
  role: string;
  name: string;
}

/** One immutable change to an action or a report. */
export interface HistoryEventRecord {
  id: string;
  actionId: string;
  strategyId: string;
  at: string;
  type: string;
  actorId: string;
  actorRole: string;
  actorName: string;
  before?: unknown;
  after?: unknown;
  note?: string;
}

export interface HistoryPage {
  events: HistoryEventRecord[];
  /** Pass back as `after` for the next (older) page; absent on the last page. */
  nextCursor?: string;
}

export interface CatalogueSyncResult {
  created: number;
  corrected: number;
  unchanged: number;
  strategyChanged: boolean;
}

export interface Store {
  getStrategy(strategyId: string): Promise<StrategyRecord | undefined>;
  listActions(strategyId: string): Promise<ActionRecord[]>;
  getAction(strategyId: string, actionId: string): Promise<ActionRecord | undefined>;
  /** An action's history, newest first. */
  actionHistory(actionId: string, page: { limit: number; after?: string }): Promise<HistoryPage>;
  /**
   * Loads the catalogue idempotently: creates missing actions, corrects catalogue fields that
   * differ (one history event each, version bumped, tracking fields untouched), writes
   * nothing when everything already matches.
   */
  syncCatalogue(
    strategy: Omit<StrategyRecord, 'version'>,
    actions: (CatalogueFields & { id: string })[],
    author: ChangeAuthor,
  ): Promise<CatalogueSyncResult>;
}
