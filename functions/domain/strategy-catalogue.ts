/**
 * The EU Cybersecurity Strategy's catalogue, validated once at import: a broken data file
 * fails at start-up, not in the middle of a request.
 */
import raw from '../../data/eu-cybersecurity-strategy-2013.json' with { type: 'json' };
import { isContinuing, normaliseDeadline, parseCatalogue, type Catalogue, type CatalogueAction } from './catalogue.js';

export const catalogue: Catalogue = parseCatalogue(raw);

export interface ScheduledAction extends CatalogueAction {
  /** The baseline deadline, YYYY-MM-DD. */
  deadline: string;
  deadlineSource: 'PHRASE' | 'REVIEW_DATE';
}

/** The catalogue's actions, in order, each with its deadline normalised by the catalogue's rules. */
export function catalogueActions(): ScheduledAction[] {
  return catalogue.actions.map((action) => {
    const { date, source, recurring } = normaliseDeadline(action.deadlinePhrase, catalogue.deadlineRules, catalogue.strategy);
    return { ...action, deadline: date, deadlineSource: source, recurring: recurring || isContinuing(action.text, catalogue.deadlineRules) };
  });
}
