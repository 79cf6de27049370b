import type { Role } from '../gql/graphql';

export interface ViewerDescription {
  name: string;
  role: Role;
  /** The owning body or the country the user acts for, by name. */
  affiliation: string | null;
}

export function describeViewer(
  viewer: { name: string; role: Role; actor: string | null; country: string | null },
  names: { actors: readonly { id: string; name: string }[]; memberStates: readonly { code: string; name: string }[] },
): ViewerDescription {
  let affiliation: string | null = null;
  if (viewer.actor) affiliation = names.actors.find((a) => a.id === viewer.actor)?.name ?? viewer.actor;
  else if (viewer.country) affiliation = names.memberStates.find((m) => m.code === viewer.country)?.name ?? viewer.country;
  return { name: viewer.name, role: viewer.role, affiliation };
}
