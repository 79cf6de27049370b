import { isCalendarDate } from '../../../../functions/domain/dates';
import type { ActionStatus, Health } from '../../gql/graphql';
import { HEALTH_ORDER, STATUS_ORDER } from '../../components/palette';

/**
 * Pure functions that turn the API's dashboard figures into the series and the sentences of
 * the overview's charts. No React here: the review report and the presentation draw the same
 * charts from the same selectors. Inputs are the smallest shapes the functions read, so any
 * query that asks for these fields can use them.
 */

export interface StatusCountInput {
  status: ActionStatus;
  count: number;
}

export interface HealthCountInput {
  health: Health;
  count: number;
}

export interface BreakdownInput {
  id: string;
  label: string;
  total: number;
  byStatus: readonly StatusCountInput[];
}

export interface BurnUpPointInput {
  /** YYYY-MM */
  month: string;
  completed: number;
  fallingDue: number;
}

export interface CountryCoverageInput {
  country: string;
  name: string;
  expected: number;
  reported: number;
  accepted: number;
}

/** One bar of a status chart: a priority or an owner, with a count for every status. */
export type StatusRow = { id: string; label: string; total: number } & Record<ActionStatus, number>;

/** A bar per priority or owner, every status counted (zero when absent), in the product's status order. */
export function statusRows(breakdowns: readonly BreakdownInput[]): StatusRow[] {
  return breakdowns.map(({ id, label, total, byStatus }) => {
    const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<ActionStatus, number>;
    for (const { status, count } of byStatus) counts[status] += count;
    return { id, label, total, ...counts };
  });
}

/** A percentage rounded to one decimal, as the API rounds its own; 0 when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

export interface StatusRowsSummary {
  /** How many bars (priorities or owners). */
  groups: number;
  /** The bar with the highest share completed (ties: the larger, then the first); null when nothing is completed. */
  mostCompleted: { label: string; completed: number; total: number; percent: number } | null;
  /** The bar with the most actions (ties: the first). */
  largest: { label: string; total: number; completed: number } | null;
}

/** What the one-sentence summary of a status chart says. */
export function summariseStatusRows(rows: readonly StatusRow[]): StatusRowsSummary {
  let mostCompleted: StatusRowsSummary['mostCompleted'] = null;
  let largest: StatusRowsSummary['largest'] = null;
  for (const row of rows) {
    const percent = percentOf(row.COMPLETED, row.total);
    if (
      row.COMPLETED > 0 &&
      (!mostCompleted || percent > mostCompleted.percent || (percent === mostCompleted.percent && row.total > mostCompleted.total))
    ) {
      mostCompleted = { label: row.label, completed: row.COMPLETED, total: row.total, percent };
    }
    if (!largest || row.total > largest.total) largest = { label: row.label, total: row.total, completed: row.COMPLETED };
  }
  return { groups: rows.length, mostCompleted, largest };
}

export interface HealthSlice {
  health: Health;
  count: number;
  /** Share of all actions, one decimal. */
  percent: number;
}

/** Every health value in the product's order, with its count and share. */
export function healthSlices(byHealth: readonly HealthCountInput[]): HealthSlice[] {
  const total = byHealth.reduce((sum, { count }) => sum + count, 0);
  return HEALTH_ORDER.map((health) => {
    const count = byHealth.filter((item) => item.health === health).reduce((sum, item) => sum + item.count, 0);
    return { health, count, percent: percentOf(count, total) };
  });
}

export interface BurnUpRow extends BurnUpPointInput {
  /** Actions fallen due but not completed by the end of the month. */
  behind: number;
}

export interface BurnUpSeries {
  rows: BurnUpRow[];
  /** The month of the review date (YYYY-MM), marked on the chart, if the series reaches it. */
  reviewMonth: string | null;
  /** The month the figures are "as of", if the series reaches it. */
  asOfMonth: string | null;
  /** The row of the asOf month: what has happened so far. */
  atAsOf: BurnUpRow | null;
  /** The row of the review month: what the plan asks for by the conference. */
  atReview: BurnUpRow | null;
}

/** The burn-up's monthly rows, with the asOf and review months picked out for the marks and the summary. */
export function burnUpSeries(points: readonly BurnUpPointInput[], asOf: string, reviewDate: string): BurnUpSeries {
  const rows = points.map((point) => ({ ...point, behind: Math.max(0, point.fallingDue - point.completed) }));
  const rowOf = (month: string) => rows.find((row) => row.month === month) ?? null;
  const atAsOf = rowOf(asOf.slice(0, 7));
  const atReview = rowOf(reviewDate.slice(0, 7));
  return { rows, reviewMonth: atReview?.month ?? null, asOfMonth: atAsOf?.month ?? null, atAsOf, atReview };
}

export interface CoverageRow extends CountryCoverageInput {
  /** Reported, not (yet) accepted. */
  awaiting: number;
  /** Expected, not reported. */
  missing: number;
  percentReported: number;
}

/** One row per member state: accepted, reported and awaiting, missing, in the order given. */
export function coverageRows(byCountry: readonly CountryCoverageInput[]): CoverageRow[] {
  return byCountry.map((country) => ({
    ...country,
    awaiting: Math.max(0, country.reported - country.accepted),
    missing: Math.max(0, country.expected - country.reported),
    percentReported: percentOf(country.reported, country.expected),
  }));
}

export interface CoverageSummary {
  countries: number;
  /** Countries that reported on every expected action. */
  complete: number;
  /** Countries with no report at all (while reports are expected). */
  silent: number;
  expected: number;
  reported: number;
}

export function summariseCoverage(rows: readonly CoverageRow[]): CoverageSummary {
  return {
    countries: rows.length,
    complete: rows.filter((row) => row.expected > 0 && row.reported >= row.expected).length,
    silent: rows.filter((row) => row.expected > 0 && row.reported === 0).length,
    expected: rows.reduce((sum, row) => sum + row.expected, 0),
    reported: rows.reduce((sum, row) => sum + row.reported, 0),
  };
}

/** ?asOf=YYYY-MM-DD when it is a real calendar date, else null (the API's today). */
export function parseAsOf(value: string | null): string | null {
  return isCalendarDate(value) ? value : null;
}

/**
 * A name short enough for a chart's axis: the acronym a body is known by when its name ends
 * with one in brackets ("… (ENISA)", "… (European External Action Service, EEAS)"), else the
 * name without a bracketed aside, cut at `max` characters. Tables keep the full name.
 */
export function shortLabel(label: string, max = 28): string {
  const bracket = /\s*\(([^()]*)\)\s*$/.exec(label);
  const acronym = bracket?.[1]?.split(/,\s*/).at(-1);
  if (acronym && /^[A-Z][A-Z0-9]{1,7}$/.test(acronym)) return acronym;
  const name = bracket ? label.slice(0, bracket.index) : label;
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
