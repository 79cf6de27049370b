import type { Role, Viewer } from '../domain/model.js';
import {
  authorizePeople,
  bindingProblem,
  coordinatorGuard,
  directoryMismatches,
  nameProblem,
  newPerson,
  personDifferences,
  updatedFields,
  type Bindings,
  type DirectoryMismatch,
  type InviteInput,
  type PeopleOperation,
  type PersonFields,
  type PersonRecord,
  type PersonStatus,
  type UpdateInput,
} from '../domain/people.js';
import { PeopleWriteRejected, type NewPersonEvent, type PeopleIdempotency, type PeopleStore } from '../store/people-store.js';
import { DirectoryRefused, isListable, type Directory, type DirectoryPerson } from './directory.js';
import type { PersonGate } from './gate.js';

/**
 * People and access as one service, the same in local mode and in the cloud: the rules
 * (functions/domain/people.ts), the product's records (people-store.ts) and the directory port
 * (directory.ts). Order of writes:
 * - invite, update, enable: the directory first, then the record (with its event) in one
 *   transaction. A refusal by the directory writes no record; an update the directory took in
 *   part is completed by making it again (its calls are idempotent), and the record, which
 *   decides what a person may do on every request, is unchanged meanwhile.
 * - disable: the record first, so the API refuses the person at once whatever the directory
 *   does; then the directory. If it refuses, the answer says so and disabling again completes it.
 */
export type PeopleErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export class PeopleError extends Error {
  constructor(
    readonly code: PeopleErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'PeopleError';
  }
}

export interface PeopleFilter {
  role?: Role | null;
  actor?: string | null;
  country?: string | null;
  status?: PersonStatus | null;
  /** Part of the name or the e-mail address, any case. */
  search?: string | null;
}

export interface PeopleServiceDependencies {
  people: PeopleStore;
  directory: Directory;
  /** The catalogue's actors and member states, which people are bound to. */
  bindings(): Promise<Bindings>;
  clock?: () => Date;
  gate?: Pick<PersonGate, 'forget'>;
}

export type PeopleService = ReturnType<typeof createPeopleService>;

const asDirectoryPerson = ({ email, name, role, actor, country }: PersonFields): DirectoryPerson => ({
  email,
  name,
  role,
  ...(actor ? { actor } : {}),
  ...(country ? { country } : {}),
});

const authorOf = (viewer: Viewer) => ({ id: viewer.id, role: viewer.role, name: viewer.name });

function directoryError(error: unknown, done: string): never {
  if (error instanceof DirectoryRefused) {
    throw new PeopleError(
      'CONFLICT',
      `${done}The directory refused ${error.step} (${error.causeName})${error.incomplete ? ' after taking part of the change' : ''}: make the same change again to complete it.`,
      { reason: 'DIRECTORY_REFUSED', step: error.step, incomplete: error.incomplete },
    );
  }
  throw error;
}

export function createPeopleService({ people, directory, bindings, clock = () => new Date(), gate }: PeopleServiceDependencies) {
  const now = () => clock().toISOString();

  function require(viewer: Viewer, operation: PeopleOperation) {
    const decision = authorizePeople(viewer, operation);
    if (!decision.allowed) throw new PeopleError('FORBIDDEN', decision.reason);
  }

  async function existing(id: string): Promise<PersonRecord> {
    const person = await people.get(id);
    if (!person) throw new PeopleError('NOT_FOUND', `No person has the id "${id}".`);
    return person;
  }

  /**
   * Makes invite and update safe to retry, as the API's other mutations: with a client mutation
   * id, the first result is stored in the write's transaction, and a retry returns it without
   * calling the directory again.
   */
  async function idempotent(
    viewer: Viewer,
    mutation: string,
    clientMutationId: string | null | undefined,
    run: (remember: (result: PersonRecord) => PeopleIdempotency | undefined) => Promise<PersonRecord>,
  ): Promise<PersonRecord> {
    if (clientMutationId == null) return run(() => undefined);
    if (clientMutationId.length === 0 || clientMutationId.length > 100) {
      throw new PeopleError('BAD_USER_INPUT', 'clientMutationId must be 1 to 100 characters.', { field: 'clientMutationId' });
    }
    const key = `${viewer.id}#${clientMutationId}`;
    const replay = async () => {
      const previous = await people.mutationResult(key);
      if (!previous) return undefined;
      if (previous.mutation !== mutation)
        throw new PeopleError('BAD_USER_INPUT', `clientMutationId "${clientMutationId}" was already used for ${previous.mutation}.`);
      return previous.result as PersonRecord;
    };
    const earlier = await replay();
    if (earlier) return earlier;
    try {
      return await run((result) => ({ key, mutation, result }));
    } catch (error) {
      if (error instanceof PeopleWriteRejected && error.reason === 'REPEATED_MUTATION') {
        const first = await replay();
        if (first) return first;
      }
      throw error;
    }
  }

  const activeCoordinators = async () => (await people.list()).filter((person) => person.role === 'COORDINATOR' && person.status === 'ACTIVE');

  /** Writes a change of `before` into `after`, refusing what the coordinator guard refuses. */
  async function change(
    viewer: Viewer,
    before: PersonRecord,
    after: PersonFields,
    type: NewPersonEvent['type'],
    remember: (result: PersonRecord) => PeopleIdempotency | undefined = () => undefined,
  ) {
    const coordinators = before.role === 'COORDINATOR' ? await activeCoordinators() : [];
    const guard = coordinatorGuard(before, after, { viewer, activeCoordinators: coordinators.map((person) => person.id) });
    if (guard) throw new PeopleError('BAD_USER_INPUT', guard.message, { field: guard.field });
    const losesCoordinator = before.role === 'COORDINATOR' && (after.role !== 'COORDINATOR' || after.status === 'DISABLED');
    const remaining = losesCoordinator ? coordinators.find((person) => person.id !== before.id) : undefined;
    const record: PersonRecord = { ...before, ...after, version: before.version + 1 };
    if (!record.actor) delete record.actor;
    if (!record.country) delete record.country;
    const difference = personDifferences(before, after)!;
    try {
      await people.save(
        record,
        before.version,
        { type, at: now(), author: authorOf(viewer), ...difference },
        remaining && { id: remaining.id, version: remaining.version },
        remember(record),
      );
    } catch (error) {
      if (error instanceof PeopleWriteRejected && error.reason !== 'REPEATED_MUTATION') {
        throw new PeopleError('CONFLICT', 'Someone changed this person, or the coordinators, meanwhile: read the list again and retry.', {
          reason: error.reason,
        });
      }
      throw error;
    } finally {
      gate?.forget(before.id);
    }
    return record;
  }

  async function invite(
    viewer: Viewer,
    input: InviteInput,
    remember: (result: PersonRecord) => PeopleIdempotency | undefined,
  ): Promise<PersonRecord> {
    const made = newPerson(input, await bindings());
    if ('problem' in made) throw new PeopleError('BAD_USER_INPUT', made.problem.message, { field: made.problem.field });
    const { fields } = made;
    const taken = () => new PeopleError('BAD_USER_INPUT', `${fields.email} already belongs to someone: find them in the list.`, { field: 'email' });
    if (await people.emailTaken(fields.email)) throw taken();
    let id: string;
    try {
      id = await directory.invite(asDirectoryPerson(fields));
    } catch (error) {
      if (error instanceof DirectoryRefused && error.taken) {
        throw new PeopleError('BAD_USER_INPUT', `${fields.email} already has an account in the directory: reconcile it from the people page.`, {
          field: 'email',
        });
      }
      directoryError(error, 'Nothing was recorded. ');
    }
    const at = now();
    const person: PersonRecord = { ...fields, id, invitedAt: at, version: 1 };
    if (!person.actor) delete person.actor;
    if (!person.country) delete person.country;
    try {
      await people.create(
        person,
        { type: 'PERSON_INVITED', at, author: authorOf(viewer), after: personDifferences({}, fields)!.after },
        remember(person),
      );
    } catch (error) {
      if (error instanceof PeopleWriteRejected && error.reason === 'EMAIL_TAKEN') throw taken();
      throw error;
    }
    return person;
  }

  async function update(
    viewer: Viewer,
    input: UpdateInput & { id: string },
    remember: (result: PersonRecord) => PeopleIdempotency | undefined,
  ): Promise<PersonRecord> {
    const before = await existing(input.id);
    const after = updatedFields(before, input);
    const problem = (input.name != null ? nameProblem(input.name) : undefined) ?? bindingProblem(after, await bindings());
    if (problem) throw new PeopleError('BAD_USER_INPUT', problem.message, { field: problem.field });
    if (!personDifferences(before, after)) return before;
    try {
      await directory.update(before.id, asDirectoryPerson(before), asDirectoryPerson(after));
    } catch (error) {
      directoryError(error, 'The person is unchanged in the product. ');
    }
    return change(viewer, before, after, 'PERSON_UPDATED', remember);
  }

  return {
    async list(viewer: Viewer, filter: PeopleFilter = {}): Promise<PersonRecord[]> {
      require(viewer, { kind: 'listPeople' });
      const search = filter.search?.trim().toLowerCase();
      return (await people.list()).filter(
        (person) =>
          (!filter.role || person.role === filter.role) &&
          (!filter.actor || person.actor === filter.actor) &&
          (!filter.country || person.country === filter.country.toUpperCase()) &&
          (!filter.status || person.status === filter.status) &&
          (!search || person.name.toLowerCase().includes(search) || person.email.toLowerCase().includes(search)),
      );
    },

    async get(viewer: Viewer, id: string): Promise<PersonRecord | null> {
      require(viewer, { kind: 'readPerson', personId: id });
      return (await people.get(id)) ?? null;
    },

    async history(viewer: Viewer, id: string, page: { limit: number; after?: string }) {
      require(viewer, { kind: 'readPersonHistory' });
      return people.history(id, page);
    },

    async invite(viewer: Viewer, input: InviteInput & { clientMutationId?: string | null }): Promise<PersonRecord> {
      require(viewer, { kind: 'invitePerson' });
      return idempotent(viewer, 'invitePerson', input.clientMutationId, (remember) => invite(viewer, input, remember));
    },

    async update(viewer: Viewer, input: UpdateInput & { id: string; clientMutationId?: string | null }): Promise<PersonRecord> {
      require(viewer, { kind: 'updatePerson' });
      return idempotent(viewer, 'updatePerson', input.clientMutationId, (remember) => update(viewer, input, remember));
    },

    async disable(viewer: Viewer, id: string): Promise<PersonRecord> {
      require(viewer, { kind: 'disablePerson' });
      const before = await existing(id);
      const disabled = before.status === 'DISABLED' ? before : await change(viewer, before, { ...before, status: 'DISABLED' }, 'PERSON_DISABLED');
      try {
        // Again when already disabled: that completes a disabling the directory refused before.
        await directory.disable(id);
      } catch (error) {
        directoryError(error, 'The person is disabled in the product and refused by the API. ');
      }
      return disabled;
    },

    /** Where the directory and the records disagree (a change made in the console); none in local mode. */
    async mismatches(viewer: Viewer): Promise<DirectoryMismatch[]> {
      require(viewer, { kind: 'listPeople' });
      if (!isListable(directory)) return [];
      return directoryMismatches(await people.list(), await directory.list());
    },

    /**
     * Settles one disagreement. The product's record is the authority: an account that differs is
     * brought back to the record (name, group, bindings, enabled); a record whose account is gone
     * is disabled; an account the product has no record of is recorded as the directory holds it,
     * if it follows the rules.
     */
    async reconcile(viewer: Viewer, id: string): Promise<PersonRecord> {
      require(viewer, { kind: 'updatePerson' });
      if (!isListable(directory)) throw new PeopleError('BAD_USER_INPUT', 'Local mode has no directory to reconcile with.', { field: 'id' });
      const accounts = await directory.list();
      const account = accounts.find((each) => each.id === id);
      const record = await people.get(id);
      if (!record && !account) throw new PeopleError('NOT_FOUND', `No person or account has the id "${id}".`);
      if (!record) {
        const made = newPerson(
          { email: account!.email, name: account!.name, role: account!.role as Role, actor: account!.actor, country: account!.country },
          await bindings(),
        );
        if (!account!.role)
          throw new PeopleError('BAD_USER_INPUT', `${account!.email} is in no role group: set one in the console, or disable the account there.`, {
            field: 'role',
          });
        if ('problem' in made) throw new PeopleError('BAD_USER_INPUT', `${account!.email}: ${made.problem.message}`, { field: made.problem.field });
        const at = now();
        const person: PersonRecord = { ...made.fields, id, status: account!.enabled ? 'ACTIVE' : 'DISABLED', version: 1 };
        if (!person.actor) delete person.actor;
        if (!person.country) delete person.country;
        try {
          await people.create(person, { type: 'PERSON_UPDATED', at, author: authorOf(viewer), after: personDifferences({}, person)!.after });
        } catch (error) {
          if (error instanceof PeopleWriteRejected)
            throw new PeopleError('BAD_USER_INPUT', `${person.email} already belongs to another person in the product.`, { field: 'email' });
          throw error;
        }
        gate?.forget(id);
        return person;
      }
      if (!account) {
        return record.status === 'DISABLED' ? record : change(viewer, record, { ...record, status: 'DISABLED' }, 'PERSON_DISABLED');
      }
      try {
        // An account in no group has '' for its role: the directory adds the record's group and removes none.
        await directory.update(id, { ...account, role: account.role as Role }, asDirectoryPerson(record));
        if (account.enabled && record.status === 'DISABLED') await directory.disable(id);
        if (!account.enabled && record.status !== 'DISABLED') await directory.enable(id);
      } catch (error) {
        directoryError(error, 'The record is unchanged. ');
      }
      return record;
    },

    async enable(viewer: Viewer, id: string): Promise<PersonRecord> {
      require(viewer, { kind: 'enablePerson' });
      const before = await existing(id);
      try {
        await directory.enable(id);
      } catch (error) {
        directoryError(error, 'The person is still disabled. ');
      }
      if (before.status !== 'DISABLED') return before;
      return change(viewer, before, { ...before, status: before.lastSignInAt ? 'ACTIVE' : 'INVITED' }, 'PERSON_ENABLED');
    },
  };
}
