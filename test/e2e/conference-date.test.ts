import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { ACTION, OPEN_ROUND, REVIEW_REPORT, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { accessibilityViolations } from '../support/accessibility.js';

/**
 * The conference's date, not today's (issue 14), in Chromium, on a server whose today is long
 * after the review conference (6 December 2026, the review on 7 February 2014): the report, the
 * forecast and the slides open on the review date, then on the newest frozen snapshot, and say
 * which, with today one click away; "Present this report" carries the state; the overview says
 * once that the conference took place and a coordinator records it as held; the printed report
 * groups fourteen years of months and prints each action's note.
 */
const TODAY = '2026-12-06';
const NOTE = 'Council conclusions adopted; the network of CERTs is being set up.';
const EVIDENCE = 'https://ec.europa.eu/evidence/2.1-03-conclusions';
const CONFERENCE_RECORD = 'https://ec.europa.eu/digital-agenda/review-conference-2014';
const memberStateAction = catalogue.actions.find((action) => action.memberStateReporting)!;

let server: TestServer;
let browser: Browser;
let coordinator: Client;
/** The server's clock: set a day, and each reading moves a second, so every write has a time of its own. */
let now = Date.parse('2013-11-15T09:00:00Z');
const setDay = (day: string) => {
  now = Date.parse(`${day}T09:00:00Z`);
};

async function ok<T>(client: Client, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await client.call<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot'), clock: () => new Date((now += 1000)) });
  browser = await sharedBrowser();
  coordinator = await clientFor(server, 'coordinator');
  const contact = await clientFor(server, 'contact-de');

  // Before the conference: an action moves with a note and evidence; Germany's report is
  // returned in January, then resubmitted and accepted: the slides must tell it as accepted.
  const action = await readAction(coordinator, '2.1-03');
  await ok(coordinator, UPDATE_ACTION, {
    input: { actionId: '2.1-03', status: 'IN_PROGRESS', progress: 60, note: NOTE, evidenceUrls: [EVIDENCE], expectedVersion: action.version },
  });
  await ok(coordinator, OPEN_ROUND, { input: { name: 'Winter 2014', closes: '2014-02-28' } });
  const first = await ok<{ submitMemberStateReport: { version: number } }>(contact, SUBMIT_REPORT, {
    input: { actionId: memberStateAction.ref, country: 'DE', status: 'PLANNED' },
  });
  setDay('2014-01-20');
  const returned = await ok<{ reviewMemberStateReport: { version: number } }>(coordinator, REVIEW_REPORT, {
    input: {
      actionId: memberStateAction.ref,
      country: 'DE',
      decision: 'RETURN',
      comment: 'Say what is planned.',
      expectedVersion: first.submitMemberStateReport.version,
    },
  });
  setDay('2014-01-25');
  const again = await ok<{ submitMemberStateReport: { version: number } }>(contact, SUBMIT_REPORT, {
    input: { actionId: memberStateAction.ref, country: 'DE', status: 'IN_PROGRESS', expectedVersion: returned.reviewMemberStateReport.version },
  });
  setDay('2014-01-28');
  await ok(coordinator, REVIEW_REPORT, {
    input: { actionId: memberStateAction.ref, country: 'DE', decision: 'ACCEPT', expectedVersion: again.submitMemberStateReport.version },
  });
  // Today: years after the conference.
  setDay(TODAY);
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

async function signIn(name: string, path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  return signedInPage(browser, server, name, path, { viewport });
}

async function reportReady(page: Page) {
  await page.locator('article.report').waitFor({ timeout: 20_000 });
  await page.getByRole('heading', { name: /^Annex: what changed since/ }).waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('article.report .recharts-surface').count(), { timeout: 20_000 }).toBe(3);
}

const notice = (page: Page) => page.locator('.conference-state').first();

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return { pages: document.numPages, text: pages.join(' ').replace(/\s+/g, ' ') };
}

describe('the conference’s date, long after it', () => {
  it('opens the report, the forecast and the slides on the review date when nothing was frozen, and says so', async () => {
    const page = await signIn('Review conference viewer', '/report');
    await reportReady(page);
    await expect.poll(() => notice(page).innerText()).toContain('Showing the state on the review date, 7 February 2014.');
    expect(await page.locator('.report-cover').innerText()).toContain('7 February 2014');
    expect(page.url()).not.toContain('asOf=');
    // The cover carries the headline figures; no "days since the review".
    expect(await page.locator('.report-cover .report-figures').count()).toBe(1);
    expect(await page.locator('article.report').innerText()).not.toContain('Days since the review');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Today is one click away, and says so.
    await notice(page).getByRole('link', { name: 'Show today’s state' }).click();
    await page.waitForURL((url) => url.searchParams.get('asOf') === 'today');
    await expect.poll(() => notice(page).innerText(), { timeout: 20_000 }).toContain('Showing today’s state, 6 December 2026.');

    await page.goto(`${server.url}/forecast`);
    await expect.poll(() => notice(page).innerText(), { timeout: 20_000 }).toContain('Showing the state on the review date, 7 February 2014.');
    await page.locator('.forecast__when').waitFor();
    // On the review date itself the count is what the conference saw, not "no longer a forecast".
    expect(await page.locator('.forecast').innerText()).toContain('On the review date, 7 February 2014,');
    expect(await page.locator('.forecast').innerText()).not.toContain('no longer a forecast');
    await notice(page).getByRole('link', { name: 'Show today’s state' }).waitFor();

    await page.goto(`${server.url}/present`);
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Figures as of the review conference, 7 February 2014').isVisible()).toBe(true);
    expect(await page.getByRole('main').innerText()).not.toMatch(/days since the review conference/);
    await expect.poll(() => notice(page).innerText()).toContain('Showing the state on the review date, 7 February 2014.');
    expect(await notice(page).getByRole('link', { name: 'Show today’s state' }).getAttribute('href')).toBe('/present?asOf=today');
    // "What changed" in the 30 days up to the review: Germany's report was returned, then accepted.
    await page.keyboard.press('End');
    await page.getByRole('main').getByRole('heading', { name: 'What changed', level: 1 }).waitFor();
    await page.getByText('Most notable').waitFor({ timeout: 20_000 });
    const changes = await page.getByRole('main').innerText();
    expect(changes).toContain(`Germany: report on ${memberStateAction.ref} accepted`);
    expect(changes).not.toContain(`Germany: report on ${memberStateAction.ref} returned for revision`);
    await page.context().close();
  });

  it('prints the report of today on far fewer pages, grouped by year, with each action’s note and evidence', async () => {
    const page = await signIn('Review conference viewer', '/report?asOf=today');
    await reportReady(page);
    await page.emulateMedia({ media: 'print' });
    const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    console.log(`report of ${TODAY} as PDF: ${pages} pages`);
    // The issue counted 33 pages (seven of them a monthly table of 2013 to 2026); with the burn-up
    // by year, the strategy's words given the room and the sections run on, it is 17 here.
    expect(pages).toBeLessThanOrEqual(18);
    expect(text).toContain('End of year');
    expect(text).not.toContain('Jan 2020');
    expect(text).toContain(NOTE);
    expect(text).toContain(EVIDENCE);
    expect(text).toContain('Review conference held');
    for (const ref of catalogue.actions.map((action) => action.ref)) expect(text, ref).toContain(ref);
    await page.context().close();
  });

  it('says once on the overview that the conference took place, and lets a coordinator record it as held', async () => {
    const viewerPage = await signIn('Review conference viewer', '/overview');
    const sentence = 'The review conference took place on 7 February 2014; figures below are as of 6 December 2026.';
    await viewerPage.getByRole('heading', { name: sentence }).waitFor({ timeout: 20_000 });
    expect(await viewerPage.getByText('Days since the review').count()).toBe(0);
    await viewerPage.getByText('It is not yet recorded as held: its action, 4-01, is still open.').waitFor();
    expect(await viewerPage.getByRole('button', { name: 'Record the conference as held' }).count()).toBe(0);
    // The review date has come: it is one click away, and on it the page says the day it is.
    await viewerPage.getByRole('button', { name: 'Review date (7 Feb 2014)' }).click();
    await viewerPage.waitForURL((url) => url.searchParams.get('asOf') === '2014-02-07');
    await viewerPage.getByText('The state of the strategy on 7 February 2014, the day of the review conference.').waitFor({ timeout: 20_000 });
    expect(await viewerPage.getByRole('heading', { name: sentence }).count()).toBe(0);
    await viewerPage.context().close();

    const page = await signIn('Commission coordinator', '/overview');
    await page.getByRole('heading', { name: sentence }).waitFor({ timeout: 20_000 });
    // Action 4-01 (not 2.4-01): the conference itself, overdue until recorded as held.
    const conferenceRow = /(^|\s)4-01\s/m;
    const overdue = page.getByRole('table', { name: /^Actions past their deadline/ });
    expect(await overdue.innerText()).toMatch(conferenceRow);
    // A link is required (a completed action needs evidence), and it must be a link.
    await page.getByRole('button', { name: 'Record the conference as held' }).click();
    await page.getByText('Give a link to the conference’s record: a completed action needs evidence.').waitFor();
    await page.getByLabel(/Link to the conference’s record/).fill('review conference');
    await page.getByRole('button', { name: 'Record the conference as held' }).click();
    await page.getByText('Give a full http(s) link, starting with https://, without spaces.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/Link to the conference’s record/).fill(CONFERENCE_RECORD);
    await page.getByRole('button', { name: 'Record the conference as held' }).click();
    await page.getByText('It is recorded as held: its action, 4-01, is completed.').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Record the conference as held' }).count()).toBe(0);
    await expect.poll(async () => conferenceRow.test(await overdue.innerText()), { timeout: 20_000 }).toBe(false);

    // Recorded once, in the action's history, with the link and the date in the note.
    const recorded = await coordinator.call<{
      action: { status: string; progress: number; evidenceUrls: string[]; note: string; history: { edges: unknown[] } };
    }>(ACTION, { id: '4-01' });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.action).toMatchObject({
      status: 'COMPLETED',
      progress: 100,
      evidenceUrls: [CONFERENCE_RECORD],
      note: 'The review conference took place on 7 February 2014.',
    });
    expect(JSON.stringify(recorded.data!.action.history)).toContain('COMPLETED');
    await page.context().close();
  });

  it('opens on the newest frozen snapshot once there is one, and “Present this report” carries it', async () => {
    const page = await signIn('Commission coordinator', '/report');
    await reportReady(page);
    // The freeze form starts from the state shown (the review date), not from 2026.
    expect(await page.getByLabel('State as of').inputValue()).toBe('2014-02-07');
    await page.getByRole('button', { name: 'Freeze this state' }).click();
    await page.waitForURL((url) => url.searchParams.has('snapshot'), { timeout: 20_000 });
    const snapshotId = new URL(page.url()).searchParams.get('snapshot')!;

    // A fresh visit, with nothing in the address: the snapshot, named.
    await page.goto(`${server.url}/report`);
    await reportReady(page);
    await expect
      .poll(() => notice(page).innerText(), { timeout: 20_000 })
      .toContain('Showing the snapshot “As presented to the review conference” frozen on 6 December 2026 (state as of 7 February 2014).');
    expect(await page.getByText(/from the snapshot “As presented to the review conference”/).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Present this report' }).getAttribute('href')).toBe(
      `/present?snapshot=${encodeURIComponent(snapshotId)}`,
    );

    await page.goto(`${server.url}/forecast`);
    await expect.poll(() => notice(page).innerText(), { timeout: 20_000 }).toContain('Showing the snapshot “As presented to the review conference”');

    // From a report on a chosen date, the slides present that date.
    await page.goto(`${server.url}/report?asOf=2014-01-31`);
    await reportReady(page);
    await expect.poll(() => notice(page).innerText()).toContain('Showing the state on 31 January 2014.');
    await page.getByRole('link', { name: 'Present this report' }).click();
    await page.waitForURL((url) => url.pathname === '/present' && url.searchParams.get('asOf') === '2014-01-31');
    await page.getByText('Figures as of 31 January 2014').waitFor({ timeout: 20_000 });

    // And from the snapshot's report, the snapshot.
    await page.goto(`${server.url}/report`);
    await reportReady(page);
    await page.getByRole('link', { name: 'Present this report' }).click();
    await page.waitForURL((url) => url.pathname === '/present' && url.searchParams.get('snapshot') === snapshotId);
    await page.getByText('Frozen snapshot: As presented to the review conference').waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});
