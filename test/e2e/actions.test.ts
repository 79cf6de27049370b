import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { clientFor, readAction, UPDATE_ACTION } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { accessibilityViolations } from '../support/accessibility.js';

let server: TestServer;
let browser: Browser;

const TOTAL = catalogue.actions.length;
const ENISA_IN_PROGRESS = '2.1-04';

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot') });
  browser = await sharedBrowser();
  // One ENISA action under way, so "owner ENISA and status In progress" picks exactly it.
  const coordinator = await clientFor(server, 'coordinator');
  const before = await readAction(coordinator, ENISA_IN_PROGRESS);
  const updated = await coordinator.call(UPDATE_ACTION, {
    input: { actionId: ENISA_IN_PROGRESS, status: 'IN_PROGRESS', progress: 30, expectedVersion: before.version },
  });
  expect(updated.errors).toBeUndefined();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

async function signedInAsViewer(path: string): Promise<Page> {
  const page = await signedInPage(browser, server, 'viewer', path, { viewport: { width: 1280, height: 900 } });
  await page.getByRole('table', { name: 'Actions of the strategy' }).waitFor();
  return page;
}

const table = (page: Page) => page.getByRole('table', { name: 'Actions of the strategy' });
const shownRefs = (page: Page) => table(page).locator('tbody th[scope="row"]').allInnerTexts();
const count = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /of \d+ action/ })
    .innerText();

describe('the actions page', () => {
  it('filters by owner and status, keeps the filter in the address and across a reload, and clears it', async () => {
    const page = await signedInAsViewer('/actions');
    await expect.poll(() => count(page)).toBe(`${TOTAL} of ${TOTAL} actions`);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /of \d+ action/ })
        .getAttribute('role'),
    ).toBe('status');

    await page.getByLabel('Owner', { exact: true }).selectOption('ENISA');
    const enisa = catalogue.actions.filter((action) => action.owners.includes('ENISA')).map((action) => action.ref);
    await expect.poll(() => count(page)).toBe(`${enisa.length} of ${TOTAL} actions`);
    expect(await shownRefs(page)).toEqual(enisa);

    await page.getByRole('group', { name: 'Status' }).getByLabel('In progress').check();
    await expect.poll(() => count(page)).toBe(`1 of ${TOTAL} actions`);
    expect(await shownRefs(page)).toEqual([ENISA_IN_PROGRESS]);
    const row = table(page).getByRole('row').filter({ hasText: ENISA_IN_PROGRESS });
    expect(await row.innerText()).toMatch(/In progress/);
    expect(await row.innerText()).toMatch(/30%/);

    const address = new URL(page.url());
    expect(address.pathname).toBe('/actions');
    expect(address.searchParams.get('owner')).toBe('ENISA');
    expect(address.searchParams.getAll('status')).toEqual(['IN_PROGRESS']);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await table(page).waitFor();
    await expect.poll(() => count(page)).toBe(`1 of ${TOTAL} actions`);
    expect(await page.getByLabel('Owner', { exact: true }).inputValue()).toBe('ENISA');
    expect(await page.getByRole('group', { name: 'Status' }).getByLabel('In progress').isChecked()).toBe(true);

    // The same link opened in a fresh session gives the same view.
    const shared = await signedInAsViewer(`${address.pathname}${address.search}`);
    await expect.poll(() => count(shared)).toBe(`1 of ${TOTAL} actions`);
    await shared.context().close();

    // Each row leads to its action's page; coming back finds the list as it was left.
    await page.getByRole('link', { name: ENISA_IN_PROGRESS, exact: true }).click();
    await page.waitForURL(`**/actions/${ENISA_IN_PROGRESS}`);
    await page.goBack();
    await table(page).waitFor();
    await expect.poll(() => count(page)).toBe(`1 of ${TOTAL} actions`);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => count(page)).toBe(`${TOTAL} of ${TOTAL} actions`);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByLabel('Owner', { exact: true }).inputValue()).toBe('');
    await page.context().close();
  });

  it('finds an action by a word of its text', async () => {
    const page = await signedInAsViewer('/actions');
    await page.getByRole('searchbox', { name: 'Search' }).fill('botnets');
    const expected = catalogue.actions.filter((action) => /botnets/i.test(action.text)).map((action) => action.ref);
    expect(expected).toContain('2.1-02');
    await expect.poll(() => shownRefs(page)).toEqual(expected);
    await expect.poll(() => count(page)).toBe(`${expected.length} of ${TOTAL} actions`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('botnets');

    await page.getByRole('searchbox', { name: 'Search' }).fill('botnets nothing-like-this');
    await expect.poll(() => count(page)).toBe(`0 of ${TOTAL} actions`);
    expect(await table(page).innerText()).toContain('No action matches these filters.');
    await page.context().close();
  });

  it('sorts by deadline from the column heading, and back', async () => {
    const page = await signedInAsViewer('/actions');
    const deadlineHeader = table(page).getByRole('columnheader', { name: 'Deadline' });
    expect(await deadlineHeader.getAttribute('aria-sort')).toBeNull();
    expect(await table(page).getByRole('columnheader', { name: 'Reference' }).getAttribute('aria-sort')).toBe('ascending');

    await deadlineHeader.getByRole('button').click();
    await expect.poll(() => deadlineHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('deadline');
    const ascending = await table(page)
      .locator('tbody tr td time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(ascending).toHaveLength(TOTAL);
    expect(ascending).toEqual([...ascending].sort());
    expect(ascending[0]! < ascending.at(-1)!).toBe(true);

    // By keyboard: the heading's button takes focus and Enter turns the order round.
    await deadlineHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => deadlineHeader.getAttribute('aria-sort')).toBe('descending');
    const descending = await table(page)
      .locator('tbody tr td time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(descending).toEqual([...ascending].reverse());
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('speaks French to a French reader, keeping the strategy’s words in English', async () => {
    const page = await signedInPage(browser, server, 'viewer', '/actions?owner=ENISA', { viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const frenchTable = page.getByRole('table', { name: 'Actions de la stratégie' });
    await frenchTable.waitFor();
    const enisa = catalogue.actions.filter((action) => action.owners.includes('ENISA'));
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /sur \d+ action/ })
          .innerText(),
      )
      .toBe(`${enisa.length} sur ${TOTAL} actions`);
    expect(await page.getByLabel('Responsable', { exact: true }).inputValue()).toBe('ENISA');
    const row = frenchTable.getByRole('row').filter({ hasText: '2.1-04' });
    expect(await row.locator('td[lang="en"]').first().innerText()).toContain('Examine in 2013 the feasibility');
    expect(await row.innerText()).toMatch(/31 déc\. 2013/);
    expect(await row.locator('[lang="en"]', { hasText: 'in 2013' }).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('explains both axes in a legend, one line per word, in the words the table uses (issue 14)', async () => {
    const page = await signedInAsViewer('/actions');
    const legend = page.locator('details.legend');
    expect(await legend.getAttribute('open')).toBeNull();
    await legend.getByText('What the words mean').click();
    const lines = async () =>
      Object.fromEntries(
        await legend.locator('.legend__list > div').evaluateAll((items) =>
          items.map((item) => [
            item
              .querySelector('dt')!
              .textContent!.replace(/^[✓●▲■]\s*/, '')
              .trim(),
            item.querySelector('dd')!.textContent!.trim(),
          ]),
        ),
      );
    expect(await lines()).toMatchObject({
      'Not started': 'Work has not begun.',
      'In progress': expect.stringContaining('Work has begun'),
      Ongoing: expect.stringContaining('continuing or recurring'),
      'On track': expect.stringContaining('deadline has not passed'),
      'At risk': expect.stringContaining('trails a steady pace'),
      Overdue: 'Its deadline has passed and it is not completed.',
    });
    // The table and the legend say the same word: a health the table shows is one the legend explains.
    const healths = await table(page).locator('.health').allInnerTexts();
    const explained = Object.keys(await lines());
    for (const health of new Set(healths.map((text) => text.replace(/^[✓●▲■]\s*/, '').trim()))) expect(explained).toContain(health);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('banner').getByLabel('Language').selectOption({ label: 'Français' });
    await legend.getByText('Ce que signifient les termes').waitFor();
    expect(await lines()).toMatchObject({ 'En retard': 'Son échéance est passée et elle n’est pas achevée.', Achevée: 'L’action est achevée.' });
    await page.context().close();
  });

  it('reads an address it does not understand as no filter', async () => {
    const page = await signedInAsViewer('/actions?owner=NOBODY&status=FINISHED&from=2013-02-30&sort=colour');
    await expect.poll(() => count(page)).toBe(`${TOTAL} of ${TOTAL} actions`);
    await page.context().close();
  });
});
