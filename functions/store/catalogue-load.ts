import { normaliseDeadline, type Catalogue } from '../domain/catalogue.js';
import type { CatalogueFields, CatalogueSyncResult, ChangeAuthor, Store, StrategyRecord } from './store.js';

/** The author of catalogue loads in history: the strategy text, not a person. */
export const CATALOGUE_AUTHOR: ChangeAuthor = { id: 'system:catalogue', role: 'SYSTEM', name: 'Strategy catalogue' };

/** Maps the catalogue file to stored records, normalising each deadline phrase by the file's own rules. */
export function catalogueRecords(catalogue: Catalogue): {
  strategy: Omit<StrategyRecord, 'version'>;
  actions: (CatalogueFields & { id: string })[];
} {
  const { strategy } = catalogue;
  return {
    strategy: {
      id: strategy.id,
      reference: strategy.reference,
      title: strategy.title,
      adopted: strategy.adopted,
      reviewDate: strategy.reviewDate,
      sections: catalogue.sections.map(({ id, title }) => ({ id, title })),
      priorities: catalogue.priorities.map(({ id, title }) => ({ id, title })),
      actors: catalogue.actors.map(({ id, name, owningBody }) => ({ id, name, owningBody })),
      memberStates: catalogue.memberStates.map(({ code, name }) => ({ code, name })),
    },
    actions: catalogue.actions.map((action) => {
      const deadline = normaliseDeadline(action.deadlinePhrase, catalogue.deadlineRules, strategy);
      return {
        id: action.ref,
        ref: action.ref,
        section: action.section,
        ...(action.subheading ? { subheading: action.subheading } : {}),
        ...(action.leadIn ? { leadIn: action.leadIn } : {}),
        text: action.text,
        owners: action.owners,
        partners: action.partners,
        ...(action.deadlinePhrase ? { deadlinePhrase: action.deadlinePhrase } : {}),
        baselineDeadline: deadline.date,
        deadlineSource: deadline.source,
        recurring: action.recurring,
        memberStateReporting: action.memberStateReporting,
        kind: action.kind,
      };
    }),
  };
}

export async function loadCatalogue(store: Store, catalogue: Catalogue): Promise<CatalogueSyncResult> {
  const { strategy, actions } = catalogueRecords(catalogue);
  return store.syncCatalogue(strategy, actions, CATALOGUE_AUTHOR);
}
