import { DEFAULT_HEALTH_CONFIG, type HealthConfig } from '../domain/health.js';
import {
  currentReportOf,
  needsCurrentReport,
  personName,
  redactHistoryEvent,
  redactReport,
  type VisibilityViewer,
} from '../domain/report-visibility.js';
import { pastState } from '../store/past-state.js';
import type { ActionRecord, ReportRecord, StrategyState, Store } from '../store/store.js';
import { EXPORT_TEXT, type ExportText } from './labels.js';
import { actionColumns, actionRow, historyColumns, historyRow, reportColumns, reportRow, sortReports } from './rows.js';
import type { Cell, Sheet } from './sheet.js';
import { exportRangeProblem, type ExportName, type ExportParameters } from './request.js';
import type { WorkbookMetadata } from './xlsx.js';

/**
 * Assembles an export from the store's reads: the strategy's state (one query of its
 * partition, replayed over history for a past day) and, for history, the change feed read in
 * pages (GSI1, oldest first). No request path scans.
 */
export interface ExportSource {
  store: Store;
  strategyId: string;
  healthConfig?: HealthConfig;
}

/**
 * The most history events one export holds; a wider range is refused with the count and this
 * bound. A typical event is about 600 bytes of CSV (its before and after as JSON), so 5,000
 * keep a CSV within MAX_EXPORT_BYTES (http.ts); the XLSX of the same is about a seventh.
 */
export const MAX_HISTORY_EVENTS = 5_000;
/** History is read from the store this many events at a time. */
export const HISTORY_PAGE_SIZE = 500;

export class ExportRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404,
  ) {
    super(message);
    this.name = 'ExportRefused';
  }
}

export interface BuiltExport {
  sheets: Sheet[];
  metadata: Omit<WorkbookMetadata, 'created'>;
}

/**
 * An export is built for one viewer: member-state report content and e-mail addresses follow
 * the API's rule (functions/domain/report-visibility.ts), so a file never shows more than the
 * screen would.
 */
export async function buildExport(
  source: ExportSource,
  name: ExportName,
  parameters: ExportParameters,
  today: string,
  viewer: VisibilityViewer,
): Promise<BuiltExport> {
  const wanted: readonly Exclude<ExportName, 'everything'>[] = name === 'everything' ? ['actions', 'reports', 'history'] : [name];
  const state = await sheetState(source, wanted, parameters, today);
  if (!state) throw new ExportRefused(`The strategy "${source.strategyId}" is not loaded.`, 404);
  const { strategy } = state;
  const { language } = parameters;
  const text = EXPORT_TEXT[language];

  if (wanted.includes('history')) {
    const count = await source.store.countChanges(source.strategyId, parameters.history);
    if (count > MAX_HISTORY_EVENTS) {
      throw new ExportRefused(
        `The history asked for holds ${count} changes; an export holds at most ${MAX_HISTORY_EVENTS}. Narrow it with "from" and "to" (YYYY-MM-DD).`,
        400,
      );
    }
  }

  const sheets = wanted.map((part): Sheet => {
    switch (part) {
      case 'actions':
        return {
          name: text.sheets.actions,
          columns: actionColumns(text),
          booleans: [text.yes, text.no],
          rows: state.actions.map((action) =>
            actionRow(revisionsNamed(action, viewer), {
              strategy,
              asOf: parameters.asOf,
              healthConfig: source.healthConfig ?? DEFAULT_HEALTH_CONFIG,
              text,
              language: parameters.language,
            }),
          ),
        };
      case 'reports':
        return {
          name: text.sheets.reports,
          columns: reportColumns(text),
          rows: sortReports(
            state.reports,
            state.actions.map((action) => action.id),
          ).map((report: ReportRecord) => reportRow(redactReport(report, viewer), { strategy, rounds: state.rounds, text, language })),
        };
      case 'history':
        return { name: text.sheets.history, columns: historyColumns(text), rows: historyRows(source, parameters.history, viewer, text) };
    }
  });

  const what = name === 'everything' ? text.metadata.everything : text.sheets[name];
  const period =
    name === 'history' ? text.metadata.range(parameters.range?.from, parameters.range?.to ?? parameters.asOf) : text.metadata.asOf(parameters.asOf);
  return {
    sheets,
    metadata: {
      title: `${strategy.reference}: ${what}, ${period}`,
      subject: strategy.title,
      description: text.metadata.describe(what, strategy.reference, strategy.title, period),
      keywords: [strategy.reference, name, parameters.asOf].join(', '),
    },
  };
}

/**
 * What the sheets read: the state as of `asOf` for actions or reports; for history alone, only
 * the strategy record (for its title), without reading the state or replaying a past day.
 */
async function sheetState(
  source: ExportSource,
  wanted: readonly Exclude<ExportName, 'everything'>[],
  parameters: ExportParameters,
  today: string,
): Promise<Omit<StrategyState, 'revision'> | undefined> {
  // The days asked for are checked against the strategy's adoption before any replay or history read.
  const inRange = ({ adopted }: { adopted: string }) => {
    const problem = exportRangeProblem(parameters, { adopted, today });
    if (problem) throw new ExportRefused(problem, 400);
  };
  if (wanted.some((part) => part !== 'history')) return stateOn(source, parameters.asOf, today, inRange);
  const strategy = await source.store.getStrategy(source.strategyId);
  if (strategy) inRange(strategy);
  return strategy && { strategy, actions: [], reports: [], rounds: [] };
}

/** History in [from, to), oldest first, pulled from the store one page at a time. */
async function* historyRows(
  source: ExportSource,
  range: { from: string; to: string },
  viewer: VisibilityViewer,
  text: ExportText,
): AsyncGenerator<Cell[]> {
  let after: string | undefined;
  let read = 0;
  // Read only when a submission's content may have been accepted since (report-visibility.ts).
  let currentReport: ReturnType<typeof currentReportOf> | undefined;
  do {
    const page = await source.store.changes(source.strategyId, { ...range, limit: HISTORY_PAGE_SIZE, ...(after ? { after } : {}) });
    if (!currentReport && page.events.some((event) => needsCurrentReport(event, viewer))) {
      currentReport = currentReportOf((await source.store.strategyState(source.strategyId))?.reports ?? []);
    }
    for (const event of page.events) {
      // Writes that land after the count was taken must not push the file past its bound.
      if (read >= MAX_HISTORY_EVENTS) return;
      read += 1;
      yield historyRow(redactHistoryEvent(event, viewer, currentReport?.(event)), text);
    }
    after = page.nextCursor;
  } while (after);
}

/** An action's deadline revisions with their authors' names as the viewer may see them. */
function revisionsNamed(action: ActionRecord, viewer: VisibilityViewer): ActionRecord {
  if (!action.deadlineRevisions) return action;
  return {
    ...action,
    deadlineRevisions: action.deadlineRevisions.map((revision) => ({ ...revision, revisedBy: personName(revision.revisedBy, viewer) })),
  };
}

/**
 * The strategy's state at the end of `asOf`: today's is the current state; a past day's is
 * history replayed over the catalogue, exactly as the dashboard does (graphql/strategy-state.ts
 * pastState). `check` sees the strategy (its adoption) before anything is replayed.
 */
export async function stateOn(
  source: ExportSource,
  asOf: string,
  today: string,
  check?: (strategy: { adopted: string }) => void,
): Promise<StrategyState | undefined> {
  const current = await source.store.strategyState(source.strategyId);
  if (current) check?.(current.strategy);
  if (!current || asOf >= today) return current;
  return pastState(source.store, source.strategyId, current, asOf);
}
