import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { OPEN_ROUND, REVISE_DEADLINE, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { accessibilityViolations } from '../support/accessibility.js';

/**
 * The printable review report, in Chromium: printed to an A4 PDF whose text is read back
 * (pages, every action's reference, the API's own headline figures, no navigation), and a
 * snapshot whose report reads word for word the same after the state has moved on.
 */
const DASHBOARD = `query Dashboard { dashboard {
  asOf daysToReview totals { actions completed percentCompleted overdue atRisk }
} }`;

interface DashboardView {
  asOf: string;
  daysToReview: number;
  totals: { actions: number; completed: number; percentCompleted: number; overdue: number; atRisk: number };
}

const TODAY = '2013-11-15';
const NOTE = 'Council conclusions expected in December.';
const memberStateActions = catalogue.actions.filter((action) => action.memberStateReporting);

let server: TestServer;
let browser: Browser;
let viewer: Client;
let coordinator: Client;

async function update(id: string, input: Record<string, unknown>) {
  const action = await readAction(coordinator, id);
  const response = await coordinator.call(UPDATE_ACTION, { input: { actionId: id, expectedVersion: action.version, ...input } });
  expect(response.errors).toBeUndefined();
}

beforeAll(async () => {
  // A clock that moves a second at each reading: every write gets a time of its own, all on TODAY.
  let now = Date.parse(`${TODAY}T09:00:00Z`);
  server = await startTestServer({ webRoot: inject('webRoot'), clock: () => new Date((now += 1000)) });
  browser = await sharedBrowser();
  viewer = await clientFor(server, 'viewer');
  coordinator = await clientFor(server, 'coordinator');
  for (const id of ['2.1-02', '2.2-01', '2.4-01']) {
    await update(id, { status: 'COMPLETED', progress: 100, evidenceUrls: [`https://ec.europa.eu/evidence/${id}`] });
  }
  await update('2.1-03', { status: 'IN_PROGRESS', progress: 30, note: NOTE });
  const round = await coordinator.call(OPEN_ROUND, { input: { name: 'Autumn 2013', closes: '2013-12-15' } });
  expect(round.errors).toBeUndefined();
  const contact = await clientFor(server, 'contact-de');
  const report = await contact.call(SUBMIT_REPORT, { input: { actionId: memberStateActions[0]!.ref, country: 'DE', status: 'IN_PROGRESS' } });
  expect(report.errors).toBeUndefined();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

async function signIn(name: string, path: string): Promise<Page> {
  return signedInPage(browser, server, name, path, { viewport: { width: 1280, height: 900 } });
}

/** The report, its charts drawn and its annex loaded: what prints. */
async function reportReady(page: Page) {
  await page.locator('article.report').waitFor({ timeout: 20_000 });
  await page.getByRole('heading', { name: /^Annex: what changed since/ }).waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('article.report .recharts-surface').count(), { timeout: 20_000 }).toBe(3);
}

async function reportText(page: Page): Promise<string> {
  await reportReady(page);
  return page.locator('article.report').innerText();
}

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

describe('the review report', () => {
  it('prints to an A4 PDF of several pages with every action, the API’s figures and no navigation', async () => {
    const response = await viewer.call<{ dashboard: DashboardView }>(DASHBOARD);
    expect(response.errors).toBeUndefined();
    const { totals, daysToReview, asOf } = response.data!.dashboard;
    expect(asOf).toBe(TODAY);
    expect(totals.completed).toBe(3);

    const page = await signIn('Review conference viewer', '/report');
    await reportReady(page);
    await page.emulateMedia({ media: 'print' });
    const started = performance.now();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const milliseconds = Math.round(performance.now() - started);
    console.log(`report PDF: ${milliseconds} ms, ${pdf.length} bytes (${(pdf.length / 1024).toFixed(0)} KiB)`);

    const { pages, text } = await pdfText(pdf);
    console.log(`report PDF: ${pages} pages`);
    expect(pages).toBeGreaterThanOrEqual(3);
    const missing = catalogue.actions.map((action) => action.ref).filter((ref) => !text.includes(ref));
    expect(missing).toEqual([]);
    // The headline figures, in the order the figures table prints them, equal to the API's.
    const completedPercent = `${totals.percentCompleted}%`;
    expect(text).toContain(
      `Actions ${totals.actions} Completed ${completedPercent} ${totals.completed} of ${totals.actions} actions Overdue ${totals.overdue} At risk ${totals.atRisk}`,
    );
    expect(text).toMatch(new RegExp(`Days to the review ${daysToReview} `));
    expect(text).toContain('JOIN(2013) 1');
    expect(text).toContain('State as of 15 November 2013');
    expect(text).toContain('Autumn 2013');
    // Under each action, its note and evidence: what officials quote.
    expect(text).toContain(`Note: ${NOTE}`);
    expect(text).toContain('Evidence: https://ec.europa.eu/evidence/2.1-02');
    for (const chrome of ['Sign out', 'Signed in as', 'Skip to main content', 'Scorecards', 'Print or save as PDF', 'Show the report', 'Language']) {
      expect(text, chrome).not.toContain(chrome);
    }
    await page.context().close();
  });

  it('shows no freeze form to a viewer, and passes axe', async () => {
    const page = await signIn('Review conference viewer', '/report');
    await reportReady(page);
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Freeze this state' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Freeze this state' }).count()).toBe(0);
    expect(await page.getByLabel('Name of the snapshot').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The spreadsheets come from the same page: the actions as XLSX, a real workbook (a zip).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the actions as XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/_actions_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.context().close();
  });

  it('renders a frozen snapshot word for word the same after the state has moved on, while the live report moves', async () => {
    const page = await signIn('Commission coordinator', '/report');
    await reportReady(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    const liveBefore = await reportText(page);

    await page.getByLabel('Name of the snapshot').fill('As presented to the review conference');
    await page.getByRole('button', { name: 'Freeze this state' }).click();
    await page.waitForURL((url) => url.searchParams.has('snapshot'), { timeout: 20_000 });
    await page.getByText(/from the snapshot “As presented to the review conference”/).waitFor({ timeout: 20_000 });
    const snapshotUrl = page.url();
    const snapshotId = new URL(snapshotUrl).searchParams.get('snapshot')!;
    const frozen = await reportText(page);
    expect(frozen).toContain('2.1-03');
    // "Present this report" carries the snapshot to the slides.
    expect(await page.getByRole('link', { name: 'Present this report' }).getAttribute('href')).toBe(
      `/present?snapshot=${encodeURIComponent(snapshotId)}`,
    );
    // From now on the report opens on the newest snapshot, and says so, with today one click away.
    await page.goto(`${server.url}/report`);
    await page.getByText(/^Showing the snapshot “As presented to the review conference” frozen on 15 November 2013/).waitFor({ timeout: 20_000 });
    expect(await reportText(page)).toBe(frozen);

    // The state moves on: a status change, a deadline revision, a member-state report.
    await update('2.1-03', { status: 'COMPLETED', progress: 100, evidenceUrls: ['https://ec.europa.eu/evidence/2.1-03'] });
    const revised = await readAction(coordinator, '2.2-02');
    const revision = await coordinator.call(REVISE_DEADLINE, {
      input: { actionId: '2.2-02', date: '2014-06-30', reason: 'Waiting for the directive', expectedVersion: revised.version },
    });
    expect(revision.errors).toBeUndefined();
    const contact = await clientFor(server, 'contact-fr');
    const report = await contact.call(SUBMIT_REPORT, { input: { actionId: memberStateActions[0]!.ref, country: 'FR', status: 'COMPLETED' } });
    expect(report.errors).toBeUndefined();

    // A fresh load of the snapshot: the same words, to the letter.
    await page.goto(snapshotUrl);
    expect(await reportText(page)).toBe(frozen);
    // Its PDF carries the frozen state too.
    await page.emulateMedia({ media: 'print' });
    const { text: frozenPdf } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(frozenPdf).toContain('As presented to the review conference');
    await page.emulateMedia({ media: 'screen' });

    // The live report shows the changes: today's state, one click from the snapshot (it used to be the default).
    // An action's row: from its reference to the next row's (a cell may hold more than one line).
    const row = (text: string, ref: string) => {
      const start = text.indexOf(`\n${ref}\t`);
      if (start < 0) return '';
      const rest = text.slice(start + 1);
      const next = rest.slice(1).search(/\n\d+(?:\.\d+)*-\d{2}\t/);
      return next < 0 ? rest : rest.slice(0, next + 1);
    };
    await page.getByRole('link', { name: 'Show today’s state' }).click();
    await page.waitForURL((url) => url.searchParams.get('asOf') === 'today');
    // The snapshot stays on screen until today's report has its data (the navigation is a
    // transition): read once the live report is drawn. A server answering from a stale state
    // would never draw it, and this fails.
    let liveAfter = '';
    await expect.poll(async () => row((liveAfter = await reportText(page)), '2.1-03'), { timeout: 20_000 }).toContain('Completed');
    expect(liveAfter).not.toBe(liveBefore);
    expect(row(frozen, '2.1-03')).toContain('In progress');
    expect(row(frozen, '2.2-02')).toContain('Not revised');
    expect(row(liveAfter, '2.2-02')).toContain('30 Jun 2014');
    await page.context().close();
  });
});
