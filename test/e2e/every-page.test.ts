import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, unreachableScrollBoxes } from '../support/accessibility.js';
import { OPEN_ROUND, SUBMIT_REPORT, clientFor } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { EVERY_PAGE as PAGES, MEMBER_STATE_ACTION, settled } from '../support/pages.js';

/**
 * Every page of the app, as a coordinator (who sees every form), on a phone, with every
 * "show as table" opened: axe finds no WCAG 2.1 A/AA violation, and every
 * box that scrolls can be reached with the keyboard and is named. Wide tables overflow on the
 * phone, so that is where a scrolling box without focus would show.
 */
let server: TestServer;
let browser: Browser;

// The other end-to-end files run axe at laptop widths; a phone is where wide tables overflow.
const SCREENS = [{ name: 'phone', width: 390, height: 844 }];

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot') });
  browser = await sharedBrowser();
  // An open round with a report waiting for review puts the round form, the matrix's round
  // columns, the review queue and the action's reports table on the pages.
  const coordinator = await clientFor(server, 'coordinator');
  const closes = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  expect((await coordinator.call(OPEN_ROUND, { input: { name: 'Accessibility round', closes } })).errors).toBeUndefined();
  const germany = await clientFor(server, 'contact-de');
  const report = { actionId: MEMBER_STATE_ACTION, country: 'DE', status: 'IN_PROGRESS', note: 'National strategy in consultation.' };
  expect((await germany.call(SUBMIT_REPORT, { input: report })).errors).toBeUndefined();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

async function signedIn(width: number, height: number): Promise<Page> {
  return signedInPage(browser, server, 'coordinator', '/tasks', { viewport: { width, height } });
}

/**
 * The page's own sideways scroll on this screen: nothing when it fits the width, else how far it
 * overflows and the elements where the overflow starts (they overflow, their parent does not),
 * widest first. What overflows inside a scrolling table box is clipped by it and not counted.
 */
function pageOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= viewport) return [];
    const overflows = (element: Element) => element.getBoundingClientRect().right > viewport + 0.5;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => overflows(element) && element.getClientRects().length > 0)
      .filter((element) => !element.parentElement?.closest('.table-scroll'))
      .filter((element) => !element.parentElement || !overflows(element.parentElement))
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ element, right }) => {
        const name = `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
        return `${name} ends at ${Math.round(right)} px`;
      });
    return [`page is ${scrollWidth} px wide on a ${viewport} px screen`, ...culprits];
  });
}

describe('every page', () => {
  for (const screen of SCREENS) {
    it(`passes axe, fits the width and keeps every scrolling box reachable on a ${screen.name} (${screen.width} px)`, async () => {
      const page = await signedIn(screen.width, screen.height);
      const found: Record<string, string[]> = {};
      for (const path of PAGES) {
        await settled(page, `${server.url}${path}`);
        const problems = [...(await pageOverflow(page)), ...(await accessibilityViolations(page)), ...(await unreachableScrollBoxes(page))];
        if (problems.length > 0) found[path] = problems;
      }
      expect(found).toEqual({});
      await page.context().close();
    }, 120_000);
  }

  it('collapses the menu behind its button on a phone, opens it with the button and closes it on the way to a page', async () => {
    const page = await signedIn(390, 844);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-controls')).toBe('site-nav-list');
    expect(await nav.getByRole('link', { name: 'Actions' }).isVisible()).toBe(false);
    // The header and the closed menu leave most of the first screen to the page.
    const headerBottom = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom);
    expect(headerBottom).toBeLessThan(844 / 3);
    // The keyboard opens it as a reader would: Enter on the focused button.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Actions' }).click();
    await page.waitForURL('**/actions');
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Actions' }).isVisible()).toBe(false);
    // On the slides, "Next" is in the first screen.
    await settled(page, `${server.url}/present`);
    const next = await page.getByRole('button', { name: 'Next' }).boundingBox();
    expect(next).not.toBeNull();
    expect(next!.y + next!.height).toBeLessThanOrEqual(844);
    await page.context().close();
  }, 60_000);
});
