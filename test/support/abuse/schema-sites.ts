import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '../../../graphql/generated/type-defs.js';

/**
 * Where the abuse suite aims: every argument of every query and mutation, every field of
 * their input objects (recursively), and every argument of a nested field (reached by the
 * shortest query path), all read from the contract itself, so a new argument is fuzzed the
 * day it is added to graphql/schema.graphql.
 */
export const schema: GraphQLSchema = buildSchema(typeDefs);

export type OperationKind = 'query' | 'mutation';

export interface ArgumentSite {
  /** e.g. Mutation.updateAction(input).note, Query.action>history(first) */
  id: string;
  operation: OperationKind;
  rootField: string;
  /** The fields from the root field's type down to the field that carries the argument ([] = the root field). */
  fieldPath: string[];
  argument: string;
  /** The path inside the argument's input object ([] = the argument itself). */
  inputPath: string[];
  /** The type at the site. */
  type: GraphQLInputType;
}

export interface RootField {
  operation: OperationKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(): RootField[] {
  const roots: RootField[] = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) roots.push({ operation, name: field.name, field });
  }
  return roots;
}

const rootOf = (operation: OperationKind) => (operation === 'query' ? schema.getQueryType() : schema.getMutationType())!;

export function rootField(operation: OperationKind, name: string): GraphQLField<unknown, unknown> {
  const field = rootOf(operation).getFields()[name];
  if (!field) throw new Error(`No ${operation} field ${name}`);
  return field;
}

/** The field at `fieldPath` below a root field, and the object type that holds it. */
export function fieldAt(operation: OperationKind, root: string, fieldPath: readonly string[]): GraphQLField<unknown, unknown> {
  let field = rootField(operation, root);
  for (const name of fieldPath) {
    const parent = getNamedType(field.type) as GraphQLObjectType;
    const next = parent.getFields()[name];
    if (!next) throw new Error(`No field ${name} on ${parent.name}`);
    field = next;
  }
  return field;
}

/** Every position inside an input type: itself, and each field of an input object, recursively (a type is entered once per path). */
function inputPaths(type: GraphQLInputType, path: string[], seen: Set<string>): { path: string[]; type: GraphQLInputType }[] {
  const found = [{ path, type }];
  const named = getNamedType(type);
  if (isInputObjectType(named) && !seen.has(named.name)) {
    const inner = new Set(seen).add(named.name);
    for (const field of Object.values(named.getFields())) found.push(...inputPaths(field.type, [...path, field.name], inner));
  }
  return found;
}

function sitesOfField(operation: OperationKind, root: string, fieldPath: string[], field: GraphQLField<unknown, unknown>, label: string) {
  const sites: ArgumentSite[] = [];
  for (const argument of field.args) {
    for (const { path, type } of inputPaths(argument.type, [], new Set())) {
      sites.push({
        id: `${label}(${argument.name})${path.map((name) => `.${name}`).join('')}`,
        operation,
        rootField: root,
        fieldPath,
        argument: argument.name,
        inputPath: path,
        type,
      });
    }
  }
  return sites;
}

/** Nested fields with arguments, each reached once, by the shortest path from a query (breadth first). */
function nestedArgumentFields(maxDepth: number) {
  const reached = new Map<string, { root: string; fieldPath: string[] }>();
  let frontier = rootFields()
    .filter((root) => root.operation === 'query')
    .map((root) => ({ root: root.name, fieldPath: [] as string[], type: getNamedType(root.field.type) }));
  for (let depth = 0; depth < maxDepth; depth += 1) {
    const next: typeof frontier = [];
    for (const { root, fieldPath, type } of frontier) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        const path = [...fieldPath, field.name];
        if (field.args.length > 0 && !reached.has(key)) reached.set(key, { root, fieldPath: path });
        next.push({ root, fieldPath: path, type: getNamedType(field.type) });
      }
    }
    frontier = next;
  }
  return [...reached.values()];
}

/** Every argument site of the contract. */
export function argumentSites(): ArgumentSite[] {
  const sites: ArgumentSite[] = [];
  for (const root of rootFields()) {
    sites.push(...sitesOfField(root.operation, root.name, [], root.field, `${root.operation === 'query' ? 'Query' : 'Mutation'}.${root.name}`));
  }
  for (const { root, fieldPath } of nestedArgumentFields(4)) {
    sites.push(...sitesOfField('query', root, fieldPath, fieldAt('query', root, fieldPath), `Query.${root}>${fieldPath.join('>')}`));
  }
  return sites;
}

export const isLeaf = (type: GraphQLNamedType) => isLeafType(type);

/** The type's printed name for a variable declaration, e.g. [String!]. */
export const typeName = (type: GraphQLInputType) => String(type);

export { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType };
