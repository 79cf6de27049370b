import { beforeAll, describe, expect, it } from 'vitest';
import actorNames from '../../../../data/actor-names.json';
import { provideBodyNames } from '../../i18n/names';
import { describeDeadline, ownerNames, owningActors } from './format';

// The bodies' names arrive as data when the app starts (main.tsx); here, as that file holds them.
beforeAll(() => provideBodyNames(actorNames));

describe('describeDeadline', () => {
  it('gives the date in force and the strategy’s own words', () => {
    expect(
      describeDeadline({
        deadline: '2013-12-31',
        baselineDeadline: '2013-12-31',
        deadlineSource: 'PHRASE',
        deadlinePhrase: 'by the end of 2013',
      }),
    ).toEqual({ kind: 'date', date: '2013-12-31', phrase: 'by the end of 2013', reviewDate: false, revisedFrom: null });
  });

  it('says when the date is only the review date because the strategy stated none', () => {
    expect(
      describeDeadline({ deadline: '2014-02-07', baselineDeadline: '2014-02-07', deadlineSource: 'REVIEW_DATE', deadlinePhrase: null }),
    ).toMatchObject({ kind: 'date', reviewDate: true, phrase: null });
  });

  it('names the strategy’s date when a revision has moved the deadline', () => {
    expect(
      describeDeadline({ deadline: '2014-06-30', baselineDeadline: '2013-12-31', deadlineSource: 'PHRASE', deadlinePhrase: 'in 2013' }),
    ).toMatchObject({ kind: 'date', date: '2014-06-30', revisedFrom: '2013-12-31' });
  });

  it('says there is no deadline rather than showing an empty cell', () => {
    expect(describeDeadline({ deadline: null, baselineDeadline: '2014-02-07', deadlineSource: 'PHRASE', deadlinePhrase: null })).toEqual({
      kind: 'none',
      phrase: null,
    });
  });
});

describe('ownerNames', () => {
  const actors = [
    { id: 'COMMISSION', name: 'European Commission' },
    { id: 'ENISA', name: 'ENISA' },
  ];

  it('names the owners in the order the action lists them', () => {
    expect(ownerNames(['ENISA', 'COMMISSION'], actors, 'en')).toEqual(['ENISA', 'European Commission']);
  });

  it("names them in the reader's language", () => {
    expect(ownerNames(['COMMISSION'], actors, 'fr')).toEqual(['Commission européenne']);
    expect(ownerNames(['COMMISSION'], actors, 'de')).toEqual(['Europäische Kommission']);
  });

  it('shows an unknown id rather than dropping an owner', () => {
    expect(ownerNames(['UNKNOWN'], actors, 'fr')).toEqual(['UNKNOWN']);
  });
});

describe('owningActors', () => {
  it('offers only actors that own an action, in the strategy’s order', () => {
    const actors = [{ id: 'COMMISSION' }, { id: 'ENISA' }, { id: 'CIVIL_SOCIETY' }, { id: 'EDA' }];
    const actions = [{ owners: ['EDA', 'ENISA'] }, { owners: ['ENISA'] }];
    expect(owningActors(actors, actions).map((actor) => actor.id)).toEqual(['ENISA', 'EDA']);
  });
});
