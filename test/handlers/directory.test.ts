import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoIdentityProviderClient, createListUsersInGroup } from '../../functions/notify/cognito-users-api.js';
import { createCognitoDirectory, createLocalDirectory, type ListUsersInGroupInput } from '../../functions/notify/directory.js';

const attributes = (values: Record<string, string>) => Object.entries(values).map(([Name, Value]) => ({ Name, Value }));

describe('the Cognito directory', () => {
  const groups: Record<string, { Users: unknown[] }[]> = {
    COORDINATOR: [
      {
        Users: [
          {
            Username: 'anna',
            Enabled: true,
            UserStatus: 'CONFIRMED',
            Attributes: attributes({ sub: 's-anna', email: 'anna@ec.europa.eu', name: 'Anna' }),
          },
        ],
      },
      {
        Users: [
          {
            Username: 'ben',
            Enabled: false,
            UserStatus: 'CONFIRMED',
            Attributes: attributes({ sub: 's-ben', email: 'ben@ec.europa.eu', name: 'Ben' }),
          },
        ],
      },
    ],
    OWNER: [
      {
        Users: [
          {
            Username: 'olaf',
            Enabled: true,
            UserStatus: 'CONFIRMED',
            Attributes: attributes({ sub: 's-olaf', email: 'olaf@enisa.europa.eu', name: 'Olaf', 'custom:actor': 'ENISA' }),
          },
          {
            Username: 'eve',
            Enabled: true,
            UserStatus: 'FORCE_CHANGE_PASSWORD',
            Attributes: attributes({ sub: 's-eve', email: 'eve@europol.europa.eu', 'custom:actor': 'EUROPOL_EC3' }),
          },
        ],
      },
    ],
    MEMBER_STATE: [
      {
        Users: [
          {
            Username: 'kai',
            Enabled: true,
            UserStatus: 'CONFIRMED',
            Attributes: attributes({ sub: 's-kai', email: 'kai@ria.ee', name: 'Kai', 'custom:country': 'ee' }),
          },
        ],
      },
    ],
  };
  const calls: ListUsersInGroupInput[] = [];
  const directory = createCognitoDirectory({
    userPoolId: 'eu-west-1_AbCdEf123',
    async listUsersInGroup(input) {
      calls.push(input);
      const pages = groups[input.GroupName] ?? [];
      const index = Number(input.NextToken ?? 0);
      return { Users: pages[index]?.Users as never, ...(index + 1 < pages.length ? { NextToken: String(index + 1) } : {}) };
    },
  });

  it('reads every page of a group and leaves disabled users out', async () => {
    expect(await directory.coordinators()).toEqual([{ id: 's-anna', name: 'Anna', email: 'anna@ec.europa.eu' }]);
    expect(calls.filter((call) => call.GroupName === 'COORDINATOR').map((call) => call.NextToken)).toEqual([undefined, '1']);
  });

  it('finds owners by their actor binding and contacts by their country, reading each group once', async () => {
    expect(await directory.owners('ENISA')).toEqual([{ id: 's-olaf', name: 'Olaf', email: 'olaf@enisa.europa.eu' }]);
    expect(await directory.owners('EUROPOL_EC3')).toEqual([{ id: 's-eve', name: 'eve@europol.europa.eu', email: 'eve@europol.europa.eu' }]);
    expect(await directory.owners('CEPOL')).toEqual([]);
    expect(await directory.memberStateContacts('EE')).toEqual([{ id: 's-kai', name: 'Kai', email: 'kai@ria.ee' }]);
    expect(calls.filter((call) => call.GroupName === 'OWNER')).toHaveLength(1);
  });
});

describe('the local directory', () => {
  it("serves local mode's users, with placeholder addresses", async () => {
    const directory = createLocalDirectory([
      { id: 'coordinator', name: 'Commission coordinator', role: 'COORDINATOR' },
      { id: 'owner-enisa', name: 'ENISA: owner', role: 'OWNER', actor: 'ENISA' },
      { id: 'contact-fr', name: 'France: national contact', role: 'MEMBER_STATE', country: 'FR' },
    ]);
    expect(await directory.owners('ENISA')).toEqual([{ id: 'owner-enisa', name: 'ENISA: owner', email: 'owner-enisa@localhost.invalid' }]);
    expect((await directory.memberStateContacts('fr')).map((user) => user.id)).toEqual(['contact-fr']);
    expect((await directory.coordinators()).map((user) => user.id)).toEqual(['coordinator']);
  });
});

describe('the Cognito ListUsersInGroup client', () => {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let endpoint = '';
  let reply: { status: number; body: unknown } = { status: 200, body: {} };
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(reply.status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(reply.body));
    });
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () =>
    createListUsersInGroup(
      new CognitoIdentityProviderClient({
        region: 'eu-west-1',
        endpoint,
        maxAttempts: 1,
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      }),
    );

  it('sends a SigV4-signed JSON 1.1 request that signs the operation in X-Amz-Target', async () => {
    reply = { status: 200, body: { Users: [{ Username: 'anna' }], NextToken: 'next' } };
    const output = await client()({ UserPoolId: 'eu-west-1_AbCdEf123', GroupName: 'COORDINATOR', Limit: 60 });
    expect(output).toEqual({ Users: [{ Username: 'anna' }], NextToken: 'next' });
    const [request] = received;
    expect(request?.headers['x-amz-target']).toBe('AWSCognitoIdentityProviderService.ListUsersInGroup');
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(request?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/cognito-idp\/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
    );
    expect(JSON.parse(request?.body ?? '')).toEqual({ UserPoolId: 'eu-west-1_AbCdEf123', GroupName: 'COORDINATOR', Limit: 60 });
  });

  it('surfaces a service error by its name', async () => {
    reply = { status: 400, body: { __type: 'com.amazonaws.cognito#ResourceNotFoundException', message: 'Group not found.' } };
    await expect(client()({ UserPoolId: 'p', GroupName: 'NOPE' })).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
