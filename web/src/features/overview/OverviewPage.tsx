import { useEffect, useId, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useShell } from '../../app/shellQuery';
import { Legend } from '../../components/Legend';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import type { OverviewDashboardQuery } from './api.generated';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { actorNamer } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { useConferenceDefault } from '../conference/api';
import { ConferenceHeld } from './ConferenceHeld';
import { DeadlineTable } from './DeadlineTables';
import { BurnUpChart, CoverageChart, HealthChart, OwnerStatusChart, PriorityStatusChart } from './OverviewCharts';
import { preloadCharts } from './lazyCharts';
import { MemberStateProgress } from './MemberStateProgress';
import { useOverviewDashboard } from './api';
import { parseAsOf } from './selectors';
import './overview.css';
import { LateRecordsNote } from '../effective/LateRecordsNote';

type Dashboard = OverviewDashboardQuery['dashboard'];

/**
 * The review conference's overview, "as of" a date: today by default, the review date one
 * click away once it has come (the API refuses a date after its today), any other date by hand. The date lives in the address (?asOf=YYYY-MM-DD) so a
 * view can be shared; while another date's figures load, the last ones stay in place.
 */
export default function OverviewPage() {
  const { t, language } = useTranslation('overview');
  const shell = useShell();
  const [searchParams, setSearchParams] = useSearchParams();
  const asOf = parseAsOf(searchParams.get('asOf'));
  const dashboard = useOverviewDashboard(asOf);
  const data = dashboard.data?.dashboard;
  // The API's today: a review date not yet come cannot be shown. Today's figures carry it; for
  // another date it is asked (shared with the conference pages). So the review date's button is
  // known with the figures and does not appear after them, moving them.
  const todayFromFigures = asOf === null && !dashboard.isPlaceholderData ? data?.asOf : undefined;
  const today = useConferenceDefault(asOf !== null);
  const todayDate = todayFromFigures ?? today.data?.dashboard.asOf;
  const knownReviewDate = shell.data?.strategy.reviewDate ?? data?.reviewDate;
  const reviewDate = knownReviewDate && todayDate && knownReviewDate <= todayDate ? knownReviewDate : undefined;
  const ownerName = actorNamer(shell.data?.strategy.actors ?? [], language);

  function showAsOf(date: string | null) {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (date) next.set('asOf', date);
      else next.delete('asOf');
      return next;
    });
  }

  useEffect(preloadCharts, []);

  const updating = dashboard.isFetching && dashboard.isPlaceholderData;
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      <AsOfControls asOf={asOf} shownDate={data?.asOf} reviewDate={reviewDate} onChange={showAsOf} />
      <p role="status" className="overview-status">
        {updating ? t('updating') : ''}
      </p>
      {dashboard.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : dashboard.isError && !data ? (
        <LoadError what={t('what')} error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : data ? (
        <div className="overview" aria-busy={updating}>
          {dashboard.isError && <LoadError what={t('what')} error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
          {data.daysToReview < 0 ? <ConferenceHeld reviewDate={data.reviewDate} asOf={data.asOf} /> : <Lead dashboard={data} />}
          <Headline dashboard={data} />
          {/* The address's date (null for today, as the preload asks it), or the shown figures' while another date's load. */}
          <LateRecordsNote asOf={dashboard.isPlaceholderData ? data.asOf : asOf} />
          <Legend stale />
          <div className="overview__grid">
            <PriorityStatusChart dashboard={data} />
            <HealthChart dashboard={data} />
          </div>
          <OwnerStatusChart dashboard={data} />
          <BurnUpChart dashboard={data} />
          <DeadlineTable kind="upcoming" items={data.upcoming} total={data.totals.upcoming} asOf={data.asOf} ownerName={ownerName} />
          <DeadlineTable kind="overdue" items={data.overdue} total={data.totals.overdue} asOf={data.asOf} ownerName={ownerName} />
          <CoverageChart dashboard={data} />
          <MemberStateProgress progress={data.memberStateProgress} />
        </div>
      ) : null}
    </>
  );
}

interface AsOfControlsProps {
  /** The date in the address; null for today. */
  asOf: string | null;
  /** The date of the figures on screen. */
  shownDate: string | undefined;
  reviewDate: string | undefined;
  onChange: (date: string | null) => void;
}

function AsOfControls({ asOf, shownDate, reviewDate, onChange }: AsOfControlsProps) {
  const { t, language } = useTranslation('overview');
  const inputId = useId();
  const headingId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = parseAsOf(String(new FormData(event.currentTarget).get('asOf') ?? ''));
    if (date) onChange(date);
  }

  return (
    <section className="overview-as-of" aria-labelledby={headingId}>
      <h2 id={headingId} className="overview-as-of__title">
        {t('asOf.label')}
      </h2>
      <div className="overview-as-of__controls">
        <button type="button" className="button button--secondary" aria-pressed={asOf === null} onClick={() => onChange(null)}>
          {t('asOf.today')}
        </button>
        {reviewDate && (
          <button type="button" className="button button--secondary" aria-pressed={asOf === reviewDate} onClick={() => onChange(reviewDate)}>
            {t('asOf.review', { date: formatDate(reviewDate, language) })}
          </button>
        )}
        <form className="overview-as-of__form" onSubmit={submit}>
          <label htmlFor={inputId}>{t('asOf.other')}</label>
          <input key={shownDate} id={inputId} name="asOf" type="date" required defaultValue={asOf ?? shownDate} className="overview-as-of__input" />
          <button type="submit" className="button">
            {t('asOf.show')}
          </button>
        </form>
      </div>
    </section>
  );
}

function Lead({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('overview');
  const days = dashboard.daysToReview;
  const when =
    days > 0
      ? t('when.before', { count: days, formattedCount: formatNumber(days, language) })
      : days < 0
        ? t('when.after', { count: -days, formattedCount: formatNumber(-days, language) })
        : t('when.on');
  return <p className="lead">{t('lead', { date: formatDate(dashboard.asOf, language, 'long'), when })}</p>;
}

function Headline({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('overview');
  const { totals, daysToReview } = dashboard;
  const number = (value: number) => formatNumber(value, language);
  const figures: { key: string; label: string; value: string; detail?: string }[] = [
    { key: 'actions', label: t('headline.actions'), value: number(totals.actions) },
    {
      key: 'completed',
      label: t('status.COMPLETED', { ns: 'common' }),
      value: formatPercent(totals.percentCompleted, language),
      detail: t('headline.completedDetail', { completed: number(totals.completed), total: number(totals.actions) }),
    },
    { key: 'overdue', label: t('health.OVERDUE', { ns: 'common' }), value: number(totals.overdue) },
    { key: 'atRisk', label: t('health.AT_RISK', { ns: 'common' }), value: number(totals.atRisk) },
  ];
  // Past the review date the page says once, above, that the conference took place: no day count.
  if (daysToReview >= 0) {
    figures.push({
      key: 'review',
      label: t('headline.daysToReview'),
      value: number(daysToReview),
      detail: t('headline.reviewOn', { date: formatDate(dashboard.reviewDate, language) }),
    });
  }
  return (
    <section aria-labelledby="overview-headline">
      <h2 id="overview-headline" className="visually-hidden">
        {t('headline.label')}
      </h2>
      <dl className="overview-headline">
        {figures.map((figure) => (
          <div key={figure.key} className="overview-headline__item">
            <dt>{figure.label}</dt>
            <dd className="overview-headline__value">{figure.value}</dd>
            {figure.detail && <dd className="overview-headline__detail">{figure.detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
