import type { ReactNode } from 'react';
import { HealthBadge } from '../../components/Badges';
import { HEALTH_COLOURS, STATUS_COLOURS, STATUS_ORDER } from '../../components/palette';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { ChartFigure, type FigureVariant } from './ChartFigure';
import { formatMonth } from './formatMonth';
import { ColouredBarsChart, MonthLinesChart, StackedBarsChart } from './lazyCharts';
import type { BurnUpRow, HealthSlice, StatusRow } from './selectors';

/**
 * The figures the overview and the review report both draw: status by group, health and the
 * burn-up, each a ChartFigure with its chart (from the lazy chart chunk) and the table of the
 * same numbers. They take rows the selectors have already computed, the summary sentence and
 * the labels in the page's own words, and the sizes each page draws at; statuses and health are
 * the shared words of `common`, numbers are formatted in the interface language.
 */

const TABLE_CLASS: Record<FigureVariant, string> = {
  overview: 'data-table overview-table',
  report: 'data-table report-table',
};

interface FigureText {
  variant: FigureVariant;
  title: string;
  /** One sentence that says what the numbers say, in the page's words. */
  summary: string;
  note?: string;
  /** The box the chart draws in. */
  height: number;
}

/** Actions by status for each group (priority, owner): stacked bars, and a table of a row a group, a column a status, and the total. */
export function StatusFigure({
  rows,
  axisLabel,
  categoryWidth,
  column,
  total,
  rowHeader,
  ...figure
}: FigureText & {
  rows: readonly StatusRow[];
  /** The bar's name on the axis, shortened to fit `categoryWidth`. */
  axisLabel: (row: StatusRow) => string;
  categoryWidth: number;
  column: string;
  total: string;
  rowHeader: (row: StatusRow) => ReactNode;
}) {
  const { t, number } = useNumbers();
  const legend = STATUS_ORDER.map((status) => ({ key: status, name: t(`status.${status}`), colour: STATUS_COLOURS[status] }));
  return (
    <ChartFigure
      {...figure}
      legend={legend}
      chart={
        <StackedBarsChart
          rows={rows.map((row) => ({ ...row, axis: axisLabel(row) }))}
          categoryKey="axis"
          series={legend}
          layout="vertical"
          categoryWidth={categoryWidth}
          height={figure.height}
          formatNumber={number}
        />
      }
      table={
        <StatusTable rows={rows} caption={figure.title} className={TABLE_CLASS[figure.variant]} column={column} total={total} rowHeader={rowHeader} />
      }
    />
  );
}

/** A strategic priority as a status table names it: its number, then its title in the strategy's own English. */
export function PriorityName({ row }: { row: StatusRow }) {
  return (
    <>
      {row.id} <span lang="en">{row.label}</span>
    </>
  );
}

/** Actions by health: a bar a health in its colour, and a table of the health written, the count and the share. */
export function HealthFigure({
  slices,
  labels,
  ...figure
}: FigureText & { slices: readonly HealthSlice[]; labels: { column: string; count: string; share: string } }) {
  const { t, number } = useNumbers();
  const rows = slices.map((slice) => ({ label: t(`health.${slice.health}`), count: slice.count, colour: HEALTH_COLOURS[slice.health] }));
  return (
    <ChartFigure
      {...figure}
      legend={rows.map((row) => ({ name: row.label, colour: row.colour }))}
      chart={<ColouredBarsChart rows={rows} valueName={labels.count} height={figure.height} formatNumber={number} />}
      table={<HealthTable slices={slices} caption={figure.title} className={TABLE_CLASS[figure.variant]} labels={labels} />}
    />
  );
}

/**
 * Completed actions against actions falling due, month by month: two lines, the months in
 * `marks` drawn as vertical lines (and, with `marksInLegend`, named in the legend), and a
 * table of the months with the gap; `tableMark` names one month in the table too.
 */
export function BurnUpFigure({
  rows,
  labels,
  marks,
  marksInLegend = false,
  tableMark,
  ...figure
}: FigureText & {
  rows: readonly BurnUpRow[];
  labels: { month: string; completed: string; fallingDue: string; behind: string };
  marks: readonly { month: string; label: string }[];
  marksInLegend?: boolean;
  tableMark?: { month: string; label: string };
}) {
  const { number, language } = useNumbers();
  const lines = [
    { key: 'fallingDue', name: labels.fallingDue, colour: HEALTH_COLOURS.OVERDUE, dash: '8 4', kind: 'line' as const },
    { key: 'completed', name: labels.completed, colour: STATUS_COLOURS.COMPLETED, kind: 'line' as const },
  ];
  const markLegend = marks.map((mark, index) => ({
    name: mark.label,
    colour: '#262626',
    kind: 'line' as const,
    dash: index === 0 ? undefined : '2 3',
  }));
  return (
    <ChartFigure
      {...figure}
      legend={marksInLegend ? [...lines, ...markLegend] : lines}
      chart={
        <MonthLinesChart
          rows={rows}
          monthKey="month"
          series={lines}
          marks={marks}
          formatMonth={(month) => formatMonth(month, language)}
          height={figure.height}
          formatNumber={number}
        />
      }
      table={<BurnUpTable rows={rows} caption={figure.title} className={TABLE_CLASS[figure.variant]} labels={labels} mark={tableMark} />}
    />
  );
}

interface TableProps {
  /** The chart's title, so table and chart are named alike. */
  caption: string;
  /** The page's table classes. */
  className: string;
}

function useNumbers() {
  const { t, language } = useTranslation();
  return {
    t,
    number: (value: number) => formatNumber(value, language),
    percent: (value: number) => formatPercent(value, language),
    language,
  };
}

/** Actions by status for each group (priority, owner): one row a group, one column a status, and the total. */
function StatusTable({
  rows,
  caption,
  className,
  column,
  total,
  rowHeader,
}: TableProps & { rows: readonly StatusRow[]; column: string; total: string; rowHeader: (row: StatusRow) => ReactNode }) {
  const { t, number } = useNumbers();
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          {STATUS_ORDER.map((status) => (
            <th scope="col" key={status} className="numeric">
              {t(`status.${status}`)}
            </th>
          ))}
          <th scope="col" className="numeric">
            {total}
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

/** Actions by health: the health written as a badge, the count and the share of all actions. */
function HealthTable({
  slices,
  caption,
  className,
  labels,
}: TableProps & { slices: readonly HealthSlice[]; labels: { column: string; count: string; share: string } }) {
  const { number, percent } = useNumbers();
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.column}</th>
          <th scope="col" className="numeric">
            {labels.count}
          </th>
          <th scope="col" className="numeric">
            {labels.share}
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
  );
}

/** The burn-up month by month: completed, fallen due and the gap; optionally one month marked (e.g. the review's). */
function BurnUpTable({
  rows,
  caption,
  className,
  labels,
  mark,
}: TableProps & {
  rows: readonly BurnUpRow[];
  labels: { month: string; completed: string; fallingDue: string; behind: string };
  mark?: { month: string; label: string };
}) {
  const { number, language } = useNumbers();
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.month}</th>
          <th scope="col" className="numeric">
            {labels.completed}
          </th>
          <th scope="col" className="numeric">
            {labels.fallingDue}
          </th>
          <th scope="col" className="numeric">
            {labels.behind}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.month}>
            <th scope="row">
              <time dateTime={row.month}>{formatMonth(row.month, language, 'long')}</time>
              {row.month === mark?.month && ` (${mark.label})`}
            </th>
            <td className="numeric">{number(row.completed)}</td>
            <td className="numeric">{number(row.fallingDue)}</td>
            <td className="numeric">{number(row.behind)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
