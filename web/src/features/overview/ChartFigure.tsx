import { Suspense, useId, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';

export interface LegendItem {
  name: string;
  colour: string;
  /** A swatch for bars, a line sample (with its dash pattern) for lines. */
  kind?: 'box' | 'line';
  dash?: string;
}

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
}

/**
 * A chart as the overview shows every chart: a title, a one-sentence summary of the numbers,
 * a written legend, the drawing, and a table of the same numbers for screen readers and for
 * officials who quote figures. The drawing is an image named after the title; its numbers
 * are in the summary and the table.
 */
export function ChartFigure({ title, summary, legend, height, chart, table, note }: ChartFigureProps) {
  const { t } = useTranslation('overview');
  const titleId = useId();
  return (
    <section className="overview-chart" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="overview-chart__summary">{summary}</p>
      {note && <p className="small">{note}</p>}
      <ul className="chart-legend" aria-label={t('chart.legend')}>
        {legend.map((item) => (
          <li key={item.name} className="chart-legend__item">
            <svg className="chart-legend__swatch" width="24" height="14" aria-hidden="true" focusable="false">
              {item.kind === 'line' ? (
                <line x1="0" y1="7" x2="24" y2="7" stroke={item.colour} strokeWidth="3" strokeDasharray={item.dash} />
              ) : (
                <rect x="0.5" y="0.5" width="23" height="13" fill={item.colour} stroke="#262626" />
              )}
            </svg>
            {item.name}
          </li>
        ))}
      </ul>
      <div className="overview-chart__plot" style={{ height }} role="img" aria-label={t('chart.image', { title })}>
        <Suspense fallback={null}>{chart}</Suspense>
      </div>
      <details className="overview-chart__table">
        <summary>{t('chart.showTable')}</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </section>
  );
}
