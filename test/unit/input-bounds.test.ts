import { describe, expect, it } from 'vitest';
import { withBoundedArguments } from '../../graphql/input-bounds.js';

const SDL = `
  type Query {
    thing(id: ID!, after: String, filter: Filter, tags: [String!], note: String): String
    plain: String
  }
  type Mutation { invite(input: InviteInput!): String }
  input Filter { owner: String, text: String, nested: Filter }
  input InviteInput { email: String!, name: String!, country: String, evidenceUrls: [String!] }
`;

const resolvers = withBoundedArguments(SDL, {
  Query: { thing: () => 'ran', plain: () => 'plain' },
  Mutation: { invite: () => 'invited' },
});
type Resolve = (parent: unknown, args: Record<string, unknown>) => unknown;
const run = (type: 'Query' | 'Mutation', field: string, args: Record<string, unknown>) => {
  try {
    return (resolvers[type] as Record<string, Resolve>)[field]!(undefined, args);
  } catch (error) {
    return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message };
  }
};
const long = (length: number) => 'x'.repeat(length);

describe('every ID and String argument bounded from the SDL', () => {
  it('bounds ids, key-like strings in inputs and lists, and cursors, before the resolver runs', () => {
    expect(run('Query', 'thing', { id: long(100) })).toBe('ran');
    expect(run('Query', 'thing', { id: long(101) })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'id is 101 characters long; at most 100 are allowed.',
    });
    expect(run('Query', 'thing', { id: 'a', after: long(256) })).toBe('ran');
    expect(run('Query', 'thing', { id: 'a', after: long(257) })).toMatchObject({ message: 'after is 257 characters long; at most 256 are allowed.' });
    expect(run('Query', 'thing', { id: 'a', filter: { nested: { owner: long(2048) } } })).toMatchObject({
      message: 'filter.nested.owner is 2048 characters long; at most 100 are allowed.',
    });
    expect(run('Query', 'thing', { id: 'a', tags: ['ok', long(101)] })).toMatchObject({
      message: 'tags[1] is 101 characters long; at most 100 are allowed.',
    });
  });

  it('leaves free text to the domain rules, and gives e-mail addresses their own bound', () => {
    expect(run('Query', 'thing', { id: 'a', note: long(5000), filter: { text: long(5000) } })).toBe('ran');
    expect(run('Mutation', 'invite', { input: { email: long(254), name: long(5000), evidenceUrls: [long(3000)] } })).toBe('invited');
    expect(run('Mutation', 'invite', { input: { email: long(255), name: 'A' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(run('Mutation', 'invite', { input: { email: 'a@b.eu', name: 'A', country: long(101) } })).toMatchObject({
      message: 'input.country is 101 characters long; at most 100 are allowed.',
    });
  });

  it('keeps fields without arguments as they were', () => {
    expect(run('Query', 'plain', {})).toBe('plain');
  });
});
