import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 14: French sets a narrow no-break space (U+202F) before : ; ! ? and inside « »;
 * German quotes „like this“. Every interface file is checked, so a new sentence cannot slip in
 * with English typography.
 */
const root = join(import.meta.dirname, '..');
const files = (language: string) => [
  join(root, 'i18n/common', `${language}.json`),
  ...readdirSync(join(root, 'features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, 'features', entry.name, 'i18n', `${language}.json`))
    .filter((file) => {
      try {
        readFileSync(file);
        return true;
      } catch {
        return false;
      }
    }),
];

function values(language: string): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') found.push([key, value]);
    else if (value && typeof value === 'object') for (const [name, each] of Object.entries(value)) walk(each, `${key}.${name}`);
  };
  for (const file of files(language)) walk(JSON.parse(readFileSync(file, 'utf8')), file.slice(root.length + 1));
  return found;
}

/** What a French sentence must not hold, each with the rule it breaks. */
const FRENCH_FAULTS: [RegExp, string][] = [
  [/[ \u00a0][:;!?]/, 'an ordinary space before : ; ! ? (a narrow no-break space, U+202F, goes there)'],
  [/[^\s\u202f:/(\d][;!?](\s|$)/u, 'no space before ; ! ?'],
  [/[^\s\u202f:/(\d]:(\s|$)/u, 'no space before :'],
  [/[“”"]/, 'English quotation marks (« » are French)'],
  [/«(?!\u202f)|(?<!\u202f)»/, '« » without narrow no-break spaces inside'],
];

describe('typography of the interface text', () => {
  it('French: a narrow no-break space before : ; ! ? and inside « », never “ ”', () => {
    const faults = values('fr').flatMap(([key, text]) =>
      FRENCH_FAULTS.filter(([pattern]) => pattern.test(text)).map(([, rule]) => `${key}: ${rule}: ${text}`),
    );
    expect(faults).toEqual([]);
  });

  it('German: „…“ quotes, never “…” or « »', () => {
    const faults = values('de')
      .filter(([, text]) => /[”"«»]|(^|[\s(])“/.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(faults).toEqual([]);
  });

  it('checks the files it is meant to', () => {
    expect(values('fr').length).toBeGreaterThan(500);
    expect(values('de').length).toBeGreaterThan(500);
  });
});
