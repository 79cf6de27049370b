import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import { useShell } from '../../app/shellQuery';
import { DateText, StatusBadge } from '../../components/Badges';
import { PageTitle } from '../../components/PageTitle';
import { ScrollRegion } from '../../components/ScrollRegion';
import { LoadError, Loading } from '../../components/Status';
import type { TFunction } from 'i18next';
import type { MissReason } from '../../gql/graphql';
import type { ForecastQuery as ForecastResult } from './api.generated';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { actorNamer } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { isCalendarDate } from '../../../../functions/domain/dates';
import { forecastRange, type ForecastRange } from './forecast';
import { ConferenceStateNotice, useConferenceState } from '../report/conference';
import { TODAY_PARAM } from '../report/report-model';
import { useForecast, useSnapshotName } from './api';
import './forecast.css';

type Dashboard = ForecastResult['dashboard'];

/**
 * The forecast for the review conference: how many actions will be done by the review date at
 * the pace observed, always as a range with its most likely value and the method in one
 * sentence, and the actions likely to miss the date. It opens on the conference's state (the
 * newest snapshot, else the review date once past) and says so; ?asOf= (a date or "today")
 * and ?snapshot= in the address choose another.
 */
export default function ForecastPage() {
  const { t } = useTranslation('forecast');
  const [, setSearchParams] = useSearchParams();
  const conference = useConferenceState();
  const { state } = conference;
  const snapshotId = state?.kind === 'snapshot' ? state.id : null;
  const asOf = state?.kind === 'live' ? state.asOf : null;
  const forecast = useForecast({ asOf, snapshotId }, state !== null);
  const snapshot = useSnapshotName(snapshotId);
  const data = forecast.data?.dashboard;

  function showAsOf(date: string | null) {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('snapshot');
      next.set('asOf', date ?? TODAY_PARAM);
      return next;
    });
  }

  const updating = forecast.isFetching && forecast.isPlaceholderData;
  const frozen = snapshot.data?.snapshot ?? null;
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {state && (
        <ConferenceStateNotice
          state={state}
          snapshot={frozen}
          asOf={forecast.isPlaceholderData ? null : (data?.asOf ?? null)}
          reviewDate={data?.reviewDate ?? conference.reviewDate}
        />
      )}
      <AsOfForm asOf={asOf} today={state?.kind === 'live' && state.asOf === null} shownDate={data?.asOf} onChange={showAsOf} />
      <p role="status" className="forecast-status">
        {updating ? t('updating') : ''}
      </p>
      {conference.error ? (
        <LoadError what={t('what')} error={conference.error} onRetry={conference.retry} />
      ) : !state || forecast.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : forecast.isError && !data ? (
        <LoadError what={t('what')} error={forecast.error} onRetry={() => void forecast.refetch()} />
      ) : data ? (
        <div className="forecast" aria-busy={updating}>
          {forecast.isError && <LoadError what={t('what')} error={forecast.error} onRetry={() => void forecast.refetch()} />}
          <When dashboard={data} />
          <RangeSection dashboard={data} />
          <MethodSection method={data.forecast.method} />
          <LikelyToMiss dashboard={data} />
        </div>
      ) : null}
    </>
  );
}

function AsOfForm({
  asOf,
  today,
  shownDate,
  onChange,
}: {
  asOf: string | null;
  today: boolean;
  shownDate: string | undefined;
  onChange: (date: string | null) => void;
}) {
  const { t } = useTranslation('forecast');
  const inputId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = String(new FormData(event.currentTarget).get('asOf') ?? '');
    if (isCalendarDate(date)) onChange(date);
  }

  return (
    <form className="forecast-as-of" onSubmit={submit}>
      <label htmlFor={inputId}>{t('asOf.label')}</label>
      <input key={shownDate} id={inputId} name="asOf" type="date" required defaultValue={asOf ?? shownDate} />
      <button type="submit" className="button">
        {t('asOf.show')}
      </button>
      <button type="button" className="button button--secondary" aria-pressed={today} onClick={() => onChange(null)}>
        {t('asOf.today')}
      </button>
    </form>
  );
}

function When({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('forecast');
  const date = formatDate(dashboard.asOf, language, 'long');
  return (
    <p className="forecast__when">
      {dashboard.daysToReview > 0
        ? t('asOf.shown', {
            date,
            days: t('days', { count: dashboard.daysToReview, formattedCount: formatNumber(dashboard.daysToReview, language) }),
          })
        : t('asOf.shownAfter', { date, review: formatDate(dashboard.reviewDate, language, 'long') })}
    </p>
  );
}

function RangeSection({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('forecast');
  const headingId = useId();
  const sentenceId = useId();
  const range = forecastRange(dashboard.forecast, dashboard.totals, dashboard.daysToReview);
  const number = (value: number) => formatNumber(value, language);
  const sentence =
    dashboard.daysToReview === 0
      ? t('range.onReview', { date: formatDate(dashboard.asOf, language, 'long'), likely: number(range.likely), total: number(range.total) })
      : range.settled
        ? t('range.settled', { date: formatDate(dashboard.asOf, language, 'long'), likely: number(range.likely), total: number(range.total) })
        : t('range.sentence', {
            date: formatDate(dashboard.reviewDate, language, 'long'),
            low: number(range.low),
            high: number(range.high),
            likely: number(range.likely),
            total: number(range.total),
          });
  return (
    <section className="forecast-range" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('range.heading')}</h2>
      <p id={sentenceId} className="forecast-range__sentence">
        {sentence}
      </p>
      <p>
        {t('range.sofar', {
          count: range.completed,
          completed: number(range.completed),
          pace: formatNumber(dashboard.forecast.pacePerMonth, language, 2),
        })}
      </p>
      <figure className="forecast-range__figure" aria-labelledby={`${headingId}-figure`} aria-describedby={sentenceId}>
        <figcaption id={`${headingId}-figure`} className="forecast-range__caption">
          {t('range.figureTitle')}
        </figcaption>
        <RangeBar range={range} />
      </figure>
      <RangeTable range={range} />
    </section>
  );
}

/** The range drawn on a scale of all the actions; the sentence and the table say the same in words. */
function RangeBar({ range }: { range: ForecastRange }) {
  const { t, language } = useTranslation('forecast');
  const { at } = range;
  return (
    <div className="forecast-bar" aria-hidden="true">
      <div className="forecast-bar__track">
        <div className="forecast-bar__done" style={{ width: `${at.completed}%` }} />
        <div className="forecast-bar__range" style={{ left: `${at.low}%`, width: `${Math.max(at.high - at.low, 0.6)}%` }} />
        <div className="forecast-bar__likely" style={{ left: `${at.likely}%` }} />
      </div>
      <div className="forecast-bar__marks">
        <span className="forecast-bar__mark" style={{ left: `${at.low}%` }}>
          {formatNumber(range.low, language)}
        </span>
        {range.high !== range.low && (
          <span className="forecast-bar__mark" style={{ left: `${at.high}%` }}>
            {formatNumber(range.high, language)}
          </span>
        )}
      </div>
      <div className="forecast-bar__scale">
        <span>{t('range.scaleStart')}</span>
        <span>{t('range.scaleEnd', { total: formatNumber(range.total, language) })}</span>
      </div>
      <ul className="forecast-bar__legend">
        <li>
          <span className="forecast-bar__key forecast-bar__key--done" /> {t('range.legendDone')}
        </li>
        <li>
          <span className="forecast-bar__key forecast-bar__key--range" /> {t('range.legendRange')}
        </li>
        <li>
          <span className="forecast-bar__key forecast-bar__key--likely" /> {t('range.legendLikely')}
        </li>
      </ul>
    </div>
  );
}

function RangeTable({ range }: { range: ForecastRange }) {
  const { t, language } = useTranslation('forecast');
  const rows = [
    ['completed', range.completed],
    ['low', range.low],
    ['likely', range.likely],
    ['high', range.high],
    ['total', range.total],
  ] as const;
  return (
    <table className="data-table forecast-range__table">
      <caption>{t('range.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('range.figure')}</th>
          <th scope="col">{t('range.value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{t(`range.${key}`)}</th>
            <td>{formatNumber(value, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MethodSection({ method }: { method: string }) {
  const { t } = useTranslation('forecast');
  const headingId = useId();
  return (
    <section className="forecast-method" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('method.heading')}</h2>
      <p>{t('method.sentence')}</p>
      <details>
        <summary>{t('method.original')}</summary>
        <p lang="en">{method}</p>
      </details>
    </section>
  );
}

function LikelyToMiss({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('forecast');
  const shell = useShell();
  const headingId = useId();
  const ownerName = actorNamer(shell.data?.strategy.actors ?? [], language);
  const { likelyToMiss, likelyToMissCount, likelyToMissMethod } = dashboard.forecast;
  return (
    <section className="forecast-miss" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('miss.heading', { count: likelyToMissCount, formattedCount: formatNumber(likelyToMissCount, language) })}</h2>
      <p>{t('miss.method')}</p>
      <details>
        <summary>{t('method.original')}</summary>
        <p lang="en">{likelyToMissMethod}</p>
      </details>
      {likelyToMissCount === 0 ? (
        <p>{t('miss.none')}</p>
      ) : (
        <>
          {likelyToMiss.length < likelyToMissCount && (
            <p className="small">
              {t('miss.more', { shown: formatNumber(likelyToMiss.length, language), total: formatNumber(likelyToMissCount, language) })}
            </p>
          )}
          <ScrollRegion labelledBy={headingId}>
            <table className="data-table forecast-miss__table">
              <caption>{t('miss.caption', { date: formatDate(dashboard.reviewDate, language, 'long') })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('miss.action')}</th>
                  <th scope="col">{t('miss.text')}</th>
                  <th scope="col">{t('miss.owners')}</th>
                  <th scope="col">{t('miss.deadline')}</th>
                  <th scope="col">{t('miss.status')}</th>
                  <th scope="col">{t('miss.progress')}</th>
                  <th scope="col">{t('miss.projected')}</th>
                  <th scope="col">{t('miss.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {likelyToMiss.map(({ action, reason, projectedProgress }) => (
                  <tr key={action.actionId}>
                    <th scope="row" className="forecast-miss__ref">
                      <Link to={paths.action(action.actionId)}>{action.ref}</Link>
                    </th>
                    <td lang="en" className="forecast-miss__text">
                      {action.text}
                    </td>
                    <td>{action.owners.map(ownerName).join(', ')}</td>
                    <td>
                      <DateText date={action.deadline} />
                    </td>
                    <td>
                      <StatusBadge status={action.status} />
                    </td>
                    <td className="forecast-miss__number">{formatPercent(action.progress, language, 0)}</td>
                    <td className="forecast-miss__number">{formatPercent(projectedProgress, language, 0)}</td>
                    <td>{missReason(t, reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}

/**
 * Why an action is likely to miss the review date. A reason that is a state of the glossary
 * (overdue, not started, at risk) reads in the glossary's word (common namespace), so the
 * forecast says what the actions list says.
 */
function missReason(t: TFunction, reason: MissReason): string {
  switch (reason) {
    case 'OVERDUE':
      return t('health.OVERDUE', { ns: 'common' });
    case 'NOT_STARTED':
      return t('status.NOT_STARTED', { ns: 'common' });
    case 'AT_RISK':
      return t('miss.atRiskOwnDeadline', { health: t('health.AT_RISK', { ns: 'common' }) });
    default:
      return t(`miss.reasons.${reason}`);
  }
}
