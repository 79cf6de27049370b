import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { accessibilityViolations } from '../support/accessibility.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  // A first start on an empty table, as a newcomer's `npm start`: the server loads the
  // catalogue itself (the other files copy the run's one load of it).
  server = await startTestServer({ webRoot: inject('webRoot'), catalogue: 'load' });
  browser = await sharedBrowser();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

describe('a viewer signs in and sees every action of the strategy', () => {
  it('offers every local user on the sign-in page, and signs in as the viewer', async () => {
    expect(server.catalogueLoad).toMatchObject({ created: catalogue.actions.length, strategyChanged: true });
    const page = await newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Review conference viewer', exact: true }).waitFor();
    for (const user of server.users) {
      expect(await page.getByRole('button', { name: user.name, exact: true }).count(), user.name).toBe(1);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Review conference viewer', exact: true }).click();
    await page.waitForURL('**/overview');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions', exact: true }).click();
    const table = page.getByRole('table', { name: 'Actions of the strategy' });
    await table.waitFor();
    await expect.poll(() => page.getByRole('banner').innerText()).toMatch(/Review conference viewer/);

    const rowHeaders = await table.locator('tbody th[scope="row"]').allInnerTexts();
    for (const action of catalogue.actions) {
      expect(rowHeaders, action.ref).toContain(action.ref);
    }
    const tableText = (await table.innerText()).replace(/\s+/g, ' ');
    for (const action of catalogue.actions) {
      expect(tableText, action.ref).toContain(action.text.replace(/\s+/g, ' '));
    }
    expect(tableText).toContain('31 Dec 2013');
    expect(tableText).toContain('Not started');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps the session across a reload and returns to sign-in after signing out', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/actions`);
    await page.getByRole('button', { name: 'Commission coordinator', exact: true }).click();
    await page.getByRole('table', { name: 'Actions of the strategy' }).waitFor();
    await page.reload();
    await page.getByRole('table', { name: 'Actions of the strategy' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.context().close();
  });
});
