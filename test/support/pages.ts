import type { Page } from 'playwright-core';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';

/** The action whose page carries the member-state reports table (the Member States report on it). */
export const MEMBER_STATE_ACTION = '2.1-10';

/** Every page of the app a coordinator reaches from the menu, with one action and one scorecard. */
export const EVERY_PAGE = [
  '/tasks',
  '/overview',
  '/actions',
  `/actions/${MEMBER_STATE_ACTION}`,
  '/member-states',
  '/scorecards',
  `/scorecards/${encodeURIComponent(catalogue.actors[0]!.id)}`,
  '/changes',
  '/forecast',
  '/report',
  '/present',
  '/people',
  '/account',
  // Update from a spreadsheet (issue 13).
  '/import',
];

/** The page with its data drawn: no request in flight, no "Loading…" left, every table opened. */
export async function settled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
}
