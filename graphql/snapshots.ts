import { randomBytes } from 'node:crypto';
import type { DashboardFigures } from '../functions/domain/dashboard.js';
import {
  buildSnapshot,
  expandDashboard,
  snapshotId,
  type SnapshotContent,
  type SnapshotHeader,
  type SnapshotTrigger,
} from '../functions/domain/snapshot.js';
import { personName } from '../functions/domain/report-visibility.js';
import { snapshotWrite, type SnapshotWrite } from '../functions/store/snapshot-store.js';
import type { StrategyState } from '../functions/store/store.js';
import type { GraphQLContext } from './context.js';
import { roundState } from './dashboard-state.js';
import { badUserInput, notFound } from './errors.js';
import type { QueryResolvers, SnapshotResolvers } from './generated/resolvers.js';
import { decodeCursor, encodeCursor, pageSize } from './pagination.js';
import { computeDashboard } from './strategy-state.js';

/**
 * Frozen snapshots (review pack issue): built from the state as of a date with the domain's
 * pure functions (functions/domain/snapshot.ts), stored whole in one transaction
 * (functions/store/snapshot-store.ts), read back exactly as frozen.
 */

/** A snapshot of `state` as of `asOf`, encoded and ready to write. */
export function freezeState(
  context: GraphQLContext,
  state: StrategyState,
  meta: { asOf: string; name: string; trigger: SnapshotTrigger },
): SnapshotWrite {
  const frozenAt = context.now().toISOString();
  const { header, content } = buildSnapshot(
    {
      strategy: state.strategy,
      actions: state.actions,
      reports: state.reports,
      rounds: state.rounds.map(roundState),
      // The same pure functions and the same frozen-coverage rule as the dashboard query.
      dashboard: computeDashboard(context, state, meta.asOf),
      asOf: meta.asOf,
      config: context.healthConfig,
    },
    {
      id: snapshotId(frozenAt, randomBytes(3).toString('hex')),
      name: meta.name,
      frozenAt,
      frozenBy: { id: context.viewer.id, role: context.viewer.role, name: context.viewer.name },
      trigger: meta.trigger,
    },
  );
  return snapshotWrite(context.strategyId, header, content);
}

/** Each request reads a snapshot's content at most once, however many fields ask for it. */
const contents = new WeakMap<GraphQLContext, Map<string, Promise<SnapshotContent>>>();

/**
 * The most snapshots whose content (figures, actions, reports) one request may open: two, to
 * set one beside another. The list gives headers; contents are read by id. Without a bound,
 * `snapshots(first: 100)` asking for every snapshot's actions read a hundred large items and
 * answered several megabytes (found by the abuse suite), past what a Lambda may return (6 MB).
 */
export const MAX_SNAPSHOT_CONTENTS_PER_REQUEST = 2;

function contentOf(context: GraphQLContext, id: string): Promise<SnapshotContent> {
  let byId = contents.get(context);
  if (!byId) contents.set(context, (byId = new Map()));
  let pending = byId.get(id);
  if (!pending && byId.size >= MAX_SNAPSHOT_CONTENTS_PER_REQUEST) {
    throw badUserInput(
      `One request may open the contents of at most ${MAX_SNAPSHOT_CONTENTS_PER_REQUEST} snapshots: list their headers, then ask for each snapshot by id.`,
    );
  }
  if (!pending) {
    pending = context.store.getSnapshotContent(context.strategyId, id).then((content) => {
      if (!content) throw notFound(`There is no snapshot "${id}".`);
      return content;
    });
    byId.set(id, pending);
  }
  return pending;
}

/** `dashboard(snapshotId)`: the figures as frozen, through the same query (and the same query cost) as the live dashboard. */
export async function snapshotDashboard(context: GraphQLContext, id: string, asOf: string | null | undefined): Promise<DashboardFigures> {
  const content = await contentOf(context, id);
  if (asOf != null && asOf !== content.dashboard.asOf) {
    throw badUserInput(`The snapshot "${id}" is as of ${content.dashboard.asOf}, not ${asOf}.`, { argument: 'asOf' });
  }
  return expandDashboard(content.dashboard, content.actions, { reports: content.reports, memberStates: content.strategy.memberStates });
}

export const snapshotQueries: Pick<QueryResolvers, 'snapshots' | 'snapshot'> = {
  async snapshots(_parent, { first, after }, context) {
    const page = await context.store.listSnapshots(context.strategyId, {
      limit: pageSize(first),
      ...(after ? { after: decodeCursor(after) } : {}),
    });
    return {
      edges: page.snapshots.map((node) => ({ cursor: encodeCursor(node.id), node })),
      pageInfo: { hasNextPage: page.nextCursor !== undefined, endCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null },
    };
  },

  snapshot: async (_parent, { id }, context) => (await context.store.getSnapshotHeader(context.strategyId, id)) ?? null,
};

export const Snapshot: SnapshotResolvers = {
  // A snapshot keeps no report content (its reports are status and review state only), so the
  // one thing to withhold from a reader is an e-mail address in the name of who froze it.
  frozenBy: (header, _args, { viewer }) => ({ ...header.frozenBy, name: personName(header.frozenBy.name, viewer) }),
  round: (header: SnapshotHeader) => (header.round ? { ...header.round, closedAt: header.round.closedAt ?? null } : null),
  strategy: async (header, _args, context) => (await contentOf(context, header.id)).strategy,
  async dashboard(header, _args, context) {
    const content = await contentOf(context, header.id);
    return expandDashboard(content.dashboard, content.actions, { reports: content.reports, memberStates: content.strategy.memberStates });
  },
  async actions(header, { section }, context) {
    const { actions } = await contentOf(context, header.id);
    return (section ? actions.filter((action) => action.section === section) : actions).map((action) => ({
      ...action,
      subheading: action.subheading ?? null,
      leadIn: action.leadIn ?? null,
      declaredHealth: action.declaredHealth ?? null,
      forecastDate: action.forecastDate ?? null,
      completedAt: action.completedAt ?? null,
      lastConfirmedAt: action.lastConfirmedAt ?? null,
      note: action.note ?? null,
      evidenceUrls: action.evidenceUrls ?? [],
    }));
  },
  reports: async (header, _args, context) =>
    (await contentOf(context, header.id)).reports.map((report) => ({ ...report, reportedAt: report.reportedAt ?? null })),
};
