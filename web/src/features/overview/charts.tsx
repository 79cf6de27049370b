import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, useXAxisScale, useYAxisScale, XAxis, YAxis, type BarShapeProps } from 'recharts';

/**
 * The overview's charts, drawn with recharts. This module is loaded on its own (lazyCharts.ts),
 * after the page's figures are on screen, so that recharts stays out of every other script.
 * Each chart fills the fixed-height box its figure reserves, so nothing moves when it arrives.
 * The charts carry no text of their own beyond axes: the figure around them gives the title,
 * the written legend, the summary and the table. Pointing at a bar or a month of a line shows
 * its number in the browser's own tooltip (an SVG <title>), rather than recharts' Tooltip, which
 * would add 6.5 kB gzip to every page with charts (issue 11).
 */

export interface ChartSeries {
  key: string;
  name: string;
  colour: string;
  /** A dash pattern for lines, so they differ in black-and-white print too. */
  dash?: string;
}

interface Common {
  height: number;
  formatNumber: (value: number) => string;
}

const OUTLINE = '#262626';
const AXIS = '#404040';
const GRID = '#d9d9d9';

/** A row of a chart's data: the fields that name it and the numbers drawn. */
type Row = Record<string, unknown>;

/** "Label — series: 12", what pointing at one bar or one point says. */
const pointTitle = (label: string, series: string, value: string) => `${label} — ${series}: ${value}`;

/** A bar (or a bar's segment in a stack) with its number as the browser's tooltip. */
function TitledBar({ x, y, width, height, fill, stroke, strokeWidth, title }: BarShapeProps & { title: string }) {
  if (!width || !height) return null;
  return (
    <rect
      x={Math.min(x, x + width)}
      y={Math.min(y, y + height)}
      width={Math.abs(width)}
      height={Math.abs(height)}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
    >
      <title>{title}</title>
    </rect>
  );
}

export interface StackedBarsProps extends Common {
  rows: readonly object[];
  /** The field that names each bar. */
  categoryKey: string;
  series: readonly ChartSeries[];
  /** Bars along the vertical axis (long names) or along the horizontal one (many short names). */
  layout: 'horizontal' | 'vertical';
  categoryWidth?: number;
  formatCategory?: (value: string) => string;
}

export function StackedBarsChart({ rows, categoryKey, series, layout, height, categoryWidth = 160, formatNumber, formatCategory }: StackedBarsProps) {
  const valueAxis = { type: 'number' as const, allowDecimals: false, tickFormatter: formatNumber, stroke: AXIS };
  const categoryAxis = { type: 'category' as const, dataKey: categoryKey, tickFormatter: formatCategory, stroke: AXIS, interval: 0 };
  const categoryOf = (row: Row) => (formatCategory ? formatCategory(String(row[categoryKey])) : String(row[categoryKey]));
  return (
    <BarChart
      data={rows as Row[]}
      layout={layout}
      responsive
      style={{ width: '100%', height }}
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={GRID} horizontal={layout === 'horizontal'} vertical={layout === 'vertical'} />
      {layout === 'vertical' ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={categoryWidth} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} />
          <YAxis {...valueAxis} width={40} />
        </>
      )}
      {series.map((item) => (
        <Bar
          key={item.key}
          dataKey={item.key}
          name={item.name}
          stackId="stack"
          fill={item.colour}
          stroke={OUTLINE}
          strokeWidth={0.5}
          isAnimationActive={false}
          shape={(props: BarShapeProps) => (
            <TitledBar
              {...props}
              title={pointTitle(categoryOf(props.payload as Row), item.name, formatNumber(Number((props.payload as Row)[item.key])))}
            />
          )}
        />
      ))}
    </BarChart>
  );
}

export interface ColouredBarsProps extends Common {
  rows: readonly { label: string; count: number; colour: string }[];
  valueName: string;
  categoryWidth?: number;
}

/** One bar per category, each in its own colour (e.g. one per health). */
export function ColouredBarsChart({ rows, valueName, height, categoryWidth = 120, formatNumber }: ColouredBarsProps) {
  return (
    <BarChart
      data={rows as { label: string; count: number; colour: string }[]}
      layout="vertical"
      responsive
      style={{ width: '100%', height }}
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={GRID} horizontal={false} />
      <XAxis type="number" allowDecimals={false} tickFormatter={formatNumber} stroke={AXIS} />
      <YAxis type="category" dataKey="label" width={categoryWidth} stroke={AXIS} interval={0} />
      <Bar
        dataKey="count"
        name={valueName}
        stroke={OUTLINE}
        strokeWidth={0.5}
        isAnimationActive={false}
        shape={(props: BarShapeProps) => {
          const row = props.payload as { label: string; count: number };
          return <TitledBar {...props} title={pointTitle(row.label, valueName, formatNumber(row.count))} />;
        }}
      >
        {rows.map((row) => (
          <Cell key={row.label} fill={row.colour} />
        ))}
      </Bar>
    </BarChart>
  );
}

export interface MonthLinesProps extends Common {
  rows: readonly object[];
  monthKey: string;
  series: readonly ChartSeries[];
  formatMonth: (month: string) => string;
  /** Months marked with a vertical line and a written label. */
  marks: readonly { month: string; label: string }[];
}

/**
 * Cumulative lines by month, with marked months (the review date, the date of the figures).
 * Drawn in a BarChart without bars: the lines are step paths placed with the chart's own axis
 * scales (StepLines), not recharts' Line, whose LineChart, curves and d3-shape would add 11 kB
 * gzip to every page with charts for this one figure (issue 11). Axes, grid, marks and sizing
 * are recharts' as for the other charts.
 */
export function MonthLinesChart({ rows, monthKey, series, formatMonth, marks, height, formatNumber }: MonthLinesProps) {
  return (
    <BarChart
      data={rows as Row[]}
      responsive
      style={{ width: '100%', height }}
      accessibilityLayer={false}
      margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey={monthKey} scale="point" tickFormatter={formatMonth} stroke={AXIS} minTickGap={24} />
      <YAxis allowDecimals={false} tickFormatter={formatNumber} stroke={AXIS} width={40} />
      {marks.map((mark, index) => (
        <ReferenceLine
          key={mark.month + mark.label}
          x={mark.month}
          stroke={OUTLINE}
          strokeDasharray={index === 0 ? undefined : '2 3'}
          label={{ value: mark.label, position: index === 0 ? 'insideTopRight' : 'insideTopLeft', fill: OUTLINE, fontSize: 12 }}
        />
      ))}
      {/* Undrawn bars of the same numbers give the value axis its domain and ticks, as the lines would. */}
      {series.map((item) => (
        <Bar key={item.key} dataKey={item.key} name={item.name} shape={NO_SHAPE} isAnimationActive={false} />
      ))}
      <StepLines rows={rows as Row[]} monthKey={monthKey} series={series} formatMonth={formatMonth} formatNumber={formatNumber} />
    </BarChart>
  );
}

const NO_SHAPE = () => <g />;

/**
 * Each series as a line that steps at every month (a cumulative count holds until the next
 * month's), and an invisible point per month that carries its number as the browser's tooltip.
 */
function StepLines({
  rows,
  monthKey,
  series,
  formatMonth,
  formatNumber,
}: {
  rows: readonly Row[];
  monthKey: string;
  series: readonly ChartSeries[];
  formatMonth: (month: string) => string;
  formatNumber: (value: number) => string;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="month-lines">
      {series.map((item) => {
        const points = rows.flatMap((row) => {
          const px = x(row[monthKey]);
          const value = Number(row[item.key]) || 0;
          const py = y(value);
          return px === undefined || py === undefined ? [] : [{ x: px, y: py, month: String(row[monthKey]), value }];
        });
        const path = points.map((point, index) => (index === 0 ? `M${point.x},${point.y}` : `H${point.x}V${point.y}`)).join('');
        return (
          <g key={item.key}>
            <path d={path} fill="none" stroke={item.colour} strokeWidth={3} strokeDasharray={item.dash} />
            {points.map((point) => (
              <circle key={point.month} cx={point.x} cy={point.y} r={6} fill="transparent" stroke="none">
                <title>{pointTitle(formatMonth(point.month), item.name, formatNumber(point.value))}</title>
              </circle>
            ))}
          </g>
        );
      })}
    </g>
  );
}
