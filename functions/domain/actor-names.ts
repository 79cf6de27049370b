/**
 * The bodies' official names as the server reads them (the exports): data/actor-names.json,
 * bundled. The web fetches the same file at start instead (web/src/i18n/names.ts).
 */
import bodies from '../../data/actor-names.json' with { type: 'json' };
import { actorNameIn, type BodyNames } from './names.js';

export const BODY_NAMES: BodyNames = bodies;

/** A body's name in the reader's language; `english` is the catalogue's name. */
export function actorName(id: string, language: string, english?: string): string {
  return actorNameIn(BODY_NAMES, id, language, english);
}
