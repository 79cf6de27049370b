import { Suspense, useId, type ReactNode } from 'react';
import { HealthBadge } from '../../components/Badges';
import { HEALTH_COLOURS, STATUS_COLOURS, STATUS_ORDER } from '../../components/palette';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { formatMonth } from '../overview/formatMonth';
import { ColouredBarsChart, MonthLinesChart, StackedBarsChart } from '../overview/lazyCharts';
import { burnUpSeries, healthSlices, shortLabel, statusRows, summariseStatusRows } from '../overview/selectors';
import type { ReportModel } from './report-model';

const BAR_STEP = 28;
const AXIS_ROOM = 44;
const barsHeight = (bars: number) => Math.max(bars, 3) * BAR_STEP + AXIS_ROOM;

/**
 * A chart as the report prints it: title, one-sentence summary, written legend, the drawing,
 * and the table of the same numbers always shown (on paper the table is what officials quote).
 */
function ReportChart({
  title,
  summary,
  legend,
  height,
  chart,
  table,
}: {
  title: string;
  summary: string;
  legend: readonly { name: string; colour: string; dash?: string; kind?: 'box' | 'line' }[];
  height: number;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation('report');
  const titleId = useId();
  return (
    <section className="report-chart" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <p>{summary}</p>
      <ul className="report-chart__legend" aria-label={t('chart.legend')}>
        {legend.map((item) => (
          <li key={item.name}>
            <svg width="24" height="14" aria-hidden="true" focusable="false">
              {item.kind === 'line' ? (
                <line x1="0" y1="7" x2="24" y2="7" stroke={item.colour} strokeWidth="3" strokeDasharray={item.dash} />
              ) : (
                <rect x="0.5" y="0.5" width="23" height="13" fill={item.colour} stroke="#262626" />
              )}
            </svg>{' '}
            {item.name}
          </li>
        ))}
      </ul>
      <div className="report-chart__plot" style={{ height }} role="img" aria-label={t('chart.image', { title })}>
        <Suspense fallback={null}>{chart}</Suspense>
      </div>
      {table}
    </section>
  );
}

/** The headline figures, as a table: label and value side by side, on screen and on paper. */
export function HeadlineFigures({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const { totals, daysToReview, forecast, reviewDate } = model.dashboard;
  const number = (value: number) => formatNumber(value, language);
  const rows: { key: string; label: string; value: string; detail?: ReactNode }[] = [
    { key: 'actions', label: t('figures.actions'), value: number(totals.actions) },
    {
      key: 'completed',
      label: t('figures.completed'),
      value: formatPercent(totals.percentCompleted, language),
      detail: t('figures.completedDetail', { completed: number(totals.completed), total: number(totals.actions) }),
    },
    { key: 'overdue', label: t('figures.overdue'), value: number(totals.overdue) },
    { key: 'atRisk', label: t('figures.atRisk'), value: number(totals.atRisk) },
    { key: 'upcoming', label: t('figures.upcoming'), value: number(totals.upcoming) },
    {
      key: 'review',
      label: daysToReview >= 0 ? t('figures.daysToReview') : t('figures.daysSinceReview'),
      value: number(Math.abs(daysToReview)),
      detail: t('figures.reviewOn', { date: formatDate(reviewDate, language, 'long') }),
    },
    {
      key: 'forecast',
      label: t('figures.forecast'),
      value: number(forecast.doneByReview),
      detail: (
        <>
          {t('figures.forecastRange', { low: number(forecast.low), high: number(forecast.high), count: forecast.likelyToMissCount, missing: number(forecast.likelyToMissCount) })}{' '}
          <span lang="en">{forecast.method}</span>
        </>
      ),
    },
  ];
  return (
    <table className="data-table report-table report-figures">
      <caption>{t('figures.caption', { date: formatDate(model.asOf, language, 'long') })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('figures.figure')}</th>
          <th scope="col" className="numeric">
            {t('figures.value')}
          </th>
          <th scope="col">{t('figures.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-figure={row.key}>
            <th scope="row">{row.label}</th>
            <td className="numeric report-figures__value">{row.value}</td>
            <td>{row.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PriorityChart({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const number = (value: number) => formatNumber(value, language);
  const rows = statusRows(model.dashboard.byPriority);
  const summary = summariseStatusRows(rows);
  const legend = STATUS_ORDER.map((status) => ({ key: status, name: t(`status.${status}`, { ns: 'common' }), colour: STATUS_COLOURS[status] }));
  const title = t('charts.priority');
  const height = barsHeight(rows.length);
  return (
    <ReportChart
      title={title}
      summary={
        summary.mostCompleted
          ? t('charts.prioritySummary', {
              label: summary.mostCompleted.label,
              completed: number(summary.mostCompleted.completed),
              total: number(summary.mostCompleted.total),
              percent: formatPercent(summary.mostCompleted.percent, language),
            })
          : t('charts.prioritySummaryNone', { count: rows.length, groups: number(rows.length) })
      }
      legend={legend}
      height={height}
      chart={
        <StackedBarsChart
          rows={rows.map((row) => ({ ...row, axis: `${row.id} ${shortLabel(row.label, 22)}` }))}
          categoryKey="axis"
          series={legend}
          layout="vertical"
          categoryWidth={200}
          height={height}
          formatNumber={number}
        />
      }
      table={
        <table className="data-table report-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.priorityColumn')}</th>
              {STATUS_ORDER.map((status) => (
                <th scope="col" key={status} className="numeric">
                  {t(`status.${status}`, { ns: 'common' })}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('charts.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.id} <span lang="en">{row.label}</span>
                </th>
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
      }
    />
  );
}

export function HealthChart({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const number = (value: number) => formatNumber(value, language);
  const slices = healthSlices(model.dashboard.byHealth);
  const rows = slices.map((slice) => ({ label: t(`health.${slice.health}`, { ns: 'common' }), count: slice.count, colour: HEALTH_COLOURS[slice.health] }));
  const countOf = (health: string) => number(slices.find((slice) => slice.health === health)?.count ?? 0);
  const title = t('charts.health');
  const height = barsHeight(rows.length);
  return (
    <ReportChart
      title={title}
      summary={t('charts.healthSummary', {
        total: number(model.dashboard.totals.actions),
        done: countOf('DONE'),
        onTrack: countOf('ON_TRACK'),
        atRisk: countOf('AT_RISK'),
        overdue: countOf('OVERDUE'),
      })}
      legend={rows.map((row) => ({ name: row.label, colour: row.colour }))}
      height={height}
      chart={<ColouredBarsChart rows={rows} valueName={t('charts.count')} height={height} formatNumber={number} />}
      table={
        <table className="data-table report-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.healthColumn')}</th>
              <th scope="col" className="numeric">
                {t('charts.count')}
              </th>
              <th scope="col" className="numeric">
                {t('charts.share')}
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
                <td className="numeric">{formatPercent(slice.percent, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function BurnUpChart({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const number = (value: number) => formatNumber(value, language);
  const series = burnUpSeries(model.dashboard.burnUp, model.dashboard.asOf, model.dashboard.reviewDate);
  const title = t('charts.burnUp');
  const lines = [
    { key: 'fallingDue', name: t('charts.fallingDue'), colour: HEALTH_COLOURS.OVERDUE, dash: '8 4', kind: 'line' as const },
    { key: 'completed', name: t('charts.completed'), colour: STATUS_COLOURS.COMPLETED, kind: 'line' as const },
  ];
  const marks = series.reviewMonth ? [{ month: series.reviewMonth, label: t('charts.reviewLine') }] : [];
  const at = series.atAsOf ?? series.rows.at(-1);
  return (
    <ReportChart
      title={title}
      summary={
        at
          ? t('charts.burnUpSummary', { month: formatMonth(at.month, language, 'long'), completed: number(at.completed), due: number(at.fallingDue) })
          : t('charts.burnUpEmpty')
      }
      legend={lines}
      height={260}
      chart={
        <MonthLinesChart
          rows={series.rows}
          monthKey="month"
          series={lines}
          marks={marks}
          formatMonth={(month) => formatMonth(month, language)}
          height={260}
          formatNumber={number}
        />
      }
      table={
        <table className="data-table report-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.month')}</th>
              <th scope="col" className="numeric">
                {t('charts.completed')}
              </th>
              <th scope="col" className="numeric">
                {t('charts.fallingDue')}
              </th>
              <th scope="col" className="numeric">
                {t('charts.behind')}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">
                  <time dateTime={row.month}>{formatMonth(row.month, language, 'long')}</time>
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
