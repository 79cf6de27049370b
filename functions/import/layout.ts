import { ACTION_STATUSES, type ActionStatus } from '../domain/model.js';
import { REPORT_STATUSES, type ReportStatus } from '../domain/reporting.js';
import { GLOSSARY, type Glossary } from '../domain/vocabulary.js';

/**
 * The editable workbook's layout (issue 13): its sheets, their columns in order, and the words
 * a reader sees in English, French or German. The export (functions/export/workbook.ts) writes
 * it and the import (functions/import/read-workbook.ts) checks an upload against it, so the two
 * cannot drift apart. A sheet or a header is recognised in any of the three languages: a file
 * downloaded in French may be uploaded by a colleague reading German.
 */
export const WORKBOOK_LANGUAGES = ['en', 'fr', 'de'] as const;
export type WorkbookLanguage = (typeof WORKBOOK_LANGUAGES)[number];

export function workbookLanguage(value: string | null | undefined): WorkbookLanguage {
  return (WORKBOOK_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as WorkbookLanguage) : 'en';
}

type Words = Record<WorkbookLanguage, string>;

export type SheetKind = 'actions' | 'reports';

export const SHEET_NAMES: Record<SheetKind | 'instructions', Words> = {
  instructions: { en: 'Instructions', fr: 'Mode d’emploi', de: 'Anleitung' },
  actions: { en: 'Actions', fr: 'Actions', de: 'Maßnahmen' },
  reports: { en: 'Member-state reports', fr: 'Rapports des États', de: 'Berichte der Staaten' },
};

/** What a column holds; `editable` columns are unlocked, the others locked (sheet protection). */
export type ColumnKey =
  | 'ref'
  | 'text'
  | 'owners'
  | 'deadline'
  | 'country'
  | 'review'
  | 'status'
  | 'progress'
  | 'forecastDate'
  | 'evidenceUrls'
  | 'note'
  | 'effectiveOn'
  | 'version';

export interface WorkbookColumn {
  key: ColumnKey;
  header: Words;
  width: number;
  editable: boolean;
  kind: 'text' | 'date' | 'number' | 'status';
  hidden?: boolean;
}

const HEADERS: Record<ColumnKey, Words> = {
  ref: { en: 'Reference', fr: 'Référence', de: 'Referenz' },
  text: { en: 'Action (as written in the strategy)', fr: 'Action (texte de la stratégie)', de: 'Maßnahme (Wortlaut der Strategie)' },
  owners: { en: 'Owners', fr: 'Responsables', de: 'Zuständig' },
  deadline: { en: 'Deadline in force', fr: 'Échéance en vigueur', de: 'Geltende Frist' },
  country: { en: 'Country', fr: 'Pays', de: 'Land' },
  review: { en: 'Review of the current report', fr: 'Examen du rapport actuel', de: 'Prüfung des aktuellen Berichts' },
  status: { en: 'Status', fr: 'Statut', de: 'Status' },
  progress: { en: 'Progress (0–100)', fr: 'Avancement (0–100)', de: 'Fortschritt (0–100)' },
  forecastDate: { en: 'Forecast completion', fr: 'Achèvement prévu', de: 'Voraussichtlicher Abschluss' },
  evidenceUrls: { en: 'Evidence links (one per line)', fr: 'Liens vers les preuves (un par ligne)', de: 'Belege (ein Link pro Zeile)' },
  note: { en: 'Note', fr: 'Note', de: 'Notiz' },
  effectiveOn: { en: 'When did this happen?', fr: 'Quand est-ce arrivé ?', de: 'Wann ist das geschehen?' },
  version: { en: 'Version exported (do not edit)', fr: 'Version exportée (ne pas modifier)', de: 'Exportierte Version (nicht ändern)' },
};

const column = (key: ColumnKey, width: number, kind: WorkbookColumn['kind'], editable: boolean, hidden = false): WorkbookColumn => ({
  key,
  header: HEADERS[key],
  width,
  kind,
  editable,
  ...(hidden ? { hidden } : {}),
});

export const COLUMNS: Record<SheetKind, readonly WorkbookColumn[]> = {
  actions: [
    column('ref', 11, 'text', false),
    column('text', 60, 'text', false),
    column('owners', 18, 'text', false),
    column('deadline', 14, 'date', false),
    column('status', 16, 'status', true),
    column('progress', 12, 'number', true),
    column('forecastDate', 14, 'date', true),
    column('evidenceUrls', 40, 'text', true),
    column('note', 40, 'text', true),
    column('effectiveOn', 14, 'date', true),
    column('version', 10, 'number', false, true),
  ],
  reports: [
    column('ref', 11, 'text', false),
    column('text', 60, 'text', false),
    column('country', 9, 'text', false),
    column('review', 18, 'text', false),
    column('status', 16, 'status', true),
    column('evidenceUrls', 40, 'text', true),
    column('note', 40, 'text', true),
    column('effectiveOn', 14, 'date', true),
    column('version', 10, 'number', false, true),
  ],
};

/**
 * The status words of the drop-down lists, per language: the glossary's (functions/domain/vocabulary.ts),
 * the words every page and export uses; the API's own codes are accepted too.
 */
const glossaryWords = <C extends string>(section: (glossary: Glossary) => Record<C, string>, codes: readonly C[]): Record<C, Words> =>
  Object.fromEntries(
    codes.map((code) => [code, { en: section(GLOSSARY.en)[code], fr: section(GLOSSARY.fr)[code], de: section(GLOSSARY.de)[code] }]),
  ) as Record<C, Words>;

export const ACTION_STATUS_LABELS: Record<ActionStatus, Words> = glossaryWords((glossary) => glossary.status, ACTION_STATUSES);

export const REPORT_STATUS_LABELS: Record<ReportStatus, Words> = glossaryWords((glossary) => glossary.reportStatus, REPORT_STATUSES);

export const REVIEW_LABELS: Record<'SUBMITTED' | 'ACCEPTED' | 'RETURNED' | 'NONE', Words> = {
  NONE: glossaryWords((glossary) => glossary.reportStatus, ['NOT_REPORTED'] as const).NOT_REPORTED,
  ...glossaryWords((glossary) => glossary.reviewState, ['SUBMITTED', 'ACCEPTED', 'RETURNED'] as const),
};

const normalise = (text: string) =>
  text
    .trim()
    .toLocaleLowerCase('en')
    .replace(/[\s_]+/g, ' ');

function statusReader<S extends string>(codes: readonly S[], labels: Record<S, Words>): (text: string) => S | undefined {
  const byWord = new Map<string, S>();
  for (const code of codes) {
    byWord.set(normalise(code), code);
    for (const language of WORKBOOK_LANGUAGES) byWord.set(normalise(labels[code][language]), code);
  }
  return (text) => byWord.get(normalise(text));
}

/** A status cell's word (in any language, or the API's code) as the API's code. */
export const readActionStatus = statusReader(ACTION_STATUSES, ACTION_STATUS_LABELS);
export const readReportStatus = statusReader(REPORT_STATUSES, REPORT_STATUS_LABELS);

/** Which sheet a name is, in any language; undefined for a sheet the workbook never had. */
export function sheetKindOf(name: string): SheetKind | 'instructions' | undefined {
  const wanted = normalise(name);
  return (Object.keys(SHEET_NAMES) as (SheetKind | 'instructions')[]).find((kind) =>
    WORKBOOK_LANGUAGES.some((language) => normalise(SHEET_NAMES[kind][language]) === wanted),
  );
}

/** Whether a header cell names this column, in any language. */
export function isHeaderOf(text: string, wanted: WorkbookColumn): boolean {
  return WORKBOOK_LANGUAGES.some((language) => normalise(wanted.header[language]) === normalise(text));
}

/** The instructions sheet, one paragraph a line. */
export function instructions(language: WorkbookLanguage, sheets: readonly SheetKind[], limits: { rows: number; megabytes: number }): string[] {
  const names = sheets.map((sheet) => `"${SHEET_NAMES[sheet][language]}"`).join(', ');
  switch (language) {
    case 'fr':
      return [
        'Mettre à jour depuis un tableur',
        `1. Modifiez les cellules blanches de la feuille ${names} : statut (liste), avancement (nombre entier de 0 à 100), dates (AAAA-MM-JJ), liens (un par ligne) et note.`,
        '2. Les cellules grises (référence, texte de la stratégie, responsables, échéance, version) sont verrouillées : ne les modifiez pas, ne renommez pas les feuilles et ne déplacez pas les colonnes.',
        '3. « Quand est-ce arrivé ? » : le jour où le changement a eu lieu ; laissez vide pour aujourd’hui.',
        '4. Dans Strategy Tracker, page « Mettre à jour depuis un tableur », envoyez le fichier : un aperçu montre chaque ligne modifiée, invalide ou en conflit avant que rien ne soit enregistré.',
        '5. Une ligne modifiée par quelqu’un d’autre depuis ce téléchargement est en conflit : elle n’écrase jamais leur changement. Téléchargez un nouveau fichier pour la reprendre.',
        `Au plus ${limits.rows} lignes et ${limits.megabytes} Mo par fichier. Les formules ne sont pas calculées : leur texte est lu tel quel.`,
      ];
    case 'de':
      return [
        'Aus einer Tabelle aktualisieren',
        `1. Ändern Sie die weißen Zellen im Blatt ${names}: Status (Liste), Fortschritt (ganze Zahl von 0 bis 100), Daten (JJJJ-MM-TT), Links (einer pro Zeile) und Notiz.`,
        '2. Die grauen Zellen (Referenz, Wortlaut der Strategie, Zuständige, Frist, Version) sind gesperrt: Ändern Sie sie nicht, benennen Sie keine Blätter um und verschieben Sie keine Spalten.',
        '3. „Wann ist das geschehen?“: der Tag, an dem die Änderung eintrat; leer lassen für heute.',
        '4. Laden Sie die Datei in Strategy Tracker auf der Seite „Aus einer Tabelle aktualisieren“ hoch: Eine Vorschau zeigt jede geänderte, ungültige oder widersprüchliche Zeile, bevor etwas gespeichert wird.',
        '5. Eine Zeile, die seit diesem Download jemand anderes geändert hat, steht im Konflikt: Sie überschreibt dessen Änderung nie. Laden Sie eine neue Datei herunter, um sie erneut zu bearbeiten.',
        `Höchstens ${limits.rows} Zeilen und ${limits.megabytes} MB pro Datei. Formeln werden nicht berechnet: Ihr Text wird als Text gelesen.`,
      ];
    default:
      return [
        'Update from a spreadsheet',
        `1. Change the white cells of the ${names} sheet: status (a list), progress (a whole number from 0 to 100), dates (YYYY-MM-DD), links (one per line) and note.`,
        '2. The grey cells (reference, the strategy’s text, owners, deadline, version) are locked: do not change them, rename the sheets or move the columns.',
        '3. "When did this happen?": the day the change took place; leave it empty for today.',
        '4. In Strategy Tracker, on the "Update from a spreadsheet" page, upload the file: a preview shows every changed, invalid or conflicting row before anything is saved.',
        '5. A row that someone else changed since this download is a conflict: it never overwrites their change. Download a new file to redo it.',
        `At most ${limits.rows} rows and ${limits.megabytes} MB a file. Formulas are not calculated: their text is read as text.`,
      ];
  }
}
