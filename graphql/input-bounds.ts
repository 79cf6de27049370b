import { parse, type DefinitionNode, type InputValueDefinitionNode, type TypeNode } from 'graphql';
import { LIMITS, keyProblem } from '../functions/domain/validation.js';
import { badUserInput } from './errors.js';

/**
 * Every ID and String argument of the contract is bounded before its resolver runs, read from
 * the SDL, so that an argument added later is bounded too. Ids, country codes, filters and
 * client mutation ids are keys or parts of keys (DynamoDB refuses a sort key over 1 kB, and
 * a refusal there would be an internal error): at most LIMITS.keyLength characters. Cursors
 * (`after`): at most LIMITS.cursorLength; e-mail addresses: LIMITS.emailLength. Free text (notes, reasons, comments, names, the
 * text filter, evidence links) is bounded by the domain's own rules, with their own messages
 * (validation.ts textProblem and linkProblem, action-query's text filter), and is not checked
 * here. Dates are read by graphql/date-arguments.ts against their ranges.
 */
const FREE_TEXT = new Set(['note', 'reason', 'comment', 'name', 'text', 'evidenceUrls']);
/** Arguments with a bound of their own; every other ID or String has LIMITS.keyLength. */
const BOUNDS: Record<string, number> = { after: LIMITS.cursorLength, email: LIMITS.emailLength };

/** A check of one argument's value; `path` names it in the message (input.country, ids[2]). */
type Check = (value: unknown, path: string) => string | null;

interface Sdl {
  fieldArguments: Map<string, Map<string, readonly InputValueDefinitionNode[]>>;
  inputFields: Map<string, readonly InputValueDefinitionNode[]>;
}

function readSdl(typeDefs: string): Sdl {
  const sdl: Sdl = { fieldArguments: new Map(), inputFields: new Map() };
  for (const definition of parse(typeDefs).definitions as readonly DefinitionNode[]) {
    if (definition.kind === 'ObjectTypeDefinition') {
      const fields = new Map<string, readonly InputValueDefinitionNode[]>();
      for (const field of definition.fields ?? []) if (field.arguments?.length) fields.set(field.name.value, field.arguments);
      if (fields.size > 0) sdl.fieldArguments.set(definition.name.value, fields);
    } else if (definition.kind === 'InputObjectTypeDefinition') {
      sdl.inputFields.set(definition.name.value, definition.fields ?? []);
    }
  }
  return sdl;
}

/** The checks of one SDL's arguments; an input type's field checks are built once, on first use (so recursive inputs work). */
function checksOf(sdl: Sdl) {
  const inputChecks = new Map<string, Check>();

  function inputCheck(typeName: string, fields: readonly InputValueDefinitionNode[]): Check {
    let fieldChecks: (readonly [string, Check])[] | undefined;
    const check: Check = (value, path) => {
      if (value == null || typeof value !== 'object') return null;
      fieldChecks ??= fields.flatMap((field) => {
        const each = checkOf(field.name.value, field.type);
        return each ? [[field.name.value, each] as const] : [];
      });
      for (const [field, each] of fieldChecks) {
        const fieldValue = (value as Record<string, unknown>)[field];
        const problem = fieldValue == null ? null : each(fieldValue, `${path}.${field}`);
        if (problem) return problem;
      }
      return null;
    };
    inputChecks.set(typeName, check);
    return check;
  }

  function checkOf(name: string, type: TypeNode): Check | null {
    if (type.kind === 'NonNullType') return checkOf(name, type.type);
    if (type.kind === 'ListType') {
      const item = checkOf(name, type.type);
      if (!item) return null;
      return (value, path) => {
        if (!Array.isArray(value)) return item(value, path);
        for (const [index, each] of value.entries()) {
          const problem = each == null ? null : item(each, `${path}[${index}]`);
          if (problem) return problem;
        }
        return null;
      };
    }
    const typeName = type.name.value;
    const fields = sdl.inputFields.get(typeName);
    if (fields) return inputChecks.get(typeName) ?? inputCheck(typeName, fields);
    if ((typeName !== 'ID' && typeName !== 'String') || FREE_TEXT.has(name)) return null;
    const max = BOUNDS[name] ?? LIMITS.keyLength;
    return (value, path) => keyProblem(path, value, max);
  }

  return checkOf;
}

type FieldResolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type ResolverMap = Record<string, unknown>;

/**
 * The resolvers with every bounded argument checked first: an argument over its bound is
 * BAD_USER_INPUT naming it and the bound (never repeating the value), and nothing is read.
 */
export function withBoundedArguments<R extends object>(typeDefs: string, resolvers: R): R {
  const sdl = readSdl(typeDefs);
  const checkOf = checksOf(sdl);
  const bounded: Record<string, unknown> = { ...(resolvers as Record<string, unknown>) };
  for (const [typeName, fields] of sdl.fieldArguments) {
    const typeResolvers = bounded[typeName] as ResolverMap | undefined;
    const wrapped: ResolverMap = { ...typeResolvers };
    for (const [fieldName, argumentNodes] of fields) {
      const checks = argumentNodes.flatMap((argument) => {
        const check = checkOf(argument.name.value, argument.type);
        return check ? [[argument.name.value, check] as const] : [];
      });
      if (checks.length === 0) continue;
      const resolve: FieldResolver =
        (typeResolvers?.[fieldName] as FieldResolver | undefined) ?? ((parent) => (parent as Record<string, unknown> | null)?.[fieldName]);
      wrapped[fieldName] = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
        for (const [argument, check] of checks) {
          const problem = args[argument] == null ? null : check(args[argument], argument);
          if (problem) throw badUserInput(problem, { argument });
        }
        return resolve(parent, args, context, info);
      };
    }
    bounded[typeName] = wrapped;
  }
  return bounded as R;
}
