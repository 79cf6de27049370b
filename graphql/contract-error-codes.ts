import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { isErrorCode } from '../functions/domain/error-codes.js';

/**
 * The contract names six error codes. GraphQL itself answers a malformed query, an unknown
 * field, a variable of the wrong type or a query over the armor's limits with codes of its own
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST) or with none at all; to a
 * client these are all bad input, so they are reported as BAD_USER_INPUT.
 */

function withContractCode(error: GraphQLError): GraphQLError {
  const code = error.extensions?.['code'];
  if (isErrorCode(code)) return error;
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}

export function useContractErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors?.length) return;
      // Errors may come from either of graphql's module builds (ESM or CommonJS), so they are
      // recognised by shape rather than with instanceof.
      setResult({ ...result, errors: result.errors.map((error) => withContractCode(error as GraphQLError)) });
    },
  };
}
