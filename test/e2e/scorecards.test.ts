import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { OPEN_ROUND, REVIEW_REPORT, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { accessibilityViolations } from '../support/accessibility.js';

let server: TestServer;
let browser: Browser;
let viewerApi: Client;

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot') });
  browser = await sharedBrowser();
  viewerApi = await clientFor(server, 'viewer');
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

async function signedInViewer(): Promise<Page> {
  return signedInPage(browser, server, 'viewer', '/overview', { viewport: { width: 1280, height: 900 } });
}

interface OwnerBreakdown {
  id: string;
  total: number;
  byHealth: { health: string; count: number }[];
}

async function ownerFigures(actorId: string) {
  const response = await viewerApi.call<{ dashboard: { byOwner: OwnerBreakdown[] } }>(
    `{ dashboard { byOwner { id total byHealth { health count } } } }`,
  );
  const breakdown = response.data?.dashboard.byOwner.find((owner) => owner.id === actorId);
  if (!breakdown) throw new Error(`no byOwner figures for ${actorId}: ${JSON.stringify(response.errors)}`);
  const count = (health: string) => breakdown.byHealth.find((item) => item.health === health)?.count ?? 0;
  return {
    Actions: breakdown.total,
    Completed: count('DONE'),
    Overdue: count('OVERDUE'),
    'At risk': count('AT_RISK'),
    'On track': count('ON_TRACK'),
  };
}

/** The figures table of a scorecard page, as { row header: number }. */
async function pageFigures(page: Page) {
  const table = page.getByRole('table', { name: /^Actions by health on / });
  await table.waitFor();
  const figures: Record<string, number> = {};
  for (const row of await table.locator('tbody tr').all()) {
    figures[(await row.locator('th').innerText()).trim()] = Number((await row.locator('td').innerText()).trim());
  }
  return figures;
}

async function rowRefs(table: Locator): Promise<string[]> {
  return (await table.locator('tbody th[scope="row"]').allInnerTexts()).map((ref) => ref.trim());
}

/** The value a definition list gives for a term. */
function definition(page: Page, term: string): Locator {
  return page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
}

const enisa = catalogue.actors.find((actor) => actor.id === 'ENISA')!;
const enisaOwned = catalogue.actions.filter((action) => action.owners.includes('ENISA')).map((action) => action.ref);
const enisaPartner = catalogue.actions
  .filter((action) => action.partners.includes('ENISA') && !action.owners.includes('ENISA'))
  .map((action) => action.ref);
const memberStateActions = catalogue.actions.filter((action) => action.memberStateReporting).map((action) => action.ref);

describe('scorecards', () => {
  it('lists every actor of the strategy and every member state, each linking to its scorecard', async () => {
    const page = await signedInViewer();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scorecards', exact: true }).click();
    await page.getByRole('heading', { name: 'Scorecards', level: 1 }).waitFor();

    const actors = page.getByRole('table', { name: 'Actors of the strategy' });
    await actors.waitFor();
    expect(await actors.locator('tbody tr').count()).toBe(catalogue.actors.length);
    for (const actor of catalogue.actors) {
      const link = actors.getByRole('link', { name: actor.name, exact: true });
      expect(await link.getAttribute('href'), actor.id).toBe(`/scorecards/${actor.id}`);
    }
    const countries = page.getByRole('table', { name: 'Member states' });
    expect(await countries.locator('tbody tr').count()).toBe(catalogue.memberStates.length);
    for (const state of catalogue.memberStates) {
      const link = countries.getByRole('link', { name: state.name, exact: true });
      expect(await link.getAttribute('href'), state.code).toBe(`/scorecards/${state.code}`);
    }
    const enisaRow = (await actors.getByRole('row', { name: new RegExp(`^${escapeRegExp(enisa.name)}`) }).innerText()).split('\t');
    expect(enisaRow[1]?.trim()).toBe(String(enisaOwned.length));
    expect(await accessibilityViolations(page)).toEqual([]);

    await actors.getByRole('link', { name: enisa.name, exact: true }).click();
    await page.getByRole('heading', { name: enisa.name, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/scorecards/ENISA');
    await page.context().close();
  });

  it('shows exactly ENISA’s actions and the dashboard’s figures for ENISA, which follow an owner’s update', async () => {
    const page = await signedInViewer();
    await page.goto(`${server.url}/scorecards/ENISA`);
    await page.getByRole('heading', { name: enisa.name, level: 1 }).waitFor();

    const owned = page.getByRole('table', { name: `Actions owned by ${enisa.name}` });
    expect((await rowRefs(owned)).sort()).toEqual([...enisaOwned].sort());
    const partner = page.getByRole('table', { name: `Actions where ${enisa.name} is a partner` });
    expect((await rowRefs(partner)).sort()).toEqual([...enisaPartner].sort());

    const before = await ownerFigures('ENISA');
    expect(before.Actions).toBe(enisaOwned.length);
    expect(await pageFigures(page)).toEqual(before);
    expect(await definition(page, 'Confirmed at least once').innerText()).toBe(`0 of ${enisaOwned.length} (0%)`);
    expect(await definition(page, 'Last confirmed').innerText()).toBe('Never');
    expect(await accessibilityViolations(page)).toEqual([]);

    const owner = await clientFor(server, 'owner-enisa');
    const target = enisaOwned[0]!;
    const { version } = await readAction(owner, target);
    const updated = await owner.call(UPDATE_ACTION, {
      input: {
        actionId: target,
        status: 'COMPLETED',
        progress: 100,
        evidenceUrls: ['https://www.enisa.europa.eu/publications'],
        expectedVersion: version,
      },
    });
    expect(updated.errors).toBeUndefined();

    await page.reload();
    const after = await ownerFigures('ENISA');
    expect(after.Completed).toBe(before.Completed + 1);
    expect(after.Actions).toBe(before.Actions);
    expect(await pageFigures(page)).toEqual(after);
    expect(await definition(page, 'Confirmed at least once').innerText()).toMatch(new RegExp(`^1 of ${enisaOwned.length} \\(`));
    expect(await definition(page, 'Last confirmed').innerText()).toMatch(/\(today\)$/);
    const targetRow = owned.getByRole('row', { name: new RegExp(`^${escapeRegExp(target)}`) });
    expect(await targetRow.innerText()).toContain('Completed');
    await page.context().close();
  });

  it('shows a member state’s reporting in the current round', async () => {
    const coordinator = await clientFor(server, 'coordinator');
    const germany = await clientFor(server, 'contact-de');
    const opened = await coordinator.call<{ openReportingRound: { id: string } }>(OPEN_ROUND, {
      input: { name: 'Spring review', closes: '2099-12-31' },
    });
    expect(opened.errors).toBeUndefined();
    const [reportedAction, unreportedAction] = memberStateActions;
    const submitted = await germany.call<{ submitMemberStateReport: { version: number } }>(SUBMIT_REPORT, {
      input: { actionId: reportedAction, country: 'DE', status: 'COMPLETED', note: 'National strategy adopted.' },
    });
    expect(submitted.errors).toBeUndefined();
    const accepted = await coordinator.call(REVIEW_REPORT, {
      input: { actionId: reportedAction, country: 'DE', decision: 'ACCEPT', expectedVersion: submitted.data!.submitMemberStateReport.version },
    });
    expect(accepted.errors).toBeUndefined();

    const page = await signedInViewer();
    await page.goto(`${server.url}/scorecards`);
    const countries = page.getByRole('table', { name: 'Member states' });
    await countries.getByRole('link', { name: 'Germany', exact: true }).click();
    await page.getByRole('heading', { name: 'Germany', level: 1 }).waitFor();

    expect(await definition(page, 'Reporting round').innerText()).toMatch(/^Spring review, open until /);
    expect(await definition(page, 'Reports submitted in this round').innerText()).toBe(
      `1 of ${memberStateActions.length} (${formatShare(1, memberStateActions.length)})`,
    );
    expect(await definition(page, 'Reports accepted in this round').innerText()).toBe(`1 of ${memberStateActions.length}`);
    expect(await definition(page, 'Last report').innerText()).toMatch(/\(today\)$/);

    const table = page.getByRole('table', { name: 'Actions addressed to the member states' });
    expect((await rowRefs(table)).sort()).toEqual([...memberStateActions].sort());
    const reportedRow = await table.getByRole('row', { name: new RegExp(`^${escapeRegExp(reportedAction!)}`) }).innerText();
    expect(reportedRow).toMatch(/Completed\s+Accepted/);
    const unreportedRow = await table.getByRole('row', { name: new RegExp(`^${escapeRegExp(unreportedAction!)}`) }).innerText();
    expect(unreportedRow).toContain('Not reported');
    expect((await pageFigures(page)).Completed).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // France has not reported: its scorecard says so, and the list tells the two apart.
    await page.goto(`${server.url}/scorecards/FR`);
    await page.getByRole('heading', { name: 'France', level: 1 }).waitFor();
    expect(await definition(page, 'Reports submitted in this round').innerText()).toBe(`0 of ${memberStateActions.length} (0%)`);
    expect(await definition(page, 'Last report').innerText()).toBe('Never');
    await page.context().close();
  });

  it('says so when no actor or member state has the id', async () => {
    const page = await signedInViewer();
    await page.goto(`${server.url}/scorecards/NOBODY`);
    await page.getByRole('heading', { name: 'Scorecard not found', level: 1 }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('NOBODY');
    await page.getByRole('link', { name: 'See all scorecards' }).click();
    await page.getByRole('heading', { name: 'Scorecards', level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formatShare(part: number, whole: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(Math.round((part / whole) * 1000) / 1000);
}
