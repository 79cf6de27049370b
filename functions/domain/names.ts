/**
 * The names of the strategy's member states and bodies in the reader's language (issue 14),
 * one rule for the web and the exports. English is the catalogue's own wording; French and
 * German take each country's name from the platform's ICU data (Intl.DisplayNames) and each
 * body's official name in that language from data/actor-names.json: the server reads it with
 * `actorName` (actor-names.ts), the web fetches it as data at start and passes it in, so that
 * the names are not part of its first script.
 */

/** EU usage (EL, UK) differs from ISO 3166 (GR, GB) for two member states. */
const ISO_REGION: Record<string, string> = { EL: 'GR', UK: 'GB' };
const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A member state's name in the reader's language (`en`, `fr`, `de`, or a locale such as
 * `fr-FR`), e.g. DE → Allemagne in French. `english` is the catalogue's name, used as it is in
 * English (the strategy's spelling, "Czech Republic") and where the platform has no name for
 * the code; without it, the code.
 */
export function countryName(code: string, language: string, english?: string): string {
  if (language.startsWith('en') && english) return english;
  try {
    let names = regionNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([language], { type: 'region' });
      regionNames.set(language, names);
    }
    const iso = ISO_REGION[code] ?? code;
    const name = names.of(iso);
    return name && name !== iso ? name : (english ?? code);
  } catch {
    return english ?? code;
  }
}

/** Official names by language, then by actor id (the shape of data/actor-names.json). */
export type BodyNames = Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;

/**
 * A body's name in the reader's language from a table of official names, e.g. COMMISSION →
 * Commission européenne. `english` is the catalogue's name, shown in English and for a body the
 * table does not name.
 */
export function actorNameIn(names: BodyNames, id: string, language: string, english?: string): string {
  return names[language.slice(0, 2)]?.[id] ?? english ?? id;
}
