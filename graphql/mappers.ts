import type { SnapshotHeader } from '../functions/domain/snapshot.js';
import type { DashboardFigures } from '../functions/domain/dashboard.js';
import type { ActionRecord, HistoryEventRecord, ReportRecord, RoundRecord, StrategyRecord } from '../functions/store/store.js';

/** The models that resolvers receive as their parent (see codegen.ts). */
export type ActionModel = ActionRecord;
export type StrategyModel = StrategyRecord;
export type ReportModel = ReportRecord;
export type RoundModel = RoundRecord;
export type HistoryEventModel = HistoryEventRecord;
/** Every figure of the dashboard, its lists whole; the API serves the first `first` items of each list. */
export type DashboardModel = DashboardFigures;
/** A frozen snapshot's header; its content (dashboard, actions, reports) is read when a field asks for it. */
export type SnapshotModel = SnapshotHeader;
