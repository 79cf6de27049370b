import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { localUsers } from '../../scripts/local/users.js';
import actorNames from '../../data/actor-names.json' with { type: 'json' };
import { OPEN_ROUND, REVIEW_REPORT, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { EVERY_PAGE, MEMBER_STATE_ACTION, settled } from '../support/pages.js';
import { signedInPage } from '../support/session.js';

/**
 * Issue 14, "Every language": in French and German no page shows an English country name, an
 * English name of a body, or a sentence of the interface left in English. The strategy's own
 * text stays English and is marked lang="en"; what is inside such an element is not checked.
 * People's names are what each person is called, whatever the language, and are left out too.
 */
let server: TestServer;
let browser: Browser;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LANGUAGES = ['fr', 'de'] as const;
type Language = (typeof LANGUAGES)[number];

// Besides every page: a country's scorecard, the Member States' one, and an action with an update.
const PAGES = [...EVERY_PAGE, '/scorecards/DE', '/scorecards/MEMBER_STATES', '/actions/2.1-05'];

const ISO: Record<string, string> = { EL: 'GR', UK: 'GB' };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The catalogue's English names of the 28 member states, except where the language writes the same (France in French). */
function englishCountries(language: Language): { name: string; pattern: RegExp }[] {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  return catalogue.memberStates
    .filter((state) => names.of(ISO[state.code] ?? state.code) !== state.name)
    .map((state) => ({ name: state.name, pattern: new RegExp(`(?<![\\p{L}])${escape(state.name)}(?![\\p{L}])`, 'u') }));
}

/** The catalogue's English names of the bodies, except those whose name is the same in the language (Eurojust). */
function englishBodies(language: Language): { name: string; pattern: RegExp }[] {
  const translated = (actorNames as Record<string, Record<string, string>>)[language] ?? {};
  return catalogue.actors
    .filter((actor) => translated[actor.id] !== actor.name)
    .map((actor) => ({ name: actor.name, pattern: new RegExp(`(?<![\\p{L}])${escape(actor.name)}(?![\\p{L}])`, 'u') }));
}

function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, each] of Object.entries(value)) flatten(each, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

function interfaceFiles(): { namespace: string; dir: string }[] {
  const features = join(root, 'web/src/features');
  return [
    { namespace: 'common', dir: join(root, 'web/src/i18n/common') },
    ...readdirSync(features, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({ namespace: entry.name, dir: join(features, entry.name, 'i18n') }))
      .filter(({ dir }) => {
        try {
          return readdirSync(dir).includes('en.json');
        } catch {
          return false;
        }
      }),
  ];
}

const words = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

/**
 * The English interface's sentences that must not be met in the language: each English value's
 * runs of fixed words between placeholders ({{count}}, $t(...), <tags>), of four words or more,
 * unless the language's text itself has the same run (a name kept as it is, such as the
 * strategy's reference).
 */
function englishSentences(language: Language): { key: string; text: string }[] {
  const found = new Map<string, string>();
  for (const { namespace, dir } of interfaceFiles()) {
    const english = flatten(JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8')));
    const target = flatten(JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8')));
    const targetText = [...target.values()].join('\n');
    for (const [key, value] of english) {
      if (target.get(key) === value) continue;
      for (const run of value.split(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>/)) {
        const text = run
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/^[,.;:()"'“”‘’\s-]+|[,;:("'“”‘’\s-]+$/g, '');
        if (words(text) >= 4 && !targetText.includes(text) && !found.has(text)) found.set(text, `${namespace}:${key}`);
      }
    }
  }
  return [...found].map(([text, key]) => ({ key, text }));
}

/**
 * The page's text as a reader meets it, outside every lang="en" element: the text of each block
 * (paragraph, cell, item, heading, control…) joined up; then the names and descriptions given in
 * attributes, and the document's title, which no lang attribute can mark.
 */
function textOutsideEnglish(page: Page): Promise<{ blocks: string[]; labels: string[] }> {
  return page.evaluate(() => {
    const BLOCK =
      'p, li, td, th, caption, h1, h2, h3, h4, h5, h6, dt, dd, label, legend, summary, button, a, option, figcaption, title, div, section, header, footer, nav, main, form, fieldset, table, tr';
    const skipped = (element: Element | null) => !element || element.closest('script, style, noscript, [lang="en"]') !== null;
    const blocks = new Map<Element, string[]>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (skipped(parent) || !node.textContent?.trim()) continue;
      const block = parent!.closest(BLOCK) ?? document.body;
      blocks.set(block, [...(blocks.get(block) ?? []), node.textContent]);
    }
    const attributes = [...document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')]
      .filter((element) => !skipped(element))
      .flatMap((element) => ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription'].map((name) => element.getAttribute(name) ?? ''));
    const clean = (texts: string[]) => texts.map((text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()).filter(Boolean);
    return { blocks: clean([...blocks.values()].map((parts) => parts.join(''))), labels: clean([document.title, ...attributes]) };
  });
}

/**
 * English words that neither French nor German writes: a block with two of them is English
 * text the interface files do not hold (written in a component, or sent by the API).
 */
const ENGLISH_WORDS = [
  'the',
  'and',
  'with',
  'which',
  'this',
  'that',
  'from',
  'has',
  'have',
  'been',
  'of',
  'for',
  'are',
  'is',
  'not',
  'by',
  'to',
  'was',
  'were',
  'its',
  'their',
];
function englishWordsIn(text: string): string[] {
  const found = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}']+/u)
      .filter((word) => ENGLISH_WORDS.includes(word)),
  );
  return found.size >= 2 ? [...found] : [];
}

/**
 * The strategy's own words, longest first: a document title or an attribute cannot be marked
 * lang="en", so there they are taken out before the check; in the page's text they must be marked.
 */
const STRATEGY_TEXT = [
  catalogue.strategy.title,
  ...catalogue.priorities.map((priority) => priority.title),
  ...catalogue.sections.map((section) => section.title),
  ...catalogue.actions.map((action) => action.text),
]
  .filter((words) => words.split(' ').length >= 3)
  .sort((a, b) => b.length - a.length);
const withoutStrategyText = (text: string) => STRATEGY_TEXT.reduce((rest, words) => rest.split(words).join(' '), text);

/** People's names, as the directory holds them (local mode's users are named in English). */
const PEOPLE = localUsers(catalogue)
  .map((user) => user.name)
  .sort((a, b) => b.length - a.length);
const withoutPeople = (text: string) => PEOPLE.reduce((rest, name) => rest.split(name).join(' '), text);

/** What on the page is English: country names, body names, interface sentences, the strategy's words unmarked and English prose, one line each. */
async function englishOn(page: Page, language: Language): Promise<string[]> {
  const countries = englishCountries(language);
  const bodies = englishBodies(language);
  const sentences = englishSentences(language);
  const problems = new Set<string>();
  const { blocks, labels } = await textOutsideEnglish(page);
  // A page with nothing read, or an empty list of sentences, would pass for nothing.
  expect(blocks.length).toBeGreaterThan(5);
  expect(sentences.length).toBeGreaterThan(300);
  for (const raw of [...blocks, ...labels.map(withoutStrategyText)]) {
    const text = withoutPeople(raw);
    for (const { name, pattern } of countries) if (pattern.test(text)) problems.add(`country "${name}" in "${raw.slice(0, 160)}"`);
    for (const { name, pattern } of bodies) if (pattern.test(text)) problems.add(`body "${name}" in "${raw.slice(0, 160)}"`);
    for (const { key, text: sentence } of sentences)
      if (text.includes(sentence)) problems.add(`untranslated ${key} "${sentence}" in "${raw.slice(0, 160)}"`);
    for (const words of STRATEGY_TEXT)
      if (raw.includes(words)) problems.add(`the strategy's words not marked lang="en": "${words.slice(0, 80)}" in "${raw.slice(0, 160)}"`);
    const english = englishWordsIn(text);
    if (english.length > 0) problems.add(`English words (${english.join(', ')}) in "${raw.slice(0, 160)}"`);
  }
  return [...problems];
}

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot') });
  browser = await sharedBrowser();
  // What puts the most words on the pages: an open round, one report waiting for review and
  // one returned, an action's update in the history, so the tasks, the review queue, the
  // changes and the reports table all have something to say.
  const coordinator = await clientFor(server, 'coordinator');
  const closes = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  expect((await coordinator.call(OPEN_ROUND, { input: { name: '2014', closes } })).errors).toBeUndefined();
  const germany = await clientFor(server, 'contact-de');
  expect(
    (await germany.call(SUBMIT_REPORT, { input: { actionId: MEMBER_STATE_ACTION, country: 'DE', status: 'IN_PROGRESS', note: '—' } })).errors,
  ).toBeUndefined();
  const austria = await clientFor(server, 'contact-at');
  const submitted = await austria.call<{ submitMemberStateReport: { version: number } }>(SUBMIT_REPORT, {
    input: { actionId: MEMBER_STATE_ACTION, country: 'AT', status: 'PLANNED', note: '—' },
  });
  expect(submitted.errors).toBeUndefined();
  const returned = await coordinator.call(REVIEW_REPORT, {
    input: {
      actionId: MEMBER_STATE_ACTION,
      country: 'AT',
      decision: 'RETURN',
      comment: '—',
      expectedVersion: submitted.data!.submitMemberStateReport.version,
    },
  });
  expect(returned.errors).toBeUndefined();
  const enisa = await clientFor(server, 'owner-enisa');
  const action = await readAction(enisa, '2.1-05');
  expect(
    (await enisa.call(UPDATE_ACTION, { input: { actionId: action.id, status: 'IN_PROGRESS', progress: 40, expectedVersion: action.version } }))
      .errors,
  ).toBeUndefined();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

async function signedIn(language: Language): Promise<Page> {
  const locale = language === 'fr' ? 'fr-FR' : 'de-DE';
  const page = await signedInPage(browser, server, 'coordinator', '/tasks', { locale, viewport: { width: 1366, height: 900 } });
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

/** The slides, one by one, as a presenter steps through them. */
async function slidePaths(page: Page): Promise<string[]> {
  await settled(page, `${server.url}/present`);
  await page.keyboard.press('End');
  await page.waitForURL(/slide=\d+/);
  const count = Number(new URL(page.url()).searchParams.get('slide'));
  expect(count).toBeGreaterThan(1);
  return Array.from({ length: count }, (_, i) => `/present?slide=${i + 1}`);
}

// French and German side by side: each reads some 30 pages in a context of its own, waiting
// on the page most of the time, and neither writes.
describe.concurrent('every page in French and German', () => {
  for (const language of LANGUAGES) {
    it(`shows no English country name, body name or interface sentence outside the strategy's own text (${language})`, async () => {
      const page = await signedIn(language);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      const found: Record<string, string[]> = {};
      for (const path of [...PAGES, ...(await slidePaths(page))]) {
        await settled(page, `${server.url}${path}`);
        const problems = await englishOn(page, language);
        if (problems.length > 0) found[path] = problems;
      }
      expect(found).toEqual({});
      await page.context().close();
    }, 180_000);
  }
});
