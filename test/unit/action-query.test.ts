import { describe, expect, it } from 'vitest';
import { compareRefs, filterProblems, matchesFilter, type FilterableAction } from '../../functions/domain/action-query.js';
import { decodeCursor, paginate } from '../../graphql/pagination.js';

const action = (ref: string, overrides: Partial<FilterableAction> = {}): FilterableAction => ({
  ref,
  section: ref.split('-')[0]!,
  leadIn: 'The Commission asks ENISA to:',
  text: 'Examine in 2013 the feasibility of Computer Security Incident Response Team(s)',
  owners: ['ENISA'],
  status: 'NOT_STARTED',
  ...overrides,
});

describe('matchesFilter', () => {
  it('matches on section, owner, any of the statuses, and all words of the text', () => {
    const subject = action('2.1-04');
    expect(matchesFilter(subject, {})).toBe(true);
    expect(matchesFilter(subject, { section: '2.1' })).toBe(true);
    expect(matchesFilter(subject, { section: '2.2' })).toBe(false);
    expect(matchesFilter(subject, { owner: 'ENISA' })).toBe(true);
    expect(matchesFilter(subject, { owner: 'COMMISSION' })).toBe(false);
    expect(matchesFilter(subject, { status: ['COMPLETED', 'NOT_STARTED'] })).toBe(true);
    expect(matchesFilter(subject, { status: ['COMPLETED'] })).toBe(false);
    expect(matchesFilter(subject, { text: 'feasibility  RESPONSE' })).toBe(true);
    expect(matchesFilter(subject, { text: 'feasibility botnets' })).toBe(false);
    expect(matchesFilter(subject, { text: 'asks enisa' })).toBe(true);
  });
});

describe('filterProblems', () => {
  const known = { sections: ['2.1', '2.2'], actors: ['ENISA', 'COMMISSION'] };
  it('names every problem in words a person can act on', () => {
    expect(filterProblems({ section: '2.1', owner: 'ENISA' }, known)).toEqual([]);
    const problems = filterProblems({ section: '7', owner: 'X', text: 'y'.repeat(201) }, known);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/Unknown section "7". Sections are 2.1, 2.2/);
  });
});

describe('compareRefs', () => {
  it('orders references as the strategy does', () => {
    expect(['2.1-10', '4-01', '2.1-02', '2.5-01', '2.2-01'].sort(compareRefs)).toEqual(['2.1-02', '2.1-10', '2.2-01', '2.5-01', '4-01']);
  });
});

describe('paginate', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const key = (item: string) => item;

  it('walks the list with opaque cursors and reports the total', () => {
    const first = paginate(items, key, { first: 2 });
    expect(first.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(5);
    const last = paginate(items, key, { first: 3, after: paginate(items, key, { first: 2 }).pageInfo.endCursor });
    expect(last.edges.map((edge) => edge.node)).toEqual(['c', 'd', 'e']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses page sizes outside 1–100 and cursors it did not issue', () => {
    expect(() => paginate(items, key, { first: 0 })).toThrow(/between 1 and 100/);
    expect(() => paginate(items, key, { first: 101 })).toThrow(/between 1 and 100/);
    expect(() => decodeCursor('garbage')).toThrow(/not a cursor/);
    const foreign = Buffer.from('cursor:zzz').toString('base64url');
    expect(() => paginate(items, key, { after: foreign })).toThrow(/does not belong/);
  });
});
