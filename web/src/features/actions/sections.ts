/** Compares "2.10" after "2.9" and "2.1-10" after "2.1-09", as the strategy numbers them. */
const numbering = new Intl.Collator('en', { numeric: true });

export interface SectionGroup<A> {
  /** The section number, e.g. 2.1. */
  section: string;
  /** "2.1 Achieving cyber resilience", or "Section 3.1" when the strategy gives no priority title. */
  heading: string;
  actions: A[];
}

export function groupBySection<A extends { section: string; ref: string }>(
  actions: readonly A[],
  sections: readonly { id: string; title: string }[],
): SectionGroup<A>[] {
  const titles = new Map(sections.map((section) => [section.id, section.title]));
  const groups = new Map<string, A[]>();
  for (const action of actions) {
    const group = groups.get(action.section);
    if (group) group.push(action);
    else groups.set(action.section, [action]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => numbering.compare(a, b))
    .map(([section, members]) => {
      const title = titles.get(section);
      return {
        section,
        heading: title ? `${section} ${title}` : `Section ${section}`,
        actions: [...members].sort((a, b) => numbering.compare(a.ref, b.ref)),
      };
    });
}
