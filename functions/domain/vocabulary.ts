import type { ActionStatus, Health, Role } from './model.js';
import type { ReportStatus, ReviewState } from './reporting.js';

/**
 * The glossary: one word per state, per language. The web shows these words (its `common`
 * namespace, web/src/i18n/common/<language>.json, is checked against this module by
 * test/unit/vocabulary.test.ts) and the exports write them (functions/export/labels.ts), so a
 * state reads the same on every page and in every file. docs/GLOSSARY.md lists them.
 *
 * Pure data: the web may import it, and functions/ never imports web/.
 */
export const VOCABULARY_LANGUAGES = ['en', 'fr', 'de'] as const;
export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];

export interface Glossary {
  /** An action's lifecycle, set by its owner. */
  status: Record<ActionStatus, string>;
  /** An action's health, computed for a day (functions/domain/health.ts). */
  health: Record<Health, string>;
  /** A member state's report on its part of an action; NOT_REPORTED: no report in the round. */
  reportStatus: Record<ReportStatus | 'NOT_REPORTED', string>;
  /** Where a member state's report stands with the coordinators. */
  reviewState: Record<ReviewState, string>;
  /** Flags beside the two axes. */
  flag: { STALE: string };
  role: Record<Role, string>;
}

/**
 * A state that two axes share has one word: health DONE is exactly the status COMPLETED
 * (health.ts), so both read "Completed"; a country's report uses the action's words for the
 * states it shares with the lifecycle (not started, in progress, completed).
 */
export const GLOSSARY: Record<VocabularyLanguage, Glossary> = {
  en: {
    status: { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', COMPLETED: 'Completed', ONGOING: 'Ongoing', DISCONTINUED: 'Discontinued' },
    health: { DONE: 'Completed', ON_TRACK: 'On track', AT_RISK: 'At risk', OVERDUE: 'Overdue' },
    reportStatus: {
      NOT_STARTED: 'Not started',
      PLANNED: 'Planned',
      IN_PROGRESS: 'In progress',
      COMPLETED: 'Completed',
      NOT_APPLICABLE: 'Not applicable',
      NOT_REPORTED: 'Not reported',
    },
    reviewState: { SUBMITTED: 'Awaiting review', ACCEPTED: 'Accepted', RETURNED: 'Returned' },
    flag: { STALE: 'Stale' },
    role: { COORDINATOR: 'Coordinator', OWNER: 'Owner', MEMBER_STATE: 'Member-state contact', VIEWER: 'Viewer' },
  },
  fr: {
    status: { NOT_STARTED: 'Non commencée', IN_PROGRESS: 'En cours', COMPLETED: 'Achevée', ONGOING: 'Continue', DISCONTINUED: 'Abandonnée' },
    health: { DONE: 'Achevée', ON_TRACK: 'Dans les temps', AT_RISK: 'À risque', OVERDUE: 'En retard' },
    reportStatus: {
      NOT_STARTED: 'Non commencée',
      PLANNED: 'Prévue',
      IN_PROGRESS: 'En cours',
      COMPLETED: 'Achevée',
      NOT_APPLICABLE: 'Sans objet',
      NOT_REPORTED: 'Pas de rapport',
    },
    reviewState: { SUBMITTED: 'En attente d’examen', ACCEPTED: 'Accepté', RETURNED: 'Renvoyé' },
    flag: { STALE: 'Non confirmée' },
    role: { COORDINATOR: 'Coordinateur', OWNER: 'Responsable', MEMBER_STATE: 'Point de contact national', VIEWER: 'Lecteur' },
  },
  de: {
    status: {
      NOT_STARTED: 'Nicht begonnen',
      IN_PROGRESS: 'In Arbeit',
      COMPLETED: 'Abgeschlossen',
      ONGOING: 'Fortlaufend',
      DISCONTINUED: 'Eingestellt',
    },
    health: { DONE: 'Abgeschlossen', ON_TRACK: 'Im Plan', AT_RISK: 'Gefährdet', OVERDUE: 'Überfällig' },
    reportStatus: {
      NOT_STARTED: 'Nicht begonnen',
      PLANNED: 'Geplant',
      IN_PROGRESS: 'In Arbeit',
      COMPLETED: 'Abgeschlossen',
      NOT_APPLICABLE: 'Nicht zutreffend',
      NOT_REPORTED: 'Kein Bericht',
    },
    reviewState: { SUBMITTED: 'Wartet auf Prüfung', ACCEPTED: 'Angenommen', RETURNED: 'Zurückgegeben' },
    flag: { STALE: 'Veraltet' },
    role: { COORDINATOR: 'Koordinator/in', OWNER: 'Verantwortliche/r', MEMBER_STATE: 'Nationale Kontaktperson', VIEWER: 'Leser/in' },
  },
};

/** The glossary's sections, as the web's `common` namespace keys them. */
export const GLOSSARY_SECTIONS = ['status', 'health', 'reportStatus', 'reviewState', 'flag', 'role'] as const satisfies readonly (keyof Glossary)[];

export function isVocabularyLanguage(value: string): value is VocabularyLanguage {
  return (VOCABULARY_LANGUAGES as readonly string[]).includes(value);
}
