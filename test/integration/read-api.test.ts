import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { catalogueRecords } from '../../functions/store/catalogue-load.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../scripts/local/local-sign-in.js';
import { errorCodes, graphql, signIn, startTestServer, type TestServer } from '../support/local-server.js';

const ACTION_FIELDS = `id ref section subheading leadIn text owners partners deadline baselineDeadline deadlinePhrase
  deadlineSource recurring memberStateReporting kind status progress health version evidenceUrls`;

interface ActionNode {
  id: string;
  ref: string;
  text: string;
  owners: string[];
  deadline: string;
  deadlinePhrase: string | null;
  status: string;
  health: string;
}

interface ActionsPage {
  actions: {
    edges: { cursor: string; node: ActionNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

const ACTIONS_QUERY = `query Actions($filter: ActionFilter, $first: Int, $after: String) {
  actions(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${ACTION_FIELDS} } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

const expected = catalogueRecords(catalogue);

let server: TestServer;
let viewerToken: string;

beforeAll(async () => {
  server = await startTestServer();
  viewerToken = await signIn(server, 'viewer');
});
afterAll(() => server.close());

async function allActions(token: string, filter?: Record<string, unknown>, first = 25): Promise<ActionNode[]> {
  const nodes: ActionNode[] = [];
  let after: string | null = null;
  do {
    const response: Awaited<ReturnType<typeof graphql<ActionsPage>>> = await graphql<ActionsPage>(
      server,
      ACTIONS_QUERY,
      { filter, first, after },
      token,
    );
    expect(response.errors).toBeUndefined();
    nodes.push(...response.data!.actions.edges.map((edge) => edge.node));
    after = response.data!.actions.pageInfo.hasNextPage ? response.data!.actions.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('signing in', () => {
  it('lists a local user per role, an owner per owning body and a contact per member state', async () => {
    const response = await fetch(`${server.url}/auth/local`);
    const users = (await response.json()) as { id: string; role: string; actor?: string; country?: string }[];
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(['COORDINATOR', 'OWNER', 'MEMBER_STATE', 'VIEWER']));
    const owningBodies = catalogue.actors.filter((actor) => actor.owningBody).map((actor) => actor.id);
    expect(
      users
        .filter((user) => user.role === 'OWNER')
        .map((user) => user.actor)
        .sort(),
    ).toEqual([...owningBodies].sort());
    expect(
      users
        .filter((user) => user.role === 'MEMBER_STATE')
        .map((user) => user.country)
        .sort(),
    ).toEqual(catalogue.memberStates.map((state) => state.code).sort());
  });

  it('refuses an unknown local user with a clear message', async () => {
    const response = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'nobody' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/Unknown local user/);
  });

  it('builds the viewer from the token: role, body and country', async () => {
    const me = async (user: string) =>
      (await graphql<{ me: Record<string, unknown> }>(server, '{ me { id name role actor country } }', {}, await signIn(server, user))).data?.me;
    expect(await me('coordinator')).toMatchObject({ id: 'coordinator', role: 'COORDINATOR', actor: null, country: null });
    expect(await me('owner-enisa')).toMatchObject({ role: 'OWNER', actor: 'ENISA', country: null });
    expect(await me('contact-hr')).toMatchObject({ role: 'MEMBER_STATE', country: 'HR', actor: null });
  });
});

describe('without a valid token', () => {
  const query = '{ strategy { reference } }';

  it('answers UNAUTHENTICATED with 401 when no token is sent', async () => {
    const response = await graphql(server, query);
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  });

  it('answers UNAUTHENTICATED to a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ 'cognito:groups': ['COORDINATOR'], name: 'Mallory' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('coordinator')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(errorCodes(await graphql(server, query, {}, forged))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers UNAUTHENTICATED to an unsigned token and to garbage', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'coordinator', 'cognito:groups': ['COORDINATOR'] })).toString('base64url');
    expect(errorCodes(await graphql(server, query, {}, `${header}.${payload}.`))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(server, query, {}, 'not-a-token'))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers UNAUTHENTICATED to a tampered token', async () => {
    const [header, , signature] = viewerToken.split('.');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'viewer', 'cognito:groups': ['COORDINATOR'], iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE }),
    ).toString('base64url');
    expect(errorCodes(await graphql(server, query, {}, `${header}.${payload}.${signature}`))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the strategy', () => {
  it('carries the reference, the dates and every member state', async () => {
    const response = await graphql<{
      strategy: { reference: string; adopted: string; reviewDate: string; actionCount: number; priorities: { id: string }[] };
      memberStates: { code: string; name: string }[];
    }>(server, '{ strategy { reference adopted reviewDate actionCount priorities { id } } memberStates { code name } }', {}, viewerToken);
    expect(response.errors).toBeUndefined();
    expect(response.data?.strategy).toMatchObject({
      reference: 'JOIN(2013) 1',
      adopted: '2013-02-07',
      reviewDate: '2014-02-07',
      actionCount: catalogue.actions.length,
    });
    expect(response.data?.strategy.priorities.map((priority) => priority.id)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5']);
    expect(response.data?.memberStates).toHaveLength(28);
    expect(response.data?.memberStates).toContainEqual({ code: 'HR', name: 'Croatia' });
  });
});

describe('the action catalogue', () => {
  it('serves every action of the strategy verbatim, with its owners and deadline, page by page', async () => {
    const actions = await allActions(viewerToken);
    expect(actions).toHaveLength(expected.actions.length);
    expect(new Set(actions.map((action) => action.id)).size).toBe(actions.length);
    for (const record of expected.actions) {
      const served = actions.find((action) => action.id === record.id);
      expect(served, record.id).toMatchObject({
        text: record.text,
        owners: record.owners,
        deadline: record.baselineDeadline,
        deadlinePhrase: record.deadlinePhrase ?? null,
        status: 'NOT_STARTED',
      });
    }
  });

  it('is in strategy order', async () => {
    const refs = (await allActions(viewerToken, undefined, 100)).map((action) => action.ref);
    expect(refs[0]).toBe('2.1-01');
    expect(refs.at(-1)).toMatch(/^4-/);
    expect(refs.indexOf('2.1-02')).toBeLessThan(refs.indexOf('2.1-10') === -1 ? Infinity : refs.indexOf('2.1-10'));
  });

  it('filters by section, owner, status and words of the text', async () => {
    const section = await allActions(viewerToken, { section: '2.2' });
    expect(section.map((action) => action.id)).toEqual(expected.actions.filter((a) => a.section === '2.2').map((a) => a.id));

    const enisa = await allActions(viewerToken, { owner: 'ENISA' });
    expect(enisa.map((action) => action.id).sort()).toEqual(
      expected.actions
        .filter((a) => a.owners.includes('ENISA'))
        .map((a) => a.id)
        .sort(),
    );
    expect(enisa.length).toBeGreaterThan(0);

    expect(await allActions(viewerToken, { status: ['COMPLETED'] })).toHaveLength(0);
    expect(await allActions(viewerToken, { status: ['NOT_STARTED'] })).toHaveLength(expected.actions.length);

    const botnets = await allActions(viewerToken, { text: 'BOTNETS pilot' });
    expect(botnets.map((action) => action.id)).toEqual(
      expected.actions.filter((a) => /botnets/i.test(a.text) && /pilot/i.test(a.text)).map((a) => a.id),
    );
    expect(botnets).toHaveLength(1);
  });

  it('answers a malformed filter or page request with BAD_USER_INPUT', async () => {
    const codesFor = async (variables: Record<string, unknown>) => errorCodes(await graphql(server, ACTIONS_QUERY, variables, viewerToken));
    expect(await codesFor({ filter: { section: '9.9' } })).toEqual(['BAD_USER_INPUT']);
    expect(await codesFor({ filter: { owner: 'NOBODY' } })).toEqual(['BAD_USER_INPUT']);
    expect(await codesFor({ filter: { status: ['FINISHED'] } })).toEqual(['BAD_USER_INPUT']);
    expect(await codesFor({ filter: { text: 'x'.repeat(201) } })).toEqual(['BAD_USER_INPUT']);
    expect(await codesFor({ first: 101 })).toEqual(['BAD_USER_INPUT']);
    expect(await codesFor({ first: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await codesFor({ after: 'bm90LWEtY3Vyc29y' })).toEqual(['BAD_USER_INPUT']);
  });

  it('reads one action by id, and answers NOT_FOUND for an unknown one', async () => {
    const query = `query One($id: ID!) { action(id: $id) { ${ACTION_FIELDS} } }`;
    const [first] = expected.actions;
    const found = await graphql<{ action: ActionNode }>(server, query, { id: first!.id }, viewerToken);
    expect(found.data?.action).toMatchObject({ id: first!.id, text: first!.text, health: expect.any(String) });
    const missing = await graphql(server, query, { id: '9.9-99' }, viewerToken);
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.errors?.[0]?.message).toMatch(/9\.9-99/);
  });
});

describe('malformed requests', () => {
  it('answers a query that is not GraphQL, or asks for unknown fields, with BAD_USER_INPUT', async () => {
    expect(errorCodes(await graphql(server, '{ strategy { reference ', {}, viewerToken))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(server, '{ strategy { secret } }', {}, viewerToken))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses abusive queries through the armor limits', async () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: strategy { reference }`).join(' ');
    const response = await graphql(server, `{ ${aliases} }`, {}, viewerToken);
    expect(errorCodes(response)[0]).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });
});
