import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * The overview's charts, drawn with recharts. This module is loaded on its own (lazyCharts.ts),
 * after the page's figures are on screen, so that recharts stays out of every other script.
 * Each chart fills the fixed-height box its figure reserves, so nothing moves when it arrives.
 * The charts carry no text of their own beyond axes: the figure around them gives the title,
 * the written legend, the summary and the table.
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
      <Tooltip
        formatter={(value) => formatNumber(Number(value))}
        labelFormatter={(label) => (formatCategory ? formatCategory(String(label)) : String(label))}
      />
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
      <Tooltip formatter={(value) => formatNumber(Number(value))} />
      <Bar dataKey="count" name={valueName} stroke={OUTLINE} strokeWidth={0.5} isAnimationActive={false}>
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

/** Cumulative lines by month, with marked months (the review date, the date of the figures). */
export function MonthLinesChart({ rows, monthKey, series, formatMonth, marks, height, formatNumber }: MonthLinesProps) {
  return (
    <LineChart
      data={rows as Row[]}
      responsive
      style={{ width: '100%', height }}
      accessibilityLayer={false}
      margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke={GRID} vertical={false} />
      <XAxis dataKey={monthKey} tickFormatter={formatMonth} stroke={AXIS} minTickGap={24} />
      <YAxis allowDecimals={false} tickFormatter={formatNumber} stroke={AXIS} width={40} />
      <Tooltip formatter={(value) => formatNumber(Number(value))} labelFormatter={(label) => formatMonth(String(label))} />
      {marks.map((mark, index) => (
        <ReferenceLine
          key={mark.month + mark.label}
          x={mark.month}
          stroke={OUTLINE}
          strokeDasharray={index === 0 ? undefined : '2 3'}
          label={{ value: mark.label, position: index === 0 ? 'insideTopRight' : 'insideTopLeft', fill: OUTLINE, fontSize: 12 }}
        />
      ))}
      {series.map((item) => (
        <Line
          key={item.key}
          type="stepAfter"
          dataKey={item.key}
          name={item.name}
          stroke={item.colour}
          strokeWidth={3}
          strokeDasharray={item.dash}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
