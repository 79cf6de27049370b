import { describe, expect, it } from 'vitest';
import { reportsSummary, updatersOf } from './standing';

const actors = [
  { id: 'COMMISSION', owningBody: true },
  { id: 'ENISA', owningBody: true },
  { id: 'MEMBER_STATES', owningBody: false },
  { id: 'INDUSTRY', owningBody: false },
];

describe('updatersOf', () => {
  it('names the owners that sign in as bodies', () => {
    expect(updatersOf(['ENISA'], actors)).toEqual(['ENISA']);
    expect(updatersOf(['COMMISSION', 'INDUSTRY', 'ENISA'], actors)).toEqual(['COMMISSION', 'ENISA']);
  });

  it('names none when no owner signs in (only a coordinator updates the action)', () => {
    expect(updatersOf(['MEMBER_STATES'], actors)).toEqual([]);
  });
});

describe('reportsSummary', () => {
  const report = (status: 'COMPLETED' | 'IN_PROGRESS' | 'PLANNED', state: 'ACCEPTED' | 'SUBMITTED' | 'RETURNED') => ({ status, review: { state } });

  it('counts the accepted reports by status, furthest along first, and those under review apart', () => {
    const summary = reportsSummary([
      report('IN_PROGRESS', 'ACCEPTED'),
      report('COMPLETED', 'ACCEPTED'),
      report('COMPLETED', 'ACCEPTED'),
      report('COMPLETED', 'SUBMITTED'),
      report('PLANNED', 'RETURNED'),
    ]);
    expect(summary).toEqual({
      countries: 3,
      byStatus: [
        { status: 'COMPLETED', count: 2 },
        { status: 'IN_PROGRESS', count: 1 },
      ],
      underReview: 1,
    });
  });

  it('is empty without reports', () => {
    expect(reportsSummary([])).toEqual({ countries: 0, byStatus: [], underReview: 0 });
  });
});
