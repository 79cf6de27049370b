import type { ReactNode } from 'react';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useTranslation } from '../../i18n/useTranslation';
import { BurnUpFigure, HealthFigure, PriorityName, StatusFigure } from '../overview/Figures';
import { formatMonth } from '../overview/formatMonth';
import { burnUpSeries, healthSlices, shortLabel, statusRows, summariseStatusRows } from '../overview/selectors';
import { burnUpRowsForPrint, type ReportModel } from './report-model';

const BAR_STEP = 28;
const AXIS_ROOM = 44;
const barsHeight = (bars: number) => Math.max(bars, 3) * BAR_STEP + AXIS_ROOM;

/** The headline figures, as a table: label and value side by side, on screen and on paper. */
export function HeadlineFigures({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const { totals, daysToReview, forecast, reviewDate } = model.dashboard;
  const number = (value: number) => formatNumber(value, language);
  const rows: { key: string; label: string; value: string; detail?: ReactNode }[] = [
    { key: 'actions', label: t('figures.actions'), value: number(totals.actions) },
    {
      key: 'completed',
      label: t('status.COMPLETED', { ns: 'common' }),
      value: formatPercent(totals.percentCompleted, language),
      detail: t('figures.completedDetail', { completed: number(totals.completed), total: number(totals.actions) }),
    },
    { key: 'overdue', label: t('health.OVERDUE', { ns: 'common' }), value: number(totals.overdue) },
    { key: 'atRisk', label: t('health.AT_RISK', { ns: 'common' }), value: number(totals.atRisk) },
    { key: 'upcoming', label: t('figures.upcoming'), value: number(totals.upcoming) },
    // Past the review date a day count since it reads as nonsense: the row says when it took place.
    daysToReview >= 0
      ? {
          key: 'review',
          label: t('figures.daysToReview'),
          value: number(daysToReview),
          detail: t('figures.reviewOn', { date: formatDate(reviewDate, language, 'long') }),
        }
      : {
          key: 'review',
          label: t('figures.reviewHeld'),
          value: formatDate(reviewDate, language),
          detail: t('figures.reviewPast', { date: formatDate(model.asOf, language, 'long') }),
        },
    {
      key: 'forecast',
      label: t('figures.forecast'),
      value: number(forecast.doneByReview),
      detail: (
        <>
          {t('figures.forecastRange', {
            low: number(forecast.low),
            high: number(forecast.high),
            count: forecast.likelyToMissCount,
            missing: number(forecast.likelyToMissCount),
          })}{' '}
          <span lang="en">{forecast.method}</span>
        </>
      ),
    },
  ];
  return (
    <ScrollRegion labelledBy="report-figures-caption">
      <table className="data-table report-table report-figures">
        <caption id="report-figures-caption">{t('figures.caption', { date: formatDate(model.asOf, language, 'long') })}</caption>
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
    </ScrollRegion>
  );
}

export function PriorityChart({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const number = (value: number) => formatNumber(value, language);
  const rows = statusRows(model.dashboard.byPriority);
  const summary = summariseStatusRows(rows);
  const title = t('charts.priority');
  return (
    <StatusFigure
      variant="report"
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
      height={barsHeight(rows.length)}
      rows={rows}
      axisLabel={(row) => `${row.id} ${shortLabel(row.label, 22)}`}
      categoryWidth={200}
      column={t('charts.priorityColumn')}
      total={t('charts.total')}
      rowHeader={(row) => <PriorityName row={row} />}
    />
  );
}

export function HealthChart({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const number = (value: number) => formatNumber(value, language);
  const slices = healthSlices(model.dashboard.byHealth);
  const countOf = (health: string) => number(slices.find((slice) => slice.health === health)?.count ?? 0);
  return (
    <HealthFigure
      variant="report"
      title={t('charts.health')}
      summary={t('charts.healthSummary', {
        count: slices.find((slice) => slice.health === 'DONE')?.count ?? 0,
        total: number(model.dashboard.totals.actions),
        done: countOf('DONE'),
        onTrack: countOf('ON_TRACK'),
        atRisk: countOf('AT_RISK'),
        overdue: countOf('OVERDUE'),
      })}
      height={barsHeight(slices.length)}
      slices={slices}
      labels={{ column: t('charts.healthColumn'), count: t('charts.count'), share: t('charts.share') }}
    />
  );
}

export function BurnUpChart({ model }: { model: ReportModel }) {
  const { t, language } = useTranslation('report');
  const number = (value: number) => formatNumber(value, language);
  const series = burnUpSeries(model.dashboard.burnUp, model.dashboard.asOf, model.dashboard.reviewDate);
  const marks = series.reviewMonth ? [{ month: series.reviewMonth, label: t('charts.reviewLine') }] : [];
  const at = series.atAsOf ?? series.rows.at(-1);
  // On paper a long period is grouped (by quarter, then by year): fourteen years of months were seven pages.
  const printed = burnUpRowsForPrint(series.rows, [series.reviewMonth, series.asOfMonth]);
  return (
    <BurnUpFigure
      variant="report"
      title={t('charts.burnUp')}
      summary={
        at
          ? t('charts.burnUpSummary', {
              count: at.completed,
              month: formatMonth(at.month, language, 'long'),
              completed: number(at.completed),
              due: number(at.fallingDue),
            })
          : t('charts.burnUpEmpty')
      }
      height={260}
      note={printed.grouping === 'month' ? undefined : t(`charts.grouped.${printed.grouping}`)}
      rows={printed.rows}
      labels={{
        month: t(`charts.period.${printed.grouping}`),
        completed: t('status.COMPLETED', { ns: 'common' }),
        fallingDue: t('charts.fallingDue'),
        behind: t('charts.behind'),
      }}
      marks={marks}
    />
  );
}
