import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { clientFor, errorCodes, readAction, SUBMIT_REPORT, type Client } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { accessibilityViolations } from '../support/accessibility.js';

/**
 * The member-state journey of DESIGN.md: a coordinator opens a round, a national contact
 * reports for their country, the coordinator accepts or returns it, and the matrix and its
 * coverage say so to everyone. The steps build on each other, in order, on one server.
 */
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot') });
  browser = await sharedBrowser();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

const reportingActions = catalogue.actions
  .filter((action) => action.memberStateReporting)
  .sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
const [first, second] = reportingActions as [(typeof reportingActions)[number], (typeof reportingActions)[number]];
const memberStateCount = catalogue.memberStates.length;

/** Signs in as the user with this display name and opens the member-state view. */
async function openAs(userName: string): Promise<Page> {
  const page = await signedInPage(browser, server, userName, '/member-states', { viewport: { width: 1280, height: 900 } });
  await matrixOf(page).waitFor();
  return page;
}

const ENGLISH_CAPTION = /^Reports by country and action/;
const matrixOf = (page: Page, caption: RegExp | string = ENGLISH_CAPTION) => page.getByRole('table', { name: caption });

/** The matrix row of a country (its header may add "(your country)"). */
function rowOf(page: Page, country: string, caption?: RegExp | string): Locator {
  return matrixOf(page, caption).locator('tbody tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${country}`) }) });
}

/** The text of the cell where a country's row meets an action's column. */
async function cellText(page: Page, country: string, ref: string): Promise<string> {
  const headers = await matrixOf(page).locator('thead th').allInnerTexts();
  const column = headers.indexOf(ref);
  expect(column, `column ${ref} in ${headers.join(' | ')}`).toBeGreaterThan(0);
  // The row header is the first cell of the row; data cells follow in column order. The
  // text content is what a screen reader reads, visually hidden separators included.
  const text = await rowOf(page, country).locator('th, td').nth(column).textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const coverageOfCountry = async (page: Page, country: string) =>
  (await rowOf(page, country).locator('td').last().innerText()).replace(/\s+/g, ' ').trim();

async function coverageOfAction(page: Page, ref: string) {
  const headers = await matrixOf(page).locator('thead th').allInnerTexts();
  return (await matrixOf(page).locator('tfoot tr').locator('th, td').nth(headers.indexOf(ref)).innerText()).trim();
}

const formFor = (page: Page, ref: string) => page.getByRole('form', { name: `Report on action ${ref}` });

let contactDe: Client;

describe('member states: rounds, reports, review and the matrix', () => {
  beforeAll(async () => {
    contactDe = await clientFor(server, 'contact-de');
  });

  it('shows a viewer the whole matrix, with every cell written out, and no form at all', async () => {
    const page = await openAs('Review conference viewer');
    const matrix = matrixOf(page);
    const columns = await matrix.locator('thead th[scope="col"]').allInnerTexts();
    expect(columns).toEqual(['Country', ...reportingActions.map((action) => action.ref), 'Coverage of the country']);
    const countries = await matrix.locator('tbody th[scope="row"]').allInnerTexts();
    expect(countries).toHaveLength(memberStateCount);
    expect(countries).toContain('Germany');
    expect(await cellText(page, 'Germany', first.ref)).toBe('Not reported');
    expect(await coverageOfCountry(page, 'Germany')).toBe('no round yet');
    await page.getByText('No reporting round is open: national contacts cannot report').waitFor();

    expect(await page.getByRole('form').count()).toBe(0);
    expect(await page.locator('main').getByRole('textbox').count()).toBe(0);
    expect(await page.locator('main').getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Open the round|Accept|Return/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('tells a national contact clearly that they cannot report while no round is open', async () => {
    const page = await openAs('Germany: national contact');
    await page.getByRole('heading', { name: 'Report for Germany', level: 2 }).waitFor();
    await page.getByText('No reporting round is open, so reports cannot be sent now.').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a coordinator open a round in the page, after saying what is missing', async () => {
    const page = await openAs('Commission coordinator');
    const form = page.getByRole('form', { name: 'Open a reporting round' });
    await form.getByRole('button', { name: 'Open the round' }).click();
    const name = form.getByRole('textbox', { name: 'Name of the round' });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true);
    await form.getByText('Give the round a name.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await name.fill('Autumn 2013');
    await form.getByRole('button', { name: 'Open the round' }).click();
    await page.getByRole('status').filter({ hasText: 'The round “Autumn 2013” is open. National contacts can now report.' }).waitFor();
    await page.getByText(/^The round “Autumn 2013” is open: it opened on/).waitFor();
    await page.getByRole('button', { name: 'Close the round “Autumn 2013”' }).waitFor();
    await page.getByRole('heading', { name: 'Awaiting review' }).waitFor();
    await page.getByText('No report waits for review.').waitFor();
    await expect.poll(() => coverageOfCountry(page, 'Germany')).toBe('0 of 4 reported (0%), 0 accepted');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a national contact report for their own country only, with their row marked', async () => {
    const page = await openAs('Germany: national contact');
    expect(await page.getByRole('form', { name: /^Report on action/ }).count()).toBe(reportingActions.length);
    expect(await page.getByRole('heading', { name: /^Report for (?!Germany)/ }).count()).toBe(0);
    // Every form of the page is inside Germany's section: none reports for another country.
    const ownSection = page.getByRole('region', { name: 'Report for Germany' });
    expect(await ownSection.getByRole('form').count()).toBe(await page.getByRole('form').count());
    expect(await rowOf(page, 'Germany').locator('th').innerText()).toBe('Germany (your country)');
    expect(await rowOf(page, 'France').locator('th').innerText()).toBe('France');

    const form = formFor(page, first.ref);
    const status = form.getByRole('combobox', { name: 'Status' });
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form.getByText('Choose the status to report.').waitFor();
    expect(await status.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => status.evaluate((element) => element === document.activeElement)).toBe(true);
    await status.selectOption({ label: 'Completed' });
    await form.getByRole('textbox', { name: 'Note' }).fill('Cybersecurity month held in October with ENISA.');
    const evidence = form.getByRole('textbox', { name: 'Evidence links' });
    await evidence.fill('www.bsi.bund.de/month');
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form.getByText('Not a web address starting with http:// or https://: www.bsi.bund.de/month').waitFor();
    // It says how to write it (issue 14).
    await form.getByText('www.bsi.bund.de/month. Start it with https://, as in https://www.bsi.bund.de/month').waitFor();
    expect(await evidence.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    await evidence.fill('https://www.bsi.bund.de/month');
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Your report on ${first.ref} was sent for review.` })
      .waitFor();
    await expect.poll(() => cellText(page, 'Germany', first.ref)).toBe('Completed, ○ Awaiting review');
    await expect.poll(() => coverageOfCountry(page, 'Germany')).toBe('1 of 4 reported (25%), 0 accepted');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();

    const stored = (await readAction(contactDe, first.ref)).memberStateReports.find((report) => report.country === 'DE');
    expect(stored).toMatchObject({ status: 'COMPLETED', evidenceUrls: ['https://www.bsi.bund.de/month'], review: { state: 'SUBMITTED' } });
  });

  it('puts the report in the coordinator’s queue; accepting it changes the cell and the coverage', async () => {
    const page = await openAs('Commission coordinator');
    const item = page.getByRole('article', { name: `Germany, action ${first.ref}` });
    await item.waitFor();
    await page.getByText('1 report waits for review.').waitFor();
    await item.getByText('Cybersecurity month held in October with ENISA.').waitFor();
    await item.getByRole('link', { name: 'https://www.bsi.bund.de/month' }).waitFor();
    expect(await coverageOfAction(page, first.ref)).toBe(`1 of ${memberStateCount} reported (3.6%), 0 accepted`);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The contact sends the report again while the coordinator reads it: the first accept is refused.
    const before = (await readAction(contactDe, first.ref)).memberStateReports.find((report) => report.country === 'DE')!;
    const again = await contactDe.call(SUBMIT_REPORT, {
      input: {
        actionId: first.ref,
        country: 'DE',
        status: 'COMPLETED',
        note: 'Cybersecurity month held in October with ENISA.',
        evidenceUrls: ['https://www.bsi.bund.de/month'],
        expectedVersion: before.version,
      },
    });
    expect(again.errors).toBeUndefined();
    await item.getByRole('button', { name: 'Accept' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Someone else changed this in the meantime, so nothing was saved.' });
    await refusal.getByText(`Germany, action ${first.ref}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await item.getByRole('button', { name: 'Accept' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The report of Germany on ${first.ref} is accepted.` })
      .waitFor();
    expect(await refusal.count()).toBe(0);
    await item.waitFor({ state: 'detached' });
    await page.getByText('No report waits for review.').waitFor();
    await expect.poll(() => cellText(page, 'Germany', first.ref)).toBe('Completed, ✓ Accepted');
    expect(await coverageOfCountry(page, 'Germany')).toBe('1 of 4 reported (25%), 1 accepted');
    expect(await coverageOfAction(page, first.ref)).toBe(`1 of ${memberStateCount} reported (3.6%), 1 accepted`);

    // The action's history says what the resubmission stated, not "none" (issue 14).
    await page.goto(`${server.url}/actions/${first.ref}`);
    const history = page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.innerText()).toContain('Report from Germany, sent again: Completed');
    expect(await history.innerText()).not.toContain(': none');

    // The overview counts the accepted report by the status Germany reported, beside the actions' own figures (issue 14).
    await page.goto(`${server.url}/overview`);
    const progress = page.getByRole('region', { name: 'Member states’ own progress' });
    await expect
      .poll(() => progress.innerText())
      .toContain(
        `Accepted reports from 1 of ${memberStateCount} member states on the ${reportingActions.length} actions addressed to them: 1 of the ${reportingActions.length * memberStateCount} reports`,
      );
    expect(await progress.getByRole('row', { name: 'Completed 1' }).count()).toBe(1);
    expect(await progress.innerText()).toContain('it does not change the actions’ status above');
    expect((await readAction(contactDe, first.ref)).status).toBe('NOT_STARTED');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('returns a report only with a comment, and shows that comment to the contact, who can send again', async () => {
    const submitted = await contactDe.call(SUBMIT_REPORT, { input: { actionId: second.ref, country: 'DE', status: 'PLANNED' } });
    expect(submitted.errors).toBeUndefined();

    const coordinator = await openAs('Commission coordinator');
    const item = coordinator.getByRole('article', { name: `Germany, action ${second.ref}` });
    await item.getByRole('button', { name: 'Return with comment' }).click();
    const comment = item.getByRole('textbox', { name: 'Comment for the national contact' });
    await item.getByText('Write what the country should revise before returning the report.').waitFor();
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(coordinator)).toEqual([]);
    await comment.fill('Please name the training programmes and link to them.');
    await item.getByRole('button', { name: 'Return with comment' }).click();
    await coordinator
      .getByRole('status')
      .filter({ hasText: `The report of Germany on ${second.ref} was returned with your comment.` })
      .waitFor();
    await expect.poll(() => cellText(coordinator, 'Germany', second.ref)).toBe('Planned, ↩ Returned');
    await coordinator.context().close();

    const contact = await openAs('Germany: national contact');
    const card = contact.getByRole('article', { name: second.ref });
    const returned = card.getByRole('note', { name: 'Returned for revision' });
    await returned.getByText('Please name the training programmes and link to them.').waitFor();
    await returned.getByText(/^Commission coordinator returned this report on/).waitFor();
    expect(await accessibilityViolations(contact)).toEqual([]);

    const form = formFor(contact, second.ref);
    await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
    await form.getByRole('textbox', { name: 'Evidence links' }).fill('https://www.bsi.bund.de/training');
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Your report on ${second.ref} was sent for review.` })
      .waitFor();
    await expect.poll(() => cellText(contact, 'Germany', second.ref)).toBe('In progress, ○ Awaiting review');
    await contact.context().close();
  });

  it('keeps what the contact typed when someone else saved first, and sends it on the second try', async () => {
    const page = await openAs('Germany: national contact');
    const form = formFor(page, second.ref);
    await form.getByRole('textbox', { name: 'Note' }).fill('Two university courses started in September.');

    const current = (await readAction(contactDe, second.ref)).memberStateReports.find((report) => report.country === 'DE')!;
    const other = await contactDe.call(SUBMIT_REPORT, {
      input: { actionId: second.ref, country: 'DE', status: 'IN_PROGRESS', expectedVersion: current.version },
    });
    expect(other.errors).toBeUndefined();

    await form.getByRole('button', { name: 'Send the report' }).click();
    await form.getByRole('alert').filter({ hasText: 'Someone else changed this in the meantime, so nothing was saved.' }).waitFor();
    expect(await form.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Two university courses started in September.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Send the report' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Your report on ${second.ref} was sent for review.` })
      .waitFor();
    const saved = (await readAction(contactDe, second.ref)).memberStateReports.find((report) => report.country === 'DE');
    expect(saved).toMatchObject({ note: 'Two university courses started in September.', version: current.version + 2 });
    await page.context().close();
  });

  it('refuses a contact’s report for another country on the server too', async () => {
    const response = await contactDe.call(SUBMIT_REPORT, { input: { actionId: first.ref, country: 'FR', status: 'PLANNED' } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('lets a coordinator close the round, after which the contact has no form', async () => {
    const writing = await openAs('Germany: national contact');
    const lateForm = formFor(writing, reportingActions[2]!.ref);
    await lateForm.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Planned' });
    await lateForm.getByRole('textbox', { name: 'Note' }).fill('Procurement guidelines drafted.');

    const coordinator = await openAs('Commission coordinator');
    await coordinator.getByRole('button', { name: 'Close the round “Autumn 2013”' }).click();
    const confirm = coordinator.getByRole('button', { name: 'Yes, close the round' });
    await expect.poll(() => confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    await confirm.click();
    await coordinator.getByRole('status').filter({ hasText: 'The round “Autumn 2013” is closed; its figures are frozen.' }).waitFor();
    await coordinator.getByRole('form', { name: 'Open a reporting round' }).waitFor();
    await coordinator.getByText(/^The last round, “Autumn 2013”, closed on/).waitFor();
    await coordinator.context().close();

    // The contact who was still writing is told why nothing was saved, and keeps the text.
    await lateForm.getByRole('button', { name: 'Send the report' }).click();
    await lateForm
      .getByRole('alert')
      .filter({ hasText: /^Not saved: .*round/ })
      .waitFor();
    expect(await lateForm.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Procurement guidelines drafted.');
    await writing.context().close();

    const contact = await openAs('Germany: national contact');
    await contact.getByText('No reporting round is open, so reports cannot be sent now.').waitFor();
    expect(await contact.getByRole('form').count()).toBe(0);
    // The closed round's figures stay readable: the accepted report is still there.
    expect(await cellText(contact, 'Germany', first.ref)).toBe('Completed, ✓ Accepted');
    expect(await coverageOfCountry(contact, 'Germany')).toBe('2 of 4 reported (50%), 1 accepted');
    await contact.context().close();
  });

  it('is in French for a reader who chose French, figures formatted the French way', async () => {
    const page = await openAs('Review conference viewer');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('heading', { name: 'États membres', level: 1 }).waitFor();
    // French typography (narrow no-break spaces inside « ») and the country's French name (issue 14).
    const caption = 'Rapports par pays et par action, cycle «\u202fAutumn 2013\u202f»';
    await matrixOf(page, caption).waitFor();
    const coverage = await rowOf(page, 'Allemagne', caption).locator('td').last().innerText();
    expect(coverage.replace(/\s+/g, ' ')).toBe('2 sur 4 déclarés (50 %), 1 accepté');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
