import fc from 'fast-check';
import { abuseFor, type Abuse } from './values.js';
import { argumentSites, rootFields, type ArgumentSite, type OperationKind } from './schema-sites.js';

/**
 * The cases: every (argument site, role) and every (root field, role) pair in turn, each with
 * an abuse drawn by fast-check from the run's seed. Case i of a seed is always the same case.
 */
export const ROLES = ['coordinator', 'owner', 'contact', 'viewer', 'anonymous'] as const;
export type Role = (typeof ROLES)[number];

/** Local users standing for each role; anonymous sends no token. */
export const ROLE_USERS: Record<Role, string | null> = {
  coordinator: 'coordinator',
  owner: 'owner-enisa',
  contact: 'contact-de',
  viewer: 'viewer',
  anonymous: null,
};

export type SelectionAbuse =
  | { label: 'aliases'; count: number }
  | { label: 'deep-introspection'; depth: number }
  | { label: 'fragment-cycle' }
  | { label: 'fragment-bomb'; levels: number }
  | { label: 'repeated-field'; count: number }
  | { label: 'directives'; count: number }
  | { label: 'inline-fragments'; depth: number }
  | { label: 'comment'; size: number }
  | { label: 'wide'; depth: number }
  | { label: 'unused-variables'; count: number }
  | { label: 'unknown-operation-name' }
  | { label: 'syntax'; text: string };

export interface Target {
  operation: OperationKind;
  rootField: string;
  /** The argument site under abuse; absent when the selection is. */
  site?: ArgumentSite;
}

export interface AbuseCase {
  index: number;
  role: Role;
  target: Target;
  abuse?: Abuse;
  selection?: SelectionAbuse;
  /** Drives the choice of the valid values around the abuse. */
  seed: number;
}

const SYNTAX = [
  '',
  '{',
  '}}}}',
  '{ me { id }',
  'query',
  'query ($x: ) { me { id } }',
  'subscription { me { id } }',
  'query A { me { id } } query A { me { id } }',
  '{ me { id } } { me { id } }',
  '\uFEFF{ me { id } }',
  '{ me\u0000 { id } }',
  '{ mé { id } }',
  '{ me { id } } #\u202E',
  '{ __typename }',
  'mutation { __typename }',
  '{ me { id(arg: 1) } }',
  '{ me { nope } }',
  '{ me(id: "x") { id } }',
  'fragment F on Query { me { id } }',
  '{ me { ...Missing } }',
  '{ me @skip { id } }',
  '{ me @unknown { id } }',
  '{ me { ... on Action { id } } }',
];

const selectionAbuse: fc.Arbitrary<SelectionAbuse> = fc.oneof(
  fc.constantFrom(2, 15, 16, 50, 500).map((count) => ({ label: 'aliases' as const, count })),
  fc.integer({ min: 5, max: 60 }).map((depth) => ({ label: 'deep-introspection' as const, depth })),
  fc.constant({ label: 'fragment-cycle' as const }),
  fc.integer({ min: 3, max: 30 }).map((levels) => ({ label: 'fragment-bomb' as const, levels })),
  fc.constantFrom(100, 1000, 5000).map((count) => ({ label: 'repeated-field' as const, count })),
  fc.constantFrom(5, 11, 50, 1000).map((count) => ({ label: 'directives' as const, count })),
  fc.integer({ min: 5, max: 500 }).map((depth) => ({ label: 'inline-fragments' as const, depth })),
  fc.constantFrom(1000, 100_000).map((size) => ({ label: 'comment' as const, size })),
  fc.integer({ min: 2, max: 6 }).map((depth) => ({ label: 'wide' as const, depth })),
  fc.constantFrom(10, 1000).map((count) => ({ label: 'unused-variables' as const, count })),
  fc.constant({ label: 'unknown-operation-name' as const }),
  fc.constantFrom(...SYNTAX).map((text) => ({ label: 'syntax' as const, text })),
);

interface Combination {
  role: Role;
  target: Target;
  arbitrary: fc.Arbitrary<{ abuse?: Abuse; selection?: SelectionAbuse; seed: number }>;
}

function combinations(): Combination[] {
  const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
  const targets: { target: Target; arbitrary: Combination['arbitrary'] }[] = [
    ...argumentSites().map((site) => ({
      target: { operation: site.operation, rootField: site.rootField, site },
      arbitrary: fc.record({ abuse: abuseFor(site.type), seed }),
    })),
    ...rootFields().map((root) => ({
      target: { operation: root.operation, rootField: root.name },
      arbitrary: fc.record({ selection: selectionAbuse, seed }),
    })),
  ];
  return targets.flatMap(({ target, arbitrary }) => ROLES.map((role) => ({ role, target, arbitrary })));
}

/** How many (target, role) pairs there are: a run of at least this many cases covers each. */
export const combinationCount = () => combinations().length;

/** The cases of a run: pair i mod n, its k-th draw from a stream seeded by (seed, pair). */
export function generateCases(seed: number, runs: number): AbuseCase[] {
  const pairs = combinations();
  const perPair = Math.ceil(runs / pairs.length);
  const draws = pairs.map((pair, index) => fc.sample(pair.arbitrary, { seed: (seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0, numRuns: perPair }));
  const cases: AbuseCase[] = [];
  for (let index = 0; index < runs; index += 1) {
    const pairIndex = index % pairs.length;
    const pair = pairs[pairIndex]!;
    const draw = draws[pairIndex]![Math.floor(index / pairs.length)]!;
    cases.push({ index, role: pair.role, target: pair.target, ...draw });
  }
  return cases;
}
