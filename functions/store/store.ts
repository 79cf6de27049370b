import type { DeadlineRevision, TrackingState } from '../domain/action-update.js';
import type { ReportState, RoundState } from '../domain/reporting.js';
import type { SnapshotStore, SnapshotWrite } from './snapshot-store.js';

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
  openRoundId?: string;
}

/** The fields of an action that come from the strategy text (the catalogue; its list: CATALOGUE_FIELDS). */
export type { CatalogueFields } from '../domain/action-fields.js';
import type { CatalogueFields } from '../domain/action-fields.js';

/** The fields of an action that people update as it is implemented, and its deadline revisions. */
export interface TrackingFields extends TrackingState {
  deadlineRevisions?: DeadlineRevision[];
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

export type ReportRecord = ReportState & { strategyId: string };

export type RoundRecord = RoundState & { strategyId: string; frozenCoverage?: unknown };

/** The event types are the domain's (functions/domain/model.ts), the contract's enum HistoryEventType. */
export type { HistoryEventType } from '../domain/model.js';
import type { HistoryEventType } from '../domain/model.js';

/** One immutable change to an action, a report or a round. */
export interface HistoryEventRecord {
  id: string;
  actionId?: string;
  country?: string;
  roundId?: string;
  strategyId: string;
  at: string;
  type: string;
  actorId: string;
  actorRole: string;
  actorName: string;
  before?: unknown;
  after?: unknown;
  note?: string;
  /**
   * The day the change took effect (YYYY-MM-DD); `at` is when it was recorded. The strategy's
   * store fills it on read for events recorded before issue 13: the UTC day of `at`.
   */
  effectiveOn?: string;
}

export interface HistoryPage {
  events: HistoryEventRecord[];
  /** Pass back as `after` for the next (older) page; absent on the last page. */
  nextCursor?: string;
}

/** A history event about to be written; the store gives it its id. */
export interface NewHistoryEvent {
  type: HistoryEventType;
  /** When it is recorded (now). */
  at: string;
  /** The day it took effect; absent: the day of `at`. */
  effectiveOn?: string;
  actionId?: string;
  country?: string;
  roundId?: string;
  author: ChangeAuthor;
  before?: unknown;
  after?: unknown;
  note?: string;
}

/** Makes a mutation safe to retry: the first result is kept under this key. */
export interface Idempotency {
  /** `<viewer id>#<client mutation id>`: one client's id never collides with another's. */
  key: string;
  mutation: string;
  result: unknown;
}

/** STATE_CHANGED: a write landed anywhere in the strategy after the state a write was computed from was read. */
export type RejectionReason = 'STALE_VERSION' | 'REPEATED_MUTATION' | 'ROUND_NOT_OPEN' | 'ROUND_ALREADY_OPEN' | 'STATE_CHANGED';

/** A write refused by a condition: nothing was written. */
export class WriteRejected extends Error {
  constructor(readonly reason: RejectionReason) {
    super(`Write rejected: ${reason}`);
    this.name = 'WriteRejected';
  }
}

/**
 * The database did not take a request for lack of capacity: it throttled it past the SDK's own
 * retries, or a write kept losing its turn on a shared revision shard to other writes. Nobody
 * changed what the request was about, so this is no conflict: the same request may be sent
 * again shortly (a write with its client mutation id, so it is never applied twice).
 */
export class StoreBusy extends Error {
  constructor(cause?: unknown) {
    super('The database is busy.', { cause });
    this.name = 'StoreBusy';
  }
}

/** Error names with which DynamoDB refuses a request for lack of capacity. */
const THROTTLED = new Set(['ThrottlingException', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded']);

/** Whether an error means the database was too busy: StoreBusy, or DynamoDB's own throttling. */
export function isStoreBusy(error: unknown): boolean {
  if (error instanceof StoreBusy) return true;
  const { name, CancellationReasons } = (error ?? {}) as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (name && THROTTLED.has(name)) return true;
  return name === 'TransactionCanceledException' && !!CancellationReasons?.some((reason) => reason.Code === 'ThrottlingError');
}

/**
 * The strategy's revision: for each revision shard, how many writes it has counted. Every write
 * adds one to one shard in its own transaction, so a state read at a revision reflects every
 * write that revision counts (docs/DATA_MODEL.md, "Revision"; functions/store/state-reader.ts).
 * A shard never written is absent (count 0).
 */
export type Revision = Record<string, number>;

/** A revision's name, the same for equal revisions: "0:3,5:1,…". */
export const revisionKey = (revision: Revision): string =>
  Object.entries(revision)
    .map(([shard, count]) => `${shard}:${count}`)
    .sort()
    .join(',');

/**
 * A shard's change list: the sort keys (in the strategy's partition) that its latest writes
 * changed, one entry per write, oldest first, space-separated; the last entry is the write that
 * brought the shard to `revision`, the one before it `revision - 1`, and so on.
 */
export interface ChangeList {
  revision: number;
  changes: string[];
}

/** One item of the strategy's state, as stored under `sortKey` in its partition. */
export type StateItem = { sortKey: string } & (
  | { kind: 'strategy'; record: StrategyRecord }
  | { kind: 'action'; record: ActionRecord }
  | { kind: 'report'; record: ReportRecord }
  | { kind: 'round'; record: RoundRecord }
);

/** The whole state of a strategy, read in one query of its partition (no history). */
export interface StrategyState {
  strategy: StrategyRecord;
  actions: ActionRecord[];
  reports: ReportRecord[];
  rounds: RoundRecord[];
  /** The name (`revisionKey`) of the revision this state reflects; on a replayed past state, a name of its own. */
  revision: string;
  /** The revision this state was read at (absent on replayed states). */
  readAt?: Revision;
}

export interface CatalogueSyncResult {
  created: number;
  corrected: number;
  unchanged: number;
  strategyChanged: boolean;
}

/** Snapshots are stored by functions/store/snapshot-store.ts; the Store offers its reads and writes. */
export interface Store extends SnapshotStore {
  getStrategy(strategyId: string): Promise<StrategyRecord | undefined>;
  listActions(strategyId: string): Promise<ActionRecord[]>;
  getAction(strategyId: string, actionId: string): Promise<ActionRecord | undefined>;
  /**
   * An action and the strategy's record in one strongly consistent read: what action(id) needs
   * on an instance that keeps no state (the action, and the dates its health is computed with).
   */
  getActionWithStrategy(strategyId: string, actionId: string): Promise<{ action?: ActionRecord; strategy?: StrategyRecord }>;
  /**
   * Strategy, actions, reports and rounds in one query of the strategy's partition, stamped
   * with `revision` when given (read just before: the state is never older than its stamp),
   * otherwise with the revision this call reads first.
   */
  strategyState(strategyId: string, revision?: Revision): Promise<StrategyState | undefined>;
  /** The strategy's current revision: one small, strongly consistent read of its shards' counters. */
  readRevision(strategyId: string): Promise<Revision>;
  /**
   * How many writes to the strategy finished: each adds one after its transaction committed and
   * before it answers. One strongly consistent read of one small item; 0 before any.
   */
  readPublished(strategyId: string): Promise<number>;
  /** The change lists of these shards, strongly consistent (a shard never written has none). */
  readChanges(strategyId: string, shards: string[]): Promise<Record<string, ChangeList>>;
  /** These items of the strategy's state (by sort key), strongly consistent, in one batch read; absent ones are left out. */
  readStateItems(strategyId: string, sortKeys: string[]): Promise<StateItem[]>;
  /** An action's history (its own changes and its reports'), newest first. */
  actionHistory(actionId: string, page: { limit: number; after?: string }): Promise<HistoryPage>;
  /**
   * Every change across the strategy that took effect in [from, to), in effective order, oldest
   * first: a change recorded on the day it took effect sits at the instant it was recorded, a
   * late record at the end of the day it took effect (functions/domain/effective-dates.ts).
   */
  changes(strategyId: string, range: { from: string; to: string; limit: number; after?: string }): Promise<HistoryPage>;
  /** How many changes took effect in [from, to) (as `changes` places them); with `late`, only late records, and with `knownAt` only those recorded by then. */
  countChanges(strategyId: string, range: { from: string; to: string; late?: boolean; knownAt?: string }): Promise<number>;
  /** Every change that took effect before `until` (as `changes` places them), oldest first: the input of an "as of" replay. */
  eventsBefore(strategyId: string, until: string): Promise<HistoryEventRecord[]>;
  getReport(strategyId: string, actionId: string, country: string): Promise<ReportRecord | undefined>;
  getRound(strategyId: string, roundId: string): Promise<RoundRecord | undefined>;
  /** The stored result of an earlier mutation with the same idempotency key. */
  mutationResult(key: string): Promise<{ mutation: string; result: unknown } | undefined>;

  /** Patches an action under a version condition and records the event, in one transaction. */
  saveActionChange(change: {
    strategyId: string;
    actionId: string;
    expectedVersion: number;
    /** Changed fields with their new values; null removes a field. */
    patch: Record<string, unknown>;
    event: NewHistoryEvent;
    idempotency?: Idempotency;
  }): Promise<void>;
  /** Writes a report (new, or under a version condition) and its event; optionally requires a round to be open. */
  saveReport(change: {
    report: ReportRecord;
    /** null: the report must not exist yet. */
    expectedVersion: number | null;
    requireOpenRound?: string;
    event: NewHistoryEvent;
    idempotency?: Idempotency;
  }): Promise<void>;
  openRound(change: { round: RoundRecord; event: NewHistoryEvent; idempotency?: Idempotency }): Promise<void>;
  /**
   * Closes the round; with `snapshot`, freezes it in the same transaction (all or nothing).
   * With `readAt` (the revision of the state its frozen coverage and snapshot were computed
   * from), the close is written only if no write reached the strategy since: otherwise
   * WriteRejected('STATE_CHANGED'), and nothing is written.
   */
  closeRound(change: {
    round: RoundRecord;
    event: NewHistoryEvent;
    idempotency?: Idempotency;
    snapshot?: SnapshotWrite;
    readAt?: Revision;
  }): Promise<void>;
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
