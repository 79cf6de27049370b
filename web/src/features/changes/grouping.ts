/**
 * The changes of the period sorted into the API's groups (by strategic priority, or by owner:
 * an action with two owners counts for each), and those that belong to no group (reporting
 * rounds). The API counts every group in full; the page lists the changes it fetched, which
 * the query's cost limit keeps to the first 300 (api.graphql), so a group may list fewer than it
 * counts.
 */
export type Grouping = 'priority' | 'actor';

export interface GroupableChange {
  section: string | null;
  owners: readonly string[];
}

export interface GroupInput {
  id: string;
}

export interface Grouped<G, C> {
  groups: { group: G; changes: C[] }[];
  ungrouped: C[];
}

export function groupChanges<G extends GroupInput, C extends GroupableChange>(
  changes: readonly C[],
  groups: readonly G[],
  grouping: Grouping,
): Grouped<G, C> {
  const belongs = (change: C, id: string) => (grouping === 'priority' ? change.section === id : change.owners.includes(id));
  const ids = new Set(groups.map((group) => group.id));
  return {
    groups: groups.map((group) => ({ group, changes: changes.filter((change) => belongs(change, group.id)) })),
    ungrouped: changes.filter((change) =>
      grouping === 'priority' ? !change.section || !ids.has(change.section) : !change.owners.some((owner) => ids.has(owner)),
    ),
  };
}
