import { DATE_RANGES, dateProblem, dayRangeProblem, type DayRange, type RangeBasis } from '../functions/domain/validation.js';
import type { GraphQLContext } from './context.js';
import { badUserInput } from './errors.js';

/**
 * Every date argument of the API is read here, against its range (functions/domain/validation.ts
 * DATE_RANGES): a refusal is BAD_USER_INPUT naming the earliest and latest day allowed, before
 * anything is read or computed for that day.
 */
export async function rangeBasis(context: GraphQLContext): Promise<RangeBasis> {
  const { adopted } = await context.loaders.dates();
  return { adopted, today: context.today };
}

export type DateKind = keyof typeof DATE_RANGES;

export async function dateRange(context: GraphQLContext, kind: DateKind): Promise<DayRange> {
  return DATE_RANGES[kind](await rangeBasis(context));
}

/** A Date argument: a calendar date within the range of its kind. */
export async function dateArgument(context: GraphQLContext, argument: string, value: unknown, kind: DateKind): Promise<string> {
  const problem = dateProblem(argument, value, await dateRange(context, kind));
  if (problem) throw badUserInput(problem, { argument });
  return value as string;
}

/**
 * A DateTime argument as an ISO instant (UTC): a date-time with a zone whose UTC day lies in
 * the range of its kind.
 */
export async function dateTimeArgument(context: GraphQLContext, argument: string, value: unknown, kind: DateKind): Promise<string> {
  const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw badUserInput(`${argument} must be an ISO 8601 date-time, e.g. 2014-02-07T00:00:00Z.`, { argument });
  const instant = new Date(time).toISOString();
  const problem = dayRangeProblem(argument, instant.slice(0, 10), await dateRange(context, kind));
  if (problem) throw badUserInput(problem, { argument });
  return instant;
}
