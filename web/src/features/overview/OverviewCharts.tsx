import type { ReactNode } from 'react';
import type { ActionStatus, OverviewDashboardQuery } from '../../gql/graphql';
import { HEALTH_COLOURS, STATUS_COLOURS, STATUS_ORDER } from '../../components/palette';
import { HealthBadge } from '../../components/Badges';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { ChartFigure, type LegendItem } from './ChartFigure';
import { formatMonth } from './formatMonth';
import { ColouredBarsChart, MonthLinesChart, StackedBarsChart } from './lazyCharts';
import {
  burnUpSeries,
  coverageRows,
  healthSlices,
  shortLabel,
  statusRows,
  summariseCoverage,
  summariseStatusRows,
  type StatusRow,
} from './selectors';

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

function useStatusLegend(): (LegendItem & { key: ActionStatus })[] {
  const { t } = useTranslation('overview');
  return STATUS_ORDER.map((status) => ({ key: status, name: t(`status.${status}`, { ns: 'common' }), colour: STATUS_COLOURS[status] }));
}

function StatusTable({ rows, title, column, rowHeader }: { rows: StatusRow[]; title: string; column: string; rowHeader: (row: StatusRow) => ReactNode }) {
  const { t } = useTranslation('overview');
  const { number } = useNumbers();
  return (
    <table className="data-table overview-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          {STATUS_ORDER.map((status) => (
            <th scope="col" key={status} className="numeric">
              {t(`status.${status}`, { ns: 'common' })}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t('chart.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{rowHeader(row)}</th>
            {STATUS_ORDER.map((status) => (
              <td key={status} className="numeric">
                {number(row[status])}
              </td>
            ))}
            <td className="numeric">{number(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PriorityStatusChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('overview');
  const { number, percent } = useNumbers();
  const legend = useStatusLegend();
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
    : t('priority.summaryNone', { groups: number(summary.groups), largestId: idOf(summary.largest?.label), largestTotal: number(summary.largest?.total ?? 0) });
  const height = barsHeight(rows.length);
  return (
    <ChartFigure
      title={title}
      summary={sentence}
      legend={legend}
      height={height}
      chart={
        <StackedBarsChart
          rows={rows.map((row) => ({ ...row, axis: `${row.id} ${shortLabel(row.label, 24)}` }))}
          categoryKey="axis"
          series={legend}
          layout="vertical"
          categoryWidth={220}
          height={height}
          formatNumber={number}
        />
      }
      table={
        <StatusTable
          rows={rows}
          title={title}
          column={t('priority.column')}
          rowHeader={(row) => (
            <>
              {row.id} <span lang="en">{row.label}</span>
            </>
          )}
        />
      }
    />
  );
}

export function OwnerStatusChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('overview');
  const { number, percent } = useNumbers();
  const legend = useStatusLegend();
  const rows = statusRows(dashboard.byOwner);
  const summary = summariseStatusRows(rows);
  const title = t('owner.title');
  const sentence = summary.mostCompleted
    ? t('owner.summaryLeader', {
        label: shortLabel(summary.mostCompleted.label, 60),
        completed: number(summary.mostCompleted.completed),
        total: number(summary.mostCompleted.total),
        percent: percent(summary.mostCompleted.percent),
        largest: shortLabel(summary.largest?.label ?? '', 60),
        largestTotal: number(summary.largest?.total ?? 0),
      })
    : t('owner.summaryNone', { groups: number(summary.groups), largest: shortLabel(summary.largest?.label ?? '', 60), largestTotal: number(summary.largest?.total ?? 0) });
  const height = barsHeight(rows.length);
  return (
    <ChartFigure
      title={title}
      summary={sentence}
      note={t('owner.note')}
      legend={legend}
      height={height}
      chart={
        <StackedBarsChart
          rows={rows.map((row) => ({ ...row, axis: shortLabel(row.label, 26) }))}
          categoryKey="axis"
          series={legend}
          layout="vertical"
          categoryWidth={200}
          height={height}
          formatNumber={number}
        />
      }
      table={<StatusTable rows={rows} title={title} column={t('owner.column')} rowHeader={(row) => <span lang="en">{row.label}</span>} />}
    />
  );
}

export function HealthChart({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('overview');
  const { number, percent } = useNumbers();
  const slices = healthSlices(dashboard.byHealth);
  const countOf = (health: string) => number(slices.find((slice) => slice.health === health)?.count ?? 0);
  const title = t('health.title');
  const rows = slices.map((slice) => ({ label: t(`health.${slice.health}`, { ns: 'common' }), count: slice.count, colour: HEALTH_COLOURS[slice.health] }));
  const height = barsHeight(slices.length);
  return (
    <ChartFigure
      title={title}
      summary={t('health.summary', {
        total: number(dashboard.totals.actions),
        done: countOf('DONE'),
        onTrack: countOf('ON_TRACK'),
        atRisk: countOf('AT_RISK'),
        overdue: countOf('OVERDUE'),
      })}
      legend={rows.map((row) => ({ name: row.label, colour: row.colour }))}
      height={height}
      chart={<ColouredBarsChart rows={rows} valueName={t('health.count')} height={height} formatNumber={number} />}
      table={
        <table className="data-table overview-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('health.column')}</th>
              <th scope="col" className="numeric">
                {t('health.count')}
              </th>
              <th scope="col" className="numeric">
                {t('chart.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {slices.map((slice) => (
              <tr key={slice.health}>
                <th scope="row">
                  <HealthBadge health={slice.health} />
                </th>
                <td className="numeric">{number(slice.count)}</td>
                <td className="numeric">{percent(slice.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

const BURN_UP_HEIGHT = 320;

export function BurnUpChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('overview');
  const { number } = useNumbers();
  const series = burnUpSeries(dashboard.burnUp, dashboard.asOf, dashboard.reviewDate);
  const title = t('burnUp.title');
  const lines = [
    { key: 'fallingDue', name: t('burnUp.fallingDue'), colour: HEALTH_COLOURS.OVERDUE, dash: '8 4', kind: 'line' as const },
    { key: 'completed', name: t('burnUp.completed'), colour: STATUS_COLOURS.COMPLETED, kind: 'line' as const },
  ];
  const marks = [
    ...(series.reviewMonth ? [{ month: series.reviewMonth, label: t('burnUp.reviewLine') }] : []),
    ...(series.asOfMonth && series.asOfMonth !== series.reviewMonth ? [{ month: series.asOfMonth, label: t('burnUp.asOfLine') }] : []),
  ];
  const summary = series.atAsOf
    ? t('burnUp.summary', {
        month: formatMonth(series.atAsOf.month, language, 'long'),
        completed: number(series.atAsOf.completed),
        due: number(series.atAsOf.fallingDue),
        dueAtReview: number(series.atReview?.fallingDue ?? series.atAsOf.fallingDue),
      })
    : series.atReview
      ? t('burnUp.summaryReviewOnly', { dueAtReview: number(series.atReview.fallingDue), completed: number(series.atReview.completed) })
      : t('burnUp.empty');
  return (
    <ChartFigure
      title={title}
      summary={summary}
      legend={[...lines, ...marks.map((mark, index) => ({ name: mark.label, colour: '#262626', kind: 'line' as const, dash: index === 0 ? undefined : '2 3' }))]}
      height={BURN_UP_HEIGHT}
      chart={
        <MonthLinesChart
          rows={series.rows}
          monthKey="month"
          series={lines}
          marks={marks}
          formatMonth={(month) => formatMonth(month, language)}
          height={BURN_UP_HEIGHT}
          formatNumber={number}
        />
      }
      table={
        <table className="data-table overview-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('burnUp.month')}</th>
              <th scope="col" className="numeric">
                {t('burnUp.completed')}
              </th>
              <th scope="col" className="numeric">
                {t('burnUp.fallingDue')}
              </th>
              <th scope="col" className="numeric">
                {t('burnUp.behind')}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">
                  <time dateTime={row.month}>{formatMonth(row.month, language, 'long')}</time>
                  {row.month === series.reviewMonth && ` (${t('burnUp.reviewLine')})`}
                </th>
                <td className="numeric">{number(row.completed)}</td>
                <td className="numeric">{number(row.fallingDue)}</td>
                <td className="numeric">{number(row.behind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

const COVERAGE_HEIGHT = 300;

export function CoverageChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, language } = useTranslation('overview');
  const { number, percent } = useNumbers();
  const { coverage } = dashboard;
  const names = regionNames(language);
  const nameOf = (country: { country: string; name: string }) => {
    const name = names?.of(country.country);
    return name && name !== country.country ? name : country.name;
  };
  const rows = coverageRows(coverage.byCountry);
  const summary = summariseCoverage(rows);
  const title = t('coverage.title');
  const series = [
    { key: 'accepted', name: t('coverage.accepted'), colour: STATUS_COLOURS.COMPLETED },
    { key: 'awaiting', name: t('coverage.awaiting'), colour: STATUS_COLOURS.IN_PROGRESS },
    { key: 'missing', name: t('coverage.missing'), colour: STATUS_COLOURS.NOT_STARTED },
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
                {t('coverage.accepted')}
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

function regionNames(language: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([language], { type: 'region' });
  } catch {
    return null;
  }
}
