import { describe, expect, it } from 'vitest';
import { graphql, withFragments } from './graphql';

describe('documents sent as text', () => {
  it('sends a document as written', () => {
    const source = '\n  query TestPlain {\n    strategy {\n      title\n    }\n  }\n';
    expect(graphql(source as never).toString()).toBe(source);
  });

  it('appends each fragment a document spreads, and the fragments those spread, once', () => {
    graphql('fragment TestLeaf on Action { id }' as never);
    graphql('fragment TestBranch on Action { ...TestLeaf ref }' as never);
    const text = graphql('query TestTree { a: action(id: "1") { ...TestBranch ...TestLeaf } }' as never).toString();
    expect(text.match(/fragment TestLeaf/g)).toHaveLength(1);
    expect(text).toContain('fragment TestBranch on Action');
  });

  it('appends nothing for a fragment written in the document itself', () => {
    const source = 'query TestSelf { a: action(id: "1") { ...TestOwn } }\nfragment TestOwn on Action { id }';
    expect(withFragments(source)).toBe(source);
  });

  it('leaves inline fragments alone and names a missing fragment', () => {
    expect(withFragments('query X { node { ... on Action { id } } }')).toBe('query X { node { ... on Action { id } } }');
    expect(() => withFragments('query Y { action(id: "1") { ...Nowhere } }')).toThrow('Nowhere');
  });
});
