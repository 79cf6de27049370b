import { describe, expect, it } from 'vitest';
import type { Role } from '../../functions/domain/model.js';
import {
  authorizePeople,
  bindingProblem,
  coordinatorGuard,
  directoryMismatches,
  emailKey,
  isValidEmail,
  newPerson,
  personDifferences,
  updatedFields,
  viewerOfPerson,
  type PeopleOperation,
  type PersonFields,
  type PersonRecord,
} from '../../functions/domain/people.js';

const BINDINGS = { actors: [{ id: 'ENISA' }, { id: 'EC3' }], memberStates: [{ code: 'DE' }, { code: 'FR' }] };
const ROLES: Role[] = ['COORDINATOR', 'OWNER', 'MEMBER_STATE', 'VIEWER'];

describe('the permissions table of people', () => {
  const self = 'me';
  const operations: [string, PeopleOperation, Role[], Role[]][] = [
    // name, operation, allowed on someone else, allowed on oneself
    ['list', { kind: 'listPeople' }, ['COORDINATOR'], ['COORDINATOR']],
    ['read a person', { kind: 'readPerson', personId: 'other' }, ['COORDINATOR'], ROLES],
    ['read an e-mail address', { kind: 'readEmail', personId: 'other' }, ['COORDINATOR'], ROLES],
    ['read history', { kind: 'readPersonHistory' }, ['COORDINATOR'], ['COORDINATOR']],
    ['invite', { kind: 'invitePerson' }, ['COORDINATOR'], ['COORDINATOR']],
    ['update', { kind: 'updatePerson' }, ['COORDINATOR'], ['COORDINATOR']],
    ['disable', { kind: 'disablePerson' }, ['COORDINATOR'], ['COORDINATOR']],
    ['enable', { kind: 'enablePerson' }, ['COORDINATOR'], ['COORDINATOR']],
  ];
  for (const [name, operation, onOthers, onSelf] of operations) {
    for (const role of ROLES) {
      it(`${role} ${onOthers.includes(role) ? 'may' : 'may not'} ${name} of someone else, ${onSelf.includes(role) ? 'may' : 'may not'} of themselves`, () => {
        expect(authorizePeople({ id: self, role }, operation).allowed).toBe(onOthers.includes(role));
        const own = 'personId' in operation ? { ...operation, personId: self } : operation;
        expect(authorizePeople({ id: self, role }, own).allowed).toBe(onSelf.includes(role));
      });
    }
  }
});

describe('e-mail addresses', () => {
  it.each(['anna@bsi.bund.de', 'A.B+tag@example.eu', "o'brien@gov.ie"])('accepts %s', (email) => expect(isValidEmail(email)).toBe(true));
  it.each([
    '',
    'anna',
    'anna@',
    '@bsi.de',
    'a b@x.eu',
    'a@b',
    'a@b.c',
    'a..b@x.eu',
    '.a@x.eu',
    'a@-x.eu',
    'a@x.eu\n',
    `${'a'.repeat(65)}@x.eu`,
    `a@${'b'.repeat(250)}.eu`,
  ])('refuses %j', (email) => expect(isValidEmail(email)).toBe(false));
  it('compares addresses in any case', () => expect(emailKey(' Anna@BSI.bund.DE ')).toBe('anna@bsi.bund.de'));
});

describe('the binding rule', () => {
  it.each([
    [{ role: 'OWNER', actor: 'ENISA' }, undefined],
    [{ role: 'OWNER' }, 'actor'],
    [{ role: 'OWNER', actor: 'NOBODY' }, 'actor'],
    [{ role: 'OWNER', actor: 'ENISA', country: 'DE' }, 'country'],
    [{ role: 'MEMBER_STATE', country: 'DE' }, undefined],
    [{ role: 'MEMBER_STATE' }, 'country'],
    [{ role: 'MEMBER_STATE', country: 'US' }, 'country'],
    [{ role: 'MEMBER_STATE', country: 'DE', actor: 'ENISA' }, 'actor'],
    [{ role: 'COORDINATOR' }, undefined],
    [{ role: 'COORDINATOR', country: 'DE' }, 'country'],
    [{ role: 'VIEWER', actor: 'ENISA' }, 'actor'],
  ] as const)('%j → %s', (person, field) => {
    expect(bindingProblem(person, BINDINGS)?.field).toBe(field);
  });

  it('an invitation trims, upper-cases the country and treats "" as none', () => {
    expect(newPerson({ email: ' a@x.eu ', name: ' Anna ', role: 'MEMBER_STATE', country: 'de', actor: '' }, BINDINGS)).toEqual({
      fields: { email: 'a@x.eu', name: 'Anna', role: 'MEMBER_STATE', country: 'DE', actor: undefined, status: 'INVITED' },
    });
  });

  it('a role change drops the bindings the new role does not have, and keeps those it does', () => {
    const owner: PersonFields = { name: 'O', email: 'o@x.eu', role: 'OWNER', actor: 'ENISA', status: 'ACTIVE' };
    expect(updatedFields(owner, { role: 'VIEWER' })).toMatchObject({ role: 'VIEWER', actor: undefined });
    expect(updatedFields(owner, { actor: 'EC3' })).toMatchObject({ role: 'OWNER', actor: 'EC3' });
    expect(updatedFields(owner, { role: 'MEMBER_STATE', country: 'fr' })).toMatchObject({ role: 'MEMBER_STATE', actor: undefined, country: 'FR' });
    // Naming a binding the new role has not is kept, so the rule refuses it instead of silently dropping it.
    expect(bindingProblem(updatedFields(owner, { role: 'VIEWER', actor: 'EC3' }), BINDINGS)?.field).toBe('actor');
  });
});

describe('the coordinator guard', () => {
  const coordinator = (id: string, status: PersonFields['status'] = 'ACTIVE') => ({
    id,
    name: id,
    email: `${id}@x.eu`,
    role: 'COORDINATOR' as const,
    status,
  });
  const demoted = (person: PersonFields) => ({ ...person, role: 'VIEWER' as const });
  const disabled = (person: PersonFields) => ({ ...person, status: 'DISABLED' as const });

  it('refuses disabling or demoting oneself, even with other coordinators', () => {
    const me = coordinator('me');
    expect(coordinatorGuard(me, disabled(me), { viewer: { id: 'me' }, activeCoordinators: ['me', 'other'] })?.message).toMatch(/disable yourself/);
    expect(coordinatorGuard(me, demoted(me), { viewer: { id: 'me' }, activeCoordinators: ['me', 'other'] })?.message).toMatch(/demote yourself/);
  });

  it('refuses disabling or demoting the last active coordinator, allows it while another remains', () => {
    const last = coordinator('last');
    expect(coordinatorGuard(last, disabled(last), { viewer: { id: 'x' }, activeCoordinators: ['last'] })?.message).toMatch(/last active coordinator/);
    expect(coordinatorGuard(last, demoted(last), { viewer: { id: 'x' }, activeCoordinators: ['last'] })?.message).toMatch(/last active coordinator/);
    expect(coordinatorGuard(last, disabled(last), { viewer: { id: 'x' }, activeCoordinators: ['last', 'other'] })).toBeUndefined();
  });

  it('lets an invited coordinator who never signed in go, and leaves other changes alone', () => {
    const invited = coordinator('invited', 'INVITED');
    expect(coordinatorGuard(invited, disabled(invited), { viewer: { id: 'x' }, activeCoordinators: ['x'] })).toBeUndefined();
    const last = coordinator('last');
    expect(coordinatorGuard(last, { ...last, name: 'Renamed' }, { viewer: { id: 'last' }, activeCoordinators: ['last'] })).toBeUndefined();
  });
});

describe('what a person record makes of a request', () => {
  const person: PersonRecord = { id: 'p', name: 'P', email: 'p@x.eu', role: 'OWNER', actor: 'ENISA', status: 'ACTIVE', version: 1 };
  it('acts with the record, not the token: role, body, name', () => {
    expect(viewerOfPerson(person)).toEqual({ id: 'p', name: 'P', role: 'OWNER', actor: 'ENISA' });
    expect(viewerOfPerson({ ...person, status: 'INVITED' })).toEqual({ id: 'p', name: 'P', role: 'OWNER', actor: 'ENISA' });
  });
  it('refuses a disabled person', () => expect(viewerOfPerson({ ...person, status: 'DISABLED' })).toBeNull());
  it('records only what changed', () => {
    expect(personDifferences({ name: 'A', role: 'OWNER', actor: 'ENISA' }, { name: 'A', role: 'VIEWER' })).toEqual({
      before: { role: 'OWNER', actor: 'ENISA' },
      after: { role: 'VIEWER', actor: null },
    });
    expect(personDifferences({ name: 'A' }, { name: 'A' })).toBeNull();
  });
});

describe('disagreements with the directory', () => {
  const record: PersonRecord = { id: 'a', name: 'Anna', email: 'Anna@x.eu', role: 'OWNER', actor: 'ENISA', status: 'ACTIVE', version: 1 };
  const account = { id: 'a', name: 'Anna', email: 'anna@x.eu', role: 'OWNER' as const, actor: 'ENISA', enabled: true };

  it('finds none when the account matches the record (the address in any case)', () => {
    expect(directoryMismatches([record], [account])).toEqual([]);
  });
  it('names the fields that differ, the status when one side is disabled', () => {
    expect(directoryMismatches([record], [{ ...account, name: 'A.', actor: 'EC3', enabled: false }])[0]).toMatchObject({
      kind: 'DIFFERS',
      fields: ['name', 'actor', 'status'],
    });
    expect(directoryMismatches([record], [{ ...account, role: '' as const }])[0]?.fields).toEqual(['role']);
  });
  it('finds accounts without records and records without accounts (a disabled record may have none)', () => {
    expect(directoryMismatches([], [account]).map((mismatch) => mismatch.kind)).toEqual(['NOT_RECORDED']);
    expect(directoryMismatches([record], []).map((mismatch) => mismatch.kind)).toEqual(['NOT_IN_DIRECTORY']);
    expect(directoryMismatches([{ ...record, status: 'DISABLED' }], [])).toEqual([]);
  });
});
