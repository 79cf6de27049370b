import { GLOSSARY, VOCABULARY_LANGUAGES, type Glossary, type VocabularyLanguage } from '../domain/vocabulary.js';
import { countryName as domainCountryName } from '../domain/names.js';

/**
 * What an export says, in the reader's language: column headings, sheet names and the words
 * for every code a cell would otherwise carry. The states (status, health, report status,
 * review, roles) are the glossary's words (functions/domain/vocabulary.ts), the same the web
 * shows; the rest is the exports' own text. A code stays in the file only in a column of its
 * own, named for it ("Status code").
 */
export const EXPORT_LANGUAGES = VOCABULARY_LANGUAGES;
export type ExportLanguage = VocabularyLanguage;
export const DEFAULT_EXPORT_LANGUAGE: ExportLanguage = 'en';

/** Every column of every export, by key: rows.ts lays them out, this file names them. */
export type ColumnKey =
  | 'reference'
  | 'section'
  | 'sectionTitle'
  | 'subheading'
  | 'leadIn'
  | 'action'
  | 'kind'
  | 'owners'
  | 'partners'
  | 'deadlinePhrase'
  | 'baselineDeadline'
  | 'deadlineSource'
  | 'deadlineInForce'
  | 'deadlineRevisions'
  | 'slippage'
  | 'revisionLog'
  | 'recurring'
  | 'memberStatesReport'
  | 'status'
  | 'progress'
  | 'health'
  | 'declaredHealth'
  | 'healthDisagreement'
  | 'stale'
  | 'forecast'
  | 'note'
  | 'evidence'
  | 'lastConfirmed'
  | 'completed'
  | 'version'
  | 'statusCode'
  | 'healthCode'
  | 'declaredHealthCode'
  | 'kindCode'
  | 'deadlineSourceCode'
  | 'countryCode'
  | 'country'
  | 'round'
  | 'roundName'
  | 'reported'
  | 'reportedBy'
  | 'review'
  | 'reviewComment'
  | 'reviewed'
  | 'reviewedBy'
  | 'reviewCode'
  | 'at'
  | 'effectiveOn'
  | 'event'
  | 'by'
  | 'role'
  | 'userId'
  | 'fieldsChanged'
  | 'before'
  | 'after'
  | 'eventId'
  | 'eventCode'
  | 'roleCode';

export type EventType =
  | 'ACTION_UPDATED'
  | 'DEADLINE_REVISED'
  | 'CATALOGUE_CORRECTED'
  | 'REPORT_SUBMITTED'
  | 'REPORT_REVIEWED'
  | 'ROUND_OPENED'
  | 'ROUND_CLOSED'
  | 'PERSON_INVITED'
  | 'PERSON_UPDATED'
  | 'PERSON_DISABLED'
  | 'PERSON_ENABLED';

export interface ExportText {
  glossary: Glossary;
  columns: Record<ColumnKey, string>;
  sheets: { actions: string; reports: string; history: string };
  kind: Record<'BULLET' | 'SENTENCE', string>;
  deadlineSource: Record<'PHRASE' | 'REVIEW_DATE', string>;
  event: Record<EventType, string>;
  /** The fields a history event's before and after name, as a reader says them. */
  field: Record<string, string>;
  /** Between a field's name and its value: ": ", and in French a no-break space before the colon. */
  colon: string;
  yes: string;
  no: string;
  /** A field emptied by a change. */
  none: string;
  withheld: string;
  /** "2013-11-02: 2013-12-31 → 2014-06-30 by Coordinator (reason)" */
  revision: (revision: { revisedOn: string; previous: string; date: string; by: string; reason: string }) => string;
  metadata: {
    everything: string;
    asOf: (day: string) => string;
    range: (from: string | undefined, to: string) => string;
    describe: (what: string, reference: string, title: string, period: string) => string;
    start: string;
  };
}

const EN: ExportText = {
  glossary: GLOSSARY.en,
  columns: {
    reference: 'Reference',
    section: 'Section',
    sectionTitle: 'Section title',
    subheading: 'Sub-heading',
    leadIn: 'Requesting phrase',
    action: 'Action',
    kind: 'Kind',
    owners: 'Owners',
    partners: 'Partners',
    deadlinePhrase: 'Deadline phrase',
    baselineDeadline: 'Baseline deadline',
    deadlineSource: 'Baseline deadline source',
    deadlineInForce: 'Deadline in force',
    deadlineRevisions: 'Deadline revisions',
    slippage: 'Slippage (days)',
    revisionLog: 'Deadline revision log',
    recurring: 'Recurring',
    memberStatesReport: 'Member states report',
    status: 'Status',
    progress: 'Progress (%)',
    health: 'Health',
    declaredHealth: 'Declared health',
    healthDisagreement: 'Health disagreement',
    stale: 'Stale',
    forecast: 'Forecast completion',
    note: 'Note',
    evidence: 'Evidence links',
    lastConfirmed: 'Last confirmed (UTC)',
    completed: 'Completed (UTC)',
    version: 'Version',
    statusCode: 'Status code',
    healthCode: 'Health code',
    declaredHealthCode: 'Declared health code',
    kindCode: 'Kind code',
    deadlineSourceCode: 'Deadline source code',
    countryCode: 'Country code',
    country: 'Country',
    round: 'Round',
    roundName: 'Round name',
    reported: 'Reported (UTC)',
    reportedBy: 'Reported by',
    review: 'Review',
    reviewComment: 'Review comment',
    reviewed: 'Reviewed (UTC)',
    reviewedBy: 'Reviewed by',
    reviewCode: 'Review code',
    at: 'Recorded at (UTC)',
    effectiveOn: 'Took effect on',
    event: 'Event',
    by: 'By',
    role: 'Role',
    userId: 'User id',
    fieldsChanged: 'Fields changed',
    before: 'Before',
    after: 'After',
    eventId: 'Event id',
    eventCode: 'Event code',
    roleCode: 'Role code',
  },
  // Excel reserves the sheet name "History".
  sheets: { actions: 'Actions', reports: 'Member-state reports', history: 'Change history' },
  kind: { BULLET: 'Bullet under a lead-in', SENTENCE: 'Sentence of the strategy' },
  deadlineSource: { PHRASE: 'Deadline phrase', REVIEW_DATE: 'Review date (no deadline stated)' },
  event: {
    ACTION_UPDATED: 'Action updated',
    DEADLINE_REVISED: 'Deadline revised',
    CATALOGUE_CORRECTED: 'Catalogue corrected',
    REPORT_SUBMITTED: 'Report submitted',
    REPORT_REVIEWED: 'Report reviewed',
    ROUND_OPENED: 'Round opened',
    ROUND_CLOSED: 'Round closed',
    PERSON_INVITED: 'Person invited',
    PERSON_UPDATED: 'Person changed',
    PERSON_DISABLED: 'Person disabled',
    PERSON_ENABLED: 'Person enabled',
  },
  field: {
    status: 'Status',
    progress: 'Progress (%)',
    note: 'Note',
    evidenceUrls: 'Evidence links',
    forecastDate: 'Forecast completion',
    declaredHealth: 'Declared health',
    declaredHealthBy: 'Health declared by',
    lastConfirmedAt: 'Last confirmed (UTC)',
    completedAt: 'Completed (UTC)',
    effectiveOn: 'Effective on',
    deadline: 'Deadline',
    deadlineRevisions: 'Deadline revisions',
    text: 'Action',
    owners: 'Owners',
    partners: 'Partners',
    deadlinePhrase: 'Deadline phrase',
    baselineDeadline: 'Baseline deadline',
    deadlineSource: 'Baseline deadline source',
    leadIn: 'Requesting phrase',
    subheading: 'Sub-heading',
    recurring: 'Recurring',
    memberStateReporting: 'Member states report',
    kind: 'Kind',
    review: 'Review',
    state: 'Review',
    comment: 'Review comment',
    reviewedAt: 'Reviewed (UTC)',
    reviewedBy: 'Reviewed by',
    reportedAt: 'Reported (UTC)',
    reportedBy: 'Reported by',
    roundId: 'Round',
    name: 'Name',
    opens: 'Opens',
    closes: 'Closes',
    closedAt: 'Closed (UTC)',
    email: 'E-mail',
    role: 'Role',
    actor: 'Body',
    country: 'Country',
    disabled: 'Disabled',
    id: 'Identifier',
  },
  colon: ': ',
  yes: 'Yes',
  no: 'No',
  none: '(none)',
  withheld: 'Withheld until the report is accepted',
  revision: ({ revisedOn, previous, date, by, reason }) => `${revisedOn}: ${previous} → ${date} by ${by} (${reason})`,
  metadata: {
    everything: 'Actions, member-state reports and history',
    asOf: (day) => `as of ${day}`,
    range: (from, to) => `changes from ${from ?? 'the start'} to ${to}`,
    describe: (what, reference, title, period) => `${what} of ${reference} (${title}), ${period}. Dates and times are UTC.`,
    start: 'the start',
  },
};

const FR: ExportText = {
  glossary: GLOSSARY.fr,
  columns: {
    reference: 'Référence',
    section: 'Section',
    sectionTitle: 'Titre de la section',
    subheading: 'Sous-titre',
    leadIn: 'Formule de demande',
    action: 'Action',
    kind: 'Forme',
    owners: 'Responsables',
    partners: 'Partenaires',
    deadlinePhrase: 'Échéance (texte)',
    baselineDeadline: 'Échéance initiale',
    deadlineSource: 'Source de l’échéance initiale',
    deadlineInForce: 'Échéance en vigueur',
    deadlineRevisions: 'Révisions de l’échéance',
    slippage: 'Glissement (jours)',
    revisionLog: 'Journal des révisions de l’échéance',
    recurring: 'Récurrente',
    memberStatesReport: 'Rapports des États membres',
    status: 'État',
    progress: 'Avancement (%)',
    health: 'Santé',
    declaredHealth: 'Santé déclarée',
    healthDisagreement: 'Santé contestée',
    stale: 'Non confirmée',
    forecast: 'Achèvement prévu',
    note: 'Note',
    evidence: 'Liens vers les preuves',
    lastConfirmed: 'Dernière confirmation (UTC)',
    completed: 'Achèvement (UTC)',
    version: 'Version',
    statusCode: 'Code de l’état',
    healthCode: 'Code de la santé',
    declaredHealthCode: 'Code de la santé déclarée',
    kindCode: 'Code de la forme',
    deadlineSourceCode: 'Code de la source de l’échéance',
    countryCode: 'Code du pays',
    country: 'Pays',
    round: 'Campagne',
    roundName: 'Nom de la campagne',
    reported: 'Rapport (UTC)',
    reportedBy: 'Rapport de',
    review: 'Examen',
    reviewComment: 'Commentaire de l’examen',
    reviewed: 'Examiné (UTC)',
    reviewedBy: 'Examiné par',
    reviewCode: 'Code de l’examen',
    at: 'Enregistré le (UTC)',
    effectiveOn: 'Date d’effet',
    event: 'Événement',
    by: 'Par',
    role: 'Rôle',
    userId: 'Identifiant',
    fieldsChanged: 'Champs modifiés',
    before: 'Avant',
    after: 'Après',
    eventId: 'Identifiant de l’événement',
    eventCode: 'Code de l’événement',
    roleCode: 'Code du rôle',
  },
  sheets: { actions: 'Actions', reports: 'Rapports des États membres', history: 'Historique des changements' },
  kind: { BULLET: 'Point sous une formule de demande', SENTENCE: 'Phrase de la stratégie' },
  deadlineSource: { PHRASE: 'Échéance du texte', REVIEW_DATE: 'Date du réexamen (aucune échéance fixée)' },
  event: {
    ACTION_UPDATED: 'Action mise à jour',
    DEADLINE_REVISED: 'Échéance révisée',
    CATALOGUE_CORRECTED: 'Catalogue corrigé',
    REPORT_SUBMITTED: 'Rapport soumis',
    REPORT_REVIEWED: 'Rapport examiné',
    ROUND_OPENED: 'Campagne ouverte',
    ROUND_CLOSED: 'Campagne close',
    PERSON_INVITED: 'Personne invitée',
    PERSON_UPDATED: 'Personne modifiée',
    PERSON_DISABLED: 'Personne désactivée',
    PERSON_ENABLED: 'Personne réactivée',
  },
  field: {
    status: 'État',
    progress: 'Avancement (%)',
    note: 'Note',
    evidenceUrls: 'Liens vers les preuves',
    forecastDate: 'Achèvement prévu',
    declaredHealth: 'Santé déclarée',
    declaredHealthBy: 'Santé déclarée par',
    lastConfirmedAt: 'Dernière confirmation (UTC)',
    completedAt: 'Achèvement (UTC)',
    effectiveOn: 'Date d’effet',
    deadline: 'Échéance',
    deadlineRevisions: 'Révisions de l’échéance',
    text: 'Action',
    owners: 'Responsables',
    partners: 'Partenaires',
    deadlinePhrase: 'Échéance (texte)',
    baselineDeadline: 'Échéance initiale',
    deadlineSource: 'Source de l’échéance initiale',
    leadIn: 'Formule de demande',
    subheading: 'Sous-titre',
    recurring: 'Récurrente',
    memberStateReporting: 'Rapports des États membres',
    kind: 'Forme',
    review: 'Examen',
    state: 'Examen',
    comment: 'Commentaire de l’examen',
    reviewedAt: 'Examiné (UTC)',
    reviewedBy: 'Examiné par',
    reportedAt: 'Rapport (UTC)',
    reportedBy: 'Rapport de',
    roundId: 'Campagne',
    name: 'Nom',
    opens: 'Ouverture',
    closes: 'Clôture',
    closedAt: 'Close (UTC)',
    email: 'Courriel',
    role: 'Rôle',
    actor: 'Organisme',
    country: 'Pays',
    disabled: 'Désactivée',
    id: 'Identifiant',
  },
  colon: '\u00a0: ',
  yes: 'Oui',
  no: 'Non',
  none: '(aucun)',
  withheld: 'Masqué jusqu’à l’acceptation du rapport',
  revision: ({ revisedOn, previous, date, by, reason }) => `${revisedOn}\u00a0: ${previous} → ${date} par ${by} (${reason})`,
  metadata: {
    everything: 'Actions, rapports des États membres et historique',
    asOf: (day) => `au ${day}`,
    range: (from, to) => `changements du ${from ?? 'début'} au ${to}`,
    describe: (what, reference, title, period) => `${what} de ${reference} (${title}), ${period}. Les dates et heures sont en UTC.`,
    start: 'début',
  },
};

const DE: ExportText = {
  glossary: GLOSSARY.de,
  columns: {
    reference: 'Nummer',
    section: 'Abschnitt',
    sectionTitle: 'Titel des Abschnitts',
    subheading: 'Zwischenüberschrift',
    leadIn: 'Einleitender Satz',
    action: 'Maßnahme',
    kind: 'Form',
    owners: 'Zuständig',
    partners: 'Partner',
    deadlinePhrase: 'Frist (Wortlaut)',
    baselineDeadline: 'Ursprüngliche Frist',
    deadlineSource: 'Quelle der ursprünglichen Frist',
    deadlineInForce: 'Geltende Frist',
    deadlineRevisions: 'Friständerungen',
    slippage: 'Verzug (Tage)',
    revisionLog: 'Protokoll der Friständerungen',
    recurring: 'Wiederkehrend',
    memberStatesReport: 'Berichte der Mitgliedstaaten',
    status: 'Status',
    progress: 'Fortschritt (%)',
    health: 'Zustand',
    declaredHealth: 'Erklärter Zustand',
    healthDisagreement: 'Zustand abweichend',
    stale: 'Veraltet',
    forecast: 'Erwarteter Abschluss',
    note: 'Notiz',
    evidence: 'Nachweise (Links)',
    lastConfirmed: 'Zuletzt bestätigt (UTC)',
    completed: 'Abgeschlossen am (UTC)',
    version: 'Version',
    statusCode: 'Statuscode',
    healthCode: 'Zustandscode',
    declaredHealthCode: 'Code des erklärten Zustands',
    kindCode: 'Code der Form',
    deadlineSourceCode: 'Code der Fristquelle',
    countryCode: 'Ländercode',
    country: 'Land',
    round: 'Berichtsrunde',
    roundName: 'Name der Berichtsrunde',
    reported: 'Berichtet (UTC)',
    reportedBy: 'Berichtet von',
    review: 'Prüfung',
    reviewComment: 'Kommentar der Prüfung',
    reviewed: 'Geprüft (UTC)',
    reviewedBy: 'Geprüft von',
    reviewCode: 'Prüfungscode',
    at: 'Erfasst am (UTC)',
    effectiveOn: 'Wirksam am',
    event: 'Ereignis',
    by: 'Von',
    role: 'Rolle',
    userId: 'Benutzerkennung',
    fieldsChanged: 'Geänderte Felder',
    before: 'Vorher',
    after: 'Nachher',
    eventId: 'Ereigniskennung',
    eventCode: 'Ereigniscode',
    roleCode: 'Rollencode',
  },
  sheets: { actions: 'Maßnahmen', reports: 'Berichte der Mitgliedstaaten', history: 'Änderungsverlauf' },
  kind: { BULLET: 'Aufzählungspunkt unter einem einleitenden Satz', SENTENCE: 'Satz der Strategie' },
  deadlineSource: { PHRASE: 'Frist aus dem Wortlaut', REVIEW_DATE: 'Überprüfungstermin (keine Frist genannt)' },
  event: {
    ACTION_UPDATED: 'Maßnahme aktualisiert',
    DEADLINE_REVISED: 'Frist geändert',
    CATALOGUE_CORRECTED: 'Katalog berichtigt',
    REPORT_SUBMITTED: 'Bericht eingereicht',
    REPORT_REVIEWED: 'Bericht geprüft',
    ROUND_OPENED: 'Berichtsrunde eröffnet',
    ROUND_CLOSED: 'Berichtsrunde geschlossen',
    PERSON_INVITED: 'Person eingeladen',
    PERSON_UPDATED: 'Person geändert',
    PERSON_DISABLED: 'Person deaktiviert',
    PERSON_ENABLED: 'Person aktiviert',
  },
  field: {
    status: 'Status',
    progress: 'Fortschritt (%)',
    note: 'Notiz',
    evidenceUrls: 'Nachweise (Links)',
    forecastDate: 'Erwarteter Abschluss',
    declaredHealth: 'Erklärter Zustand',
    declaredHealthBy: 'Zustand erklärt von',
    lastConfirmedAt: 'Zuletzt bestätigt (UTC)',
    completedAt: 'Abgeschlossen am (UTC)',
    effectiveOn: 'Wirksam am',
    deadline: 'Frist',
    deadlineRevisions: 'Friständerungen',
    text: 'Maßnahme',
    owners: 'Zuständig',
    partners: 'Partner',
    deadlinePhrase: 'Frist (Wortlaut)',
    baselineDeadline: 'Ursprüngliche Frist',
    deadlineSource: 'Quelle der ursprünglichen Frist',
    leadIn: 'Einleitender Satz',
    subheading: 'Zwischenüberschrift',
    recurring: 'Wiederkehrend',
    memberStateReporting: 'Berichte der Mitgliedstaaten',
    kind: 'Form',
    review: 'Prüfung',
    state: 'Prüfung',
    comment: 'Kommentar der Prüfung',
    reviewedAt: 'Geprüft (UTC)',
    reviewedBy: 'Geprüft von',
    reportedAt: 'Berichtet (UTC)',
    reportedBy: 'Berichtet von',
    roundId: 'Berichtsrunde',
    name: 'Name',
    opens: 'Beginn',
    closes: 'Ende',
    closedAt: 'Geschlossen (UTC)',
    email: 'E-Mail',
    role: 'Rolle',
    actor: 'Stelle',
    country: 'Land',
    disabled: 'Deaktiviert',
    id: 'Kennung',
  },
  colon: ': ',
  yes: 'Ja',
  no: 'Nein',
  none: '(keine)',
  withheld: 'Zurückgehalten, bis der Bericht angenommen ist',
  revision: ({ revisedOn, previous, date, by, reason }) => `${revisedOn}: ${previous} → ${date} von ${by} (${reason})`,
  metadata: {
    everything: 'Maßnahmen, Berichte der Mitgliedstaaten und Verlauf',
    asOf: (day) => `Stand ${day}`,
    range: (from, to) => `Änderungen von ${from ?? 'Beginn'} bis ${to}`,
    describe: (what, reference, title, period) => `${what} zu ${reference} (${title}), ${period}. Datum und Uhrzeit in UTC.`,
    start: 'Beginn',
  },
};

export const EXPORT_TEXT: Record<ExportLanguage, ExportText> = { en: EN, fr: FR, de: DE };

/** A word for a code from a table of words; an unknown code (from a newer server) stays as it is. */
export function labelOf<T extends Record<string, string>>(words: T, code: string | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  return Object.hasOwn(words, code) ? (words[code] as string) : code;
}

/**
 * A member state's name in the reader's language, by the one rule of functions/domain/names.ts
 * (the web's too): English keeps the catalogue's name; French and German take ICU's, else the
 * catalogue's; a code the platform does not know and the catalogue does not name is left empty.
 */
export function countryName(code: string, language: ExportLanguage, english?: string): string | null {
  const name = domainCountryName(code, language, english);
  return name === code && english === undefined ? null : name;
}
