import type { ExecutionResult } from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { createStateReader } from '../../functions/store/state-reader.js';
import type { Store } from '../../functions/store/store.js';
import { useAnswerMemo } from '../../graphql/answer-memo.js';
import type { GraphQLContext } from '../../graphql/context.js';

/**
 * A query that asks only for the dashboard is executed once per revision, day, viewer,
 * document and variables (graphql/answer-memo.ts); anything else is executed every time.
 */
function server() {
  const world = { revision: '0:1', today: '2013-06-01', viewer: 'coordinator', role: 'COORDINATOR', executions: 0, fail: false, note: false };
  const stateReader = createStateReader({} as Store, 's');
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema: createSchema<Record<string, unknown> & GraphQLContext>({
      typeDefs: 'type Query { dashboard(asOf: String): Figures! other: Int! } type Figures { asOf: String revision: String! }',
      resolvers: {
        Query: {
          dashboard: (_parent: unknown, { asOf }: { asOf?: string }) => {
            world.executions += 1;
            if (world.fail) throw new Error('busy');
            return { asOf: asOf ?? world.today, revision: world.revision };
          },
          other: () => (world.executions += 1),
        },
      },
    }),
    logging: false,
    maskedErrors: false,
    plugins: [
      useAnswerMemo(),
      // A later plugin that adds to an answer's top level as it is sent, when asked to.
      {
        onResultProcess({ result, setResult }) {
          if (world.note) setResult({ ...(result as ExecutionResult), extensions: { note: 'added' } });
        },
      } satisfies Plugin,
    ],
    context: () =>
      ({
        today: world.today,
        healthConfig: {},
        viewer: { id: world.viewer, role: world.role },
        stateReader,
        loaders: { state: async () => ({ revision: world.revision }) },
      }) as unknown as GraphQLContext,
  });
  const send = (query: string, variables: Record<string, unknown> = {}) =>
    yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  const ask = async (query: string, variables: Record<string, unknown> = {}) =>
    (await (await send(query, variables)).json()) as { data?: { dashboard?: { asOf: string; revision: string } }; errors?: unknown[] };
  return { world, ask, send };
}

const DASHBOARD = 'query($asOf: String) { dashboard(asOf: $asOf) { asOf revision } }';

describe('the kept answer of a state-only query', () => {
  it('is served again while the revision, the day, the viewer, the document and the variables stand', async () => {
    const { world, ask } = server();
    const first = await ask(DASHBOARD);
    expect(await ask(DASHBOARD)).toEqual(first);
    expect(world.executions).toBe(1);

    await ask(DASHBOARD, { asOf: '2013-05-01' });
    expect(world.executions).toBe(2);
    world.revision = '0:2';
    expect((await ask(DASHBOARD)).data?.dashboard?.revision).toBe('0:2');
    expect(world.executions).toBe(3);
    world.today = '2013-06-02';
    expect((await ask(DASHBOARD)).data?.dashboard?.asOf).toBe('2013-06-02');
    world.viewer = 'someone-else';
    await ask(DASHBOARD);
    await ask('{ dashboard { asOf } }');
    expect(world.executions).toBe(6);
    // The same person after a coordinator changed their role is not served the old role's answer.
    world.role = 'VIEWER';
    await ask('{ dashboard { asOf } }');
    expect(world.executions).toBe(7);
  });

  it('is never kept for a query that asks for anything else, nor when it failed', async () => {
    const { world, ask } = server();
    await ask('{ dashboard { asOf } other }');
    await ask('{ dashboard { asOf } other }');
    expect(world.executions).toBe(4);
    world.fail = true;
    expect((await ask(DASHBOARD)).errors).toHaveLength(1);
    world.fail = false;
    expect((await ask(DASHBOARD)).data?.dashboard?.asOf).toBe('2013-06-01');
    expect(world.executions).toBe(6);
  });

  it('is sent as the text written when it was kept, not serialised again, unless a later plugin added to it', async () => {
    const { world, send } = server();
    const first = await (await send(DASHBOARD)).text();
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const again = await send(DASHBOARD);
      expect(await again.text()).toBe(first);
      expect(again.headers.get('content-type')).toMatch(/json/);
      const serialisedAnswers = () => stringify.mock.calls.filter(([value]) => typeof value === 'object' && value !== null && 'data' in value);
      expect(serialisedAnswers()).toHaveLength(0);
      world.note = true;
      const noted = await send(DASHBOARD);
      expect(JSON.parse(await noted.text())).toEqual({ ...JSON.parse(first), extensions: { note: 'added' } });
      expect(serialisedAnswers()).toHaveLength(1);
    } finally {
      stringify.mockRestore();
    }
    expect(world.executions).toBe(1);
  });
});
