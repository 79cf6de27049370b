import { afterAll, beforeAll, expect, it } from 'vitest';
import { documentNesting } from '../../graphql/document-nesting.js';
import { graphql, signIn, startTestServer, type TestServer } from '../support/local-server.js';

/**
 * A document nested deeper than the parser's stack is refused as bad input, not answered
 * INTERNAL_SERVER_ERROR: 1,995 nested list brackets (4 kB, under the token limit until the
 * innermost) overflowed GraphQL's recursive parser (found by the abuse suite).
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock: () => new Date('2013-11-15T10:00:00Z') });
});

afterAll(() => server?.close());

const deepList = (depth: number) => `{ actions(filter: { section: ${'['.repeat(depth)}"2.1"${']'.repeat(depth)} }) { totalCount } }`;

it('refuses a document of 1,995 nested brackets as BAD_USER_INPUT, signed in or not', async () => {
  for (const token of [undefined, await signIn(server, 'viewer')]) {
    const response = await graphql(server, deepList(1995), {}, token);
    expect(response.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['BAD_USER_INPUT', 'Syntax Error: the document nests deeper than 100 levels.'],
    ]);
  }
});

it('still answers documents of ordinary depth', async () => {
  const token = await signIn(server, 'viewer');
  const response = await graphql<{ actions: { totalCount: number } }>(
    server,
    '{ actions(filter: { section: "2.1", status: [NOT_STARTED] }) { totalCount } }',
    {},
    token,
  );
  expect(response.data?.actions.totalCount).toEqual(expect.any(Number));
});

it('counts nesting outside strings, block strings and comments only', () => {
  expect(documentNesting('{ a(b: [[1]]) { c } }')).toBe(4);
  expect(documentNesting('{ a(b: "[[[[{{{(((\\"[[[") # [[[[[\n }')).toBe(2);
  expect(documentNesting('{ a(b: """ [[[ \\""" {{{ """) }')).toBe(2);
});
