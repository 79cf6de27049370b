import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import type { AbuseCase, SelectionAbuse } from './cases.js';
import { fieldAt, rootField } from './schema-sites.js';
import { OMIT, RawNumber } from './values.js';

/**
 * Turns a case and the argument values chosen for it into a GraphQL request: a selection read
 * from the schema (leaves and a level or two of objects), variables for the arguments, or a
 * literal in the document when the case says so, or an abusive document for a selection case.
 */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A GraphQL literal for any value (a wrong one too), printed as the type suggests: enum names bare, strings quoted. */
export function printLiteral(value: unknown, type?: GraphQLInputType): string {
  const named = type ? getNamedType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (value instanceof RawNumber) return value.text;
  if (typeof value === 'string') return named && isEnumType(named) && NAME.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const inner =
      type && isListType(isNonNullType(type) ? type.ofType : type)
        ? ((isNonNullType(type) ? type.ofType : type) as { ofType: GraphQLInputType }).ofType
        : undefined;
    return `[${value.map((item) => printLiteral(item, inner)).join(', ')}]`;
  }
  const fields = named && isInputObjectType(named) ? named.getFields() : {};
  return `{${Object.keys(value as object)
    .map((key) => `${key}: ${printLiteral((value as Record<string, unknown>)[key], fields[key]?.type)}`)
    .join(', ')}}`;
}

/** The JSON body, with raw numbers written as they are. */
export function toJson(value: unknown): string {
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : toJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${toJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const hasRequiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/** Leaves of a type and, `depth` levels down, its object fields; `path` (with `pathArgs` at its end) is always included. */
export function selectionSet(type: GraphQLNamedType, depth: number, path: readonly string[] = [], pathArgs = ''): string {
  if (isLeafType(type) || !isObjectType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (path[0] === field.name) {
      const args = path.length === 1 ? pathArgs : '';
      parts.push(`${field.name}${args} ${selectionSet(named, Math.max(depth - 1, 1), path.slice(1), pathArgs)}`);
    } else if (hasRequiredArgs(field)) continue;
    else if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selectionSet(named, depth - 1)}`);
  }
  if (parts.length === 0) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

interface RenderedArgs {
  text: string;
  definitions: string[];
  variables: Record<string, unknown>;
}

/** Arguments as variables (declared with their schema type), or one of them as a literal. */
function renderArgs(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>, prefix: string, literal?: string): RenderedArgs {
  const parts: string[] = [];
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const value = values[arg.name];
    if (value === undefined || value === OMIT) continue;
    if (arg.name === literal) {
      parts.push(`${arg.name}: ${printLiteral(value, arg.type)}`);
    } else {
      parts.push(`${arg.name}: $${prefix}${arg.name}`);
      definitions.push(`$${prefix}${arg.name}: ${String(arg.type)}`);
      variables[`${prefix}${arg.name}`] = value;
    }
  }
  return { text: parts.length ? `(${parts.join(', ')})` : '', definitions, variables };
}

const DEFAULT_DEPTH = 2;

export function buildRequest(testCase: AbuseCase, rootValues: Record<string, unknown>, nestedValues: Record<string, unknown>): GraphQLRequest {
  const { operation, rootField: name, site } = testCase.target;
  const root = rootField(operation, name);
  const literal = testCase.abuse?.literal ? site?.argument : undefined;
  const rootArgs = renderArgs(root, rootValues, 'r_', site && site.fieldPath.length === 0 ? literal : undefined);
  let nestedArgs: RenderedArgs = { text: '', definitions: [], variables: {} };
  if (site && site.fieldPath.length > 0) nestedArgs = renderArgs(fieldAt(operation, name, site.fieldPath), nestedValues, 'n_', literal);
  const definitions = [...rootArgs.definitions, ...nestedArgs.definitions];
  const variables = { ...rootArgs.variables, ...nestedArgs.variables };
  const returnType = getNamedType(root.type);
  const header = `${operation} Abuse${definitions.length ? `(${definitions.join(', ')})` : ''}`;
  const call = `${name}${rootArgs.text}`;

  if (!testCase.selection) {
    const selection = selectionSet(returnType, DEFAULT_DEPTH, site?.fieldPath ?? [], nestedArgs.text);
    return { query: `${header} { ${call} ${selection} }`, variables, operationName: 'Abuse' };
  }
  return selectionAbuse(testCase.selection, { header, call, returnType, variables, operation });
}

function selectionAbuse(
  abuse: SelectionAbuse,
  {
    header,
    call,
    returnType,
    variables,
    operation,
  }: { header: string; call: string; returnType: GraphQLNamedType; variables: Record<string, unknown>; operation: string },
): GraphQLRequest {
  const plain = selectionSet(returnType, 1);
  const typeName = returnType.name;
  const request = (query: string, operationName: string | undefined = 'Abuse') => ({ query, variables, ...(operationName ? { operationName } : {}) });
  switch (abuse.label) {
    case 'aliases':
      return request(`${header} { ${Array.from({ length: abuse.count }, (_v, index) => `a${index}: ${call} ${plain}`).join(' ')} }`);
    case 'deep-introspection': {
      let inner = 'name';
      for (let level = 0; level < abuse.depth; level += 1) inner = `ofType { ${inner} }`;
      return request(`query Abuse { __schema { types { fields { type { ${inner} } } } } }`);
    }
    case 'fragment-cycle':
      return request(`${header} { ${call} { ...A } } fragment A on ${typeName} { ...B } fragment B on ${typeName} { ...A }`);
    case 'fragment-bomb': {
      const fragments = ['fragment T0 on __Type { name kind }'];
      for (let level = 1; level <= abuse.levels; level += 1) {
        fragments.push(
          `fragment T${level} on __Type { a: ofType { ...T${level - 1} } b: ofType { ...T${level - 1} } c: ofType { ...T${level - 1} } }`,
        );
      }
      return request(`query Abuse { __schema { types { ...T${abuse.levels} } } } ${fragments.join(' ')}`);
    }
    case 'repeated-field': {
      const leaf = plain.match(/\{ (\w+)/)?.[1] ?? '__typename';
      return request(`${header} { ${call} { ${Array.from({ length: abuse.count }, () => leaf).join(' ')} } }`);
    }
    case 'directives':
      return request(`${header} { ${call} ${Array.from({ length: abuse.count }, () => '@include(if: true)').join(' ')} ${plain} }`);
    case 'inline-fragments': {
      let inner = plain;
      for (let level = 0; level < abuse.depth; level += 1) inner = `{ ... on ${typeName} ${inner} }`;
      return request(`${header} { ${call} ${inner} }`);
    }
    case 'comment':
      return request(`# ${'x'.repeat(abuse.size)}\n${header} { ${call} ${plain} }`);
    case 'wide':
      return request(`${header} { ${call} ${selectionSet(returnType, abuse.depth)} }`);
    case 'unused-variables': {
      const extra = Array.from({ length: abuse.count }, (_v, index) => `$u${index}: String`);
      const withExtra = header.includes('(') ? header.replace('(', `(${extra.join(', ')}, `) : `${operation} Abuse(${extra.join(', ')})`;
      return request(`${withExtra} { ${call} ${plain} }`);
    }
    case 'unknown-operation-name':
      return request(`${header} { ${call} ${plain} }`, 'NoSuchOperation');
    case 'syntax':
      return request(abuse.text, undefined);
  }
}
