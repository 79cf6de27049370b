import type { PersonRecord } from '../functions/domain/people.js';
import type { SnapshotHeader } from '../functions/domain/snapshot.js';
import type { DashboardFigures } from '../functions/domain/dashboard.js';
import type { ActionRecord, HistoryEventRecord, ReportRecord, RoundRecord, StrategyRecord } from '../functions/store/store.js';

/**
 * A past day an action is shown as of (`actions(asOf)`): its health, stale and disagreement
 * are evaluated for that day, and its member-state reports are the ones standing then.
 */
export interface PastDay {
  /** YYYY-MM-DD, before today. */
  asOf: string;
  /** Every member-state report at the end of that day (the rebuilt state's). */
  reports: readonly ReportRecord[];
}

/**
 * The models that resolvers receive as their parent (see codegen.ts). An action is a stored
 * (or rebuilt) record; `pastDay` only on one read as of a past day.
 */
export type ActionModel = ActionRecord & { pastDay?: PastDay };
export type StrategyModel = StrategyRecord;
export type ReportModel = ReportRecord;
export type RoundModel = RoundRecord;
/** A history event as the viewer may see it (graphql/visibility.ts): every path that returns one redacts it first. */
export type HistoryEventModel = HistoryEventRecord & { contentWithheld: boolean };
/** Every figure of the dashboard, its lists whole; the API serves the first `first` items of each list. */
export type DashboardModel = DashboardFigures & {
  /** The view the live figures answer (asOf, knownAt): their late records are counted for it. Absent on a snapshot's. */
  view?: { asOf: string; knownAt?: string | undefined };
};
/** A frozen snapshot's header; its content (dashboard, actions, reports) is read when a field asks for it. */
export type SnapshotModel = SnapshotHeader;
/** A person as the product records them (functions/store/people-store.ts); e-mail and history are checked per field. */
export type PersonModel = PersonRecord;
