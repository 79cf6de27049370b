import { GraphQLScalarType, Kind } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/**
 * Date and DateTime take strings only. Without a definition GraphQL lets any value through a
 * custom scalar: a literal object (`asOf: {}`) reached the resolvers as an object without a
 * prototype, whose message could not even be formatted, and the answer was
 * INTERNAL_SERVER_ERROR (found by the abuse suite). A value that is not a string is now
 * refused while the request is read, as bad input; what the string must say (a calendar date,
 * in its range) is graphql/date-arguments.ts's.
 */
const LITERALS: Partial<Record<Kind, string>> = {
  [Kind.OBJECT]: 'an object',
  [Kind.LIST]: 'a list',
  [Kind.INT]: 'a number',
  [Kind.FLOAT]: 'a number',
  [Kind.BOOLEAN]: 'a boolean',
  [Kind.NULL]: 'null',
  [Kind.ENUM]: 'a name',
};

function stringScalar(name: string, description: string, example: string): GraphQLScalarType {
  // yoga's error class: GraphQL keeps it as the coercion error, where another would be masked as internal.
  const refuse = (shown: string) => createGraphQLError(`${name} must be a string such as "${example}", not ${shown}.`);
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue(value) {
      if (typeof value !== 'string')
        throw refuse(Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);
      return value;
    },
    parseLiteral(ast) {
      if (ast.kind !== Kind.STRING) throw refuse(LITERALS[ast.kind] ?? 'that');
      return ast.value;
    },
  });
}

export const scalars = {
  Date: stringScalar('Date', 'A calendar date, e.g. 2013-12-31.', '2013-12-31'),
  DateTime: stringScalar('DateTime', 'An ISO 8601 date-time with zone, e.g. 2014-02-07T09:00:00Z.', '2014-02-07T09:00:00Z'),
};
