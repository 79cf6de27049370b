import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import commonDe from '../../i18n/common/de.json';
import commonEn from '../../i18n/common/en.json';
import commonFr from '../../i18n/common/fr.json';
import changesDe from './i18n/de.json';
import changesEn from './i18n/en.json';
import changesFr from './i18n/fr.json';
import { phraseChange, phraseCounts, plainText, type ChangeFields, type CountsInput, type PhraseContext } from './phrasing';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    fallbackLng: false,
    defaultNS: 'changes',
    interpolation: { escapeValue: false },
    resources: {
      en: { common: commonEn, changes: changesEn },
      fr: { common: commonFr, changes: changesFr },
      de: { common: commonDe, changes: changesDe },
    },
  });
});

function context(language: string): PhraseContext {
  return { t: i18n.getFixedT(language, 'changes'), language, roundName: (id) => (id === 'round-1' ? 'Spring 2014' : undefined) };
}

const base: ChangeFields = {
  kind: 'ACTION_UPDATED',
  actionId: '2.1-03',
  ref: '2.1-03',
  country: null,
  roundId: null,
  author: { name: 'Anna Berg' },
  fromStatus: null,
  toStatus: null,
  fromProgress: null,
  toProgress: null,
  fromDeadline: null,
  toDeadline: null,
  reportStatus: null,
  reviewState: null,
  changedFields: [],
};

/** French and German put a (narrow) no-break space before %: compared here as a plain space. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const say = (change: Partial<ChangeFields>, language = 'en') => spaces(plainText(phraseChange({ ...base, ...change }, context(language))));

describe('a change as a sentence', () => {
  it('says a status change with its progress, in each language’s own quotation marks', () => {
    const change = { kind: 'STATUS_CHANGED', fromStatus: 'NOT_STARTED', toStatus: 'IN_PROGRESS', fromProgress: 0, toProgress: 20 } as const;
    expect(say(change)).toBe('Anna Berg moved action 2.1-03 from “Not started” to “In progress”, progress 0% to 20%.');
    expect(say(change, 'fr')).toBe('Anna Berg a fait passer l’action 2.1-03 de « Non commencée » à « En cours », avancement de 0 % à 20 %.');
    expect(say(change, 'de')).toBe('Anna Berg hat die Maßnahme 2.1-03 von „Nicht begonnen“ auf „In Arbeit“ gesetzt, Fortschritt von 0 % auf 20 %.');
  });

  it('says a status change without progress, a first status, and a completion plainly', () => {
    expect(say({ kind: 'STATUS_CHANGED', fromStatus: 'IN_PROGRESS', toStatus: 'ONGOING' })).toBe(
      'Anna Berg moved action 2.1-03 from “In progress” to “Ongoing”.',
    );
    expect(say({ kind: 'STATUS_CHANGED', toStatus: 'IN_PROGRESS' })).toBe('Anna Berg set action 2.1-03 to “In progress”.');
    expect(say({ kind: 'STATUS_CHANGED', fromStatus: 'IN_PROGRESS', toStatus: 'COMPLETED', fromProgress: 80, toProgress: 100 }, 'de')).toBe(
      'Anna Berg hat die Maßnahme 2.1-03 als abgeschlossen gemeldet, Fortschritt von 80 % auf 100 %.',
    );
    expect(say({ kind: 'STATUS_CHANGED', fromStatus: 'IN_PROGRESS', toStatus: 'COMPLETED' }, 'fr')).toBe(
      'Anna Berg a déclaré l’action 2.1-03 achevée.',
    );
  });

  it('tells a progress move up from one down', () => {
    expect(say({ kind: 'PROGRESS_MOVED', fromProgress: 20, toProgress: 45 })).toBe('Anna Berg raised the progress of action 2.1-03 from 20% to 45%.');
    expect(say({ kind: 'PROGRESS_MOVED', fromProgress: 45, toProgress: 30 }, 'de')).toBe(
      'Anna Berg hat den Fortschritt der Maßnahme 2.1-03 von 45 % auf 30 % gesenkt.',
    );
  });

  it('tells a postponed deadline from one brought forward, with the dates written out', () => {
    expect(say({ kind: 'DEADLINE_REVISED', fromDeadline: '2013-12-31', toDeadline: '2014-06-30' })).toBe(
      'Anna Berg postponed the deadline of action 2.1-03 from 31 December 2013 to 30 June 2014.',
    );
    expect(say({ kind: 'DEADLINE_REVISED', fromDeadline: '2013-12-31', toDeadline: '2014-06-30' }, 'fr')).toBe(
      'Anna Berg a reporté l’échéance de l’action 2.1-03 du 31 décembre 2013 au 30 juin 2014.',
    );
    expect(say({ kind: 'DEADLINE_REVISED', fromDeadline: '2014-06-30', toDeadline: '2014-03-31' }, 'de')).toBe(
      'Anna Berg hat die Frist der Maßnahme 2.1-03 vom 30. Juni 2014 auf den 31. März 2014 vorgezogen.',
    );
  });

  it('names the fields of another update, leaving out the bookkeeping every update touches', () => {
    expect(say({ changedFields: ['evidenceUrls', 'lastConfirmedAt', 'note'] })).toBe(
      'Anna Berg updated the evidence links and note of action 2.1-03.',
    );
    expect(say({ changedFields: ['note'] }, 'fr')).toBe('Anna Berg a modifié la note de l’action 2.1-03.');
    expect(say({ changedFields: ['lastConfirmedAt'] })).toBe('Anna Berg confirmed the state of action 2.1-03.');
    expect(say({ kind: 'CATALOGUE_CORRECTED', changedFields: ['text'] }, 'de')).toBe(
      'Anna Berg hat den Text der Maßnahme 2.1-03 im Katalog berichtigt.',
    );
  });

  it('says member-state reports and reviews with the country named in the reader’s language', () => {
    expect(say({ kind: 'REPORT_SUBMITTED', country: 'DE', reportStatus: 'IN_PROGRESS' })).toBe(
      'The national contact for Germany reported “In progress” on action 2.1-03.',
    );
    expect(say({ kind: 'REPORT_SUBMITTED', country: 'DE', reportStatus: 'PLANNED' }, 'fr')).toBe(
      'Le point de contact national (Allemagne) a déclaré « Prévue » pour l’action 2.1-03.',
    );
    expect(say({ kind: 'REPORT_REVIEWED', country: 'FR', reviewState: 'ACCEPTED' }, 'de')).toBe(
      'Anna Berg hat den Bericht für Frankreich zur Maßnahme 2.1-03 angenommen.',
    );
    expect(say({ kind: 'REPORT_REVIEWED', country: 'FR', reviewState: 'RETURNED' })).toBe(
      'Anna Berg returned the report of France on action 2.1-03 for revision.',
    );
  });

  it('names reporting rounds by their name, or their id when the name is unknown', () => {
    expect(say({ kind: 'ROUND_OPENED', actionId: null, ref: null, roundId: 'round-1' })).toBe('Anna Berg opened the reporting round “Spring 2014”.');
    expect(say({ kind: 'ROUND_CLOSED', actionId: null, ref: null, roundId: 'round-9' }, 'de')).toBe(
      'Anna Berg hat die Berichtsrunde „round-9“ geschlossen.',
    );
  });

  it('gives the action’s reference as a part of its own, where the language puts it', () => {
    const parts = phraseChange({ ...base, kind: 'PROGRESS_MOVED', fromProgress: 0, toProgress: 10 }, context('de'));
    expect(parts.map((part) => (typeof part === 'string' ? spaces(part) : part))).toEqual([
      'Anna Berg hat den Fortschritt der Maßnahme ',
      { ref: '2.1-03', actionId: '2.1-03' },
      ' von 0 % auf 10 % erhöht.',
    ]);
  });
});

const counts = (partial: Partial<CountsInput>): CountsInput => ({
  total: 0,
  statusChanges: 0,
  completions: 0,
  progressMoves: 0,
  otherUpdates: 0,
  deadlineRevisions: 0,
  reportsSubmitted: 0,
  reportsAccepted: 0,
  reportsReturned: 0,
  roundsOpened: 0,
  roundsClosed: 0,
  catalogueCorrections: 0,
  ...partial,
});

describe('counts as a sentence', () => {
  it('lists only the kinds that happened, completions inside the status changes', () => {
    const period = counts({ total: 7, statusChanges: 3, completions: 1, progressMoves: 4, deadlineRevisions: 2 });
    expect(phraseCounts(period, context('en'))).toBe(
      '7 changes: 3 status changes (including 1 completion), 4 progress moves and 2 deadline revisions.',
    );
    expect(phraseCounts(period, context('fr'))).toBe(
      '7 changements\u202f: 3 changements de statut (dont 1 achèvement), 4 évolutions de l’avancement et 2 révisions d’échéance.',
    );
    expect(phraseCounts(period, context('de'))).toBe(
      '7 Änderungen: 3 Statusänderungen (davon 1 Abschluss), 4 Fortschrittsänderungen und 2 Friständerungen.',
    );
  });

  it('uses the singular for one and says when nothing changed', () => {
    expect(phraseCounts(counts({ total: 1, reportsSubmitted: 1 }), context('en'))).toBe('1 change: 1 member-state report.');
    expect(phraseCounts(counts({}), context('de'))).toBe('Keine Änderungen.');
  });
});
