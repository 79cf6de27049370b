import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import type { ChangeGroupFieldsFragment, ChangeSummaryQuery as ChangeSummaryResult } from './api.generated';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { actorName } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { ExportPanel } from '../exports/ExportPanel';
import { groupChanges, type Grouping } from './grouping';
import { periodOf, periodProblems, summaryArguments, utcToday, type Period, type PeriodProblem } from './period';
import { COUNT_KINDS, phraseChange, phraseCounts, type SentencePart } from './phrasing';
import { useChangeSummary } from './api';
import './changes.css';

type Summary = ChangeSummaryResult['changeSummary'];
type Change = Summary['changes'][number];

/**
 * "What changed between two dates" for the review conference: every change of the period,
 * counted, grouped by strategic priority or by owner, one sentence each in the reader's
 * language. The period and the grouping live in the address (?from=&to=&by=), so a list can
 * be shared; the history of the same period can be downloaded below it.
 */
export default function ChangesPage() {
  const { t, language } = useTranslation('changes');
  const [searchParams, setSearchParams] = useSearchParams();
  const today = useMemo(() => utcToday(), []);
  const period = periodOf(searchParams, today);
  // The grouping the page shows is its own state, mirrored into the address: the router applies
  // an address change in a transition, and a radio bound to the address alone would spring back
  // until it lands. A change of address from elsewhere (Back, a shared link) still wins.
  const addressGrouping: Grouping = searchParams.get('by') === 'actor' ? 'actor' : 'priority';
  const [grouping, setGrouping] = useState<Grouping>(addressGrouping);
  const [seenAddressGrouping, setSeenAddressGrouping] = useState<Grouping>(addressGrouping);
  if (addressGrouping !== seenAddressGrouping) {
    setSeenAddressGrouping(addressGrouping);
    setGrouping(addressGrouping);
  }
  const args = summaryArguments(period);
  const summary = useChangeSummary(args);
  const data = summary.data;

  function update(values: Record<string, string>) {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(values)) next.set(key, value);
      return next;
    });
  }

  const updating = summary.isFetching && summary.isPlaceholderData;
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <PeriodForm period={period} onChange={(next) => update({ from: next.from, to: next.to })} />
      <p role="status" className="changes-status">
        {updating ? t('updating') : ''}
      </p>
      {summary.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : summary.isError && !data ? (
        <LoadError what={t('what')} error={summary.error} onRetry={() => void summary.refetch()} />
      ) : data ? (
        <div className="changes" aria-busy={updating}>
          {summary.isError && <LoadError what={t('what')} error={summary.error} onRetry={() => void summary.refetch()} />}
          <p className="changes__period">
            {t('period.shown', { from: formatDate(period.from, language, 'long'), to: formatDate(period.to, language, 'long') })}
          </p>
          <SummaryView
            summary={data.changeSummary}
            roundNames={new Map(data.reportingRounds.map((round) => [round.id, round.name]))}
            grouping={grouping}
            onGrouping={(by) => {
              setGrouping(by);
              update({ by });
            }}
          />
        </div>
      ) : null}
      <ExportPanel scope={{ historyFrom: period.from, historyTo: period.to }} />
    </>
  );
}

function PeriodForm({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation('changes');
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<{ from?: PeriodProblem; to?: PeriodProblem }>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get('from') ?? '');
    const to = String(form.get('to') ?? '');
    const found = periodProblems(from, to);
    setProblems(found);
    if (found.from) fromRef.current?.focus();
    else if (found.to) toRef.current?.focus();
    else onChange({ from, to });
  }

  const field = (name: 'from' | 'to', id: string, ref: typeof fromRef, value: string) => {
    const problem = problems[name];
    return (
      <div className="changes-period__field">
        <label htmlFor={id}>{t(`period.${name}`)}</label>
        <input
          key={value}
          ref={ref}
          id={id}
          name={name}
          type="date"
          defaultValue={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        {problem && (
          <p id={`${id}-problem`} className="changes-period__problem">
            {t(`period.problem.${problem}`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="changes-period" aria-labelledby={headingId}>
      <h2 id={headingId} className="changes-period__title">
        {t('period.heading')}
      </h2>
      <form className="changes-period__form" onSubmit={submit} noValidate>
        {field('from', fromId, fromRef, period.from)}
        {field('to', toId, toRef, period.to)}
        <button type="submit" className="button">
          {t('period.show')}
        </button>
      </form>
      <p role="alert" className="changes-period__summary">
        {problems.from || problems.to ? t('period.problem.summary') : ''}
      </p>
    </section>
  );
}

interface SummaryViewProps {
  summary: Summary;
  roundNames: Map<string, string>;
  grouping: Grouping;
  onGrouping: (grouping: Grouping) => void;
}

function SummaryView({ summary, roundNames, grouping, onGrouping }: SummaryViewProps) {
  const { t, language } = useTranslation('changes');
  const headingId = useId();
  const { groups, ungrouped } = groupChanges(summary.changes, grouping === 'priority' ? summary.byPriority : summary.byActor, grouping);
  const listedAll = summary.changes.length >= summary.counts.total;
  const phrase = (change: Change) => phraseChange(change, { t, language, roundName: (id) => roundNames.get(id) });

  return (
    <>
      {!summary.complete && (
        <p className="message message--info">
          {t('incomplete', { limit: formatNumber(summary.limit, language), total: formatNumber(summary.totalCount, language) })}
        </p>
      )}
      <p className="changes__counts">{phraseCounts(summary.counts, { t, language })}</p>
      {!listedAll && (
        <p className="message message--info">
          {t('listed', { shown: formatNumber(summary.changes.length, language), total: formatNumber(summary.counts.total, language) })}
        </p>
      )}
      <CountsTable summary={summary} />
      {summary.counts.total === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <section aria-labelledby={headingId}>
          <h2 id={headingId}>{t(grouping === 'priority' ? 'group.headingPriority' : 'group.headingActor')}</h2>
          <fieldset className="changes-grouping">
            <legend>{t('group.legend')}</legend>
            {(['priority', 'actor'] as const).map((value) => (
              <label key={value} className="changes-grouping__option">
                <input type="radio" name="grouping" value={value} checked={grouping === value} onChange={() => onGrouping(value)} />{' '}
                {t(`group.${value}`)}
              </label>
            ))}
          </fieldset>
          {groups.map(({ group, changes }) => (
            <ChangeGroup key={group.id} group={group} changes={changes} grouping={grouping} phrase={phrase} />
          ))}
          {ungrouped.length > 0 && (
            <ChangeList
              heading={<>{t('group.other')}</>}
              countSentence={listedAll ? t('group.otherCount', { count: ungrouped.length }) : ''}
              changes={ungrouped}
              total={ungrouped.length}
              phrase={phrase}
            />
          )}
        </section>
      )}
    </>
  );
}

function CountsTable({ summary }: { summary: Summary }) {
  const { t, language } = useTranslation('changes');
  const kinds = COUNT_KINDS.filter((kind) => summary.counts[kind] > 0);
  return (
    <table className="data-table changes-counts">
      <caption>{t('kinds.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kinds.kind')}</th>
          <th scope="col">{t('kinds.number')}</th>
        </tr>
      </thead>
      <tbody>
        {kinds.map((kind) => (
          <tr key={kind} className={kind === 'completions' ? 'changes-counts__sub' : undefined}>
            <th scope="row">{t(`kinds.${kind}`)}</th>
            <td>{formatNumber(summary.counts[kind], language)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('kinds.total')}</th>
          <td>{formatNumber(summary.counts.total, language)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

interface ChangeGroupProps {
  group: ChangeGroupFieldsFragment;
  /** The group's changes among those fetched. */
  changes: readonly Change[];
  grouping: Grouping;
  phrase: (change: Change) => SentencePart[];
}

function ChangeGroup({ group, changes, grouping, phrase }: ChangeGroupProps) {
  const { t, language } = useTranslation('changes');
  const heading =
    grouping === 'priority' ? (
      <>
        {group.id} <span lang="en">{group.label}</span>
      </>
    ) : (
      actorName(group.id, language, group.label)
    );
  return (
    <ChangeList
      heading={heading}
      countSentence={phraseCounts(group.counts, { t, language })}
      changes={changes}
      total={group.counts.total}
      phrase={phrase}
    />
  );
}

interface ChangeListProps {
  heading: ReactNode;
  countSentence: string;
  changes: readonly Change[];
  total: number;
  phrase: (change: Change) => SentencePart[];
}

function ChangeList({ heading, countSentence, changes, total, phrase }: ChangeListProps) {
  const { t, language } = useTranslation('changes');
  const headingId = useId();
  return (
    <section className="changes-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="changes-group__title">
        {heading}
      </h3>
      {countSentence && <p className="changes-group__counts">{countSentence}</p>}
      {changes.length < total && (
        <p className="small">{t('group.more', { shown: formatNumber(changes.length, language), total: formatNumber(total, language) })}</p>
      )}
      <ol className="changes-group__list" aria-label={t('group.list')}>
        {changes.map((change) => (
          <li key={change.eventId} className="changes-group__item">
            {change.effectiveOn < change.at.slice(0, 10) ? (
              // A late record (issue 13): listed on the day it took effect, with the day it was recorded.
              <span className="changes-group__when">
                <time dateTime={change.effectiveOn}>{formatDate(change.effectiveOn, language)}</time>{' '}
                <span className="small">{t('recordedLate', { when: formatDateTime(change.at, language) })}</span>
              </span>
            ) : (
              <time dateTime={change.at} className="changes-group__when">
                {formatDateTime(change.at, language)}
              </time>
            )}{' '}
            <span className="changes-group__sentence">
              <Sentence parts={phrase(change)} />
            </span>
            {change.note && (
              <span className="changes-group__note small">
                {t('note')} <q>{change.note}</q>
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Sentence({ parts }: { parts: readonly SentencePart[] }) {
  return parts.map((part, index) =>
    typeof part === 'string' ? (
      <span key={index}>{part}</span>
    ) : (
      <Link key={index} to={paths.action(part.actionId)}>
        {part.ref}
      </Link>
    ),
  );
}
