import bodyNamesUrl from '../../../data/actor-names.json?url';
import { actorNameIn, countryName as domainCountryName, type BodyNames } from '../../../functions/domain/names';
import { localeOf } from './format';

/**
 * The names of the strategy's member states and bodies in the reader's language (issue 14):
 * the one rule in functions/domain/names.ts, which the exports use too, with the page's locale.
 */

/** A member state's name in the reader's language, e.g. DE → Allemagne in French; `english` is the catalogue's name. */
export function countryName(code: string, language: string, english?: string): string {
  return domainCountryName(code, language === 'en' ? 'en' : localeOf(language), english);
}

/**
 * The bodies' official names, fetched as data (a hashed file, cached for ever) at start in
 * parallel with the interface text, rather than carried in the first script. Until they arrive,
 * or if they cannot be fetched, bodies keep the catalogue's English names.
 */
let bodyNames: BodyNames = {};

export function provideBodyNames(names: BodyNames): void {
  bodyNames = names;
}

export async function loadBodyNames(fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchImpl(bodyNamesUrl, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`the bodies' names at ${bodyNamesUrl} answered ${response.status}.`);
  provideBodyNames((await response.json()) as BodyNames);
}

/** A body's name in the reader's language, e.g. COMMISSION → Commission européenne; `english` is the catalogue's name. */
export function actorName(id: string, language: string, english?: string): string {
  return actorNameIn(bodyNames, id, language, english);
}

/** Names by id for a list of the catalogue's bodies, in the reader's language: for lists and tables. */
export function actorNamer(actors: readonly { id: string; name: string }[], language: string): (id: string) => string {
  const english = new Map(actors.map((actor) => [actor.id, actor.name]));
  return (id) => actorName(id, language, english.get(id));
}

/** Names by code for the catalogue's member states, in the reader's language. */
export function countryNamer(states: readonly { code: string; name: string }[] | undefined, language: string): (code: string) => string {
  const english = new Map((states ?? []).map((state) => [state.code, state.name]));
  return (code) => countryName(code, language, english.get(code));
}
