import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLField, type GraphQLInputType } from 'graphql';
import type { Role } from './cases.js';
import { OMIT } from './values.js';

/**
 * The valid values around an abuse, so that the abused argument reaches the resolver: a role's
 * own action and country, the current version, a real cursor, snapshot and open round. The
 * choices come from the case's seed, so a case is the same on every run of its seed.
 */
export interface World {
  today: string;
  adopted: string;
  actions: { id: string; owners: string[]; memberStateReporting: boolean }[];
  sections: string[];
  actors: string[];
  snapshotId: string;
  /** A person the suite invited, to update, disable and enable (never one of the suite's own users). */
  personId: string;
  cursors: { action: string; history: string; changes: string; snapshots: string; people: string };
  openRoundId: string | null;
  roundCounter: number;
}

/** What a case's valid values depend on, settled just before it is sent. */
export interface CaseFacts {
  actionId: string;
  country: string;
  /** The version of the action or report the input names (undefined: a first report). */
  expectedVersion: number | undefined;
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    integer: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof random>;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function pastDate(world: World, rng: Random): string {
  const span = Math.round((Date.parse(world.today) - Date.parse(world.adopted)) / 86_400_000);
  return addDays(world.adopted, rng.integer(0, span));
}

/** The action a role would act on: its own most of the time, any other now and then. */
export function actionFor(role: Role, mutation: string | undefined, world: World, rng: Random): string {
  const all = world.actions.map((action) => action.id);
  if (rng.chance(0.15)) return rng.pick(all);
  const memberState = world.actions.filter((action) => action.memberStateReporting).map((action) => action.id);
  if (mutation === 'submitMemberStateReport' || mutation === 'reviewMemberStateReport' || role === 'contact') return rng.pick(memberState);
  if (role === 'owner') return rng.pick(world.actions.filter((action) => action.owners.includes('ENISA')).map((action) => action.id));
  return rng.pick(all);
}

type Valid = (world: World, facts: CaseFacts, rng: Random) => unknown;

/** Valid values by argument (`Type.field.argument`) or input field (`Input.field`). */
const VALID: Record<string, Valid> = {
  'Query.action.id': (_w, facts) => facts.actionId,
  'Query.actions.first': (_w, _f, rng) => rng.integer(1, 100),
  'Query.actions.after': (world) => world.cursors.action,
  'Query.actions.asOf': (world, _f, rng) => pastDate(world, rng),
  'Query.dashboard.asOf': (world, _f, rng) => pastDate(world, rng),
  'Query.dashboard.snapshotId': (world) => world.snapshotId,
  'Query.changes.from': (world) => `${world.adopted}T00:00:00Z`,
  'Query.changes.to': (world) => `${world.today}T23:59:59Z`,
  'Query.changes.after': (world) => world.cursors.changes,
  'Query.snapshots.after': (world) => world.cursors.snapshots,
  'Query.snapshot.id': (world) => world.snapshotId,
  'Query.changeSummary.from': (world) => world.adopted,
  'Query.changeSummary.to': (world) => addDays(world.today, 1),
  'Query.changes.first': (_w, _f, rng) => rng.integer(1, 100),
  'Query.snapshots.first': (_w, _f, rng) => rng.integer(1, 100),
  'Action.history.first': (_w, _f, rng) => rng.integer(1, 100),
  'Action.history.after': (world) => world.cursors.history,
  'UpdateActionInput.evidenceUrls': (_w, _f, rng) => [`https://example.eu/evidence/${rng.integer(1, 9)}`],
  'MemberStateReportInput.evidenceUrls': (_w, _f, rng) => [`https://example.eu/report/${rng.integer(1, 9)}`],
  'Snapshot.actions.section': (world, _f, rng) => rng.pick(world.sections),
  'ActionFilter.section': (world, _f, rng) => rng.pick(world.sections),
  'ActionFilter.owner': (world, _f, rng) => rng.pick(world.actors),
  'ActionFilter.text': (_w, _f, rng) => rng.pick(['cyber', 'ENISA', 'member states', 'the']),
  'Mutation.closeReportingRound.id': (world) => world.openRoundId ?? '2013-01-01-000000',
  'UpdateActionInput.actionId': (_w, facts) => facts.actionId,
  'UpdateActionInput.progress': (_w, _f, rng) => rng.integer(0, 100),
  'UpdateActionInput.note': () => 'Progress noted by the abuse suite.',
  'UpdateActionInput.forecastDate': (world, _f, rng) => addDays(world.today, rng.integer(1, 400)),
  'UpdateActionInput.expectedVersion': (_w, facts) => facts.expectedVersion ?? 1,
  'ReviseDeadlineInput.actionId': (_w, facts) => facts.actionId,
  'ReviseDeadlineInput.date': (world, _f, rng) => addDays(world.today, rng.integer(1, 400)),
  'ReviseDeadlineInput.reason': () => 'Dependencies slipped.',
  'ReviseDeadlineInput.expectedVersion': (_w, facts) => facts.expectedVersion ?? 1,
  'MemberStateReportInput.actionId': (_w, facts) => facts.actionId,
  'MemberStateReportInput.country': (_w, facts) => facts.country,
  'MemberStateReportInput.note': () => 'Reported by the abuse suite.',
  'MemberStateReportInput.expectedVersion': (_w, facts) => facts.expectedVersion ?? OMIT,
  'ReviewMemberStateReportInput.actionId': (_w, facts) => facts.actionId,
  'ReviewMemberStateReportInput.country': (_w, facts) => facts.country,
  'ReviewMemberStateReportInput.comment': () => 'Please add the evidence.',
  'ReviewMemberStateReportInput.expectedVersion': (_w, facts) => facts.expectedVersion ?? 1,
  'OpenReportingRoundInput.name': (world) => `Abuse round ${world.roundCounter}`,
  'OpenReportingRoundInput.closes': (world, _f, rng) => addDays(world.today, rng.integer(1, 120)),
  'FreezeSnapshotInput.name': () => 'Abuse suite snapshot',
  'Query.person.id': (world) => world.personId,
  'Query.people.first': (_w, _f, rng) => rng.integer(1, 100),
  'Query.people.after': (world) => world.cursors.people,
  'Person.history.first': (_w, _f, rng) => rng.integer(1, 100),
  'Person.history.after': (world) => world.cursors.history,
  'Mutation.disablePerson.id': (world) => world.personId,
  'Mutation.enablePerson.id': (world) => world.personId,
  'UpdatePersonInput.id': (world) => world.personId,
  'UpdatePersonInput.name': () => 'Abuse target (renamed)',
  'UpdatePersonInput.actor': () => 'ENISA',
  'UpdatePersonInput.country': () => 'DE',
  'InvitePersonInput.email': (_w, _f, rng) => `abuse-${rng.integer(0, 2 ** 30)}@example.eu`,
  'InvitePersonInput.name': () => 'Abuse invitee',
  'InvitePersonInput.actor': () => 'ENISA',
  'InvitePersonInput.country': () => 'DE',
  'PeopleFilter.actor': () => 'ENISA',
  'PeopleFilter.country': () => 'DE',
  'PeopleFilter.search': () => 'abuse',
  'FreezeSnapshotInput.asOf': (world, _f, rng) => pastDate(world, rng),
};

/** Optional fields always given (the input makes little sense without them). */
const ALWAYS = new Set(['MemberStateReportInput.expectedVersion', 'ReviewMemberStateReportInput.comment', 'UpdateActionInput.expectedVersion']);

function clientMutationId(rng: Random) {
  return `abuse-${rng.integer(0, 2 ** 30)}`;
}

/** A valid value of `type` at `key`; `forced` is the path (inside it) that must exist for the abuse to land on. */
export function validValue(
  type: GraphQLInputType,
  key: string,
  world: World,
  facts: CaseFacts,
  rng: Random,
  forced: readonly string[] = [],
): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(type);
  if (VALID[key]) return VALID[key](world, facts, rng);
  if (key.endsWith('.clientMutationId')) return clientMutationId(rng);
  if (isListType(inner)) return [validValue(inner.ofType, key, world, facts, rng, forced)];
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      const fieldKey = `${named.name}.${field.name}`;
      const onPath = forced[0] === field.name;
      const include = onPath || isNonNullType(field.type) || ALWAYS.has(fieldKey) || rng.chance(fieldKey.endsWith('.clientMutationId') ? 0.2 : 0.4);
      if (include) value[field.name] = validValue(field.type, fieldKey, world, facts, rng, onPath ? forced.slice(1) : []);
    }
    return value;
  }
  if (isEnumType(named)) return rng.pick(named.getValues()).name;
  switch (named.name) {
    case 'Int':
      return rng.integer(0, 20);
    case 'Float':
      return rng.next();
    case 'Boolean':
      return rng.chance(0.5);
    case 'Date':
      return pastDate(world, rng);
    case 'DateTime':
      return `${pastDate(world, rng)}T12:00:00Z`;
    case 'ID':
      return facts.actionId;
    default:
      return 'abuse suite text';
  }
}

/** Valid values for a field's arguments: the required ones, the forced one, and about half the optional ones. */
export function validArgs(
  parentType: string,
  field: GraphQLField<unknown, unknown>,
  world: World,
  facts: CaseFacts,
  rng: Random,
  forced?: { argument: string; inputPath: readonly string[] },
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) {
    const isForced = forced?.argument === arg.name;
    if (!isForced && !isNonNullType(arg.type) && !rng.chance(0.4)) continue;
    values[arg.name] = validValue(arg.type, `${parentType}.${field.name}.${arg.name}`, world, facts, rng, isForced ? forced.inputPath : []);
  }
  return values;
}

/** Sets (or, for OMIT, removes) the value at a path, creating objects along it. */
export function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  for (const name of path.slice(0, -1)) {
    const next = node[name];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[name] = {};
    node = node[name] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  if (value === OMIT) delete node[last];
  else node[last] = value;
}

export function getAt(target: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = target;
  for (const name of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  return node;
}
