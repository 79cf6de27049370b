import type ExcelJS from 'exceljs';
import { deadlineInForce } from '../domain/action-update.js';
import type { Viewer } from '../domain/model.js';
import { authorize } from '../domain/permissions.js';
import { ACTION_STATUSES } from '../domain/model.js';
import { REPORT_STATUSES } from '../domain/reporting.js';
import type { ActionRecord, ReportRecord, StrategyState } from '../store/store.js';
import {
  ACTION_STATUS_LABELS,
  COLUMNS,
  REPORT_STATUS_LABELS,
  REVIEW_LABELS,
  SHEET_NAMES,
  instructions,
  type ColumnKey,
  type SheetKind,
  type WorkbookLanguage,
} from '../import/layout.js';
import { IMPORT_LIMITS } from '../import/zip-guard.js';
import { neutralise } from './sheet.js';
import { WORKBOOK_CREATOR } from './xlsx.js';

/**
 * GET /export/workbook.xlsx (issue 13): the editable workbook of what the signed-in person may
 * update, to be filled in offline and uploaded to POST /import/workbook.xlsx. A coordinator gets
 * every action, an owner their body's actions (the same rule as updateAction, permissions.ts),
 * a national contact their country's report on each member-state action. What they cannot
 * change is locked (sheet protection, no password: the server is the guard, the lock a help),
 * the statuses are drop-down lists, progress a whole number 0–100, dates real date cells, and
 * each row carries the version it was exported at in a hidden, locked column: the import tells
 * from it whether someone saved the action since.
 */
export type EditableRow = Partial<Record<ColumnKey, string | number | Date | null>>;

export interface EditableSheet {
  kind: SheetKind;
  rows: EditableRow[];
}

export class WorkbookForbidden extends Error {
  constructor() {
    super('There is nothing you can update: only coordinators, owning bodies and national contacts update actions or reports.');
    this.name = 'WorkbookForbidden';
  }
}

const day = (value: string | undefined) => (value ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null);

function actionRow(action: ActionRecord, language: WorkbookLanguage): EditableRow {
  return {
    ref: action.ref,
    text: [action.leadIn, action.text].filter(Boolean).join(' '),
    owners: action.owners.join(', '),
    deadline: day(deadlineInForce(action)),
    status: ACTION_STATUS_LABELS[action.status][language],
    progress: action.progress,
    forecastDate: day(action.forecastDate),
    evidenceUrls: action.evidenceUrls.join('\n'),
    note: action.note ?? '',
    effectiveOn: null,
    version: action.version,
  };
}

function reportRow(action: ActionRecord, country: string, report: ReportRecord | undefined, language: WorkbookLanguage): EditableRow {
  return {
    ref: action.ref,
    text: [action.leadIn, action.text].filter(Boolean).join(' '),
    country,
    review: REVIEW_LABELS[report?.review.state ?? 'NONE'][language],
    status: report ? REPORT_STATUS_LABELS[report.status][language] : null,
    evidenceUrls: report?.evidenceUrls.join('\n') ?? '',
    note: report?.note ?? '',
    effectiveOn: null,
    // A country's first report has no version yet: the cell stays empty.
    version: report?.version ?? null,
  };
}

/** The sheets a viewer may edit, from the current state. A viewer (read-only role) has none. */
export function editableSheets(state: Pick<StrategyState, 'actions' | 'reports'>, viewer: Viewer, language: WorkbookLanguage): EditableSheet[] {
  if (viewer.role === 'COORDINATOR' || viewer.role === 'OWNER') {
    const actions = state.actions.filter((action) => authorize(viewer, { kind: 'updateAction', owners: action.owners }).allowed);
    return [{ kind: 'actions', rows: actions.map((action) => actionRow(action, language)) }];
  }
  if (viewer.role === 'MEMBER_STATE' && viewer.country) {
    const country = viewer.country;
    const reports = new Map(state.reports.filter((report) => report.country === country).map((report) => [report.actionId, report]));
    const actions = state.actions.filter((action) => action.memberStateReporting);
    return [{ kind: 'reports', rows: actions.map((action) => reportRow(action, country, reports.get(action.id), language)) }];
  }
  throw new WorkbookForbidden();
}

const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E7E7' } };
const DATE_FORMAT = 'yyyy-mm-dd';

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export async function editableWorkbook(
  sheets: readonly EditableSheet[],
  options: {
    language: WorkbookLanguage;
    created: Date;
    title: string;
    /** The demo year's label (`npm start -- --demo`): on the instructions' first line, in the title and on every printed page; no column is added, so the layout stays the one the import checks. */
    demoLabel?: string;
  },
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: Excel } = await import('exceljs');
  const { language } = options;
  const workbook = new Excel.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.title = options.demoLabel ? `${options.demoLabel}: ${options.title}` : options.title;
  workbook.created = options.created;
  workbook.modified = options.created;

  const help = workbook.addWorksheet(SHEET_NAMES.instructions[language]);
  help.columns = [{ width: 120 }];
  const lines = [
    ...(options.demoLabel ? [options.demoLabel] : []),
    ...instructions(
      language,
      sheets.map((sheet) => sheet.kind),
      { rows: IMPORT_LIMITS.rows, megabytes: IMPORT_LIMITS.fileBytes / 1024 / 1024 },
    ),
  ];
  lines.forEach((line, index) => {
    const cell = help.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) cell.font = { bold: true, size: 14, ...(options.demoLabel ? { color: { argb: 'FFB00020' } } : {}) };
  });
  await help.protect('', { selectLockedCells: true, selectUnlockedCells: true });

  for (const sheet of sheets) {
    const columns = COLUMNS[sheet.kind];
    const worksheet = workbook.addWorksheet(SHEET_NAMES[sheet.kind][language], { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
    worksheet.columns = columns.map((column) => ({
      header: column.header[language],
      key: column.key,
      width: column.width,
      hidden: column.hidden ?? false,
      style: column.kind === 'date' ? { numFmt: DATE_FORMAT } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    if (options.demoLabel) worksheet.headerFooter = { oddHeader: options.demoLabel, oddFooter: options.demoLabel };
    const statusWords =
      sheet.kind === 'actions'
        ? ACTION_STATUSES.map((code) => ACTION_STATUS_LABELS[code][language])
        : REPORT_STATUSES.map((code) => REPORT_STATUS_LABELS[code][language]);

    sheet.rows.forEach((row, index) => {
      const rowNumber = index + 2;
      columns.forEach((column, columnIndex) => {
        const cell = worksheet.getCell(rowNumber, columnIndex + 1);
        const value = row[column.key] ?? null;
        // Locked text is neutralised as in every export; editable text is written as it is
        // stored (a string cell is never a formula), so an untouched cell reads back unchanged.
        cell.value = typeof value === 'string' && !column.editable ? neutralise(value) : value;
        cell.alignment = { wrapText: column.kind === 'text' && column.width >= 24, vertical: 'top' };
        if (column.editable) cell.protection = { locked: false };
        else cell.fill = LOCKED_FILL;
        switch (column.kind) {
          case 'status':
            cell.dataValidation = {
              type: 'list',
              allowBlank: sheet.kind === 'reports',
              // The list's words hold no comma or quote, in any of the three languages.
              formulae: [`"${statusWords.join(',')}"`],
              showErrorMessage: true,
              errorTitle: column.header[language],
              error: statusWords.join(', '),
            };
            break;
          case 'number':
            if (column.editable) {
              cell.dataValidation = {
                type: 'whole',
                operator: 'between',
                allowBlank: false,
                formulae: [0, 100],
                showErrorMessage: true,
                errorTitle: column.header[language],
                error: '0–100',
              };
            }
            break;
          case 'date':
            if (column.editable) {
              cell.numFmt = DATE_FORMAT;
              cell.dataValidation = {
                type: 'date',
                operator: 'greaterThan',
                allowBlank: true,
                formulae: [new Date('2000-01-01T00:00:00Z')],
                showErrorMessage: true,
                errorTitle: column.header[language],
                error: 'YYYY-MM-DD',
              };
            }
            break;
          case 'text':
            break;
        }
      });
    });
    columns.forEach((column, columnIndex) => {
      if (!column.editable) worksheet.getCell(1, columnIndex + 1).fill = LOCKED_FILL;
    });
    await worksheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
      insertRows: false,
      deleteRows: false,
      insertColumns: false,
      deleteColumns: false,
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
