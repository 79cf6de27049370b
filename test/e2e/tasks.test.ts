import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clientFor, OPEN_ROUND, readAction, REVIEW_REPORT, SUBMIT_REPORT, UPDATE_ACTION, type Client } from '../support/api.js';
import { accessibilityViolations } from '../support/accessibility.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';

/**
 * Issue 14, "Each person's own work first": a national contact whose report was returned lands
 * on their tasks and sees it first; a read-only action page says who can update the action;
 * the action page names who declared its health and sums up the countries' accepted reports.
 */
let server: TestServer;
let browser: Browser;
let coordinator: Client;

const RETURN_COMMENT = 'Name the national programme and link to it';
const GERMANY = 'Germany: national contact';
const ENISA_OWNER = 'European Network and Information Security Agency (ENISA): owner';

async function ok(client: Client, query: string, variables: Record<string, unknown>) {
  const response = await client.call(query, variables);
  expect(response.errors).toBeUndefined();
}

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot') });
  browser = await sharedBrowser();
  coordinator = await clientFor(server, 'coordinator');
  const germany = await clientFor(server, 'contact-de');
  const france = await clientFor(server, 'contact-fr');
  const closes = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await ok(coordinator, OPEN_ROUND, { input: { name: 'Spring round', closes } });
  await ok(germany, SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'DE', status: 'PLANNED', note: 'A pilot in Bavaria' } });
  await ok(coordinator, REVIEW_REPORT, {
    input: { actionId: '2.1-10', country: 'DE', decision: 'RETURN', comment: RETURN_COMMENT, expectedVersion: 1 },
  });
  await ok(france, SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'FR', status: 'IN_PROGRESS' } });
  await ok(coordinator, REVIEW_REPORT, { input: { actionId: '2.1-10', country: 'FR', decision: 'ACCEPT', expectedVersion: 1 } });
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

/** Signs in from the sign-in page, with nowhere to return to: where the app lands is its choice. */
async function signIn(userName: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('button', { name: userName, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in' && url.pathname !== '/');
  return page;
}

describe('Your tasks', () => {
  it('lands a national contact with a returned report on their tasks, the returned report first with its comment', async () => {
    const page = await signIn(GERMANY);
    await page.waitForURL((url) => url.pathname === '/tasks');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Your tasks' }).waitFor();
    const sections = await main.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(sections[0]).toBe('Returned to you');
    expect(sections).toContain('To report');
    const returned = main.getByRole('region', { name: 'Returned to you' });
    expect(await returned.innerText()).toContain(RETURN_COMMENT);
    expect(await returned.getByRole('link', { name: 'Action 2.1-10' }).getAttribute('href')).toBe('/actions/2.1-10');
    expect(await main.getByRole('region', { name: 'To report' }).innerText()).toMatch(/The round “Spring round” is open until/);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your tasks' }).getAttribute('aria-current')).toBe('page');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lands someone with nothing to do on the overview', async () => {
    const page = await signIn('Review conference viewer');
    await page.waitForURL((url) => url.pathname === '/overview');
    await page.context().close();
  });

  it('shows the text in French', async () => {
    const page = await signedInPage(browser, server, GERMANY, '/tasks', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('banner').getByLabel('Language').selectOption({ label: 'Français' });
    await page.getByRole('heading', { level: 1, name: 'Vos tâches' }).waitFor();
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).first().innerText()).toBe('Renvoyé à vous');
    await page.context().close();
  });
});

describe('the action page', () => {
  it('says who can update an action to someone who cannot, where the form would be', async () => {
    const page = await signIn(ENISA_OWNER);
    // Every ENISA action is past its deadline today: the owner lands on their tasks.
    expect(new URL(page.url()).pathname).toBe('/tasks');
    await page.goto(`${server.url}/actions/2.1-01`);
    await page.getByRole('heading', { level: 1, name: 'Action 2.1-01' }).waitFor();
    await page.getByText('Only the owners (European Commission) or a coordinator can update this action.').waitFor();
    expect(await page.getByRole('region', { name: 'Update this action' }).count()).toBe(0);
    // On their own body's action the form is there and the note is not.
    await page.goto(`${server.url}/actions/2.1-03`);
    await page.getByRole('region', { name: 'Update this action' }).waitFor();
    expect(await page.getByText(/can update this action/).count()).toBe(0);
    await page.context().close();
  });

  it('names who declared the health, and sums up the accepted reports without changing the status', async () => {
    const action = await readAction(coordinator, '2.1-10');
    await ok(coordinator, UPDATE_ACTION, { input: { actionId: '2.1-10', declaredHealth: 'AT_RISK', expectedVersion: action.version } });
    const page = await signedInPage(browser, server, 'viewer', '/actions/2.1-10', { viewport: { width: 1280, height: 900 } });
    const standing = page.getByRole('region', { name: 'Where it stands' });
    await standing.waitFor();
    const text = await standing.innerText();
    expect(text).toContain('declared by Commission coordinator');
    expect(text).toContain('Accepted reports from 1 country: In progress: 1.');
    expect(text).toContain('Not started');
    await page.context().close();
  });
});
