import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../functions/domain/model.js';
import { createCognitoDirectory } from '../../functions/people/cognito-directory.js';
import { ensureFirstCoordinator } from '../../functions/people/first-coordinator.js';
import { createPeopleService, PeopleError, type PeopleService } from '../../functions/people/service.js';
import { createPeopleStore, type PeopleStore } from '../../functions/store/people-store.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * The Cognito directory against cognito-local (an emulator of the user-pool API, on loopback,
 * its data in a temporary directory), with the product's records in DynamoDB Local: the calls,
 * the group moves, the attributes, disabling, and a refusal halfway.
 *
 * What cognito-local 5.3.0 does not implement: AdminUserGlobalSignOut (it answers
 * "CognitoLocal#Unsupported"). That is the refusal-halfway case below; where the call must
 * succeed, it is answered by a recording stand-in, and the test checks the command the adapter
 * sent (pool and username) instead.
 */
const require = createRequire(import.meta.url);
const COGNITO_LOCAL = require.resolve('cognito-local/lib/bin/start.js');
const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const COORDINATOR: Viewer = { id: 'coordinator', name: 'Commission coordinator', role: 'COORDINATOR' };

let emulator: ChildProcess;
let emulatorDir: string;
let cognito: CognitoIdentityProviderClient;
let userPoolId: string;
let server: TestServer;
let people: PeopleStore;
/** Each write a second later than the one before, so that history is in a known order. */
let clockAt = Date.parse('2026-03-02T09:00:00Z');

async function startCognitoLocal(): Promise<string> {
  emulatorDir = await mkdtemp(join(tmpdir(), 'cognito-local-'));
  emulator = spawn(process.execPath, [COGNITO_LOCAL], {
    cwd: emulatorDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`cognito-local did not start: ${output}`)), 30_000);
    emulator.stdout!.on('data', (chunk: Buffer) => {
      // eslint-disable-next-line no-control-regex
      output += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
      const match = /running on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    emulator.once('exit', (code) => reject(new Error(`cognito-local exited (${code}): ${output}`)));
  });
}

/** The pool as infra/constructs/identity.ts makes it: sign-in by e-mail, the role groups (VIEWER left out on purpose, see below). */
async function createPool() {
  const { UserPool } = await cognito.send(
    new CreateUserPoolCommand({
      PoolName: 'strategy-tracker',
      UsernameAttributes: ['email'],
      Schema: [
        { Name: 'name', AttributeDataType: 'String', Mutable: true },
        { Name: 'actor', AttributeDataType: 'String', Mutable: true },
        { Name: 'country', AttributeDataType: 'String', Mutable: true },
      ],
    }),
  );
  userPoolId = UserPool!.Id!;
  for (const group of ['COORDINATOR', 'OWNER', 'MEMBER_STATE'])
    await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: group }));
}

/** cognito-local's client, with AdminUserGlobalSignOut answered by a stand-in that records it (see above). */
function withSignOutStandIn(sent: { name: string; input: unknown }[]) {
  return {
    send: ((command: { constructor: { name: string }; input: unknown }) => {
      if (command.constructor.name === 'AdminUserGlobalSignOutCommand') {
        sent.push({ name: command.constructor.name, input: command.input });
        return Promise.resolve({});
      }
      return cognito.send(command as never);
    }) as CognitoIdentityProviderClient['send'],
  };
}

function service(client: Pick<CognitoIdentityProviderClient, 'send'>): PeopleService {
  return createPeopleService({
    people,
    directory: createCognitoDirectory({ client, userPoolId }),
    bindings: async () => ({ actors: [{ id: 'ENISA' }, { id: 'EC3' }], memberStates: [{ code: 'DE' }, { code: 'FR' }] }),
    clock: () => new Date((clockAt += 1000)),
  });
}

async function account(id: string) {
  const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: id }));
  const { Groups = [] } = await cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: id }));
  return {
    enabled: user.Enabled,
    attributes: Object.fromEntries((user.UserAttributes ?? []).filter((a) => a.Name !== 'sub').map((a) => [a.Name, a.Value])),
    groups: Groups.map((group) => group.GroupName).sort(),
  };
}

async function refusal(work: Promise<unknown>): Promise<PeopleError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PeopleError);
  return error as PeopleError;
}

beforeAll(async () => {
  const endpoint = await startCognitoLocal();
  cognito = new CognitoIdentityProviderClient({ endpoint, region: 'eu-west-1', credentials: CREDENTIALS });
  await createPool();
  server = await startTestServer();
  people = createPeopleStore({
    documentClient: server.documentClient,
    tableName: String(server.probe.sent.find((c) => c.input['TableName'])!.input['TableName']),
  });
  // One active coordinator record, as the deployment's first coordinator would be.
  await people.seed([
    { id: COORDINATOR.id, name: COORDINATOR.name, email: 'coordinator@example.eu', role: 'COORDINATOR', status: 'ACTIVE', version: 1 },
  ]);
}, 60_000);

afterAll(async () => {
  cognito?.destroy();
  emulator?.kill();
  await server?.close();
  if (emulatorDir) await rm(emulatorDir, { recursive: true, force: true });
});

describe('the Cognito directory, against cognito-local', () => {
  it('invites: AdminCreateUser with the attributes the server sets, the person id is the sub, the role group is joined', async () => {
    const person = await service(cognito).invite(COORDINATOR, {
      email: 'anna@bsi.bund.de',
      name: 'Anna Schmidt',
      role: 'MEMBER_STATE',
      country: 'DE',
    });
    expect(person.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await account(person.id)).toEqual({
      enabled: true,
      attributes: { email: 'anna@bsi.bund.de', email_verified: 'true', name: 'Anna Schmidt', 'custom:country': 'DE' },
      groups: ['MEMBER_STATE'],
    });
    expect(await people.get(person.id)).toMatchObject({ status: 'INVITED', role: 'MEMBER_STATE', country: 'DE', email: 'anna@bsi.bund.de' });
  });

  it('a role change moves groups and replaces the binding attributes', async () => {
    const invited = await service(cognito).invite(COORDINATOR, { email: 'owner@enisa.europa.eu', name: 'Olaf Owner', role: 'OWNER', actor: 'ENISA' });
    expect((await account(invited.id)).groups).toEqual(['OWNER']);
    await service(cognito).update(COORDINATOR, { id: invited.id, actor: 'EC3', name: 'Olaf O.' });
    expect(await account(invited.id)).toMatchObject({ attributes: { name: 'Olaf O.', 'custom:actor': 'EC3' }, groups: ['OWNER'] });
    await service(cognito).update(COORDINATOR, { id: invited.id, role: 'MEMBER_STATE', country: 'FR' });
    const moved = await account(invited.id);
    expect(moved.groups).toEqual(['MEMBER_STATE']);
    expect(moved.attributes).toMatchObject({ 'custom:country': 'FR' });
    expect(moved.attributes['custom:actor']).toBeUndefined();
  });

  it('disables with AdminDisableUser and signs out everywhere; enables with AdminEnableUser', async () => {
    const invited = await service(cognito).invite(COORDINATOR, { email: 'leaver@example.eu', name: 'Leaver', role: 'MEMBER_STATE', country: 'FR' });
    const signOuts: { name: string; input: unknown }[] = [];
    const withStandIn = service(withSignOutStandIn(signOuts));
    await withStandIn.disable(COORDINATOR, invited.id);
    expect((await account(invited.id)).enabled).toBe(false);
    expect(signOuts).toEqual([{ name: 'AdminUserGlobalSignOutCommand', input: { UserPoolId: userPoolId, Username: invited.id } }]);
    expect((await people.get(invited.id))!.status).toBe('DISABLED');
    await withStandIn.enable(COORDINATOR, invited.id);
    expect((await account(invited.id)).enabled).toBe(true);
    expect((await people.get(invited.id))!.status).toBe('INVITED');
  });

  it('an address Cognito already holds is refused as bad input, and nothing is recorded', async () => {
    const before = await people.list();
    await service(cognito).invite(COORDINATOR, { email: 'console@example.eu', name: 'Console', role: 'COORDINATOR' });
    expect((await people.list()).length).toBe(before.length + 1);
    const error = await refusal(
      // As if the account had been made in the console: the product holds no claim on the address,
      // so only Cognito can refuse it. (cognito-local compares the address case-sensitively, where
      // Cognito's pool, made case-insensitive, would refuse any case: the same case is used here.)
      createPeopleService({
        people: { ...people, emailTaken: async () => false, create: () => Promise.reject(new Error('must not be reached')) },
        directory: createCognitoDirectory({ client: cognito, userPoolId }),
        bindings: async () => ({ actors: [], memberStates: [] }),
      }).invite(COORDINATOR, { email: 'console@example.eu', name: 'Again', role: 'COORDINATOR' }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/already has an account in the directory/);
    expect((await people.list()).length).toBe(before.length + 1);
  });
});

describe('when Cognito refuses a call halfway', () => {
  it('an invitation whose group Cognito refuses takes the account back: nothing in the directory, nothing in the table', async () => {
    const before = await people.list();
    // The pool has no VIEWER group: AdminCreateUser succeeds, AdminAddUserToGroup is refused.
    const error = await refusal(service(cognito).invite(COORDINATOR, { email: 'observer@example.eu', name: 'Observer', role: 'VIEWER' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ reason: 'DIRECTORY_REFUSED', step: 'AdminAddUserToGroup', incomplete: false });
    const { Users = [] } = await cognito.send(new ListUsersCommand({ UserPoolId: userPoolId }));
    expect(Users.flatMap((user) => user.Attributes ?? []).some((a) => a.Name === 'email' && a.Value === 'observer@example.eu')).toBe(false);
    expect(await people.list()).toEqual(before);
    expect(await people.emailTaken('observer@example.eu')).toBe(false);
  });

  it('a disabling whose sign-out Cognito refuses is recorded (the API refuses the person), reported, and completed by disabling again', async () => {
    const invited = await service(cognito).invite(COORDINATOR, { email: 'halfway@example.eu', name: 'Halfway', role: 'MEMBER_STATE', country: 'DE' });
    // cognito-local does not implement AdminUserGlobalSignOut: a real refusal after AdminDisableUser went through.
    const error = await refusal(service(cognito).disable(COORDINATOR, invited.id));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ reason: 'DIRECTORY_REFUSED', step: 'AdminUserGlobalSignOut', incomplete: true });
    expect(error.message).toMatch(/disabled in the product/);
    expect((await people.get(invited.id))!.status).toBe('DISABLED');
    expect((await account(invited.id)).enabled).toBe(false);
    const history = await people.history(invited.id, { limit: 10 });
    expect(history.events.map((event) => event.type)).toEqual(['PERSON_DISABLED', 'PERSON_INVITED']);

    // Disabling again repeats the directory's calls (idempotent) and records no second event.
    const signOuts: { name: string; input: unknown }[] = [];
    await service(withSignOutStandIn(signOuts)).disable(COORDINATOR, invited.id);
    expect(signOuts).toHaveLength(1);
    expect((await people.history(invited.id, { limit: 10 })).events).toHaveLength(2);
  });

  it('an update Cognito refuses leaves the record as it was', async () => {
    const invited = await service(cognito).invite(COORDINATOR, { email: 'mover@example.eu', name: 'Mover', role: 'MEMBER_STATE', country: 'DE' });
    const error = await refusal(service(cognito).update(COORDINATOR, { id: invited.id, role: 'VIEWER' }));
    expect(error.details).toMatchObject({ step: 'AdminAddUserToGroup' });
    expect(await people.get(invited.id)).toEqual(invited);
    expect((await account(invited.id)).groups).toEqual(['MEMBER_STATE']);
  });
});

describe('the first coordinator of a deployment (npm run people:first-coordinator)', () => {
  it('is invited through the same service when the stage has no coordinator, and not again once it has one', async () => {
    const first = await ensureFirstCoordinator(service(cognito), async () => [], { email: 'first@ec.europa.eu', name: 'First Coordinator' });
    if (!('invited' in first)) throw new Error('expected an invitation');
    expect(await account(first.invited.id)).toMatchObject({
      groups: ['COORDINATOR'],
      attributes: { email: 'first@ec.europa.eu', name: 'First Coordinator' },
    });
    const history = await people.history(first.invited.id, { limit: 5 });
    expect(history.events.map((event) => [event.type, event.actorId])).toEqual([['PERSON_INVITED', 'system:deployment']]);

    const again = await ensureFirstCoordinator(service(cognito), () => people.list(), { email: 'second@ec.europa.eu', name: 'Second' });
    expect('existing' in again).toBe(true);
    expect(await people.emailTaken('second@ec.europa.eu')).toBe(false);
  });
});

describe('reconciling with changes made in the Cognito console', () => {
  const byId = async (id: string) => (await service(cognito).mismatches(COORDINATOR)).filter((mismatch) => mismatch.personId === id);

  it('records an account made in the console, as the directory holds it', async () => {
    const { User } = await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: 'console.owner@enisa.europa.eu',
        UserAttributes: [
          { Name: 'email', Value: 'console.owner@enisa.europa.eu' },
          { Name: 'name', Value: 'Console Owner' },
          { Name: 'custom:actor', Value: 'ENISA' },
        ],
        DesiredDeliveryMediums: ['EMAIL'],
      }),
    );
    const id = User!.Attributes!.find((attribute) => attribute.Name === 'sub')!.Value!;
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: id, GroupName: 'OWNER' }));
    expect(await byId(id)).toEqual([
      { personId: id, name: 'Console Owner', email: 'console.owner@enisa.europa.eu', kind: 'NOT_RECORDED', fields: [] },
    ]);
    const recorded = await service(cognito).reconcile(COORDINATOR, id);
    expect(recorded).toMatchObject({ id, role: 'OWNER', actor: 'ENISA', status: 'ACTIVE' });
    expect(await byId(id)).toEqual([]);
  });

  it('brings an account changed in the console back to the record: name, group, enabled', async () => {
    const invited = await service(cognito).invite(COORDINATOR, { email: 'drift@example.eu', name: 'Drift', role: 'MEMBER_STATE', country: 'DE' });
    await cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: userPoolId,
        Username: invited.id,
        UserAttributes: [{ Name: 'name', Value: 'Renamed In Console' }],
      }),
    );
    await cognito.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: invited.id, GroupName: 'MEMBER_STATE' }));
    await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: invited.id, GroupName: 'COORDINATOR' }));
    await cognito.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: invited.id }));
    expect((await byId(invited.id)).map((mismatch) => [mismatch.kind, mismatch.fields])).toEqual([['DIFFERS', ['name', 'role', 'status']]]);

    expect(await service(cognito).reconcile(COORDINATOR, invited.id)).toEqual(invited);
    expect(await account(invited.id)).toMatchObject({
      enabled: true,
      groups: ['MEMBER_STATE'],
      attributes: { name: 'Drift', 'custom:country': 'DE' },
    });
    expect(await byId(invited.id)).toEqual([]);
  });

  it('disables the record of an account deleted in the console', async () => {
    const invited = await service(cognito).invite(COORDINATOR, { email: 'deleted@example.eu', name: 'Deleted', role: 'MEMBER_STATE', country: 'FR' });
    await cognito.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: invited.id }));
    expect((await byId(invited.id)).map((mismatch) => mismatch.kind)).toEqual(['NOT_IN_DIRECTORY']);
    expect((await service(cognito).reconcile(COORDINATOR, invited.id)).status).toBe('DISABLED');
    expect(await byId(invited.id)).toEqual([]);
  });
});
