import type { ActionStatus, ChangeAuthor, ChangeItem } from '../../gql/graphql';
import { formatDate, formatPercent, localeOf } from '../../i18n/format';
import { countryName } from '../../i18n/names';

/**
 * Each change as one short sentence a person can read aloud, in the reader's language, from
 * the change's structured fields (the API's own sentence is English only). Pure: the words
 * come from the caller's `t` (the `changes` namespace, with `ns: 'common'` for statuses), so
 * the rules are tested here with the real translations.
 *
 * A sentence comes back as parts: text, and the action's reference where it stands in the
 * sentence, so that the page can make it a link.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a sentence is made of: the generated type of the API's change item, as much of it as the sentence reads. */
export type ChangeFields = Pick<
  ChangeItem,
  | 'kind'
  | 'actionId'
  | 'ref'
  | 'country'
  | 'roundId'
  | 'fromStatus'
  | 'toStatus'
  | 'fromProgress'
  | 'toProgress'
  | 'fromDeadline'
  | 'toDeadline'
  | 'reportStatus'
  | 'reviewState'
  | 'changedFields'
> & { author: Pick<ChangeAuthor, 'name'> };

export interface ActionRef {
  ref: string;
  actionId: string;
}

export type SentencePart = string | ActionRef;

export interface PhraseContext {
  t: Translate;
  language: string;
  /** A reporting round's name, by id. */
  roundName?: (id: string) => string | undefined;
}

/** Stands for the action's reference inside a translated sentence, then is cut out again. */
const REF_MARK = '\u2063REF\u2063';

/** Fields that every update touches: bookkeeping, not something a person changed. */
const IMPLIED_FIELDS = new Set(['lastConfirmedAt', 'completedAt', 'updatedAt', 'version']);
/** Fields with a name in every language; any other is shown as the API names it. */
export const NAMED_FIELDS = [
  'status',
  'progress',
  'note',
  'evidenceUrls',
  'forecastDate',
  'declaredHealth',
  'deadline',
  'text',
  'owners',
  'partners',
  'deadlinePhrase',
  'baselineDeadline',
  'leadIn',
  'subheading',
] as const;

/** "a, b and c" in the reader's language. */
export function listOf(items: readonly string[], language: string): string {
  return new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(items);
}

function fieldNames(fields: readonly string[], { t, language }: PhraseContext): string {
  const named = new Set<string>(NAMED_FIELDS);
  return listOf(
    fields.filter((field) => !IMPLIED_FIELDS.has(field)).map((field) => (named.has(field) ? t(`field.${field}`) : field)),
    language,
  );
}

function split(sentence: string, ref: ActionRef | null): SentencePart[] {
  if (!ref) return [sentence];
  const parts: SentencePart[] = [];
  sentence.split(REF_MARK).forEach((text, index) => {
    if (index > 0) parts.push(ref);
    if (text) parts.push(text);
  });
  return parts;
}

/** The sentence's key and values, before the words are looked up. */
function keyAndValues(change: ChangeFields, context: PhraseContext): [string, Record<string, unknown>] {
  const { t, language } = context;
  const who = change.author.name;
  const status = (value: ActionStatus) => t(`status.${value}`, { ns: 'common' });
  const percent = (value: number | null) => formatPercent(value ?? 0, language, 0);
  const date = (value: string | null) => (value ? formatDate(value, language, 'long') : t('noDate'));
  const country = change.country ? countryName(change.country, language) : '';
  const round = change.roundId ? (context.roundName?.(change.roundId) ?? change.roundId) : '';

  switch (change.kind) {
    case 'STATUS_CHANGED': {
      if (!change.toStatus) return ['sentence.updated', { who, fields: t('field.status') }];
      const progress = change.toProgress !== null && change.fromProgress !== change.toProgress;
      const values = {
        who,
        from: change.fromStatus ? status(change.fromStatus) : '',
        to: status(change.toStatus),
        fromProgress: percent(change.fromProgress),
        toProgress: percent(change.toProgress),
      };
      if (change.toStatus === 'COMPLETED') return [progress ? 'sentence.completedWithProgress' : 'sentence.completed', values];
      if (!change.fromStatus) return ['sentence.statusSet', values];
      return [progress ? 'sentence.statusWithProgress' : 'sentence.status', values];
    }
    case 'PROGRESS_MOVED':
      return [
        (change.toProgress ?? 0) < (change.fromProgress ?? 0) ? 'sentence.progressDown' : 'sentence.progressUp',
        { who, from: percent(change.fromProgress), to: percent(change.toProgress) },
      ];
    case 'ACTION_UPDATED': {
      const fields = change.changedFields.filter((field) => !IMPLIED_FIELDS.has(field));
      return fields.length > 0 ? ['sentence.updated', { who, fields: fieldNames(fields, context) }] : ['sentence.confirmed', { who }];
    }
    case 'DEADLINE_REVISED': {
      const later = change.fromDeadline !== null && change.toDeadline !== null && change.toDeadline > change.fromDeadline;
      return [later ? 'sentence.deadlineLater' : 'sentence.deadlineEarlier', { who, from: date(change.fromDeadline), to: date(change.toDeadline) }];
    }
    case 'CATALOGUE_CORRECTED':
      return ['sentence.catalogue', { who, fields: fieldNames(change.changedFields, context) }];
    case 'REPORT_SUBMITTED':
      return change.reportStatus
        ? ['sentence.reported', { who, country, status: t(`reportStatus.${change.reportStatus}`, { ns: 'common' }) }]
        : ['sentence.reportedNoStatus', { who, country }];
    case 'REPORT_REVIEWED':
      return [
        change.reviewState === 'RETURNED' ? 'sentence.returned' : change.reviewState === 'ACCEPTED' ? 'sentence.accepted' : 'sentence.reviewed',
        { who, country },
      ];
    case 'ROUND_OPENED':
      return ['sentence.roundOpened', { who, round }];
    case 'ROUND_CLOSED':
      return ['sentence.roundClosed', { who, round }];
  }
}

/** One change as a sentence, with the action's reference as a part of its own. */
export function phraseChange(change: ChangeFields, context: PhraseContext): SentencePart[] {
  const [key, values] = keyAndValues(change, context);
  const ref = change.ref && change.actionId ? { ref: change.ref, actionId: change.actionId } : null;
  const subject = change.ref ?? context.t('theStrategy');
  return split(context.t(key, { ...values, ref: ref ? REF_MARK : subject }), ref);
}

/** The sentence as plain text, e.g. for a test or a screen that cannot link. */
export function plainText(parts: readonly SentencePart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.ref)).join('');
}

export interface CountsInput {
  total: number;
  statusChanges: number;
  completions: number;
  progressMoves: number;
  otherUpdates: number;
  deadlineRevisions: number;
  reportsSubmitted: number;
  reportsAccepted: number;
  reportsReturned: number;
  roundsOpened: number;
  roundsClosed: number;
  catalogueCorrections: number;
}

/** The kinds of change in the order a summary reads them. */
export const COUNT_KINDS = [
  'statusChanges',
  'completions',
  'progressMoves',
  'deadlineRevisions',
  'reportsSubmitted',
  'reportsAccepted',
  'reportsReturned',
  'otherUpdates',
  'roundsOpened',
  'roundsClosed',
  'catalogueCorrections',
] as const satisfies readonly (keyof CountsInput)[];

/** "7 changes: 3 status changes (1 completion), 4 progress moves and 2 deadline revisions." */
export function phraseCounts(counts: CountsInput, { t, language }: Pick<PhraseContext, 't' | 'language'>): string {
  if (counts.total === 0) return t('counts.none');
  const parts = COUNT_KINDS.filter((kind) => kind !== 'completions' && counts[kind] > 0).map((kind) => {
    const part = t(`count.${kind}`, { count: counts[kind] });
    return kind === 'statusChanges' && counts.completions > 0 ? t('counts.withCompletions', { part, count: counts.completions }) : part;
  });
  return t('counts.sentence', { count: counts.total, kinds: listOf(parts, language) });
}
