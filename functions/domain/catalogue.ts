/**
 * The strategy catalogue (data/eu-cybersecurity-strategy-2013.json): its schema, the
 * cross-checks the schema cannot express, and the deadline normalisation rule it carries.
 * Pure: the caller imports or reads the JSON.
 */
import { z } from 'zod';
import { addMonths, calendarDate } from './dates.js';

/** The actor whose presence among an action's owners makes member states report on it. */
export const MEMBER_STATES_ACTOR = 'MEMBER_STATES';

export const ACTOR_KINDS = [
  'EU_INSTITUTION',
  'EU_AGENCY',
  'COMMISSION_SERVICE',
  'MEMBER_STATES',
  'PRIVATE_SECTOR',
  'MULTI_STAKEHOLDER',
  'STANDARDISATION',
  'INTERNATIONAL',
  'CIVIL_SOCIETY',
] as const;

export const ACTION_KINDS = ['BULLET', 'SENTENCE'] as const;

const isoDate = z.iso.date();
const sectionId = z.string().regex(/^\d+(?:\.\d+)*$/, 'a section number such as "2.1"');
const actorId = z.string().regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, 'an UPPER_SNAKE actor id');
const nonEmpty = z.string().trim().min(1);

/**
 * A date template: "{year}-MM-DD" (year from the pattern's named group `year`),
 * "{adopted+months}" (adoption date plus the named group `months`) or "{reviewDate}".
 */
const YEAR_TEMPLATE = /^\{year\}-(\d{2})-(\d{2})$/;
const ADOPTED_PLUS_MONTHS = '{adopted+months}';
const REVIEW_DATE = '{reviewDate}';
const dateTemplate = z.union([z.string().regex(YEAR_TEMPLATE), z.literal(ADOPTED_PLUS_MONTHS), z.literal(REVIEW_DATE)]);

const StrategySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  reference: nonEmpty,
  title: nonEmpty,
  adopted: isoDate,
  reviewDate: isoDate,
  source: z.url(),
});

const SectionSchema = z.strictObject({ id: sectionId, title: nonEmpty });

const ActorSchema = z.strictObject({
  id: actorId,
  name: nonEmpty,
  kind: z.enum(ACTOR_KINDS),
  owningBody: z.boolean(),
});

const MemberStateSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'),
  name: nonEmpty,
  accession: isoDate,
});

const DeadlineRuleSchema = z
  .strictObject({
    pattern: nonEmpty,
    date: dateTemplate,
    recurring: z.boolean().default(false),
    explanation: nonEmpty,
  })
  .superRefine((rule, ctx) => {
    for (const problem of deadlineRuleProblems(rule)) ctx.addIssue({ code: 'custom', message: problem, path: ['pattern'] });
  });

const ContinuingRuleSchema = z
  .strictObject({
    /** Matched, ignoring case, against the action's verbatim text; anchored at its start with ^. */
    pattern: nonEmpty,
    explanation: nonEmpty,
  })
  .superRefine((rule, ctx) => {
    for (const problem of continuingRuleProblems(rule)) ctx.addIssue({ code: 'custom', message: problem, path: ['pattern'] });
  });

const DeadlineRulesSchema = z.strictObject({
  /** Tried in order; the first pattern that matches the whole phrase wins. */
  phrases: z.array(DeadlineRuleSchema).min(1),
  /** The design's rule: an action with no deadline phrase falls due at the review date. */
  noPhrase: z.strictObject({ date: z.literal(REVIEW_DATE), explanation: nonEmpty }),
  /**
   * An action the strategy words as continuing work already under way ("Continue supporting
   * ...") is recurring whatever its deadline phrase: it has no end, so it may be ONGOING.
   */
  continuing: ContinuingRuleSchema,
});

const ActionSchema = z.strictObject({
  ref: z.string().regex(/^\d+(?:\.\d+)*-\d{2}$/, 'section, hyphen, two-digit sequence: "2.1-01"'),
  section: sectionId,
  subheading: nonEmpty.nullable(),
  leadIn: nonEmpty.nullable(),
  owners: z.array(actorId).min(1),
  partners: z.array(actorId),
  text: nonEmpty,
  deadlinePhrase: nonEmpty.nullable(),
  recurring: z.boolean(),
  memberStateReporting: z.boolean(),
  kind: z.enum(ACTION_KINDS),
});

const ExclusionSchema = z.strictObject({
  section: sectionId,
  kind: z.enum(ACTION_KINDS),
  /** The first words of the bullet or sentence, verbatim; '' only for an empty bullet. */
  excerpt: z.string(),
  reason: nonEmpty,
  /** The actions that already track what the excluded text says, if any. */
  coveredBy: z.array(z.string()),
});

export const CatalogueSchema = z.strictObject({
  strategy: StrategySchema,
  sections: z.array(SectionSchema).min(1),
  priorities: z.array(SectionSchema).min(1),
  actors: z.array(ActorSchema).min(1),
  memberStates: z.array(MemberStateSchema).min(1),
  deadlineRules: DeadlineRulesSchema,
  actions: z.array(ActionSchema).min(1),
  exclusions: z.array(ExclusionSchema),
  notes: z.array(nonEmpty),
});

export type Catalogue = z.infer<typeof CatalogueSchema>;
export type Strategy = Catalogue['strategy'];
export type Section = z.infer<typeof SectionSchema>;
export type Priority = Section;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = Actor['kind'];
export type MemberState = z.infer<typeof MemberStateSchema>;
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;
export type DeadlineRules = z.infer<typeof DeadlineRulesSchema>;
export type CatalogueAction = z.infer<typeof ActionSchema>;
export type ActionKind = CatalogueAction['kind'];
export type Exclusion = z.infer<typeof ExclusionSchema>;

export type StrategyDates = Pick<Strategy, 'adopted' | 'reviewDate'>;

export interface NormalisedDeadline {
  /** YYYY-MM-DD */
  date: string;
  source: 'PHRASE' | 'REVIEW_DATE';
  recurring: boolean;
}

export class CatalogueError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The strategy catalogue is inconsistent:\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogueError';
  }
}

/** Validates the JSON's shape, then its cross-references; throws on the first failing stage. */
export function parseCatalogue(json: unknown): Catalogue {
  const catalogue = CatalogueSchema.parse(json);
  const problems = findCatalogueProblems(catalogue);
  if (problems.length > 0) throw new CatalogueError(problems);
  return catalogue;
}

/**
 * The deadline an action falls due on. A phrase is matched, whole and ignoring case, against
 * the rules in order; no phrase means the review date.
 */
export function normaliseDeadline(phrase: string | null, rules: DeadlineRules, strategy: StrategyDates): NormalisedDeadline {
  if (phrase === null) return { date: strategy.reviewDate, source: 'REVIEW_DATE', recurring: false };
  for (const rule of rules.phrases) {
    const match = new RegExp(rule.pattern, 'i').exec(phrase);
    if (match) {
      const date = resolveDateTemplate(rule.date, match.groups ?? {}, strategy);
      return { date, source: 'PHRASE', recurring: rule.recurring };
    }
  }
  throw new Error(`No deadline rule matches the phrase "${phrase}": add a rule to deadlineRules.phrases`);
}

/** Whether the strategy words an action as continuing work already under way (deadlineRules.continuing). */
export function isContinuing(text: string, rules: Pick<DeadlineRules, 'continuing'>): boolean {
  return new RegExp(rules.continuing.pattern, 'i').test(text);
}

/**
 * Whether an action recurs: its deadline phrase says so (e.g. "from 2013 onwards"), or its text
 * words it as continuing. A recurring action may be ONGOING.
 */
export function isRecurring(action: Pick<CatalogueAction, 'text' | 'deadlinePhrase'>, rules: DeadlineRules, strategy: StrategyDates): boolean {
  return normaliseDeadline(action.deadlinePhrase, rules, strategy).recurring || isContinuing(action.text, rules);
}

/** Every inconsistency between the parts of a well-shaped catalogue; empty when sound. */
export function findCatalogueProblems(catalogue: Catalogue): string[] {
  return [
    ...strategyProblems(catalogue.strategy),
    ...duplicates(catalogue.sections.map((s) => s.id)).map((id) => `section ${id} is listed twice`),
    ...priorityProblems(catalogue),
    ...actorProblems(catalogue),
    ...memberStateProblems(catalogue),
    ...catalogue.actions.flatMap((action) => actionProblems(action, catalogue)),
    ...refSequenceProblems(catalogue.actions),
    ...exclusionProblems(catalogue),
  ];
}

function strategyProblems(strategy: Strategy): string[] {
  return strategy.adopted < strategy.reviewDate ? [] : ['strategy: the review date must follow the adoption date'];
}

function priorityProblems({ priorities, sections }: Catalogue): string[] {
  return [
    ...duplicates(priorities.map((p) => p.id)).map((id) => `priority ${id} is listed twice`),
    ...priorities.flatMap((priority) => {
      const section = sections.find((s) => s.id === priority.id);
      if (!section) return [`priority ${priority.id} is not a section`];
      return section.title === priority.title ? [] : [`priority ${priority.id}: its title differs from its section's`];
    }),
  ];
}

function actorProblems({ actors, actions }: Catalogue): string[] {
  const owned = new Set(actions.flatMap((a) => a.owners));
  const named = new Set(actions.flatMap((a) => [...a.owners, ...a.partners]));
  return [
    ...duplicates(actors.map((a) => a.id)).map((id) => `actor ${id} is listed twice`),
    ...actors.filter((actor) => actor.owningBody && !owned.has(actor.id)).map((actor) => `actor ${actor.id} is an owning body but owns no action`),
    ...actors.filter((actor) => !named.has(actor.id)).map((actor) => `actor ${actor.id} is named by no action`),
  ];
}

function memberStateProblems({ memberStates, strategy }: Catalogue): string[] {
  const codes = memberStates.map((m) => m.code);
  const sorted = [...codes].sort();
  return [
    ...duplicates(codes).map((code) => `member state ${code} is listed twice`),
    ...(codes.join() === sorted.join() ? [] : ['member states must be sorted by code']),
    ...memberStates.filter((m) => m.accession > strategy.reviewDate).map((m) => `member state ${m.code} joined after the review date`),
  ];
}

function actionProblems(action: CatalogueAction, catalogue: Catalogue): string[] {
  const at = `action ${action.ref}`;
  const actorIds = new Set(catalogue.actors.map((a) => a.id));
  const isPriority = catalogue.priorities.some((p) => p.id === action.section);
  const problems: string[] = [];

  if (!action.ref.startsWith(`${action.section}-`)) problems.push(`${at}: its ref does not start with its section`);
  if (!catalogue.sections.some((s) => s.id === action.section)) problems.push(`${at}: unknown section ${action.section}`);
  if (action.kind === 'BULLET' && !isPriority) problems.push(`${at}: a bullet action must sit under a strategic priority`);
  if ((action.kind === 'BULLET') !== (action.leadIn !== null)) {
    problems.push(`${at}: a bullet has a lead-in and a sentence has none`);
  }
  for (const id of [...action.owners, ...action.partners]) {
    if (!actorIds.has(id)) problems.push(`${at}: unknown actor ${id}`);
  }
  for (const id of duplicates([...action.owners, ...action.partners])) {
    problems.push(`${at}: actor ${id} is named twice among owners and partners`);
  }
  if (action.memberStateReporting !== action.owners.includes(MEMBER_STATES_ACTOR)) {
    problems.push(`${at}: member states report on an action exactly when they own it`);
  }
  if (action.deadlinePhrase !== null && !action.text.includes(action.deadlinePhrase)) {
    problems.push(`${at}: its deadline phrase is not in its text`);
  }
  problems.push(...deadlineProblems(action, catalogue));
  return problems;
}

function deadlineProblems(action: CatalogueAction, { deadlineRules, strategy }: Catalogue): string[] {
  try {
    const deadline = normaliseDeadline(action.deadlinePhrase, deadlineRules, strategy);
    if (isContinuing(action.text, deadlineRules)) {
      return action.recurring ? [] : [`action ${action.ref}: "recurring" must be true, as its text words it as continuing`];
    }
    return deadline.recurring === action.recurring
      ? []
      : [`action ${action.ref}: "recurring" must be ${deadline.recurring}, as its deadline phrase says`];
  } catch (error) {
    return [`action ${action.ref}: ${(error as Error).message}`];
  }
}

/** Refs are the section plus 01, 02, ... in the order of the text, which is the file's order. */
function refSequenceProblems(actions: readonly CatalogueAction[]): string[] {
  const seen = new Map<string, number>();
  const problems = duplicates(actions.map((a) => a.ref)).map((ref) => `action ${ref} is listed twice`);
  for (const action of actions) {
    const next = (seen.get(action.section) ?? 0) + 1;
    seen.set(action.section, next);
    const expected = `${action.section}-${String(next).padStart(2, '0')}`;
    if (action.ref !== expected) problems.push(`action ${action.ref}: expected ref ${expected} at this position`);
  }
  return problems;
}

function exclusionProblems({ exclusions, sections, actions }: Catalogue): string[] {
  const refs = new Set(actions.map((a) => a.ref));
  return exclusions.flatMap((exclusion) => {
    const at = `exclusion "${exclusion.excerpt}" (${exclusion.section})`;
    return [
      ...(sections.some((s) => s.id === exclusion.section) ? [] : [`${at}: unknown section`]),
      ...(exclusion.excerpt === '' && exclusion.kind !== 'BULLET' ? [`${at}: only an empty bullet has no excerpt`] : []),
      ...exclusion.coveredBy.filter((ref) => !refs.has(ref)).map((ref) => `${at}: covered by unknown action ${ref}`),
    ];
  });
}

function continuingRuleProblems(rule: { pattern: string }): string[] {
  try {
    new RegExp(rule.pattern, 'i');
  } catch {
    return [`"${rule.pattern}" is not a valid regular expression`];
  }
  return rule.pattern.startsWith('^') ? [] : [`"${rule.pattern}" must be anchored at the start of the text with ^`];
}

function deadlineRuleProblems(rule: { pattern: string; date: string }): string[] {
  let pattern: RegExp;
  try {
    pattern = new RegExp(rule.pattern, 'i');
  } catch {
    return [`"${rule.pattern}" is not a valid regular expression`];
  }
  const problems: string[] = [];
  if (!rule.pattern.startsWith('^') || !rule.pattern.endsWith('$')) problems.push(`"${rule.pattern}" must be anchored with ^ and $`);
  for (const group of groupsNeededBy(rule.date)) {
    if (!new RegExp(`\\(\\?<${group}>`).test(pattern.source)) {
      problems.push(`"${rule.pattern}" needs a named group "${group}" for the date "${rule.date}"`);
    }
  }
  return problems;
}

function groupsNeededBy(template: string): string[] {
  if (YEAR_TEMPLATE.test(template)) return ['year'];
  if (template === ADOPTED_PLUS_MONTHS) return ['months'];
  return [];
}

function resolveDateTemplate(template: string, groups: Record<string, string | undefined>, strategy: StrategyDates): string {
  if (template === REVIEW_DATE) return strategy.reviewDate;
  if (template === ADOPTED_PLUS_MONTHS) return addMonths(strategy.adopted, Number(requiredGroup(groups, 'months')));
  const monthDay = YEAR_TEMPLATE.exec(template);
  if (!monthDay) throw new Error(`Unknown date template "${template}"`);
  const year = requiredGroup(groups, 'year');
  if (!/^\d{4}$/.test(year)) throw new Error(`"${year}" is not a four-digit year`);
  return calendarDate(Number(year), Number(monthDay[1]), Number(monthDay[2]));
}

function requiredGroup(groups: Record<string, string | undefined>, name: string): string {
  const value = groups[name];
  if (value === undefined) throw new Error(`The deadline rule captured no "${name}"`);
  return value;
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}
