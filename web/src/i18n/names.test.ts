import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../functions/domain/strategy-catalogue';
import actorNames from '../../../data/actor-names.json';
import { actorName, actorNamer, countryName, countryNamer, loadBodyNames, provideBodyNames } from './names';

describe('countryName', () => {
  it("names a member state in the reader's language, EU codes included", () => {
    expect(countryName('DE', 'fr', 'Germany')).toBe('Allemagne');
    expect(countryName('DE', 'de', 'Germany')).toBe('Deutschland');
    expect(countryName('GR', 'de')).toBe('Griechenland');
    expect(countryName('EL', 'fr')).toBe('Grèce');
    expect(countryName('UK', 'fr')).toBe('Royaume-Uni');
  });
  it("keeps the catalogue's English name in English, and uses it where the platform has no name", () => {
    expect(countryName('CZ', 'en', 'Czech Republic')).toBe('Czech Republic');
    expect(countryName('EL', 'en')).toBe('Greece');
    expect(countryName('XX', 'fr', 'Nowhere')).toBe('Nowhere');
    expect(countryName('XX', 'de')).toBe('XX');
  });
  it('gives each of the 28 member states a French and a German name of its own', () => {
    for (const language of ['fr', 'de']) {
      const names = catalogue.memberStates.map((state) => countryNamer(catalogue.memberStates, language)(state.code));
      expect(new Set(names).size).toBe(28);
      expect(names.filter((name, i) => name === catalogue.memberStates[i]!.code)).toEqual([]);
    }
    expect(countryNamer(catalogue.memberStates, 'fr')('CZ')).toBe('Tchéquie');
    expect(countryNamer(catalogue.memberStates, 'de')('NL')).toBe('Niederlande');
  });
});

describe('actorName', () => {
  beforeEach(() => provideBodyNames(actorNames));
  it("keeps the catalogue's names until the bodies' names have arrived, then fetches them as data", async () => {
    provideBodyNames({});
    expect(actorName('COMMISSION', 'fr', 'European Commission')).toBe('European Commission');
    const fetched: string[] = [];
    await loadBodyNames(async (url) => {
      fetched.push(String(url));
      return new Response(JSON.stringify(actorNames), { status: 200 });
    });
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/actor-names/);
    await expect(loadBodyNames(async () => new Response('', { status: 404 }))).rejects.toThrow('answered 404');
  });
  it("names a body by its official name in the reader's language", () => {
    expect(actorName('COMMISSION', 'fr', 'European Commission')).toBe('Commission européenne');
    expect(actorName('COMMISSION', 'de', 'European Commission')).toBe('Europäische Kommission');
    expect(actorName('MEMBER_STATES', 'fr')).toBe('États membres');
    expect(actorName('EDA', 'de')).toBe('Europäische Verteidigungsagentur (EVA)');
  });
  it("keeps the catalogue's English name in English and for a body the file does not name", () => {
    expect(actorName('COMMISSION', 'en', 'European Commission')).toBe('European Commission');
    expect(actorName('NEW_BODY', 'fr', 'New body')).toBe('New body');
    expect(actorName('NEW_BODY', 'de')).toBe('NEW_BODY');
  });
  it('names every body of the catalogue in French and German, and nothing the catalogue does not hold', () => {
    const ids = catalogue.actors.map((actor) => actor.id).sort();
    for (const language of ['fr', 'de'] as const) {
      expect(Object.keys(actorNames[language]).sort()).toEqual(ids);
      const name = actorNamer(catalogue.actors, language);
      const english = catalogue.actors.filter((actor) => name(actor.id) === actor.name).map((actor) => actor.id);
      // Eurojust is Eurojust in every language; every other body has a name of its own.
      expect(english).toEqual(['EUROJUST']);
    }
  });
});
