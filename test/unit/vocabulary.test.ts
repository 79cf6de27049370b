import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_SECTIONS, VOCABULARY_LANGUAGES, type VocabularyLanguage } from '../../functions/domain/vocabulary.js';

/**
 * One vocabulary (issue 14): a state has one word per language. The glossary lives in
 * functions/domain/vocabulary.ts, which the exports write; the web's `common` namespace must
 * say exactly the same, and no page's own namespace may carry a word of its own for a state.
 */
type Tree = { [key: string]: string | Tree };

const webRoot = join(import.meta.dirname, '../../web/src');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Tree;
const common = (language: VocabularyLanguage) => readJson(join(webRoot, 'i18n/common', `${language}.json`));
const features = readdirSync(join(webRoot, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(webRoot, 'features', entry.name, 'i18n')))
  .map((entry) => entry.name);

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}

/** The states whose words are the glossary's: not roles, which pages name in their own sentences. */
const STATE_SECTIONS = GLOSSARY_SECTIONS.filter((section) => section !== 'role');
const stateCodes = new Set(STATE_SECTIONS.flatMap((section) => Object.keys(GLOSSARY.en[section])));

/** Words that once named a glossary state on some page and must not come back. */
const RETIRED: Record<VocabularyLanguage, readonly string[]> = {
  en: ['Done', 'Late', 'Waiting for review'],
  fr: ['Réalisée', 'Réalisées', 'Terminée', 'Terminées', 'En bonne voie', 'Achevées'],
  de: ['Erledigt', 'Verspätet'],
};

/**
 * Texts that happen to be a glossary word but name no state: the import preview's "Not
 * applicable" stands in a checkbox column for a row that cannot be chosen.
 */
const OTHER_SENSE = new Set(['import preview.notSelectable']);

/** "Late (overdue)" is the word "Late" with a gloss: compare the word alone, in any case. */
const bare = (value: string) =>
  value
    .replace(/\s*\(.*\)\s*$/, '')
    .trim()
    .toLocaleLowerCase();

/** Every place a feature namespace names a glossary state its own way: keys named after a code, or values that are a state's word. */
function ownWordsForStates(language: VocabularyLanguage, namespaces: Record<string, Tree>): string[] {
  const glossaryWords = new Map<string, string>();
  for (const section of STATE_SECTIONS) {
    for (const [code, word] of Object.entries(GLOSSARY[language][section])) glossaryWords.set(bare(word), `${section}.${code}`);
  }
  const retired = new Set(RETIRED[language].map(bare));
  const problems: string[] = [];
  for (const [namespace, tree] of Object.entries(namespaces)) {
    for (const [key, value] of flatten(tree)) {
      const where = `${namespace}/${language}.json ${key} = "${value}"`;
      const last = key
        .split('.')
        .at(-1)!
        .replace(/_(zero|one|two|few|many|other)$/, '');
      if (stateCodes.has(last)) problems.push(`${where}: a key named after the state ${last}; use the common namespace's glossary`);
      const glossaryKey = OTHER_SENSE.has(`${namespace} ${key}`) ? undefined : glossaryWords.get(bare(value));
      if (glossaryKey) problems.push(`${where}: the glossary's word; use common:${glossaryKey}`);
      if (retired.has(bare(value))) problems.push(`${where}: a retired word for a glossary state`);
    }
  }
  return problems;
}

describe('the glossary', () => {
  it.each(VOCABULARY_LANGUAGES)('the web says the same words as the exports (%s)', (language) => {
    const web = common(language);
    for (const section of GLOSSARY_SECTIONS) expect(web[section], `common/${language}.json ${section}`).toEqual(GLOSSARY[language][section]);
  });

  it.each(VOCABULARY_LANGUAGES)('has one word per state, and a different word for different states of an axis (%s)', (language) => {
    for (const section of STATE_SECTIONS) {
      const words = Object.values(GLOSSARY[language][section]);
      expect(new Set(words).size, `${language} ${section}`).toBe(words.length);
    }
    // A state two axes share reads the same on both: health DONE is the status COMPLETED.
    expect(GLOSSARY[language].health.DONE).toBe(GLOSSARY[language].status.COMPLETED);
    for (const code of ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const) {
      expect(GLOSSARY[language].reportStatus[code]).toBe(GLOSSARY[language].status[code]);
    }
  });

  it.each(VOCABULARY_LANGUAGES)('no page has a word of its own for a glossary state (%s)', (language) => {
    const namespaces = Object.fromEntries(
      features.map((feature) => [feature, readJson(join(webRoot, 'features', feature, 'i18n', `${language}.json`))]),
    );
    expect(ownWordsForStates(language, namespaces)).toEqual([]);
  });

  it('catches a page that names a state its own way', () => {
    const problems = ownWordsForStates('en', {
      scorecards: { list: { done: 'Done', late: 'Late (overdue)', fine: 'Reporting complete' } },
      forecast: { reasons: { OVERDUE: 'Past its deadline' } },
      overview: { headline: { atRisk: 'At risk' } },
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('common:health.AT_RISK');
  });
});
