import { isDeepStrictEqual } from 'node:util';
import { planActionUpdate } from '../domain/action-update.js';
import type { Viewer } from '../domain/model.js';
import { authorize } from '../domain/permissions.js';
import { planReportSubmission } from '../domain/reporting.js';
import { DATE_RANGES, normalizeLineBreaks } from '../domain/validation.js';
import type { ActionRecord, HistoryEventRecord, ReportRecord, StrategyState } from '../store/store.js';
import { ACTION_STATUS_LABELS, REPORT_STATUS_LABELS, readActionStatus, readReportStatus, type ColumnKey } from './layout.js';
import type { CellValue, ImportedRow } from './read-workbook.js';

/**
 * What an uploaded workbook would change, row by row, changing nothing (issue 13). Each row is
 * compared with the action or report as it is now:
 * - UNCHANGED: its editable cells say what is stored (whatever version it was exported at, so
 *   the same file uploaded again after it was applied changes nothing and is no conflict);
 * - CONFLICT: it differs, and the action or report was saved after the version the row was
 *   exported at: who saved it, when and what, and it is never written;
 * - INVALID: it differs, at the current version, but the write would be refused: the cell and
 *   the API's own message (the domain's rules, permissions.ts and action-update.ts or
 *   reporting.ts, with the same context the mutation gives them);
 * - CHANGED: it would be written, field by field before → after, and the write it makes is
 *   kept to be applied through the API's own mutation.
 */
export type PreviewOutcome = 'UNCHANGED' | 'CHANGED' | 'INVALID' | 'CONFLICT';

export interface FieldChange {
  field: string;
  cell: string;
  before: unknown;
  after: unknown;
}

export interface RowProblem {
  cell: string;
  message: string;
}

export interface ConflictingSave {
  by: string;
  at: string;
  fields: string[];
}

export interface PreviewRow {
  sheet: string;
  row: number;
  ref: string;
  country?: string;
  outcome: PreviewOutcome;
  changes?: FieldChange[];
  /** On a CHANGED row: the day it happened, as the row gives it (today when absent). */
  effectiveOn?: string;
  problems?: RowProblem[];
  conflict?: { exportedVersion: number | null; currentVersion: number | null; saves: ConflictingSave[] };
}

export type PlannedWrite =
  { mutation: 'updateAction'; input: Record<string, unknown> } | { mutation: 'submitMemberStateReport'; input: Record<string, unknown> };

export interface Preview {
  rows: PreviewRow[];
  /** One per CHANGED row, at the same index as `rows`; absent elsewhere. */
  writes: (PlannedWrite | null)[];
}

export interface PreviewContext {
  state: Pick<StrategyState, 'strategy' | 'actions' | 'reports' | 'rounds'>;
  viewer: Viewer;
  now: Date;
  /** An action's history, newest first (its own events and its reports'): for conflicts only. */
  history(actionId: string): Promise<HistoryEventRecord[]>;
}

/** Conflicts whose saves are read from history; past this many a conflict names the versions only. */
const CONFLICT_DETAILS = 100;

const isBlank = (value: CellValue | undefined) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

const text = (value: CellValue | undefined): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').trim());

/** A date cell as YYYY-MM-DD: a real date cell (UTC, as exceljs reads it) or text; null when blank. */
function dayOf(value: CellValue | undefined): string | null {
  if (isBlank(value)) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'not a date' : value.toISOString().slice(0, 10);
  return text(value);
}

const noteOf = (value: CellValue | undefined): string | null => (isBlank(value) ? null : normalizeLineBreaks(text(value)).trim() || null);

const linksOf = (value: CellValue | undefined): string[] => (isBlank(value) ? [] : text(value).split(/\s+/).filter(Boolean));

function versionOf(value: CellValue | undefined): number | null | 'bad' {
  if (isBlank(value)) return null;
  const number = typeof value === 'number' ? value : Number(text(value));
  return Number.isInteger(number) && number > 0 ? number : 'bad';
}

function progressOf(value: CellValue | undefined): number {
  if (typeof value === 'number') return value;
  const trimmed = text(value).replace(/%$/, '').trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** Which column a domain message is about, to give its cell address. */
function columnOfProblem(message: string, fallback: ColumnKey): ColumnKey {
  if (/effectiveOn|day it happened/i.test(message)) return 'effectiveOn';
  if (/progress/i.test(message)) return 'progress';
  if (/forecast/i.test(message)) return 'forecastDate';
  if (/evidence|link|http/i.test(message)) return 'evidenceUrls';
  if (/note|discontinued/i.test(message)) return 'note';
  if (/participating member state|report for/i.test(message)) return 'country';
  return fallback;
}

const storedNote = (note: string | undefined) => normalizeLineBreaks(note ?? '').trim() || null;

const VERSION_PROBLEM = 'The hidden version column was changed: download the workbook again and copy your changes into it.';

export async function previewWorkbook(rows: readonly ImportedRow[], context: PreviewContext): Promise<Preview> {
  const { state, viewer } = context;
  const nowIso = context.now.toISOString();
  const today = nowIso.slice(0, 10);
  const adopted = state.strategy.adopted;
  const planning = DATE_RANGES.planning({ adopted });
  const actions = new Map(state.actions.map((action) => [action.id, action]));
  const reports = new Map(state.reports.map((report) => [`${report.actionId}#${report.country}`, report]));
  const openRound = state.rounds.find((round) => round.id === state.strategy.openRoundId && round.open);
  const seen = new Map<string, number>();
  let conflictsDetailed = 0;

  const result: Preview = { rows: [], writes: [] };
  for (const row of rows) {
    const ref = text(row.cells.ref);
    const country = row.sheet === 'reports' ? text(row.cells.country).toUpperCase() : undefined;
    const base = { sheet: row.sheetName, row: row.row, ref, ...(country !== undefined ? { country } : {}) };
    const invalid = (problems: RowProblem[]) => {
      result.rows.push({ ...base, outcome: 'INVALID', problems });
      result.writes.push(null);
    };
    const problemAt = (column: ColumnKey, message: string): RowProblem => ({ cell: row.address[column], message });

    const action = actions.get(ref);
    if (!action) {
      invalid([
        problemAt('ref', ref ? `There is no action "${ref.slice(0, 40)}".` : 'The reference is empty: keep the reference of each row as downloaded.'),
      ]);
      continue;
    }
    const key = `${row.sheet}#${ref}#${country ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      invalid([problemAt('ref', `${ref} is already on row ${earlier}: keep one row per ${row.sheet === 'actions' ? 'action' : 'report'}.`)]);
      continue;
    }
    seen.set(key, row.row);
    const exported = versionOf(row.cells.version);
    if (exported === 'bad') {
      invalid([problemAt('version', VERSION_PROBLEM)]);
      continue;
    }
    // The day it happened goes to the mutation as effectiveOn; the domain's rule checks it (empty: today).
    const effectiveOn = dayOf(row.cells.effectiveOn);

    const planned =
      row.sheet === 'actions'
        ? planActionRow(row, action, exported, effectiveOn, { viewer, now: nowIso, adopted, planning, problemAt })
        : planReportRow(row, action, country ?? '', reports.get(`${action.id}#${country}`), exported, effectiveOn, {
            viewer,
            now: nowIso,
            adopted,
            today,
            openRound,
            memberStates: state.strategy.memberStates.map((member) => member.code),
            problemAt,
          });

    if (planned.kind === 'invalid') {
      invalid(planned.problems);
      continue;
    }
    if (planned.kind === 'unchanged') {
      result.rows.push({ ...base, outcome: 'UNCHANGED' });
      result.writes.push(null);
      continue;
    }
    if (planned.kind === 'conflict') {
      const detailed = conflictsDetailed < CONFLICT_DETAILS;
      if (detailed) conflictsDetailed += 1;
      const since = detailed ? await savesSince(context, action.id, country, exported) : { saves: [] };
      // What the person changed is what differs from the row as it was exported, not from what
      // others saved since: a row they left alone is no conflict, whatever happened to it.
      const exportedValues = since.exportedValues;
      const theirs = exportedValues
        ? planned.changes.filter((change) => {
            if (!(change.field in exportedValues)) return true; // untouched since: it differs from the export as from what is stored
            const exportedValue = exportedValues[change.field];
            return !isDeepStrictEqual(
              change.after,
              change.field === 'note'
                ? storedNote((exportedValue as string | null) ?? undefined)
                : (exportedValue ?? (change.field === 'evidenceUrls' ? [] : null)),
            );
          })
        : planned.changes;
      if (theirs.length === 0) {
        result.rows.push({ ...base, outcome: 'UNCHANGED' });
        result.writes.push(null);
        continue;
      }
      result.rows.push({
        ...base,
        outcome: 'CONFLICT',
        changes: theirs,
        conflict: { exportedVersion: exported, currentVersion: planned.currentVersion, saves: since.saves },
      });
      result.writes.push(null);
      continue;
    }
    const { problems } = planned;
    if (problems.length > 0) {
      result.rows.push({ ...base, outcome: 'INVALID', changes: planned.changes, problems });
      result.writes.push(null);
      continue;
    }
    result.rows.push({ ...base, outcome: 'CHANGED', changes: planned.changes, ...(effectiveOn ? { effectiveOn } : {}) });
    result.writes.push(planned.write);
  }
  return result;
}

type RowPlan =
  | { kind: 'invalid'; problems: RowProblem[] }
  | { kind: 'unchanged' }
  | { kind: 'conflict'; changes: FieldChange[]; currentVersion: number | null }
  | { kind: 'changed'; changes: FieldChange[]; problems: RowProblem[]; write: PlannedWrite };

function planActionRow(
  row: ImportedRow,
  action: ActionRecord,
  exported: number | null,
  effectiveOn: string | null,
  context: {
    viewer: Viewer;
    now: string;
    adopted: string;
    planning: ReturnType<typeof DATE_RANGES.planning>;
    problemAt: (column: ColumnKey, message: string) => RowProblem;
  },
): RowPlan {
  const { viewer, problemAt } = context;
  // The mutation's own rule: the role first, then the action's owners (functions/domain/permissions.ts).
  const decision = authorize(viewer, { kind: 'updateAction', owners: action.owners });
  if (!decision.allowed) return { kind: 'invalid', problems: [problemAt('ref', decision.reason)] };

  const statusText = text(row.cells.status);
  const status = readActionStatus(statusText);
  if (!status) {
    const words = Object.values(ACTION_STATUS_LABELS)
      .map((label) => label.en)
      .join(', ');
    return {
      kind: 'invalid',
      problems: [
        problemAt(
          'status',
          statusText
            ? `"${statusText.slice(0, 40)}" is not a status: choose one from the list (${words}).`
            : `Choose a status from the list (${words}).`,
        ),
      ],
    };
  }
  if (exported === null) return { kind: 'invalid', problems: [problemAt('version', VERSION_PROBLEM)] };
  const wanted = {
    status,
    progress: progressOf(row.cells.progress),
    forecastDate: dayOf(row.cells.forecastDate),
    evidenceUrls: linksOf(row.cells.evidenceUrls),
    note: noteOf(row.cells.note),
  };
  const stored = {
    status: action.status,
    progress: action.progress,
    forecastDate: action.forecastDate ?? null,
    evidenceUrls: action.evidenceUrls,
    note: storedNote(action.note),
  };
  const changes: FieldChange[] = [];
  const input: Record<string, unknown> = {};
  for (const field of Object.keys(wanted) as (keyof typeof wanted)[]) {
    if (!isDeepStrictEqual(wanted[field], stored[field])) {
      changes.push({
        field,
        cell: row.address[field],
        before: stored[field],
        after: Number.isNaN(wanted[field]) ? text(row.cells[field]) : wanted[field],
      });
      input[field] = wanted[field];
    }
  }
  if (changes.length === 0) return { kind: 'unchanged' };
  if (exported !== action.version) return { kind: 'conflict', changes, currentVersion: action.version };

  const dated = effectiveOn ? { ...input, effectiveOn } : input;
  // The mutation's own call: the action's tracking state, its latest effective day, the planning range, the adoption.
  const plan = planActionUpdate(action, dated, {
    recurring: action.recurring,
    now: context.now,
    planning: context.planning,
    author: viewer.name,
    adopted: context.adopted,
  });
  const problems = plan.ok ? [] : plan.problems.map((message) => problemAt(columnOfProblem(message, changes[0]?.field as ColumnKey), message));
  return {
    kind: 'changed',
    changes,
    problems,
    write: { mutation: 'updateAction', input: { actionId: action.id, expectedVersion: exported, ...dated } },
  };
}

function planReportRow(
  row: ImportedRow,
  action: ActionRecord,
  country: string,
  current: ReportRecord | undefined,
  exported: number | null,
  effectiveOn: string | null,
  context: {
    viewer: Viewer;
    now: string;
    adopted: string;
    today: string;
    openRound: StrategyState['rounds'][number] | undefined;
    memberStates: string[];
    problemAt: (column: ColumnKey, message: string) => RowProblem;
  },
): RowPlan {
  const { viewer, problemAt } = context;
  const decision = authorize(viewer, { kind: 'submitMemberStateReport', country });
  if (!decision.allowed) return { kind: 'invalid', problems: [problemAt('country', decision.reason)] };

  const statusText = text(row.cells.status);
  const note = noteOf(row.cells.note);
  const evidenceUrls = linksOf(row.cells.evidenceUrls);
  if (!statusText) {
    // A country that has not reported and leaves the row empty has nothing to say.
    if (!current && !note && evidenceUrls.length === 0) return { kind: 'unchanged' };
    const words = Object.values(REPORT_STATUS_LABELS)
      .map((label) => label.en)
      .join(', ');
    return { kind: 'invalid', problems: [problemAt('status', `Choose a status from the list (${words}): a report needs one.`)] };
  }
  const status = readReportStatus(statusText);
  if (!status) {
    const words = Object.values(REPORT_STATUS_LABELS)
      .map((label) => label.en)
      .join(', ');
    return { kind: 'invalid', problems: [problemAt('status', `"${statusText.slice(0, 40)}" is not a status: choose one from the list (${words}).`)] };
  }
  const wanted = { status, evidenceUrls, note };
  const stored = { status: current?.status ?? null, evidenceUrls: current?.evidenceUrls ?? [], note: storedNote(current?.note) };
  const changes: FieldChange[] = [];
  for (const field of Object.keys(wanted) as (keyof typeof wanted)[]) {
    if (!isDeepStrictEqual(wanted[field], stored[field]))
      changes.push({ field, cell: row.address[field], before: stored[field], after: wanted[field] });
  }
  if (changes.length === 0) return { kind: 'unchanged' };
  if (exported !== (current?.version ?? null)) return { kind: 'conflict', changes, currentVersion: current?.version ?? null };

  const input = { actionId: action.id, country, status, ...(note ? { note } : {}), evidenceUrls, ...(effectiveOn ? { effectiveOn } : {}) };
  const plan = planReportSubmission(current, input, {
    memberStateReporting: action.memberStateReporting,
    memberStates: context.memberStates,
    openRound: context.openRound,
    today: context.today,
    now: context.now,
    author: { id: viewer.id, name: viewer.name },
    adopted: context.adopted,
  });
  const problems = plan.ok ? [] : plan.problems.map((message) => problemAt(columnOfProblem(message, 'status'), message));
  return {
    kind: 'changed',
    changes,
    problems,
    write: { mutation: 'submitMemberStateReport', input: { ...input, ...(exported !== null ? { expectedVersion: exported } : {}) } },
  };
}

/** Fields every save sets: not what a person changed. */
const BOOKKEEPING_FIELDS = new Set([
  'version',
  'lastConfirmedAt',
  'reportedAt',
  'reportedBy',
  'reportedById',
  'roundId',
  'declaredHealthBy',
  'effectiveOn',
  'recordedAt',
]);

const versionAfter = (event: HistoryEventRecord) => (event.after as { version?: unknown } | undefined)?.version;

/**
 * The saves of an action (or of one country's report on it) after the version a row was
 * exported at, oldest first, and the values the row was exported with (each field's `before`
 * in the first save that changed it; a field no save touched is as stored). The values are
 * given only when the history read reaches back to the exported version without a gap.
 */
async function savesSince(
  context: PreviewContext,
  actionId: string,
  country: string | undefined,
  exported: number | null,
): Promise<{ saves: ConflictingSave[]; exportedValues?: Record<string, unknown> }> {
  const events = (await context.history(actionId))
    .filter((event) => (country ? event.country === country : !event.country))
    .filter((event) => {
      const version = versionAfter(event);
      return typeof version === 'number' && version > (exported ?? 0);
    })
    .reverse();
  const saves = events.map((event) => ({
    by: event.actorName,
    at: event.at,
    fields: Object.keys((event.after as Record<string, unknown> | undefined) ?? {}).filter((field) => !BOOKKEEPING_FIELDS.has(field)),
  }));
  const [first] = events;
  if (!first || versionAfter(first) !== (exported ?? 0) + 1) return { saves };
  const exportedValues: Record<string, unknown> = {};
  for (const event of [...events].reverse()) Object.assign(exportedValues, (event.before as Record<string, unknown> | undefined) ?? {});
  return { saves, exportedValues: Object.fromEntries(Object.entries(exportedValues).map(([field, value]) => [field, value ?? null])) };
}
