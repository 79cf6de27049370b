import { MAX_SUMMARY_EVENTS, summariseChanges, summaryRange, type SummaryEvent } from '../functions/domain/change-summary.js';
import type { HistoryEventRecord } from '../functions/store/store.js';
import { dateRange } from './date-arguments.js';
import { badUserInput } from './errors.js';
import type { ChangeGroupResolvers, ChangeSummaryResolvers, QueryResolvers } from './generated/resolvers.js';
import { listSize } from './list-size.js';
import { visibleEvents } from './visibility.js';

/**
 * `changeSummary(from, to)`: reads the period's history through the strategy-wide index
 * (docs/DATA_MODEL.md pattern 5) in pages of up to 1,000, stopping at MAX_SUMMARY_EVENTS;
 * beyond that it counts the rest (Select=COUNT) and says the summary is incomplete.
 */
const READ_PAGE = 1000;

export const changeSummaryQuery: Pick<QueryResolvers, 'changeSummary'> = {
  async changeSummary(_parent, { from, to }, context) {
    const range = summaryRange(from, to, await dateRange(context, 'period'));
    if (!range.ok) throw badUserInput(range.problems.join(' '));
    const events: HistoryEventRecord[] = [];
    let after: string | undefined;
    do {
      const page = await context.store.changes(context.strategyId, {
        from: range.from,
        to: range.to,
        limit: Math.min(READ_PAGE, MAX_SUMMARY_EVENTS - events.length),
        ...(after ? { after } : {}),
      });
      events.push(...page.events);
      after = page.nextCursor;
    } while (after && events.length < MAX_SUMMARY_EVENTS);
    const totalCount = after ? await context.store.countChanges(context.strategyId, range) : events.length;
    const [strategy, actions] = await Promise.all([context.loaders.strategy(), context.loaders.actions()]);
    // Redacted for this viewer first: the summary's notes and sentences then follow the same rule.
    return summariseChanges(
      (await visibleEvents(events, context)) as SummaryEvent[],
      { actions, sections: strategy.sections, actors: strategy.actors },
      { from, to, totalCount },
    );
  },
};

export const ChangeSummary: ChangeSummaryResolvers = {
  changes: (summary, { first }) => summary.changes.slice(0, listSize(first, 100)),
};

export const ChangeGroup: ChangeGroupResolvers = {
  changes: (group, { first }) => group.changes.slice(0, listSize(first)),
};
