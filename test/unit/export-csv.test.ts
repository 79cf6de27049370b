import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvRecord, sheetToCsv } from '../../functions/export/csv.js';
import { parseCsv } from '../support/csv.js';
import { FORMULA_TRIGGERS, neutralise, startsLikeFormula, type Cell, type Column } from '../../functions/export/sheet.js';

/** How a cell reads back from CSV: text as neutralised, numbers and booleans as written. */
const expectedText = (cell: Cell) =>
  cell === null ? '' : typeof cell === 'number' ? String(cell) : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : neutralise(cell);

const dangerousText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...FORMULA_TRIGGERS), fc.string({ maxLength: 30 })).map(([trigger, rest]) => trigger + rest),
  fc.constantFrom('=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', 'a,"b"\r\nc', '"', ''),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  dangerousText,
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

describe('neutralise', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j with a single quote', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });

  it.each(['', 'Continue its activities', "'=already safe", ' =1', '2013-12-31', 'https://example.eu'])('leaves %j as it is', (text) => {
    expect(neutralise(text)).toBe(text);
  });

  it('never returns text that starts like a formula, and only ever adds one leading quote', () => {
    fc.assert(
      fc.property(dangerousText, (text) => {
        const safe = neutralise(text);
        expect(startsLikeFormula(safe)).toBe(false);
        expect(safe === text || safe === `'${text}`).toBe(true);
      }),
    );
  });
});

describe('CSV', () => {
  it('quotes every text field and doubles inner quotes', () => {
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvRecord(['a', null, 3, true, '=cmd'])).toBe('"a","",3,TRUE,"\'=cmd"\r\n');
  });

  it('writes numbers bare, so -12 stays a number, not text', () => {
    expect(csvField(-12)).toBe('-12');
    expect(csvField(Number.NaN)).toBe('""');
  });

  it('parses back, per RFC 4180, to the neutralised values, and no cell starts like a formula unless it is a plain number', async () => {
    const columns: Column[] = [{ header: '=Header', kind: 'text', width: 10 }];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 12 }), async (rows) => {
        const width = Math.max(1, ...rows.map((row) => row.length));
        const square = rows.map((row) => [...row, ...Array<Cell>(width - row.length).fill(null)]);
        const header = Array.from({ length: width }, (_, index) => ({ ...columns[0], header: `=H${index}` }) as Column);
        const text = await sheetToCsv({ name: 'x', columns: header, rows: square });
        expect(text.startsWith(CSV_BOM)).toBe(true);
        const parsed = parseCsv(text.slice(CSV_BOM.length));
        expect(parsed).toEqual([header.map((column) => neutralise(column.header)), ...square.map((row) => row.map(expectedText))]);
        for (const value of parsed.flat()) {
          if (!NUMBER.test(value)) expect(startsLikeFormula(value)).toBe(false);
        }
      }),
    );
  });

  it('reads rows that arrive page by page', async () => {
    async function* pages() {
      yield ['first'];
      yield ['second'];
    }
    const text = await sheetToCsv({ name: 'x', columns: [{ header: 'h', kind: 'text', width: 5 }], rows: pages() });
    expect(parseCsv(text.slice(1))).toEqual([['h'], ['first'], ['second']]);
  });
});
