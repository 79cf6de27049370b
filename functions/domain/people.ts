import type { Role, Viewer } from './model.js';

/**
 * People and access (issue 12): the pure rules. Who may read and change people, what a valid
 * person is (an owner bound to one body, a national contact to one country, the others to
 * neither; a valid, unique e-mail address), and the guards that keep the strategy run by at
 * least one active coordinator. The store, the directory (Cognito or the local table) and the
 * API call these; none of them repeats a rule.
 */
export const PERSON_STATUSES = ['INVITED', 'ACTIVE', 'DISABLED'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export interface PersonRecord {
  id: string;
  name: string;
  /** As the person or the coordinator typed it; compared case-insensitively (emailKey). */
  email: string;
  role: Role;
  actor?: string;
  country?: string;
  status: PersonStatus;
  invitedAt?: string;
  lastSignInAt?: string;
  /** Bumped by every change: a change computed from an older record is refused. */
  version: number;
}

/** What a coordinator sets: the fields a change compares and a history event records. */
export type PersonFields = Pick<PersonRecord, 'name' | 'email' | 'role' | 'actor' | 'country' | 'status'>;

export type PeopleOperation =
  | { kind: 'listPeople' }
  | { kind: 'readPerson'; personId: string }
  | { kind: 'readPersonHistory' }
  | { kind: 'readEmail'; personId: string }
  | { kind: 'invitePerson' }
  | { kind: 'updatePerson' }
  | { kind: 'disablePerson' }
  | { kind: 'enablePerson' };

export type PeopleDecision = { allowed: true } | { allowed: false; reason: string };

/** The permissions table: coordinators manage people; anyone reads their own record and e-mail address. */
export function authorizePeople(viewer: Pick<Viewer, 'id' | 'role'>, operation: PeopleOperation): PeopleDecision {
  if (viewer.role === 'COORDINATOR') return { allowed: true };
  switch (operation.kind) {
    case 'readPerson':
    case 'readEmail':
      return operation.personId === viewer.id ? { allowed: true } : { allowed: false, reason: 'Only coordinators may see other people.' };
    case 'listPeople':
      return { allowed: false, reason: 'Only coordinators may list people.' };
    case 'readPersonHistory':
      return { allowed: false, reason: "Only coordinators may read people's history." };
    default:
      return { allowed: false, reason: 'Only coordinators may invite, change, disable or enable people.' };
  }
}

/** A refusal of bad input, with the argument it concerns. */
export interface PeopleInputError {
  field: 'email' | 'name' | 'role' | 'actor' | 'country' | 'id';
  message: string;
}

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

/** The key e-mail addresses are unique under: trimmed and lower-cased (Cognito's sign-in is case-insensitive too). */
export const emailKey = (email: string) => email.trim().toLowerCase();

/**
 * A deliverable address as a directory accepts it: one @, a local part without spaces or
 * quotes, a domain of dot-separated labels with a top-level domain. Deliberately narrower
 * than RFC 5322 (no quoted local parts, no IP literals): an invitation must reach a mailbox.
 */
export function isValidEmail(email: string): boolean {
  if (email.length > MAX_EMAIL_LENGTH) return false;
  const match = /^([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/.exec(email);
  if (!match) return false;
  const [, local, domain] = match as unknown as [string, string, string];
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.every((label) => label.length <= 63 && !label.startsWith('-') && !label.endsWith('-')) && /^[A-Za-z]{2,}$/.test(labels.at(-1)!);
}

/** What the strategy offers to bind people to: the catalogue's actors and its member states. */
export interface Bindings {
  actors: readonly { id: string }[];
  memberStates: readonly { code: string }[];
}

/**
 * The binding rule: an OWNER has exactly one actor of the catalogue, a MEMBER_STATE exactly one
 * member state, the others neither. Returns the first problem, or undefined.
 */
export function bindingProblem(person: Pick<PersonFields, 'role' | 'actor' | 'country'>, bindings: Bindings): PeopleInputError | undefined {
  const { role, actor, country } = person;
  if (role === 'OWNER') {
    if (!actor) return { field: 'actor', message: 'An owner must be bound to one body: choose its actor.' };
    if (!bindings.actors.some((known) => known.id === actor)) return { field: 'actor', message: `"${actor}" is not an actor of the strategy.` };
  } else if (actor) {
    return { field: 'actor', message: 'Only an owner is bound to a body: leave the actor empty.' };
  }
  if (role === 'MEMBER_STATE') {
    if (!country) return { field: 'country', message: 'A national contact must be bound to one member state: choose its country.' };
    if (!bindings.memberStates.some((state) => state.code === country)) {
      return { field: 'country', message: `"${country}" is not a member state of the strategy.` };
    }
  } else if (country) {
    return { field: 'country', message: 'Only a national contact is bound to a country: leave the country empty.' };
  }
  return undefined;
}

export function nameProblem(name: string): PeopleInputError | undefined {
  if (name.trim() === '') return { field: 'name', message: 'Give the person a name.' };
  if (name.length > MAX_NAME_LENGTH) return { field: 'name', message: `A name has at most ${MAX_NAME_LENGTH} characters.` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return { field: 'name', message: 'A name is one line of text.' };
  return undefined;
}

/** Empty strings mean "none": a form sends "" for a cleared select. */
const optional = (value: string | null | undefined) => (value == null || value.trim() === '' ? undefined : value.trim());

export interface InviteInput {
  email: string;
  name: string;
  role: Role;
  actor?: string | null;
  country?: string | null;
}

/** The person an invitation creates, or the first problem with it. Uniqueness is the store's (one condition). */
export function newPerson(input: InviteInput, bindings: Bindings): { fields: PersonFields } | { problem: PeopleInputError } {
  const email = input.email.trim();
  if (!isValidEmail(email)) return { problem: { field: 'email', message: `"${input.email}" is not a valid e-mail address.` } };
  const name = input.name.trim();
  const fields: PersonFields = {
    name,
    email,
    role: input.role,
    actor: optional(input.actor),
    country: optional(input.country)?.toUpperCase(),
    status: 'INVITED',
  };
  const problem = nameProblem(input.name) ?? bindingProblem(fields, bindings);
  return problem ? { problem } : { fields };
}

export interface UpdateInput {
  name?: string | null;
  role?: Role | null;
  actor?: string | null;
  country?: string | null;
}

/**
 * The fields after an update. A role change clears bindings the new role does not have (an
 * owner made coordinator loses the body) unless the input names one, which the rule then refuses.
 * An omitted actor or country keeps the current one; "" clears it.
 */
export function updatedFields(before: PersonFields, input: UpdateInput): PersonFields {
  const role = input.role ?? before.role;
  const pick = (given: string | null | undefined, current: string | undefined, keeps: boolean) =>
    given === undefined || given === null ? (keeps ? current : undefined) : optional(given);
  return {
    ...before,
    name: input.name == null ? before.name : input.name.trim(),
    role,
    actor: pick(input.actor, before.actor, role === 'OWNER'),
    country: pick(input.country, before.country, role === 'MEMBER_STATE')?.toUpperCase(),
  };
}

export interface CoordinatorGuardContext {
  viewer: Pick<Viewer, 'id'>;
  /** The ids of the people who are active coordinators now. */
  activeCoordinators: readonly string[];
}

/**
 * A change that would leave nobody to run the strategy, or lock its author out, is refused:
 * a coordinator cannot disable or demote themselves, and the last active coordinator cannot
 * be disabled or demoted.
 */
export function coordinatorGuard(
  before: PersonFields & { id: string },
  after: PersonFields,
  context: CoordinatorGuardContext,
): PeopleInputError | undefined {
  const wasActiveCoordinator = before.role === 'COORDINATOR' && before.status === 'ACTIVE';
  const staysActiveCoordinator = after.role === 'COORDINATOR' && after.status !== 'DISABLED';
  if (before.role === 'COORDINATOR' && !staysActiveCoordinator && before.id === context.viewer.id) {
    return {
      field: 'id',
      message:
        after.status === 'DISABLED'
          ? 'You cannot disable yourself: ask another coordinator.'
          : 'You cannot demote yourself: ask another coordinator.',
    };
  }
  if (wasActiveCoordinator && !staysActiveCoordinator && context.activeCoordinators.every((id) => id === before.id)) {
    return { field: 'id', message: 'This is the last active coordinator: make someone else coordinator first.' };
  }
  return undefined;
}

/** The fields that differ, as the before and after images of a history event. */
export function personDifferences(before: Partial<PersonFields>, after: Partial<PersonFields>) {
  const fields = ['name', 'email', 'role', 'actor', 'country', 'status'] as const;
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  for (const field of fields) {
    if ((before[field] ?? null) !== (after[field] ?? null)) {
      was[field] = before[field] ?? null;
      is[field] = after[field] ?? null;
    }
  }
  return Object.keys(is).length === 0 ? null : { before: was, after: is };
}

/** The viewer a person's record makes: what they may do is the record's, on every request. */
export function viewerOfPerson(person: PersonRecord): Viewer | null {
  if (person.status === 'DISABLED') return null;
  const viewer: Viewer = { id: person.id, name: person.name, role: person.role };
  if (person.role === 'OWNER') return person.actor ? { ...viewer, actor: person.actor } : null;
  if (person.role === 'MEMBER_STATE') return person.country ? { ...viewer, country: person.country } : null;
  return viewer;
}

/** How the directory (Cognito) and the product's records disagree, after a change made in the console. */
export type MismatchKind = 'NOT_RECORDED' | 'NOT_IN_DIRECTORY' | 'DIFFERS';

export interface DirectoryMismatch {
  personId: string;
  name: string;
  email: string;
  kind: MismatchKind;
  /** For DIFFERS: the fields that differ (status when one is disabled and not the other). */
  fields: string[];
}

export interface AccountView {
  id: string;
  name: string;
  email: string;
  /** '' when the account is in no role group. */
  role: Role | '';
  actor?: string;
  country?: string;
  enabled: boolean;
}

/** Every disagreement between the records and the directory's accounts, by name. */
export function directoryMismatches(records: readonly PersonRecord[], accounts: readonly AccountView[]): DirectoryMismatch[] {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const recorded = new Set(records.map((record) => record.id));
  const found: DirectoryMismatch[] = [];
  for (const record of records) {
    const account = byId.get(record.id);
    if (!account) {
      if (record.status !== 'DISABLED')
        found.push({ personId: record.id, name: record.name, email: record.email, kind: 'NOT_IN_DIRECTORY', fields: [] });
      continue;
    }
    const fields = [
      ...(account.name !== record.name ? ['name'] : []),
      ...(emailKey(account.email) !== emailKey(record.email) ? ['email'] : []),
      ...(account.role !== record.role ? ['role'] : []),
      ...((account.actor ?? null) !== (record.actor ?? null) ? ['actor'] : []),
      ...((account.country ?? null) !== (record.country ?? null) ? ['country'] : []),
      ...(account.enabled !== (record.status !== 'DISABLED') ? ['status'] : []),
    ];
    if (fields.length > 0) found.push({ personId: record.id, name: record.name, email: record.email, kind: 'DIFFERS', fields });
  }
  for (const account of accounts) {
    if (!recorded.has(account.id)) found.push({ personId: account.id, name: account.name, email: account.email, kind: 'NOT_RECORDED', fields: [] });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.personId.localeCompare(b.personId));
}
