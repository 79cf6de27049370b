import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clientFor, OPEN_ROUND, readAction, REVIEW_REPORT, SUBMIT_REPORT, UPDATE_ACTION } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { accessibilityViolations } from '../support/accessibility.js';

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

const COORDINATOR = 'Commission coordinator';
const ENISA_OWNER = 'European Network and Information Security Agency (ENISA): owner';
const VIEWER = 'Review conference viewer';
/** Opens an action's page in a fresh browser context, signing in as the named local user on the way. */
async function openAction(userName: string, actionId: string): Promise<Page> {
  const page = await signedInPage(browser, server, userName, `/actions/${actionId}`, { viewport: { width: 1280, height: 900 } });
  await page.getByRole('heading', { level: 1, name: `Action ${actionId}` }).waitFor();
  await page.getByRole('region', { name: 'History' }).getByRole('heading').waitFor();
  return page;
}

const updateForm = (page: Page) => page.getByRole('region', { name: 'Update this action' });
const historyText = (page: Page) => page.getByRole('region', { name: 'History' }).innerText();

/** Every updateAction request the page sends, so a test can say that nothing was sent. */
function recordUpdates(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (request.url().endsWith('/graphql') && body.includes('updateAction')) sent.push(body);
  });
  return sent;
}

describe('the action page', () => {
  it('shows the strategy text, owners and deadline; a coordinator updates the action and sees it in the history', async () => {
    const page = await openAction(COORDINATOR, '2.1-02');
    const text = page.getByRole('region', { name: 'What the strategy says' });
    expect(await text.locator('blockquote').getAttribute('lang')).toBe('en');
    expect(await text.innerText()).toMatch(/The Commission will:[\s\S]*Launch an EU-funded pilot project early in 2013/);
    expect(await page.getByRole('region', { name: 'Who and by when' }).innerText()).toContain('European Commission');
    expect(await page.getByRole('progressbar', { name: 'Progress' }).getAttribute('value')).toBe('0');
    // The empty history says what will be listed there (issue 14).
    expect(await historyText(page)).toContain('No change recorded yet. Every update, confirmation, deadline revision and member-state report');

    const form = updateForm(page);
    await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
    await form.getByRole('textbox', { name: 'Progress' }).fill('40');
    await form.getByRole('button', { name: 'Save the update' }).click();
    await form.getByRole('status').getByText('Saved.', { exact: false }).waitFor();

    await expect.poll(() => historyText(page)).toContain('Status: Not started → In progress');
    const history = await historyText(page);
    expect(history).toContain('Progress: 0% → 40%');
    expect(history).toContain(COORDINATOR);
    expect(await page.getByRole('region', { name: 'Where it stands' }).innerText()).toContain('40% done');
    const saved = await readAction(await clientFor(server, 'coordinator'), '2.1-02');
    expect(saved).toMatchObject({ status: 'IN_PROGRESS', progress: 40, version: 2 });
    await page.context().close();
  });

  it('asks when the change happened (today by default, from the adoption to today) and shows both dates in the history (issue 13)', async () => {
    const page = await openAction(COORDINATOR, '2.2-01');
    const sent = recordUpdates(page);
    const form = updateForm(page);
    const when = form.getByLabel('When did this happen?');
    const today = new Date().toISOString().slice(0, 10);
    expect(await when.inputValue()).toBe(today);
    expect([await when.getAttribute('min'), await when.getAttribute('max')]).toEqual(['2013-02-07', today]);
    // A day before the adoption is refused beside the field, and nothing is sent.
    await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
    await form.getByRole('textbox', { name: 'Progress' }).fill('30');
    await when.fill('2013-01-31');
    await form.getByRole('button', { name: 'Save the update' }).click();
    await form.locator('.form-field__problem').getByText('cannot be before 7 Feb 2013', { exact: false }).waitFor();
    expect(sent).toEqual([]);

    await when.fill('2013-12-20');
    await form.getByRole('button', { name: 'Save the update' }).click();
    await form.getByRole('status').getByText('Saved.', { exact: false }).waitFor();
    const recorded = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date());
    await expect.poll(() => historyText(page)).toContain(`Took effect on 20 Dec 2013, recorded on ${recorded} by ${COORDINATOR}`);
    const saved = await clientFor(server, 'coordinator').then((client) =>
      client.call<{ action: { effectiveOn: string } }>('{ action(id: "2.2-01") { effectiveOn } }'),
    );
    expect(saved.data?.action.effectiveOn).toBe('2013-12-20');
    // The next change may not be dated before it: the form says so from the day recorded.
    expect(await when.getAttribute('min')).toBe('2013-12-20');
    await page.context().close();
  });

  it('lets a coordinator revise a deadline with its reason, keeping the baseline and showing the slippage', async () => {
    const page = await openAction(COORDINATOR, '2.1-08');
    const form = page.getByRole('region', { name: 'Revise the deadline' });
    await form.getByRole('button', { name: 'Record the revised deadline' }).click();
    await form.locator('.form-field__problem').getByText('Give the reason for the revision.').waitFor();
    // The summary lists each problem as a link to its field (issue 14).
    await form.getByRole('alert').getByRole('link', { name: 'Give the reason for the revision.' }).click();
    await expect
      .poll(() => form.getByRole('textbox', { name: 'Reason for the revision' }).evaluate((field) => field === document.activeElement))
      .toBe(true);
    await form.getByLabel('New deadline').fill('2014-03-31');
    await form.getByRole('textbox', { name: 'Reason for the revision' }).fill('The roadmap waits for the NIS platform.');
    await form.getByRole('button', { name: 'Record the revised deadline' }).click();
    await form.getByRole('status').getByText('The revised deadline is recorded.').waitFor();

    const who = page.getByRole('region', { name: 'Who and by when' });
    await expect.poll(() => who.innerText()).toContain('The roadmap waits for the NIS platform.');
    const facts = await who.innerText();
    expect(facts).toContain('31 December 2013');
    expect(facts).toContain('31 March 2014');
    expect(facts).toContain('Moved once by 90 days in all');
    await expect.poll(() => historyText(page)).toContain('Deadline: 31 Dec 2013 → 31 Mar 2014');
    await page.context().close();
  });

  it('lets an owner update their own action and shows no form on another body’s action', async () => {
    const page = await openAction(ENISA_OWNER, '2.1-03');
    const form = updateForm(page);
    await form.getByRole('textbox', { name: 'Progress' }).fill('25');
    await form.getByRole('textbox', { name: 'Evidence links' }).fill('https://www.enisa.europa.eu/ncss');
    await form.getByRole('button', { name: 'Save the update' }).click();
    await form.getByRole('status').getByText('Saved.', { exact: false }).waitFor();
    await expect.poll(() => historyText(page)).toContain('Progress: 0% → 25%');
    expect(await page.getByRole('link', { name: 'https://www.enisa.europa.eu/ncss' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Revise the deadline' }).count()).toBe(0);
    expect((await readAction(await clientFor(server, 'viewer'), '2.1-03')).progress).toBe(25);

    await page.goto(`${server.url}/actions/2.1-01`);
    await page.getByRole('heading', { level: 1, name: 'Action 2.1-01' }).waitFor();
    await page.getByRole('region', { name: 'History' }).getByRole('heading').waitFor();
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Update this action' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('main').getByRole('combobox').count()).toBe(0);
    await page.context().close();
  });

  it('shows a viewer the state and history of an action, and no form at all', async () => {
    const coordinator = await clientFor(server, 'coordinator');
    // Eleven updates: one more than the timeline's first page.
    for (let progress = 5; progress <= 15; progress += 1) {
      const { version } = await readAction(coordinator, '2.1-09');
      const input = { actionId: '2.1-09', status: 'IN_PROGRESS', progress, declaredHealth: 'AT_RISK', expectedVersion: version };
      expect((await coordinator.call(UPDATE_ACTION, { input })).errors).toBeUndefined();
    }

    const page = await openAction(VIEWER, '2.1-09');
    const timeline = page.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: 'Action updated' });
    await expect.poll(() => timeline.count()).toBe(10);
    expect(await timeline.first().innerText()).toContain('Progress: 14% → 15%');
    expect(await historyText(page)).not.toContain('Status: Not started → In progress');
    await page.getByRole('button', { name: 'Show more history' }).click();
    await expect.poll(() => timeline.count()).toBe(11);
    expect(await timeline.last().innerText()).toContain('Status: Not started → In progress');
    expect(await page.getByRole('button', { name: 'Show more history' }).count()).toBe(0);
    const state = await page.getByRole('region', { name: 'Where it stands' }).innerText();
    expect(state).toContain('15% done');
    expect(state).toMatch(/Health declared\s+▲ At risk\s*declared by Commission coordinator/);
    // The strategy's deadline for 2.1-09 (end of 2013) has long passed: the computed health is overdue.
    expect(state).toContain('The declared health (At risk) differs from the computed health (Overdue).');
    const main = page.getByRole('main');
    expect(await main.locator('form').count()).toBe(0);
    expect(await main.getByRole('textbox').count()).toBe(0);
    // The header's language switcher is the only choice a viewer has.
    expect(await main.getByRole('combobox').count()).toBe(0);
    expect(await main.getByRole('button', { name: /Save|Record/ }).count()).toBe(0);
    await page.context().close();
  });

  it('when someone else saved first, shows their change, keeps what was typed, and saves again', async () => {
    const page = await openAction(COORDINATOR, '2.1-04');
    const form = updateForm(page);
    await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
    await form.getByRole('textbox', { name: 'Progress' }).fill('50');
    await form.getByRole('textbox', { name: 'Note' }).fill('Kick-off meeting held.');

    const secondDesk = await clientFor(server, 'coordinator-2');
    const before = await readAction(secondDesk, '2.1-04');
    const theirs = await secondDesk.call(UPDATE_ACTION, {
      input: { actionId: '2.1-04', progress: 30, forecastDate: '2014-01-31', expectedVersion: before.version },
    });
    expect(theirs.errors).toBeUndefined();

    await form.getByRole('button', { name: 'Save the update' }).click();
    const conflict = form.getByRole('alert').filter({ hasText: 'Someone else saved this action first' });
    await conflict.waitFor();
    const told = await conflict.innerText();
    expect(told).toContain('Commission coordinator (second desk)');
    expect(told).toContain('Progress: 0% → 30%');
    expect(told).toContain('Forecast completion: none → 31 Jan 2014');
    expect(told).toContain('You both changed: Progress');
    expect(await form.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('IN_PROGRESS');
    expect(await form.getByRole('textbox', { name: 'Progress' }).inputValue()).toBe('50');
    expect(await form.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('Kick-off meeting held.');
    expect(await form.getByLabel('Forecast completion').inputValue()).toBe('2014-01-31');
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Save my version' }).click();
    await form.getByRole('status').getByText('Saved.', { exact: false }).waitFor();
    expect(await form.getByRole('alert').count()).toBe(0);
    const after = await readAction(secondDesk, '2.1-04');
    expect(after).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 50,
      note: 'Kick-off meeting held.',
      forecastDate: '2014-01-31',
      version: before.version + 2,
    });
    expect(after.history.edges.map((edge) => edge.node.author.id)).toEqual(['coordinator', 'coordinator-2']);
    await expect.poll(() => historyText(page)).toContain('Progress: 30% → 50%');
    await page.context().close();
  });

  it('refuses invalid progress beside the field and sends nothing', async () => {
    const page = await openAction(COORDINATOR, '2.1-05');
    const sent = recordUpdates(page);
    const form = updateForm(page);
    const progress = form.getByRole('textbox', { name: 'Progress' });
    await progress.fill('150');
    await form.getByRole('button', { name: 'Save the update' }).click();

    const problem = form.locator('.form-field__problem').getByText('Progress must be a whole number from 0 to 100.');
    await problem.waitFor();
    expect(await progress.getAttribute('aria-invalid')).toBe('true');
    expect((await progress.getAttribute('aria-describedby'))?.split(' ')).toContain(await problem.getAttribute('id'));
    await expect.poll(() => progress.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The error summary links each problem to its field; following it focuses the field (issue 14).
    await form.getByRole('textbox', { name: 'Evidence links' }).fill('www.enisa.europa.eu/ncss');
    await form.getByRole('button', { name: 'Save the update' }).click();
    const summary = form.getByRole('alert').filter({ hasText: 'Correct the marked fields before saving' });
    const evidenceLink = summary.getByRole('link', {
      name: '“www.enisa.europa.eu/ncss” is not a web link: start it with https://, as in https://www.enisa.europa.eu/ncss',
    });
    await evidenceLink.waitFor();
    expect(await summary.getByRole('link').count()).toBe(2);
    await evidenceLink.click();
    await expect.poll(() => form.getByRole('textbox', { name: 'Evidence links' }).evaluate((field) => field === document.activeElement)).toBe(true);
    await form.getByRole('textbox', { name: 'Evidence links' }).fill('');

    await progress.fill('12.5');
    await form.getByRole('button', { name: 'Save the update' }).click();
    await problem.waitFor();
    expect(sent).toEqual([]);
    const unchanged = await readAction(await clientFor(server, 'coordinator'), '2.1-05');
    expect(unchanged).toMatchObject({ progress: 0, version: 1 });
    expect(unchanged.history.edges).toEqual([]);

    await progress.fill('60');
    expect(await form.getByText('Progress must be a whole number from 0 to 100.').count()).toBe(0);
    await page.context().close();
  });

  it('says plainly that a save with nothing changed changed nothing, and confirmed the action (issue 14)', async () => {
    const page = await openAction(COORDINATOR, '2.1-06');
    const form = updateForm(page);
    await form.getByRole('button', { name: 'Save the update' }).click();
    await form.getByRole('status').getByText('Nothing was changed. Saving confirmed the action’s state as it stands').waitFor();
    expect(await form.getByRole('status').innerText()).not.toContain('shows the change');
    await expect.poll(() => historyText(page)).toContain('Confirmed the action’s state without changing it.');
    const confirmed = await readAction(await clientFor(server, 'coordinator'), '2.1-06');
    expect(confirmed).toMatchObject({ status: 'NOT_STARTED', progress: 0, version: 2 });

    await form.getByRole('textbox', { name: 'Progress' }).fill('10');
    await form.getByRole('button', { name: 'Save the update' }).click();
    await form.getByRole('status').getByText('Saved. The history below shows the change.').waitFor();
    await page.context().close();
  });

  it('names the days after which an action is stale, and what confirms it (issue 14)', async () => {
    // Nobody confirmed 2.1-07 since the catalogue was loaded, long over 90 days ago.
    const page = await openAction(VIEWER, '2.1-07');
    const state = await page.getByRole('region', { name: 'Where it stands' }).innerText();
    expect(state).toContain(
      'Stale: nobody has confirmed this action’s state for more than 90 days. Saving an update confirms it, even with nothing changed',
    );
    await page.context().close();
  });

  it('answers an unknown action with a link back to the list, not "Try again" (issue 14)', async () => {
    const page = await signedInPage(browser, server, VIEWER, '/actions/does-not-exist', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('heading', { level: 1, name: 'No such action' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('The strategy has no action “does-not-exist”.');
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Back to the list of all actions' }).click();
    await page.waitForURL(/\/actions$/);
    await page.context().close();
  });

  it('has no WCAG 2.1 A/AA violations, with the forms and without them, reports table included', async () => {
    const coordinator = await clientFor(server, 'coordinator');
    const closes = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect((await coordinator.call(OPEN_ROUND, { input: { name: 'Spring round', closes } })).errors).toBeUndefined();
    const contact = await clientFor(server, 'contact-de');
    expect(
      (await contact.call(SUBMIT_REPORT, { input: { actionId: '2.1-10', country: 'DE', status: 'IN_PROGRESS', note: 'Planned for October.' } }))
        .errors,
    ).toBeUndefined();
    const review = await coordinator.call(REVIEW_REPORT, {
      input: { actionId: '2.1-10', country: 'DE', decision: 'RETURN', comment: 'Add the programme link.', expectedVersion: 1 },
    });
    expect(review.errors).toBeUndefined();

    const withForms = await openAction(COORDINATOR, '2.1-10');
    const reports = withForms.getByRole('table', { name: 'Member-state reports on this action' });
    await reports.waitFor();
    const row = await reports.getByRole('row', { name: /Germany/ }).innerText();
    expect(row).toContain('In progress');
    expect(row).toContain('Returned');
    expect(row).toContain('Add the programme link.');
    expect(await withForms.getByRole('region', { name: 'Update this action' }).count()).toBe(1);
    expect(await accessibilityViolations(withForms)).toEqual([]);
    await withForms.context().close();

    const withoutForms = await openAction(VIEWER, '2.1-10');
    const viewersReports = withoutForms.getByRole('table', { name: 'Member-state reports on this action' });
    await viewersReports.waitFor();
    // A returned report's comment is for coordinators and Germany's contacts only (issue 10).
    const viewersRow = await viewersReports.getByRole('row', { name: /Germany/ }).innerText();
    expect(viewersRow).toContain('Returned');
    expect(viewersRow).toContain('Visible once the report is accepted');
    expect(viewersRow).not.toContain('Add the programme link.');
    expect(await withoutForms.locator('form').count()).toBe(0);
    expect(await accessibilityViolations(withoutForms)).toEqual([]);
    await withoutForms.context().close();
  });

  it("logs a resubmitted report with the status it states, and a return's comment once (issue 14)", async () => {
    // Germany's report on 2.1-10 was returned above (version 2); it is sent again with the same status.
    const contact = await clientFor(server, 'contact-de');
    const again = await contact.call(SUBMIT_REPORT, {
      input: {
        actionId: '2.1-10',
        country: 'DE',
        status: 'IN_PROGRESS',
        note: 'Planned for October.',
        evidenceUrls: ['https://www.bsi.bund.de/programme'],
        expectedVersion: 2,
      },
    });
    expect(again.errors).toBeUndefined();

    const page = await openAction(COORDINATOR, '2.1-10');
    await expect.poll(() => historyText(page)).toContain('Report from Germany, sent again: In progress');
    const history = await historyText(page);
    expect(history).not.toContain(': none');
    expect(history).toContain('Report from Germany: In progress');
    expect(history.split('Add the programme link.').length - 1).toBe(1);
    await page.context().close();
  });
});
