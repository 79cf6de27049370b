import { describe, expect, it } from 'vitest';
import type { FilterableAction } from './filter';
import { addDays } from '../../../../functions/domain/dates';
import { filterActions, fold, indexActions, runsBy, searchWords, sortActions } from './filter';
import type { ActionsView } from './view';
import { DEFAULT_VIEW } from './view';

function action(ref: string, fields: Partial<FilterableAction> = {}): FilterableAction {
  return {
    ref,
    section: ref.split('-')[0]!,
    leadIn: 'The Commission will:',
    text: `Action ${ref}`,
    owners: ['COMMISSION'],
    deadline: '2014-02-07',
    status: 'NOT_STARTED',
    health: 'ON_TRACK',
    progress: 0,
    ...fields,
  };
}

const catalogue = [
  action('2.2-01', { text: 'Ensure swift transposition of the cybercrime directives', deadline: '2013-12-31', status: 'IN_PROGRESS', progress: 40 }),
  action('2.1-02', { text: 'Launch an EU-funded pilot project on fighting botnets', deadline: '2013-06-30', health: 'OVERDUE' }),
  action('2.1-10', {
    leadIn: 'The Commission asks ENISA to:',
    text: 'Organise a cybersecurity month',
    owners: ['ENISA'],
    deadline: null,
    status: 'ONGOING',
    progress: 100,
    health: 'DONE',
  }),
  action('2.1-09', {
    owners: ['ENISA', 'COMMISSION'],
    text: 'Propose a roadmap for a Résumé of NIS skills',
    status: 'COMPLETED',
    health: 'DONE',
    progress: 100,
  }),
  action('4-01', { deadline: '2014-02-07', health: 'AT_RISK', progress: 10 }),
];
const indexed = indexActions(catalogue);
const TODAY = '2014-01-15';

function refs(view: Partial<ActionsView>, today = TODAY): string[] {
  const full = { ...DEFAULT_VIEW, ...view };
  return sortActions(filterActions(indexed, full, today), full.sort, full.direction).map((entry) => entry.action.ref);
}

describe('indexActions', () => {
  it('numbers actions in strategy order, numbers compared as numbers', () => {
    const order = [...indexed].sort((a, b) => a.order - b.order).map((entry) => entry.action.ref);
    expect(order).toEqual(['2.1-02', '2.1-09', '2.1-10', '2.2-01', '4-01']);
  });
});

describe('filterActions', () => {
  it('lets everything through with no filter', () => {
    expect(refs({})).toHaveLength(catalogue.length);
  });

  it('filters by priority and by owner, an action with several owners counting for each', () => {
    expect(refs({ section: '2.1' })).toEqual(['2.1-02', '2.1-09', '2.1-10']);
    expect(refs({ owner: 'ENISA' })).toEqual(['2.1-09', '2.1-10']);
    expect(refs({ owner: 'COMMISSION', section: '2.1' })).toEqual(['2.1-02', '2.1-09']);
  });

  it('lets any of the chosen statuses or health values through', () => {
    expect(refs({ statuses: ['ONGOING', 'COMPLETED'] })).toEqual(['2.1-09', '2.1-10']);
    expect(refs({ healths: ['OVERDUE', 'AT_RISK'] })).toEqual(['2.1-02', '4-01']);
    expect(refs({ statuses: ['COMPLETED'], healths: ['OVERDUE'] })).toEqual([]);
  });

  it('finds every word of the search in the reference, lead-in or text, in any case and order', () => {
    expect(refs({ text: 'BOTNETS pilot' })).toEqual(['2.1-02']);
    expect(refs({ text: 'pilot cybercrime' })).toEqual([]);
    expect(refs({ text: 'asks enisa' })).toEqual(['2.1-10']);
    expect(refs({ text: '2.2-01' })).toEqual(['2.2-01']);
    expect(refs({ text: '  ' })).toHaveLength(catalogue.length);
  });

  it('ignores accents on either side', () => {
    expect(refs({ text: 'resume' })).toEqual(['2.1-09']);
    expect(refs({ text: 'résumé' })).toEqual(['2.1-09']);
  });

  it('filters deadlines between two dates, both included, leaving out actions without one', () => {
    expect(refs({ dueFrom: '2013-12-31' })).toEqual(['2.1-09', '2.2-01', '4-01']);
    expect(refs({ dueTo: '2013-12-31' })).toEqual(['2.1-02', '2.2-01']);
    expect(refs({ dueFrom: '2013-07-01', dueTo: '2013-12-31' })).toEqual(['2.2-01']);
  });

  it('finds deadlines already passed, and those in the next 90 days', () => {
    expect(refs({ due: 'passed' })).toEqual(['2.1-02', '2.2-01']);
    expect(refs({ due: 'next90' })).toEqual(['2.1-09', '4-01']);
    expect(refs({ due: 'next90' }, '2013-12-31')).toEqual(['2.1-09', '2.2-01', '4-01']);
    expect(refs({ due: 'passed' }, '2013-12-31')).toEqual(['2.1-02']);
  });

  it('applies a window and dates together', () => {
    expect(refs({ due: 'passed', dueFrom: '2013-07-01' })).toEqual(['2.2-01']);
  });
});

describe('sortActions', () => {
  it('keeps strategy order by reference, and reverses it', () => {
    expect(refs({})).toEqual(['2.1-02', '2.1-09', '2.1-10', '2.2-01', '4-01']);
    expect(refs({ direction: 'desc' })).toEqual(['4-01', '2.2-01', '2.1-10', '2.1-09', '2.1-02']);
  });

  it('sorts by deadline, ties in strategy order, no deadline last either way', () => {
    expect(refs({ sort: 'deadline' })).toEqual(['2.1-02', '2.2-01', '2.1-09', '4-01', '2.1-10']);
    expect(refs({ sort: 'deadline', direction: 'desc' })).toEqual(['2.1-09', '4-01', '2.2-01', '2.1-02', '2.1-10']);
  });

  it('sorts status from not started to finished, and health from the most urgent', () => {
    expect(refs({ sort: 'status' })).toEqual(['2.1-02', '4-01', '2.2-01', '2.1-10', '2.1-09']);
    expect(refs({ sort: 'health' })).toEqual(['2.1-02', '4-01', '2.2-01', '2.1-09', '2.1-10']);
  });

  it('sorts by progress', () => {
    expect(refs({ sort: 'progress' })).toEqual(['2.1-02', '4-01', '2.2-01', '2.1-09', '2.1-10']);
    expect(refs({ sort: 'progress', direction: 'desc' })).toEqual(['2.1-09', '2.1-10', '2.2-01', '4-01', '2.1-02']);
  });

  it('leaves its input as it was', () => {
    const before = indexed.map((entry) => entry.action.ref);
    sortActions(indexed, 'progress', 'desc');
    expect(indexed.map((entry) => entry.action.ref)).toEqual(before);
  });

  // Speed is measured by benchmarks, not asserted here (shared machines are noisy); this
  // checks the filter and sort stay right at the size of a large strategy.
  it('filters and sorts a catalogue a hundred times larger correctly', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      action(`2.${(i % 5) + 1}-${String(i).padStart(4, '0')}`, { text: `Action number ${i} on cyber resilience`, progress: i % 101 }),
    );
    const index = indexActions(many);
    expect(filterActions(index, { ...DEFAULT_VIEW, text: 'number 4999' }, TODAY).map((entry) => entry.action.text)).toEqual([
      'Action number 4999 on cyber resilience',
    ]);
    const sorted = sortActions(filterActions(index, { ...DEFAULT_VIEW, text: 'cyber res' }, TODAY), 'progress', 'desc');
    expect(sorted).toHaveLength(5000);
    expect(sorted.every((entry, i) => i === 0 || sorted[i - 1]!.action.progress >= entry.action.progress)).toBe(true);
  });
});

describe('helpers', () => {
  it('folds case and accents', () => {
    expect(fold('Cœur RÉSILIENCE')).toBe('cœur resilience');
    expect(searchWords('  two   words ')).toEqual(['two', 'words']);
  });

  it('adds calendar days across months and leap years', () => {
    expect(addDays('2013-12-31', 1)).toBe('2014-01-01');
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2014-01-15', 90)).toBe('2014-04-15');
    expect(addDays('2014-03-01', -1)).toBe('2014-02-28');
  });

  it('groups neighbours that share a key', () => {
    expect(runsBy(['2.1', '2.1', '2.2', '2.1'], (x) => x)).toEqual([
      { key: '2.1', items: ['2.1', '2.1'] },
      { key: '2.2', items: ['2.2'] },
      { key: '2.1', items: ['2.1'] },
    ]);
  });
});
