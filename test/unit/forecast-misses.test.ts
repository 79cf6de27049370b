import { describe, expect, it } from 'vitest';
import { LIKELY_TO_MISS_METHOD, buildDashboard, projectedProgress, type ActionState } from '../../functions/domain/dashboard.js';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';

/*
 * Adopted 2013-02-07, reviewed 2014-02-07, as of 2013-08-07: six months gone, six to go, so an
 * action's own pace carries its progress to twice its value by the review date.
 *
 * ref  status       progress deadline    forecast    expected
 * A    IN_PROGRESS  60       2013-12-31              60 → 120: on time, not listed
 * B    IN_PROGRESS  30       2013-12-31              30 → 60: PACE_TOO_SLOW
 * C    NOT_STARTED  0        2014-01-31              NOT_STARTED
 * D    IN_PROGRESS  50       2013-07-31              past its deadline: OVERDUE
 * E    IN_PROGRESS  90       2014-02-07  2014-03-01  FORECAST_AFTER_REVIEW
 * F    NOT_STARTED  0        2014-06-30              due after the review: not listed
 * G    COMPLETED    100      2013-05-31              not listed
 * H    DISCONTINUED 10       2013-05-01              withdrawn: not listed
 * I    ONGOING      20       2013-03-31              recurring, as planned: not listed
 * J    IN_PROGRESS  80       2013-12-31  2014-01-15  pace fine, forecast after its deadline: AT_RISK
 */
const ADOPTED = '2013-02-07';
const REVIEW = '2014-02-07';

const action = (ref: string, status: ActionState['status'], progress: number, deadline: string, forecastDate?: string): ActionState => ({
  id: ref,
  ref,
  section: '2.1',
  text: `The text of ${ref}.`,
  owners: ['COMMISSION'],
  memberStateReporting: false,
  recurring: status === 'ONGOING',
  baselineDeadline: deadline,
  deadline,
  status,
  progress,
  lastConfirmedAt: '2013-08-01T09:00:00Z',
  ...(forecastDate ? { forecastDate } : {}),
  ...(status === 'COMPLETED' ? { completedAt: '2013-05-31T09:00:00Z' } : {}),
});

const ACTIONS = [
  action('A', 'IN_PROGRESS', 60, '2013-12-31'),
  action('B', 'IN_PROGRESS', 30, '2013-12-31'),
  action('C', 'NOT_STARTED', 0, '2014-01-31'),
  action('D', 'IN_PROGRESS', 50, '2013-07-31'),
  action('E', 'IN_PROGRESS', 90, '2014-02-07', '2014-03-01'),
  action('F', 'NOT_STARTED', 0, '2014-06-30'),
  action('G', 'COMPLETED', 100, '2013-05-31'),
  action('H', 'DISCONTINUED', 10, '2013-05-01'),
  action('I', 'ONGOING', 20, '2013-03-31'),
  action('J', 'IN_PROGRESS', 80, '2013-12-31', '2014-01-15'),
];

const forecast = (asOf: string, actions = ACTIONS) =>
  buildDashboard({
    strategy: { adopted: ADOPTED, reviewDate: REVIEW, priorities: [{ id: '2.1', title: 'Resilience' }], actors: [], memberStates: [] },
    actions,
    reports: [],
    rounds: [],
    asOf,
    config: DEFAULT_HEALTH_CONFIG,
  }).forecast;

describe('the actions likely to miss the review date', () => {
  it('lists each with its first reason, most urgent first', () => {
    const { likelyToMiss, likelyToMissCount } = forecast('2013-08-07');
    expect(likelyToMiss.map(({ action: item, reason, projectedProgress: projected }) => [item.ref, reason, projected])).toEqual([
      ['D', 'OVERDUE', 100],
      ['E', 'FORECAST_AFTER_REVIEW', 100],
      ['C', 'NOT_STARTED', 0],
      ['B', 'PACE_TOO_SLOW', 60],
      ['J', 'AT_RISK', 100],
    ]);
    expect(likelyToMissCount).toBe(5);
    expect(likelyToMiss[0]!.action).toMatchObject({ ref: 'D', health: 'OVERDUE', daysLate: 7 });
  });

  it('keeps the completion forecast, its method and its range beside the list', () => {
    const result = forecast('2013-08-07');
    expect(result.method).toMatch(/Pace is the number of actions completed/);
    expect(result.low).toBeLessThanOrEqual(result.doneByReview);
    expect(result.high).toBeGreaterThanOrEqual(result.doneByReview);
    expect(result.likelyToMissMethod).toBe(LIKELY_TO_MISS_METHOD);
    expect(LIKELY_TO_MISS_METHOD.split('. ')).toHaveLength(1);
  });

  it('from the review date on, every open action due by then has missed it', () => {
    const { likelyToMiss } = forecast('2014-02-08');
    expect(likelyToMiss.map(({ action: item, reason }) => [item.ref, reason])).toEqual([
      ['D', 'OVERDUE'],
      ['A', 'OVERDUE'],
      ['B', 'OVERDUE'],
      ['J', 'OVERDUE'],
      ['C', 'OVERDUE'],
      ['E', 'OVERDUE'],
    ]);
  });

  it('lists nothing when every action is done', () => {
    expect(forecast('2013-08-07', [action('G', 'COMPLETED', 100, '2013-05-31')]).likelyToMiss).toEqual([]);
  });
});

describe('projectedProgress', () => {
  const dates = { adopted: ADOPTED, reviewDate: REVIEW };
  it('carries progress at its own pace since adoption, capped at 100', () => {
    expect(projectedProgress(30, { ...dates, asOf: '2013-08-07' })).toBe(60);
    expect(projectedProgress(70, { ...dates, asOf: '2013-08-07' })).toBe(100);
  });
  it('measures the pace over at least a month, so a first week does not extrapolate wildly', () => {
    // 10 points in the first week: 10 per month (not 40), eleven months and three weeks to go.
    expect(projectedProgress(10, { ...dates, asOf: '2013-02-14' })).toBe(100);
    expect(projectedProgress(5, { ...dates, asOf: '2013-02-14' })).toBe(63);
  });
  it('is the progress itself once the review date has come', () => {
    expect(projectedProgress(40, { ...dates, asOf: REVIEW })).toBe(40);
  });
});
