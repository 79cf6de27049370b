import bodies from './actor-names.json';
import { localeOf } from './format';
import type { Language } from './languages';

/**
 * The names of the strategy's member states and bodies in the reader's language (issue 14).
 * English is the catalogue's own wording, as the API sends it; French and German take each
 * country's name from the browser (Intl.DisplayNames) and each body's official name in that
 * language from actor-names.json, beside this file.
 */

/** EU usage (EL, UK) differs from ISO 3166 (GR, GB) for two member states. */
const ISO_REGION: Record<string, string> = { EL: 'GR', UK: 'GB' };
const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A member state's name in the reader's language, e.g. DE → Allemagne in French. `english` is
 * the catalogue's name, used as it is in English (the strategy's spelling, "Czech Republic")
 * and where the browser has no name for the code.
 */
export function countryName(code: string, language: string, english?: string): string {
  if (language === 'en' && english) return english;
  const locale = localeOf(language);
  try {
    let names = regionNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region' });
      regionNames.set(locale, names);
    }
    const iso = ISO_REGION[code] ?? code;
    const name = names.of(iso);
    return name && name !== iso ? name : (english ?? code);
  } catch {
    return english ?? code;
  }
}

const BODY_NAMES: Partial<Record<Language, Record<string, string>>> = bodies;

/**
 * A body's name in the reader's language, e.g. COMMISSION → Commission européenne. `english`
 * is the catalogue's name, shown in English and for a body the file does not name.
 */
export function actorName(id: string, language: string, english?: string): string {
  return BODY_NAMES[language as Language]?.[id] ?? english ?? id;
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
