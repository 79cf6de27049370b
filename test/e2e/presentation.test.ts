import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OPEN_ROUND, REVISE_DEADLINE, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { accessibilityViolations } from '../support/accessibility.js';

/**
 * Presentation mode as the viewer uses it in the conference room, at 1920×1080: the keys
 * move through the slides and the address follows, the figures are the API's own, the type
 * is large enough to read from the back of the room, and axe finds nothing to fix.
 */
const TODAY = '2013-11-15';
const FIGURES = `query Figures($asOf: Date) {
  strategy { reference title priorities { id title } }
  dashboard(asOf: $asOf) { asOf daysToReview totals { actions completed percentCompleted overdue atRisk } }
}`;
const CHANGE_SUMMARY = `query Summary($from: Date!, $to: Date!) { changeSummary(from: $from, to: $to) { totalCount counts { completions deadlineRevisions } } }`;
const FREEZE = `mutation Freeze($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { id name totals { actions completed percentCompleted overdue atRisk } } }`;

interface Totals {
  actions: number;
  completed: number;
  percentCompleted: number;
  overdue: number;
  atRisk: number;
}

interface Figures {
  strategy: { reference: string; title: string; priorities: { id: string; title: string }[] };
  dashboard: { asOf: string; daysToReview: number; totals: Totals };
}

let server: TestServer;
let browser: Browser;
let viewer: Client;
let coordinator: Client;

async function figures(asOf?: string): Promise<Figures> {
  const response = await viewer.call<Figures>(FIGURES, asOf ? { asOf } : {});
  expect(response.errors).toBeUndefined();
  return response.data!;
}

async function complete(id: string): Promise<void> {
  const action = await readAction(coordinator, id);
  const response = await coordinator.call(UPDATE_ACTION, {
    input: {
      actionId: id,
      status: 'COMPLETED',
      progress: 100,
      evidenceUrls: [`https://ec.europa.eu/evidence/${id}`],
      expectedVersion: action.version,
    },
  });
  expect(response.errors).toBeUndefined();
}

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot'), clock: () => new Date(`${TODAY}T10:00:00Z`) });
  browser = await sharedBrowser();
  viewer = await clientFor(server, 'viewer');
  coordinator = await clientFor(server, 'coordinator');
  // Something to tell on the last slides: two completions, a revised deadline, a round with one report.
  await complete('2.1-02');
  await complete('2.2-01');
  const revised = await readAction(coordinator, '2.3-01');
  const revision = await coordinator.call(REVISE_DEADLINE, {
    input: { actionId: '2.3-01', date: '2014-06-30', reason: 'Awaiting the Council’s conclusions.', expectedVersion: revised.version },
  });
  expect(revision.errors).toBeUndefined();
  const round = await coordinator.call<{ openReportingRound: { id: string } }>(OPEN_ROUND, { input: { name: 'Autumn 2013', closes: '2013-12-15' } });
  expect(round.errors).toBeUndefined();
  const actions = await viewer.call<{ actions: { edges: { node: { id: string; memberStateReporting: boolean } }[] } }>(
    `{ actions(first: 100) { edges { node { id memberStateReporting } } } }`,
  );
  const reported = actions.data!.actions.edges.find(({ node }) => node.memberStateReporting)!.node.id;
  const contact = await clientFor(server, 'contact-de');
  const report = await contact.call(SUBMIT_REPORT, { input: { actionId: reported, country: 'DE', status: 'IN_PROGRESS' } });
  expect(report.errors).toBeUndefined();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

/** Opens the slides at `path`, signed in as the viewer. */
async function present(path = '/present'): Promise<Page> {
  const page = await signedInPage(browser, server, 'viewer', path, { viewport: { width: 1920, height: 1080 } });
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
  return page;
}

function slideNumber(page: Page): string | null {
  return new URL(page.url()).searchParams.get('slide');
}

function figure(page: Page, label: string): Locator {
  return page
    .locator('.slide-figures__item')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
    .locator('.slide-figures__value');
}

async function headline(page: Page) {
  return {
    actions: await figure(page, 'Actions').innerText(),
    completed: await figure(page, 'Completed').innerText(),
    overdue: await figure(page, 'Overdue').innerText(),
    atRisk: await figure(page, 'At risk').innerText(),
  };
}

function expectedHeadline(totals: Totals) {
  return {
    actions: String(totals.actions),
    completed: `${totals.percentCompleted}%`,
    overdue: String(totals.overdue),
    atRisk: String(totals.atRisk),
  };
}

async function fontSize(locator: Locator): Promise<number> {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

describe('presentation mode', () => {
  it('opens on the title slide, moves with the keys, and keeps the slide in the address', async () => {
    const live = await figures();
    const priorities = live.strategy.priorities;
    const count = 2 + priorities.length + 2;
    const page = await present();

    const main = page.getByRole('main');
    expect(await main.getByText(live.strategy.reference, { exact: true }).isVisible()).toBe(true);
    expect(await main.getByRole('heading', { level: 1 }).innerText()).toBe(live.strategy.title);
    expect(await page.getByText(`1 / ${count}`).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Exit' }).getAttribute('href')).toBe('/overview');
    expect(await page.getByRole('button', { name: 'Previous' }).isDisabled()).toBe(true);

    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('slide') === '2');
    await main.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(await page.getByText(`2 / ${count}`).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `Slide 2 of ${count}: Overview` })
        .count(),
    ).toBe(1);

    await page.keyboard.press('PageDown');
    await page.waitForURL((url) => url.searchParams.get('slide') === '3');
    await main.getByRole('heading', { name: priorities[0]!.title, level: 1 }).waitFor();
    await page.keyboard.press('PageUp');
    await page.waitForURL((url) => url.searchParams.get('slide') === '2');

    await page.keyboard.press('End');
    await page.waitForURL((url) => url.searchParams.get('slide') === String(count));
    await main.getByRole('heading', { name: 'What changed', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(slideNumber(page)).toBe(String(count));

    await page.keyboard.press('Home');
    await page.waitForURL((url) => url.searchParams.get('slide') === '1');
    const fullScreen = page.getByRole('button', { name: 'Full screen' });
    await page.keyboard.press('f');
    await expect.poll(() => fullScreen.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await expect.poll(() => fullScreen.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL((url) => url.searchParams.get('slide') === '2');
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.waitForURL((url) => url.searchParams.get('slide') === '1');

    // A reload, or a shared link, opens on the slide in the address.
    await page.goto(`${server.url}/present?slide=3`);
    await main.getByRole('heading', { name: priorities[0]!.title, level: 1 }).waitFor();
    expect(await main.getByText(`Strategic priority ${priorities[0]!.id}`).isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the API’s headline figures on the overview slide, in type readable from the back of the room', async () => {
    const live = await figures();
    expect(live.dashboard.totals.completed).toBe(2);
    const page = await present('/present?slide=2');
    await figure(page, 'Actions').waitFor();
    expect(await headline(page)).toEqual(expectedHeadline(live.dashboard.totals));
    expect(await page.getByText('Figures as of 15 November 2013').isVisible()).toBe(true);
    for (const label of ['Actions', 'Completed', 'Overdue', 'At risk']) {
      expect(await fontSize(figure(page, label)), label).toBeGreaterThanOrEqual(56);
      const term = page.locator('.slide-figures__label').filter({ hasText: new RegExp(`^${label}$`) });
      expect(await fontSize(term), label).toBeGreaterThanOrEqual(28);
    }
    expect(await fontSize(page.locator('.slide-figures__detail'))).toBeGreaterThanOrEqual(28);
    expect(await page.locator('.slide-figures__detail').innerText()).toBe(
      `${live.dashboard.totals.completed} of ${live.dashboard.totals.actions} actions`,
    );
    await page.context().close();
  });

  it('writes every status on a priority slide, tells what changed in the last 30 days, and passes axe', async () => {
    const live = await figures();
    const summary = await viewer.call<{ changeSummary: { totalCount: number; counts: { completions: number; deadlineRevisions: number } } }>(
      CHANGE_SUMMARY,
      {
        from: '2013-10-17',
        to: '2013-11-16',
      },
    );
    expect(summary.errors).toBeUndefined();
    const changes = summary.data!.changeSummary;
    expect(changes.counts.completions).toBe(2);

    const page = await present();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${server.url}/present?slide=3`);
    const bars = page.getByRole('table', { name: `Actions of priority ${live.strategy.priorities[0]!.id} by status` });
    await bars.waitFor();
    // 2.1-02 was completed: priority 2.1 has a Completed row, written, with its count.
    const completedRow = bars.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Completed' }) });
    expect(await completedRow.getByRole('cell').first().innerText()).toBe('1');
    expect(await fontSize(page.getByRole('rowheader', { name: 'Completed' }))).toBeGreaterThanOrEqual(28);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('End');
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'What changed', level: 1 }).waitFor();
    await main.getByText(/changes in the last 30 days/).waitFor();
    expect(await main.locator('.slide__big').innerText()).toBe(String(changes.totalCount));
    expect(await main.getByText('17 Oct 2013 to 15 Nov 2013').isVisible()).toBe(true);
    const notable = main
      .getByRole('list')
      .filter({ has: page.getByRole('listitem') })
      .last();
    expect(await notable.getByRole('listitem').first().innerText()).toMatch(/^2\.(1-02|2-01) completed$/);
    expect(await main.getByText('2.3-01: deadline moved from').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowLeft');
    await main.getByRole('heading', { name: 'Member-state coverage', level: 1 }).waitFor();
    expect(await main.getByText('Reporting round: Autumn 2013').isVisible()).toBe(true);
    expect(await main.getByText(/^1 of \d+ member states have reported$/).isVisible()).toBe(true);
    await page.context().close();
  });

  it('presents a frozen snapshot as it was frozen, whatever changed since', async () => {
    const frozen = await coordinator.call<{ freezeSnapshot: { id: string; totals: Totals } }>(FREEZE, {
      input: { name: 'As presented to the conference' },
    });
    expect(frozen.errors).toBeUndefined();
    const snapshot = frozen.data!.freezeSnapshot;
    await complete('2.4-01');
    const live = await figures();
    expect(live.dashboard.totals.completed).toBe(snapshot.totals.completed + 1);

    const page = await present(`/present?snapshot=${encodeURIComponent(snapshot.id)}`);
    expect(await page.getByText('Frozen snapshot: As presented to the conference').isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('slide') === '2' && url.searchParams.get('snapshot') === snapshot.id);
    await figure(page, 'Actions').waitFor();
    expect(await headline(page)).toEqual(expectedHeadline(snapshot.totals));

    // With nothing in the address the slides now open on the newest snapshot, and say so, with today one click away.
    await page.goto(`${server.url}/present?slide=2`);
    await figure(page, 'Actions').waitFor();
    expect(await headline(page)).toEqual(expectedHeadline(snapshot.totals));
    expect(await page.getByText(/^Showing the snapshot “As presented to the conference” frozen on 15 November 2013/).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Show today’s state' }).click();
    // Still the overview slide, now of today's figures.
    await page.waitForURL((url) => url.searchParams.get('asOf') === 'today' && url.searchParams.get('slide') === '2');
    await expect.poll(async () => headline(page), { timeout: 20_000 }).toEqual(expectedHeadline(live.dashboard.totals));
    await page.context().close();
  });

  it('presents a past date’s figures when the address asks for them, and exits to the overview of that date', async () => {
    const past = await figures('2013-10-01');
    const live = await figures();
    expect(past.dashboard.totals.completed).not.toBe(live.dashboard.totals.completed);
    const page = await present('/present?asOf=2013-10-01&slide=2');
    await figure(page, 'Actions').waitFor();
    expect(await headline(page)).toEqual(expectedHeadline(past.dashboard.totals));
    expect(await page.getByText('Figures as of 1 October 2013').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Exit' }).getAttribute('href')).toBe('/overview?asOf=2013-10-01');
    await page.context().close();
  });

  it('reads in the language chosen in the app’s header', async () => {
    const live = await figures();
    const page = await signedInPage(browser, server, 'viewer', '/overview', { viewport: { width: 1920, height: 1080 } });
    await page.getByRole('banner').getByLabel('Language').selectOption({ label: 'Français' });
    await page.getByRole('heading', { name: 'Vue d’ensemble', level: 1 }).waitFor();
    // Today's figures (a snapshot was frozen above, and the slides now open on it by default).
    await page.goto(`${server.url}/present?asOf=today&slide=2`);
    await page.getByRole('main').getByRole('heading', { name: 'Vue d’ensemble', level: 1 }).waitFor();
    expect(await figure(page, 'Achevée').innerText()).toMatch(
      new RegExp(`^${String(live.dashboard.totals.percentCompleted).replace('.', ',')}\\s%$`),
    );
    expect(await page.getByRole('button', { name: 'Suivante' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Quitter' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
