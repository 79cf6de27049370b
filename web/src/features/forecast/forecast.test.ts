import { describe, expect, it } from 'vitest';
import { forecastRange } from './forecast';

describe('the forecast’s range', () => {
  it('places the done, low, likely and high counts on a scale of all the actions', () => {
    const range = forecastRange({ doneByReview: 15, low: 12, high: 19 }, { actions: 50, completed: 8 }, 84);
    expect(range).toMatchObject({ total: 50, completed: 8, low: 12, likely: 15, high: 19, settled: false });
    expect(range.at).toEqual({ completed: 16, low: 24, likely: 30, high: 38 });
  });

  it('is settled from the review date on, or when nothing is left to forecast', () => {
    expect(forecastRange({ doneByReview: 9, low: 9, high: 9 }, { actions: 49, completed: 9 }, 0).settled).toBe(true);
    expect(forecastRange({ doneByReview: 9, low: 9, high: 9 }, { actions: 49, completed: 9 }, 30).settled).toBe(true);
    expect(forecastRange({ doneByReview: 9, low: 9, high: 10 }, { actions: 49, completed: 9 }, 30).settled).toBe(false);
  });

  it('keeps low ≤ likely ≤ high within what is done and what exists, whatever comes in', () => {
    const range = forecastRange({ doneByReview: 60, low: 2, high: 70 }, { actions: 49, completed: 5 }, 10);
    expect(range).toMatchObject({ low: 5, likely: 49, high: 49 });
    expect(range.at.high).toBe(100);
  });

  it('draws an empty catalogue without dividing by zero', () => {
    expect(forecastRange({ doneByReview: 0, low: 0, high: 0 }, { actions: 0, completed: 0 }, 10).at).toEqual({
      completed: 0,
      low: 0,
      likely: 0,
      high: 0,
    });
  });
});
