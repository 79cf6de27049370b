import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { buildSchema, specifiedRules, validate, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../graphql/yoga.js';

/** Every folder's typed documents, as codegen writes them from its api.graphql. */
const folders = import.meta.glob<Record<string, unknown>>('../../web/src/**/api.generated.ts', { eager: true });

/**
 * Every query and mutation the web app sends (the documents codegen wrote from each folder's
 * api.graphql) is valid against the contract and within the API's query limits, so no page
 * meets "Query Cost limit exceeded" in front of a user. The limits are the API's own
 * (graphql/yoga.ts), applied by graphql-armor's own rules.
 */
const schema = buildSchema(readFileSync(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8'));

const operations = Object.values(folders)
  .flatMap((generated) => Object.entries(generated))
  .flatMap(([name, value]) => (value instanceof String ? [{ name, text: value.toString() }] : []))
  .filter(({ text }) => /^\s*(query|mutation)\b/.test(text));

describe('the web app’s GraphQL documents', () => {
  it('are found (the check below is not vacuous)', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations)('$name is valid and within the API’s depth, alias, token and cost limits', ({ text }) => {
    const parser = new MaxTokensParserWLexer(text, { n: QUERY_LIMITS.maxTokens.n });
    const document: DocumentNode = parser.parseDocument();
    const errors = validate(schema, document, [
      ...specifiedRules,
      maxDepthRule({ n: QUERY_LIMITS.maxDepth.n }),
      maxAliasesRule({ n: QUERY_LIMITS.maxAliases.n }),
      costLimitRule({ maxCost: QUERY_LIMITS.costLimit.maxCost, exposeLimits: true }),
    ]).map((error) => error.message);
    expect(errors).toEqual([]);
  });
});
