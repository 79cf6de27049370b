import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ForecastQuery } from '../forecast/queries';
import { ChangeSummaryQuery } from './queries';

/** graphql/yoga.ts refuses queries that cost more than this (graphql-armor's cost limit). */
const API_MAX_COST = 20_000;
const schema = buildSchema(readFileSync(new URL('../../../../graphql/schema.graphql', import.meta.url), 'utf8'));

function problems(document: { toString(): string }): string[] {
  return validate(schema, parse(document.toString()), [costLimitRule({ maxCost: API_MAX_COST, exposeLimits: true })]).map((error) => error.message);
}

describe('the review pack’s queries', () => {
  it('are valid against the schema and within the API’s cost limit', () => {
    expect(problems(ChangeSummaryQuery)).toEqual([]);
    expect(problems(ForecastQuery)).toEqual([]);
  });
});
