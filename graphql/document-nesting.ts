import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * GraphQL's parser descends one call per nesting level of a document. Under the token limit
 * (2,000) a document can still open about 1,990 brackets before the limit is reached, and at
 * that depth the parser overflowed the stack: a 4 kB request answered INTERNAL_SERVER_ERROR
 * and logged an error, signed in or not (the abuse suite found it). Real documents nest a few
 * levels (selections at most 10 deep, input objects and lists a few more), so a document that
 * nests braces, brackets and parentheses more than MAX_DOCUMENT_NESTING deep is refused before
 * it is parsed, as a syntax error.
 */
export const MAX_DOCUMENT_NESTING = 100;

/** The deepest nesting of {, [ and ( in a GraphQL document, outside strings and comments. */
export function documentNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (char === '#') {
      while (index < source.length && source[index] !== '\n' && source[index] !== '\r') index += 1;
    } else if (char === '"' && source.startsWith('"""', index)) {
      index += 3;
      while (index < source.length && !source.startsWith('"""', index)) index += source.startsWith('\\"""', index) ? 4 : 1;
      index += 2;
    } else if (char === '"') {
      index += 1;
      while (index < source.length && source[index] !== '"' && source[index] !== '\n') index += source[index] === '\\' ? 2 : 1;
    } else if (char === '{' || char === '[' || char === '(') {
      depth += 1;
      deepest = Math.max(deepest, depth);
    } else if (char === '}' || char === ']' || char === ')') {
      depth -= 1;
    }
    index += 1;
  }
  return deepest;
}

/** Wraps the parser in place (listed after the armor, whose token limit replaces the parser rather than wrapping it). */
export function useDocumentNestingLimit(max = MAX_DOCUMENT_NESTING): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        const text = typeof source === 'string' ? source : source.body;
        if (documentNesting(text) > max) throw createGraphQLError(`Syntax Error: the document nests deeper than ${max} levels.`);
        return parseFn(source, options);
      });
    },
  };
}
