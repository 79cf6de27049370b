import type { OverviewDashboardQuery } from './api.generated';
import { STATUS_COLOURS } from '../../components/palette';
import { formatNumber, formatPercent } from '../../i18n/format';
import { actorName, countryName } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { ChartFigure } from './ChartFigure';
import { BurnUpFigure, HealthFigure, PriorityName, StatusFigure } from './Figures';
import { formatMonth } from './formatMonth';
import { StackedBarsChart } from './lazyCharts';
import { burnUpSeries, coverageRows, healthSlices, shortLabel, statusRows, summariseCoverage, summariseStatusRows } from './selectors';

type Dashboard = OverviewDashboardQuery['dashboard'];

/** Bars are drawn this tall, plus room for the axis, so each chart's box is known before it is drawn. */
const BAR_STEP = 30;
const AXIS_ROOM = 48;
const barsHeight = (bars: number) => Math.max(bars, 3) * BAR_STEP + AXIS_ROOM;

function useNumbers() {
  const { language } = useTranslation('overview');
  return {
    number: (value: number) => formatNumber(value, language),
    percent: (value: number) => formatPercent(value, language),
  };
}

export function PriorityStatusChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('overview');
  const { number, percent } = useNumbers();
  const rows = statusRows(dashboard.byPriority);
  const summary = summariseStatusRows(rows);
  const idOf = (label: string | undefined) => rows.find((row) => row.label === label)?.id ?? '';
  const title = t('priority.title');
  const sentence = summary.mostCompleted
    ? t('priority.summaryLeader', {
        id: idOf(summary.mostCompleted.label),
        completed: number(summary.mostCompleted.completed),
        total: number(summary.mostCompleted.total),
        percent: percent(summary.mostCompleted.percent),
        largestId: idOf(summary.largest?.label),
        largestTotal: number(summary.largest?.total ?? 0),
      })
    : t('priority.summaryNone', {
        groups: number(summary.groups),
        largestId: idOf(summary.largest?.label),
        largestTotal: number(summary.largest?.total ?? 0),
      });
  return (
    <StatusFigure
      variant="overview"
      title={title}
      summary={sentence}
      height={barsHeight(rows.length)}
      rows={rows}
      axisLabel={(row) => `${row.id} ${shortLabel(row.label, 24)}`}
      categoryWidth={220}
      column={t('priority.column')}
      total={t('chart.total')}
      rowHeader={(row) => <PriorityName row={row} />}
    />
  );
}

export function OwnerStatusChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('overview');
  const { number, percent } = useNumbers();
  const rows = statusRows(dashboard.byOwner).map((row) => ({ ...row, label: actorName(row.id, language, row.label) }));
  const summary = summariseStatusRows(rows);
  const title = t('owner.title');
  const sentence = summary.mostCompleted
    ? t('owner.summaryLeader', {
        count: summary.mostCompleted.total,
        label: shortLabel(summary.mostCompleted.label, 60),
        completed: number(summary.mostCompleted.completed),
        total: number(summary.mostCompleted.total),
        percent: percent(summary.mostCompleted.percent),
        largest: shortLabel(summary.largest?.label ?? '', 60),
        largestTotal: number(summary.largest?.total ?? 0),
      })
    : t('owner.summaryNone', {
        groups: number(summary.groups),
        largest: shortLabel(summary.largest?.label ?? '', 60),
        largestTotal: number(summary.largest?.total ?? 0),
      });
  return (
    <StatusFigure
      variant="overview"
      title={title}
      summary={sentence}
      note={t('owner.note')}
      height={barsHeight(rows.length)}
      rows={rows}
      axisLabel={(row) => shortLabel(row.label, 26)}
      categoryWidth={200}
      column={t('owner.column')}
      total={t('chart.total')}
      rowHeader={(row) => row.label}
    />
  );
}

export function HealthChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('overview');
  const { number } = useNumbers();
  const slices = healthSlices(dashboard.byHealth);
  const countOf = (health: string) => number(slices.find((slice) => slice.health === health)?.count ?? 0);
  const title = t('health.title');
  return (
    <HealthFigure
      variant="overview"
      title={title}
      summary={t('health.summary', {
        count: slices.find((slice) => slice.health === 'DONE')?.count ?? 0,
        total: number(dashboard.totals.actions),
        done: countOf('DONE'),
        onTrack: countOf('ON_TRACK'),
        atRisk: countOf('AT_RISK'),
        overdue: countOf('OVERDUE'),
      })}
      height={barsHeight(slices.length)}
      slices={slices}
      labels={{ column: t('health.column'), count: t('health.count'), share: t('chart.share') }}
    />
  );
}

const BURN_UP_HEIGHT = 320;

export function BurnUpChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('overview');
  const { number } = useNumbers();
  const series = burnUpSeries(dashboard.burnUp, dashboard.asOf, dashboard.reviewDate);
  const title = t('burnUp.title');
  const marks = [
    ...(series.reviewMonth ? [{ month: series.reviewMonth, label: t('burnUp.reviewLine') }] : []),
    ...(series.asOfMonth && series.asOfMonth !== series.reviewMonth ? [{ month: series.asOfMonth, label: t('burnUp.asOfLine') }] : []),
  ];
  const summary = series.atAsOf
    ? t('burnUp.summary', {
        count: series.atAsOf.completed,
        month: formatMonth(series.atAsOf.month, language, 'long'),
        completed: number(series.atAsOf.completed),
        due: number(series.atAsOf.fallingDue),
        dueAtReview: number(series.atReview?.fallingDue ?? series.atAsOf.fallingDue),
      })
    : series.atReview
      ? t('burnUp.summaryReviewOnly', { dueAtReview: number(series.atReview.fallingDue), completed: number(series.atReview.completed) })
      : t('burnUp.empty');
  return (
    <BurnUpFigure
      variant="overview"
      title={title}
      summary={summary}
      height={BURN_UP_HEIGHT}
      rows={series.rows}
      labels={{
        month: t('burnUp.month'),
        completed: t('status.COMPLETED', { ns: 'common' }),
        fallingDue: t('burnUp.fallingDue'),
        behind: t('burnUp.behind'),
      }}
      marks={marks}
      marksInLegend
      tableMark={series.reviewMonth ? { month: series.reviewMonth, label: t('burnUp.reviewLine') } : undefined}
    />
  );
}

const COVERAGE_HEIGHT = 300;

export function CoverageChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('overview');
  const { number, percent } = useNumbers();
  const { coverage } = dashboard;
  const nameOf = (country: { country: string; name: string }) => countryName(country.country, language, country.name);
  const rows = coverageRows(coverage.byCountry);
  const summary = summariseCoverage(rows);
  const title = t('coverage.title');
  const series = [
    { key: 'accepted', name: t('reviewState.ACCEPTED', { ns: 'common' }), colour: STATUS_COLOURS.COMPLETED },
    { key: 'awaiting', name: t('coverage.awaiting'), colour: STATUS_COLOURS.IN_PROGRESS },
    { key: 'missing', name: t('reportStatus.NOT_REPORTED', { ns: 'common' }), colour: STATUS_COLOURS.NOT_STARTED },
  ];
  const sentence = coverage.roundName
    ? t('coverage.summary', {
        round: coverage.roundName,
        reported: number(coverage.reported),
        expected: number(coverage.expected),
        percent: percent(coverage.percentReported),
        complete: number(summary.complete),
        countries: number(summary.countries),
        silent: number(summary.silent),
      })
    : t('coverage.summaryNoRound', { countries: number(summary.countries) });
  return (
    <ChartFigure
      title={title}
      summary={sentence}
      legend={series}
      height={COVERAGE_HEIGHT}
      chart={
        <StackedBarsChart rows={rows} categoryKey="country" series={series} layout="horizontal" height={COVERAGE_HEIGHT} formatNumber={number} />
      }
      table={
        <table className="data-table overview-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coverage.country')}</th>
              <th scope="col" className="numeric">
                {t('coverage.expected')}
              </th>
              <th scope="col" className="numeric">
                {t('coverage.reported')}
              </th>
              <th scope="col" className="numeric">
                {t('reviewState.ACCEPTED', { ns: 'common' })}
              </th>
              <th scope="col" className="numeric">
                {t('coverage.percentReported')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.country}>
                <th scope="row">
                  {nameOf(row)} ({row.country})
                </th>
                <td className="numeric">{number(row.expected)}</td>
                <td className="numeric">{number(row.reported)}</td>
                <td className="numeric">{number(row.accepted)}</td>
                <td className="numeric">{percent(row.percentReported)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
