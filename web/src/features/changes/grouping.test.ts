import { describe, expect, it } from 'vitest';
import { groupChanges } from './grouping';

const changes = [
  { id: 'a', section: '2.1', owners: ['COMMISSION'] },
  { id: 'b', section: '2.5', owners: ['COMMISSION', 'HIGH_REPRESENTATIVE'] },
  { id: 'c', section: '2.1', owners: ['ENISA'] },
  { id: 'd', section: null, owners: [] },
];
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('grouping the changes', () => {
  it('sorts them by priority in the API’s order, rounds apart', () => {
    const grouped = groupChanges(changes, [{ id: '2.1' }, { id: '2.5' }], 'priority');
    expect(grouped.groups.map((group) => [group.group.id, ids(group.changes)])).toEqual([
      ['2.1', ['a', 'c']],
      ['2.5', ['b']],
    ]);
    expect(ids(grouped.ungrouped)).toEqual(['d']);
  });

  it('counts an action with two owners for each of them', () => {
    const grouped = groupChanges(changes, [{ id: 'COMMISSION' }, { id: 'HIGH_REPRESENTATIVE' }, { id: 'ENISA' }], 'actor');
    expect(grouped.groups.map((group) => [group.group.id, ids(group.changes)])).toEqual([
      ['COMMISSION', ['a', 'b']],
      ['HIGH_REPRESENTATIVE', ['b']],
      ['ENISA', ['c']],
    ]);
    expect(ids(grouped.ungrouped)).toEqual(['d']);
  });
});
