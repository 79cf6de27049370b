import { lazy } from 'react';

/** The chart module arrives in a chunk of its own with recharts, fetched while the figures load. */
const charts = () => import('./charts');

/** Starts fetching the charts as the page opens, so they do not wait for the data to ask for them. */
export function preloadCharts(): void {
  void charts();
}

export const StackedBarsChart = lazy(() => charts().then((module) => ({ default: module.StackedBarsChart })));
export const ColouredBarsChart = lazy(() => charts().then((module) => ({ default: module.ColouredBarsChart })));
export const MonthLinesChart = lazy(() => charts().then((module) => ({ default: module.MonthLinesChart })));
