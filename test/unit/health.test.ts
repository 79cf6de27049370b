import { describe, expect, it } from 'vitest';
import { computeHealth, DEFAULT_HEALTH_CONFIG, expectedProgress, isStale, type HealthInput } from '../../functions/domain/health.js';

const context = (asOf: string) => ({ asOf, adopted: '2013-02-07', config: DEFAULT_HEALTH_CONFIG });
const action = (overrides: Partial<HealthInput>): HealthInput => ({
  status: 'IN_PROGRESS',
  progress: 50,
  deadline: '2013-12-31',
  ...overrides,
});

describe('computeHealth (DESIGN.md default rule)', () => {
  it('is DONE when completed, even late', () => {
    expect(computeHealth(action({ status: 'COMPLETED', progress: 100 }), context('2014-06-01'))).toBe('DONE');
  });

  it('is OVERDUE the day after the deadline when not completed, not on the deadline itself', () => {
    expect(computeHealth(action({ progress: 99 }), context('2013-12-31'))).toBe('ON_TRACK');
    expect(computeHealth(action({ progress: 99 }), context('2014-01-01'))).toBe('OVERDUE');
    expect(computeHealth(action({ status: 'NOT_STARTED', progress: 0 }), context('2014-01-01'))).toBe('OVERDUE');
  });

  it('is AT_RISK when the forecast falls after the deadline', () => {
    expect(computeHealth(action({ forecastDate: '2014-03-01' }), context('2013-03-01'))).toBe('AT_RISK');
    expect(computeHealth(action({ forecastDate: '2013-12-31' }), context('2013-03-01'))).toBe('ON_TRACK');
  });

  it('is AT_RISK when progress trails the straight line by more than the configured points', () => {
    // Half-way between adoption and the deadline, the line expects about 50%.
    const halfway = '2013-07-20';
    expect(Math.round(expectedProgress('2013-02-07', '2013-12-31', halfway))).toBe(50);
    expect(computeHealth(action({ progress: 30 }), context(halfway))).toBe('ON_TRACK');
    expect(computeHealth(action({ progress: 20 }), context(halfway))).toBe('AT_RISK');
    expect(computeHealth(action({ progress: 20 }), { ...context(halfway), config: { ...DEFAULT_HEALTH_CONFIG, progressLagPoints: 40 } })).toBe(
      'ON_TRACK',
    );
  });

  it('treats an ONGOING recurring action as running to plan after its first due date', () => {
    expect(computeHealth(action({ status: 'ONGOING', progress: 0 }), context('2014-06-01'))).toBe('ON_TRACK');
  });
});

describe('isStale', () => {
  it('flags actions never confirmed, or confirmed longer ago than configured', () => {
    expect(isStale(undefined, '2013-06-01', DEFAULT_HEALTH_CONFIG)).toBe(true);
    expect(isStale('2013-05-01T10:00:00Z', '2013-06-01', DEFAULT_HEALTH_CONFIG)).toBe(false);
    expect(isStale('2013-01-01T10:00:00Z', '2013-06-01', DEFAULT_HEALTH_CONFIG)).toBe(true);
  });
});
