import { describe, expect, it } from 'vitest';
import { groupBySection } from './sections';

const priorities = [
  { id: '2.1', title: 'Achieving cyber resilience' },
  { id: '2.2', title: 'Drastically reducing cybercrime' },
];

describe('groupBySection', () => {
  it('groups actions under their section, sections in strategy order', () => {
    const groups = groupBySection(
      [
        { ref: '2.2-01', section: '2.2' },
        { ref: '2.1-01', section: '2.1' },
        { ref: '2.2-02', section: '2.2' },
      ],
      priorities,
    );
    expect(groups.map((g) => [g.heading, g.actions.map((a) => a.ref)])).toEqual([
      ['2.1 Achieving cyber resilience', ['2.1-01']],
      ['2.2 Drastically reducing cybercrime', ['2.2-01', '2.2-02']],
    ]);
  });

  it('orders numbers as numbers, not as text', () => {
    const groups = groupBySection(
      [
        { ref: '2.1-10', section: '2.1' },
        { ref: '2.10-01', section: '2.10' },
        { ref: '2.1-09', section: '2.1' },
        { ref: '2.9-01', section: '2.9' },
      ],
      [],
    );
    expect(groups.map((g) => g.section)).toEqual(['2.1', '2.9', '2.10']);
    expect(groups[0]!.actions.map((a) => a.ref)).toEqual(['2.1-09', '2.1-10']);
  });

  it('still heads a section that is not a strategic priority', () => {
    const [group] = groupBySection([{ ref: '3.1-01', section: '3.1' }], priorities);
    expect(group!.heading).toBe('Section 3.1');
  });

  it('returns no groups for no actions', () => {
    expect(groupBySection([], priorities)).toEqual([]);
  });
});
