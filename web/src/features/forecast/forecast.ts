/**
 * The forecast's range as the page draws it: where the actions done so far, the low and high
 * ends and the most likely count fall on a scale of all the actions. Pure, so the drawing and
 * its sentence are fed the same checked numbers.
 */
export interface ForecastFigures {
  doneByReview: number;
  low: number;
  high: number;
}

export interface ForecastRange {
  total: number;
  completed: number;
  low: number;
  likely: number;
  high: number;
  /** On or after the review date the count is a fact, not a forecast: low = likely = high. */
  settled: boolean;
  /** Positions on the scale, in percent of all the actions (0 to 100). */
  at: { completed: number; low: number; likely: number; high: number };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function forecastRange(forecast: ForecastFigures, totals: { actions: number; completed: number }, daysToReview: number): ForecastRange {
  const total = Math.max(0, totals.actions);
  const completed = clamp(totals.completed, 0, total);
  // The API keeps low ≤ likely ≤ high within [completed, total]; the drawing must not break if a figure strays.
  const low = clamp(Math.min(forecast.low, forecast.doneByReview), completed, total);
  const high = clamp(Math.max(forecast.high, forecast.doneByReview), low, total);
  const likely = clamp(forecast.doneByReview, low, high);
  const position = (value: number) => (total === 0 ? 0 : Math.round((value / total) * 1000) / 10);
  return {
    total,
    completed,
    low,
    likely,
    high,
    settled: daysToReview <= 0 || (low === high && likely === completed),
    at: { completed: position(completed), low: position(low), likely: position(likely), high: position(high) },
  };
}
