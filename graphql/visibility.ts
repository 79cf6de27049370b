import { currentReportOf, needsCurrentReport, redactHistoryEvent } from '../functions/domain/report-visibility.js';
import type { HistoryEventRecord } from '../functions/store/store.js';
import type { GraphQLContext } from './context.js';

/**
 * The history events a viewer reads (`action.history`, `changes`, `changeSummary`) go through
 * the one rule of functions/domain/report-visibility.ts. A submission's content may have been
 * accepted since: only then is the current state's report looked up (the request's loader).
 */
export type VisibleEvent = HistoryEventRecord & { contentWithheld: boolean };

export async function visibleEvents(events: readonly HistoryEventRecord[], context: GraphQLContext): Promise<VisibleEvent[]> {
  const needed = events.some((event) => needsCurrentReport(event, context.viewer));
  const current = currentReportOf(needed ? (await context.loaders.state()).reports : []);
  return events.map((event) => redactHistoryEvent(event, context.viewer, current(event)));
}
