import { describe, expect, it } from 'vitest';
import { countLabel, describeDeadline, formatDate, ownerNames, REVIEW_DATE_EXPLANATION, statusLabel } from './format';

describe('formatDate', () => {
  it.each([
    ['2013-12-31', '31 Dec 2013'],
    ['2014-02-07', '7 Feb 2014'],
    ['2013-09-01', '1 Sep 2013'],
  ])('writes %s as %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('leaves what is not a calendar date untouched', () => {
    expect(formatDate('end of 2013')).toBe('end of 2013');
    expect(formatDate('2013-13-01')).toBe('2013-13-01');
  });
});

describe('describeDeadline', () => {
  it('gives the date and the strategy’s own words', () => {
    expect(
      describeDeadline({ deadline: '2013-12-31', deadlineSource: 'PHRASE', deadlinePhrase: 'by the end of 2013' }),
    ).toEqual({ dateTime: '2013-12-31', date: '31 Dec 2013', detail: '“by the end of 2013”' });
  });

  it('says when the date is only the review date because the strategy stated none', () => {
    expect(describeDeadline({ deadline: '2014-02-07', deadlineSource: 'REVIEW_DATE', deadlinePhrase: null })).toEqual({
      dateTime: '2014-02-07',
      date: '7 Feb 2014',
      detail: REVIEW_DATE_EXPLANATION,
    });
  });

  it('says there is no deadline rather than showing an empty cell', () => {
    expect(describeDeadline({ deadline: null, deadlineSource: 'PHRASE', deadlinePhrase: null })).toEqual({
      dateTime: null,
      date: 'No deadline',
      detail: null,
    });
  });
});

describe('statusLabel', () => {
  it.each([
    ['NOT_STARTED', 'Not started'],
    ['IN_PROGRESS', 'In progress'],
    ['COMPLETED', 'Completed'],
    ['ONGOING', 'Ongoing'],
    ['DISCONTINUED', 'Discontinued'],
  ] as const)('writes %s as “%s”', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });
});

describe('ownerNames', () => {
  const actors = [
    { id: 'COMMISSION', name: 'European Commission' },
    { id: 'ENISA', name: 'ENISA' },
  ];

  it('names the owners in the order the action lists them', () => {
    expect(ownerNames(['ENISA', 'COMMISSION'], actors)).toEqual(['ENISA', 'European Commission']);
  });

  it('shows an unknown id rather than dropping an owner', () => {
    expect(ownerNames(['EDA'], actors)).toEqual(['EDA']);
  });
});

describe('countLabel', () => {
  it('agrees in number', () => {
    expect(countLabel(62, 'action')).toBe('62 actions');
    expect(countLabel(1, 'action')).toBe('1 action');
  });
});
