import type { graphql as generatedGraphql } from '../gql/gql';

/**
 * `graphql(\`query …\`)` with the types codegen generates (web/src/gql/gql.ts, whose overloads
 * map each document's text to its result and variables), but without its runtime: the
 * generated function looks documents up in a map of every document in the app, which would
 * put every page's queries into the first script. Here a document is its own text; the
 * fragments it spreads are appended when it is sent, as codegen's output would have them.
 */
const fragments = new Map<string, string>();

const FRAGMENT_DEFINITION = /^\s*fragment\s+([_A-Za-z][_0-9A-Za-z]*)/;
const DEFINED_FRAGMENTS = /(?:^|[\s}])fragment\s+([_A-Za-z][_0-9A-Za-z]*)/g;
const SPREAD = /\.\.\.\s*([_A-Za-z][_0-9A-Za-z]*)/g;

/** The document's text followed by every fragment it needs, each once. */
export function withFragments(source: string): string {
  const needed: string[] = [];
  // Fragments written in the document itself need nothing appended.
  const inline = new Set([...source.matchAll(DEFINED_FRAGMENTS)].map((match) => match[1]!));
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(SPREAD)) {
      if (name === 'on' || needed.includes(name!) || inline.has(name!)) continue;
      const fragment = fragments.get(name!);
      if (fragment === undefined) throw new Error(`The GraphQL fragment ${name} is not defined.`);
      needed.push(name!);
      visit(fragment);
    }
  };
  visit(source);
  return [source, ...needed.map((name) => fragments.get(name)!)].join('\n');
}

function document(source: string) {
  const name = FRAGMENT_DEFINITION.exec(source)?.[1];
  if (name) fragments.set(name, source);
  let text: string | undefined;
  return {
    toString: () => (text ??= withFragments(source)),
  };
}

export const graphql = document as unknown as typeof generatedGraphql;
