import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { issueLocalToken } from '../../scripts/local/local-sign-in.js';
import { startLocalServer, type LocalServer } from '../../scripts/local/server.js';
import { loadOrCreateSigningKey } from '../../scripts/local/signing-key.js';
import { clientFor, errorCodes, type Client } from '../support/api.js';
import { graphql, signIn, startTestServer, type TestServer } from '../support/local-server.js';

/**
 * People and access (issue 12) through the live API: who may manage people, the invitation's
 * whole life (invited, on the sign-in page, signed in with the right scope, disabled, refused
 * with the token it still holds), the rules on bad input with nothing written, and the history.
 */
const PERSON_FIELDS = 'id name email role actor country status invitedAt lastSignInAt';
const PEOPLE = `query People($filter: PeopleFilter) { people(filter: $filter) { totalCount edges { node { ${PERSON_FIELDS} } } } }`;
const PERSON = `query Person($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const HISTORY = `query History($id: ID!) { person(id: $id) { history(first: 20) { edges { node { type author { id } before after } } } } }`;
const INVITE = `mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`;
const DISABLE = `mutation Disable($id: ID!) { disablePerson(id: $id) { ${PERSON_FIELDS} } }`;
const ENABLE = `mutation Enable($id: ID!) { enablePerson(id: $id) { ${PERSON_FIELDS} } }`;
const ME = '{ me { id name role actor country } }';

interface PersonView {
  id: string;
  name: string;
  email: string;
  role: string;
  actor: string | null;
  country: string | null;
  status: string;
  invitedAt: string | null;
  lastSignInAt: string | null;
}

let now = new Date('2026-03-02T09:00:00Z');
let server: TestServer;
let coordinator: Client;

const writes = (from: number) =>
  server.probe.sent.slice(from).filter((command) => /^(Put|Update|Delete|TransactWrite|BatchWrite)/.test(command.name));

async function listed(client: Client, filter: Record<string, unknown> = {}): Promise<PersonView[]> {
  const response = await client.call<{ people: { edges: { node: PersonView }[] } }>(PEOPLE, { filter });
  expect(response.errors).toBeUndefined();
  return response.data!.people.edges.map((edge) => edge.node);
}

async function localSignInList(): Promise<{ id: string }[]> {
  return (await (await fetch(`${server.url}/auth/local`)).json()) as { id: string }[];
}

async function invite(input: Record<string, unknown>) {
  return coordinator.call<{ invitePerson: PersonView }>(INVITE, { input });
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  coordinator = await clientFor(server, 'coordinator');
});
afterAll(() => server.close());

describe('the first start', () => {
  it('makes the seeded local users people in the table, active, and lists them on the sign-in page', async () => {
    const people = await listed(coordinator);
    expect(people.map((person) => person.id).sort()).toEqual(server.users.map((user) => user.id).sort());
    expect(people.every((person) => person.status === 'ACTIVE')).toBe(true);
    expect((await localSignInList()).map((user) => user.id).sort()).toEqual(server.users.map((user) => user.id).sort());
  });

  it('does not seed again when the server restarts on the same table', async () => {
    const tableName = String(server.probe.sent.find((command) => command.input['TableName'])!.input['TableName']);
    await coordinator.call(UPDATE, { input: { id: 'viewer', name: 'Conference observer' } });
    const again = await startLocalServer({
      dynamoEndpoint: inject('dynamoEndpoint'),
      tableName,
      dataDir: server.dataDir,
      port: 0,
      quiet: true,
      clock: () => now,
    });
    try {
      const people = await listed(await clientFor(again, 'coordinator'));
      expect(people.find((person) => person.id === 'viewer')!.name).toBe('Conference observer');
      expect(people).toHaveLength(server.users.length);
    } finally {
      await again.close();
    }
  });
});

describe('who may manage people', () => {
  const others = ['owner-enisa', 'contact-fr', 'viewer'] as const;

  it.each(others)('%s may not list, invite, change, disable or enable anyone, and nothing is written', async (userId) => {
    const client = await clientFor(server, userId);
    const from = server.probe.sent.length;
    const calls = [
      client.call(PEOPLE),
      client.call(PERSON, { id: 'coordinator' }),
      client.call(HISTORY, { id: 'coordinator' }),
      client.call(INVITE, { input: { email: `new-${userId}@example.eu`, name: 'New', role: 'VIEWER' } }),
      client.call(UPDATE, { input: { id: 'contact-de', name: 'Renamed' } }),
      client.call(DISABLE, { id: 'contact-de' }),
      client.call(ENABLE, { id: 'contact-de' }),
      client.call('{ directoryMismatches { personId } }'),
      client.call('mutation { reconcilePerson(id: "contact-de") { id } }'),
    ];
    for (const response of await Promise.all(calls)) expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(writes(from)).toEqual([]);
  });

  it.each(others)('%s reads their own record with their e-mail address, but not its history', async (userId) => {
    const client = await clientFor(server, userId);
    const own = await client.call<{ person: PersonView }>(PERSON, { id: userId });
    expect(own.errors).toBeUndefined();
    expect(own.data!.person).toMatchObject({ id: userId, email: `${userId}@localhost.invalid` });
    expect(errorCodes(await client.call(HISTORY, { id: userId }))).toEqual(['FORBIDDEN']);
  });

  it('local mode has no directory to disagree with: no mismatch, nothing to reconcile', async () => {
    expect((await coordinator.call('{ directoryMismatches { personId } }')).data).toEqual({ directoryMismatches: [] });
    expect(errorCodes(await coordinator.call('mutation { reconcilePerson(id: "contact-de") { id } }'))).toEqual(['BAD_USER_INPUT']);
  });

  it('a coordinator reads anyone, with their e-mail address and history', async () => {
    const response = await coordinator.call<{ person: PersonView }>(PERSON, { id: 'contact-de' });
    expect(response.data!.person).toMatchObject({ id: 'contact-de', role: 'MEMBER_STATE', country: 'DE', email: 'contact-de@localhost.invalid' });
    expect((await coordinator.call(HISTORY, { id: 'contact-de' })).errors).toBeUndefined();
  });
});

describe('an invitation, from the list to the locked door', () => {
  it('invite → listed and on the sign-in page → signs in as a German contact → renamed → disabled → refused with the same token', async () => {
    const invited = await invite({ email: 'Anna.Schmidt@BSI.bund.de', name: 'Anna Schmidt', role: 'MEMBER_STATE', country: 'de' });
    expect(invited.errors).toBeUndefined();
    const person = invited.data!.invitePerson;
    expect(person).toMatchObject({
      name: 'Anna Schmidt',
      role: 'MEMBER_STATE',
      country: 'DE',
      actor: null,
      status: 'INVITED',
      invitedAt: now.toISOString(),
      lastSignInAt: null,
    });

    expect((await listed(coordinator, { search: 'schmidt' })).map((each) => each.id)).toEqual([person.id]);
    expect((await listed(coordinator, { country: 'DE', status: 'INVITED' })).map((each) => each.id)).toEqual([person.id]);
    expect((await localSignInList()).map((user) => user.id)).toContain(person.id);

    now = new Date('2026-03-02T09:05:00Z');
    const anna = await clientFor(server, person.id);
    expect((await anna.call(ME)).data).toEqual({ me: { id: person.id, name: 'Anna Schmidt', role: 'MEMBER_STATE', actor: null, country: 'DE' } });
    const signedIn = (await coordinator.call<{ person: PersonView }>(PERSON, { id: person.id })).data!.person;
    expect(signedIn).toMatchObject({ status: 'ACTIVE', lastSignInAt: '2026-03-02T09:05:00.000Z' });

    const renamed = await coordinator.call<{ updatePerson: PersonView }>(UPDATE, { input: { id: person.id, name: 'Dr. Anna Schmidt' } });
    expect(renamed.data!.updatePerson.name).toBe('Dr. Anna Schmidt');
    // The new name applies on her next request, with the token issued under the old one.
    expect((await anna.call<{ me: { name: string } }>(ME)).data!.me.name).toBe('Dr. Anna Schmidt');

    // A minute later, so the history's order (by time) is known.
    now = new Date('2026-03-02T09:06:00Z');
    const disabled = await coordinator.call<{ disablePerson: PersonView }>(DISABLE, { id: person.id });
    expect(disabled.data!.disablePerson.status).toBe('DISABLED');
    const refused = await anna.call(ME);
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect((await localSignInList()).map((user) => user.id)).not.toContain(person.id);
    const signInAgain = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: person.id }),
    });
    expect(signInAgain.status).toBe(400);

    const history = await coordinator.call<{
      person: { history: { edges: { node: { type: string; author: { id: string }; before: unknown; after: unknown } }[] } };
    }>(HISTORY, {
      id: person.id,
    });
    expect(history.data!.person.history.edges.map((edge) => edge.node)).toEqual([
      { type: 'PERSON_DISABLED', author: { id: 'coordinator' }, before: { status: 'ACTIVE' }, after: { status: 'DISABLED' } },
      { type: 'PERSON_UPDATED', author: { id: 'coordinator' }, before: { name: 'Anna Schmidt' }, after: { name: 'Dr. Anna Schmidt' } },
      {
        type: 'PERSON_INVITED',
        author: { id: 'coordinator' },
        before: null,
        after: { name: 'Anna Schmidt', email: 'Anna.Schmidt@BSI.bund.de', role: 'MEMBER_STATE', country: 'DE', status: 'INVITED' },
      },
    ]);

    const enabled = await coordinator.call<{ enablePerson: PersonView }>(ENABLE, { id: person.id });
    expect(enabled.data!.enablePerson.status).toBe('ACTIVE');
    expect((await anna.call(ME)).errors).toBeUndefined();
  });

  it('a role or body change applies on the next request, with the token issued before it', async () => {
    const owner = await clientFor(server, 'owner-enisa');
    expect((await owner.call<{ me: { actor: string } }>(ME)).data!.me.actor).toBe('ENISA');
    const strategy = await coordinator.call<{ strategy: { actors: { id: string; owningBody: boolean }[] } }>(
      '{ strategy { actors { id owningBody } } }',
    );
    const otherBody = strategy.data!.strategy.actors.find((actor) => actor.owningBody && actor.id !== 'ENISA')!.id;
    const moved = await coordinator.call<{ updatePerson: PersonView }>(UPDATE, { input: { id: 'owner-enisa', actor: otherBody } });
    expect(moved.errors).toBeUndefined();
    expect((await owner.call<{ me: { actor: string } }>(ME)).data!.me).toMatchObject({ role: 'OWNER', actor: otherBody });

    const demoted = await coordinator.call<{ updatePerson: PersonView }>(UPDATE, { input: { id: 'owner-enisa', role: 'VIEWER' } });
    expect(demoted.data!.updatePerson).toMatchObject({ role: 'VIEWER', actor: null });
    expect((await owner.call<{ me: unknown }>(ME)).data!.me).toMatchObject({ role: 'VIEWER', actor: null });
  });

  it('another instance refuses a disabled person within its bound (30 s), not only the instance that disabled them', async () => {
    const tableName = String(server.probe.sent.find((command) => command.input['TableName'])!.input['TableName']);
    const other: LocalServer = await startLocalServer({
      dynamoEndpoint: inject('dynamoEndpoint'),
      tableName,
      dataDir: server.dataDir,
      port: 0,
      quiet: true,
      clock: () => now,
    });
    try {
      const token = await signIn(server, 'contact-pl');
      expect(errorCodes(await graphql(other, ME, {}, token))).toEqual([]);
      await coordinator.call(DISABLE, { id: 'contact-pl' });
      now = new Date(now.getTime() + 30_000);
      expect(errorCodes(await graphql(other, ME, {}, token))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await other.close();
    }
  });
});

describe('retrying', () => {
  it('an invitation retried with the same clientMutationId returns the first result and invites nobody twice', async () => {
    const input = { email: 'retry@example.eu', name: 'Rita Retry', role: 'VIEWER', clientMutationId: 'invite-rita-1' };
    const first = await invite(input);
    expect(first.errors).toBeUndefined();
    const from = server.probe.sent.length;
    const again = await invite(input);
    expect(again.data!.invitePerson).toEqual(first.data!.invitePerson);
    expect(writes(from)).toEqual([]);
    expect((await listed(coordinator, { search: 'retry@' })).map((person) => person.id)).toEqual([first.data!.invitePerson.id]);
    const history = await coordinator.call<{ person: { history: { edges: unknown[] } } }>(HISTORY, { id: first.data!.invitePerson.id });
    expect(history.data!.person.history.edges).toHaveLength(1);

    const reused = await coordinator.call(UPDATE, { input: { id: first.data!.invitePerson.id, name: 'Other', clientMutationId: 'invite-rita-1' } });
    expect(errorCodes(reused)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('bad input is refused and nothing is written', () => {
  const refusals: [string, Record<string, unknown>, string][] = [
    ['a malformed address', { email: 'not-an-address', name: 'X', role: 'VIEWER' }, 'email'],
    ['an address with a space', { email: 'a b@example.eu', name: 'X', role: 'VIEWER' }, 'email'],
    ['an address someone holds, in another case', { email: 'CONTACT-FR@localhost.INVALID', name: 'X', role: 'VIEWER' }, 'email'],
    ['an owner without an actor', { email: 'o1@example.eu', name: 'X', role: 'OWNER' }, 'actor'],
    ['an owner with a country', { email: 'o2@example.eu', name: 'X', role: 'OWNER', actor: 'ENISA', country: 'FR' }, 'country'],
    ['an owner of an unknown body', { email: 'o3@example.eu', name: 'X', role: 'OWNER', actor: 'NOBODY' }, 'actor'],
    ['a contact without a country', { email: 'm1@example.eu', name: 'X', role: 'MEMBER_STATE' }, 'country'],
    ['a contact of an unknown country', { email: 'm2@example.eu', name: 'X', role: 'MEMBER_STATE', country: 'US' }, 'country'],
    ['a viewer with an actor', { email: 'v1@example.eu', name: 'X', role: 'VIEWER', actor: 'ENISA' }, 'actor'],
    ['an empty name', { email: 'v2@example.eu', name: '  ', role: 'VIEWER' }, 'name'],
  ];

  it.each(refusals)('invitePerson refuses %s', async (_name, input, field) => {
    const from = server.probe.sent.length;
    const before = await listed(coordinator);
    const response = await invite(input);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((response.errors![0]!.extensions as { field?: string }).field).toBe(field);
    expect(writes(from)).toEqual([]);
    expect(await listed(coordinator)).toEqual(before);
  });

  it('updatePerson refuses a binding that breaks the rule, and an unknown person', async () => {
    const from = server.probe.sent.length;
    expect(errorCodes(await coordinator.call(UPDATE, { input: { id: 'contact-fr', country: 'XX' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await coordinator.call(UPDATE, { input: { id: 'contact-fr', role: 'OWNER' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await coordinator.call(UPDATE, { input: { id: 'viewer', country: 'FR' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await coordinator.call(UPDATE, { input: { id: 'nobody', name: 'X' } }))).toEqual(['NOT_FOUND']);
    expect(writes(from)).toEqual([]);
  });

  it('a coordinator cannot disable or demote themselves, and the last active coordinator cannot be disabled or demoted', async () => {
    let from = server.probe.sent.length;
    expect(errorCodes(await coordinator.call(DISABLE, { id: 'coordinator' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await coordinator.call(UPDATE, { input: { id: 'coordinator', role: 'VIEWER' } }))).toEqual(['BAD_USER_INPUT']);
    expect(writes(from)).toEqual([]);

    // The second desk goes; the first is now the last active coordinator.
    expect((await coordinator.call(DISABLE, { id: 'coordinator-2' })).errors).toBeUndefined();
    // A coordinator whose account the product has no record of (made in the directory's console) is served as their token says.
    const outside = await issueLocalToken(
      { id: 'console-coordinator', name: 'Console coordinator', role: 'COORDINATOR' },
      await loadOrCreateSigningKey(server.dataDir),
    );
    from = server.probe.sent.length;
    const lastDisabled = await graphql(server, DISABLE, { id: 'coordinator' }, outside);
    expect(errorCodes(lastDisabled)).toEqual(['BAD_USER_INPUT']);
    expect(lastDisabled.errors![0]!.message).toMatch(/last active coordinator/);
    expect(errorCodes(await graphql(server, UPDATE, { input: { id: 'coordinator', role: 'OWNER', actor: 'ENISA' } }, outside))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(writes(from)).toEqual([]);
    expect((await coordinator.call(ME)).errors).toBeUndefined();
    expect((await coordinator.call(ENABLE, { id: 'coordinator-2' })).errors).toBeUndefined();
  });
});
