import type { Role } from '../gql/graphql';
import { actorName, countryName } from '../i18n/names';

export interface ViewerDescription {
  name: string;
  role: Role;
  /** The owning body or the country the user acts for, by name in the reader's language. */
  affiliation: string | null;
}

export function describeViewer(
  viewer: { name: string; role: Role; actor: string | null; country: string | null },
  names: { actors: readonly { id: string; name: string }[]; memberStates: readonly { code: string; name: string }[] },
  language: string,
): ViewerDescription {
  let affiliation: string | null = null;
  if (viewer.actor) affiliation = actorName(viewer.actor, language, names.actors.find((a) => a.id === viewer.actor)?.name);
  else if (viewer.country) affiliation = countryName(viewer.country, language, names.memberStates.find((m) => m.code === viewer.country)?.name);
  return { name: viewer.name, role: viewer.role, affiliation };
}
