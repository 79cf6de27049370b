import { lazy } from 'react';

/** The chart module arrives after the page's figures, in a chunk of its own with recharts. */
const charts = () => import('./charts');

export const StackedBarsChart = lazy(() => charts().then((module) => ({ default: module.StackedBarsChart })));
export const ColouredBarsChart = lazy(() => charts().then((module) => ({ default: module.ColouredBarsChart })));
export const MonthLinesChart = lazy(() => charts().then((module) => ({ default: module.MonthLinesChart })));
