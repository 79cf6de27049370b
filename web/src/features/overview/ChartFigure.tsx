import { Suspense, useDeferredValue, useId, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ScrollRegion } from '../../components/ScrollRegion';

export interface LegendItem {
  name: string;
  colour: string;
  /** A swatch for bars, a line sample (with its dash pattern) for lines. */
  kind?: 'box' | 'line';
  dash?: string;
}

/**
 * Where a figure stands. `overview`: a section of the overview page (h2), its table behind
 * "Show as table". `report`: a figure of the review report (h3 under the report's part), its
 * table always shown, since on paper the table is what officials quote. The variant is also
 * the namespace whose `chart.legend` and `chart.image` words the figure uses, and picks that
 * page's classes, so each page's stylesheet (and print rules) keeps styling its own figures.
 */
export type FigureVariant = 'overview' | 'report';

const CLASSES: Record<FigureVariant, { figure: string; summary?: string; legend: string; item?: string; swatch?: string; plot: string }> = {
  overview: {
    figure: 'overview-chart',
    summary: 'overview-chart__summary',
    legend: 'chart-legend',
    item: 'chart-legend__item',
    swatch: 'chart-legend__swatch',
    plot: 'overview-chart__plot',
  },
  report: { figure: 'report-chart', legend: 'report-chart__legend', plot: 'report-chart__plot' },
};

interface ChartFigureProps {
  title: string;
  /** One sentence that says what the numbers say. */
  summary: string;
  legend: readonly LegendItem[];
  /** The box the chart draws in: fixed, so the page does not move when the chart code arrives. */
  height: number;
  chart: ReactNode;
  /** The same numbers as a table, captioned with the title. */
  table: ReactNode;
  note?: string;
  variant?: FigureVariant;
}

/**
 * A chart as the overview and the report show every chart: a title, a one-sentence summary of
 * the numbers, a written legend, the drawing, and a table of the same numbers for screen
 * readers and for officials who quote figures. The drawing is an image named after the title;
 * its numbers are in the summary and the table.
 */
export function ChartFigure({ title, summary, legend, height, chart, table, note, variant = 'overview' }: ChartFigureProps) {
  const { t } = useTranslation(variant);
  const titleId = useId();
  const classes = CLASSES[variant];
  const Heading = variant === 'report' ? 'h3' : 'h2';
  // The drawing comes in a second, interruptible render: the page's text, figures and tables
  // are painted first (the largest contentful paint), then the charts fill their fixed boxes.
  const drawn = useDeferredValue(true, false);
  return (
    <section className={classes.figure} aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      <p className={classes.summary}>{summary}</p>
      {note && <p className="small">{note}</p>}
      <ul className={classes.legend} aria-label={t('chart.legend')}>
        {legend.map((item) => (
          <li key={item.name} className={classes.item}>
            <svg className={classes.swatch} width="24" height="14" aria-hidden="true" focusable="false">
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
      <div className={classes.plot} style={{ height }} role="img" aria-label={t('chart.image', { title })}>
        {drawn && <Suspense fallback={null}>{chart}</Suspense>}
      </div>
      {variant === 'report' ? (
        <ScrollRegion labelledBy={titleId}>{table}</ScrollRegion>
      ) : (
        <details className="overview-chart__table">
          <summary>{t('chart.showTable')}</summary>
          <ScrollRegion labelledBy={titleId}>{table}</ScrollRegion>
        </details>
      )}
    </section>
  );
}
