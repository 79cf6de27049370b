import type { Plugin } from 'graphql-yoga';
import { badUserInput } from './errors.js';

/**
 * Variables are bounded in shape before GraphQL coerces them. GraphQL reports each unknown
 * field of an input object in an error of its own (up to 50), and every one of those messages
 * prints the whole object: an input of 10,000 made-up fields (150 kB, under the body cap) took
 * a second of CPU to refuse and came back as a 6 MB answer (the abuse suite found it). No input
 * type of the contract has more than eight fields, and no operation declares more than a few
 * variables, so an object in the variables with more keys than this is refused at once, in
 * one short error, before coercion.
 */
export const MAX_VARIABLE_OBJECT_KEYS = 50;

/** The most keys any object in the value holds (arrays are walked, not counted). */
export function widestObject(value: unknown): number {
  let widest = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) {
      stack.push(...next);
      continue;
    }
    const values = Object.values(next);
    widest = Math.max(widest, values.length);
    stack.push(...values);
  }
  return widest;
}

export function useVariableLimits(max = MAX_VARIABLE_OBJECT_KEYS): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const widest = widestObject(args.variableValues);
      if (widest > max) {
        setResultAndStopExecution({ errors: [badUserInput(`An object in the variables has ${widest} fields; at most ${max} are accepted.`)] });
      }
    },
  };
}
