import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OPEN_ROUND, REVIEW_REPORT, REVISE_DEADLINE, SUBMIT_REPORT, UPDATE_ACTION, clientFor, readAction, type Client } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { parseCsv } from '../support/csv.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';
import { accessibilityViolations } from '../support/accessibility.js';

/**
 * The review pack's change list, forecast and downloads, as a conference viewer uses them:
 * writes made through the API appear on /changes grouped and counted as the API counts them,
 * phrased in the chosen language; /forecast gives a range in words with its method and the
 * actions likely to miss the review date; the export panel saves CSV and XLSX files that hold
 * every action.
 */
const TODAY = '2013-11-15';
const PERIOD = { from: '2013-11-01', to: TODAY };
const SUMMARY = `query Summary($from: Date!, $to: Date!) { changeSummary(from: $from, to: $to) {
  totalCount complete counts { total statusChanges completions progressMoves deadlineRevisions reportsSubmitted reportsAccepted roundsOpened }
  byPriority { id label counts { total } } byActor { id label counts { total } } } }`;
const FORECAST = `query Forecast { dashboard { reviewDate totals { actions completed }
  forecast { doneByReview low high method likelyToMissCount likelyToMiss(first: 500) { reason action { actionId ref } } } } }`;
const REFS = `query Refs { actions(first: 100) { totalCount edges { node { ref } } } }`;

interface SummaryView {
  totalCount: number;
  complete: boolean;
  counts: Record<string, number>;
  byPriority: { id: string; label: string; counts: { total: number } }[];
  byActor: { id: string; label: string; counts: { total: number } }[];
}
interface ForecastView {
  reviewDate: string;
  totals: { actions: number; completed: number };
  forecast: {
    doneByReview: number;
    low: number;
    high: number;
    method: string;
    likelyToMissCount: number;
    likelyToMiss: { reason: string; action: { actionId: string; ref: string } }[];
  };
}

let server: TestServer;
let browser: Browser;
let viewer: Client;

/** Each write gets its own second of the same day: history events are ordered by their time. */
function tickingClock(start: string): () => Date {
  let time = Date.parse(start);
  return () => new Date((time += 1000));
}

async function write(client: Client, query: string, input: Record<string, unknown>) {
  const response = await client.call(query, { input });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

async function update(client: Client, actionId: string, fields: Record<string, unknown>) {
  const action = await readAction(client, actionId);
  await write(client, UPDATE_ACTION, { actionId, expectedVersion: action.version, ...fields });
}

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot'), clock: tickingClock(`${TODAY}T09:00:00Z`) });
  browser = await sharedBrowser();
  viewer = await clientFor(server, 'viewer');
  const coordinator = await clientFor(server, 'coordinator');
  const enisa = await clientFor(server, 'owner-enisa');
  const germany = await clientFor(server, 'contact-de');

  await update(coordinator, '2.1-02', { status: 'IN_PROGRESS', progress: 30 });
  await update(coordinator, '2.1-02', { progress: 50 });
  await update(coordinator, '2.2-01', { status: 'COMPLETED', progress: 100, evidenceUrls: ['https://ec.europa.eu/evidence/2.2-01'] });
  await update(enisa, '2.1-03', { status: 'IN_PROGRESS', progress: 10 });
  const revised = await readAction(coordinator, '2.4-01');
  await write(coordinator, REVISE_DEADLINE, {
    actionId: '2.4-01',
    date: '2014-06-30',
    reason: 'Awaiting the public consultation.',
    expectedVersion: revised.version,
  });
  await write(coordinator, OPEN_ROUND, { name: 'Autumn 2013', closes: '2013-12-31' });
  await write(germany, SUBMIT_REPORT, { actionId: '2.1-10', country: 'DE', status: 'IN_PROGRESS', note: 'National strategy in consultation.' });
  const reported = await readAction(coordinator, '2.1-10');
  const report = reported.memberStateReports.find((item) => item.country === 'DE')!;
  await write(coordinator, REVIEW_REPORT, { actionId: '2.1-10', country: 'DE', decision: 'ACCEPT', expectedVersion: report.version });
});

afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

/** A downloaded file, read through the browser's stream: this works with a browser connected to remotely, where `path()` does not. */
async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A downloaded CSV's text, without its byte order mark. */
async function downloadedText(download: Download): Promise<string> {
  return (await downloaded(download)).toString('utf8').replace(/^\uFEFF/, '');
}

async function signInAsViewer(path: string): Promise<Page> {
  const page = await signedInPage(browser, server, 'viewer', path, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const pathname = path.split('?')[0];
  await page.waitForURL((url) => url.pathname === pathname);
  return page;
}

async function summary(): Promise<SummaryView> {
  // The page shows the last day included; the API's period ends at the start of `to`.
  const response = await viewer.call<{ changeSummary: SummaryView }>(SUMMARY, { from: PERIOD.from, to: '2013-11-16' });
  expect(response.errors).toBeUndefined();
  return response.data!.changeSummary;
}

/** French and German write a (narrow) no-break space before %: read as a plain space. */
const plain = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('what changed between two dates', () => {
  it('lists every change of the period grouped by priority and by owner, with the API’s counts', async () => {
    const api = await summary();
    expect(api.complete).toBe(true);
    expect(api.counts).toMatchObject({
      total: 8,
      statusChanges: 3,
      completions: 1,
      deadlineRevisions: 1,
      reportsSubmitted: 1,
      reportsAccepted: 1,
      roundsOpened: 1,
    });

    const page = await signInAsViewer(`/changes?from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.getByRole('heading', { name: 'What changed', level: 1 }).waitFor();
    expect(await page.getByLabel('From').inputValue()).toBe(PERIOD.from);
    expect(await page.getByLabel('To (included)').inputValue()).toBe(PERIOD.to);
    const kinds = page.getByRole('table', { name: 'Changes by kind' });
    await kinds.waitFor();
    const cell = async (label: string) =>
      kinds
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .getByRole('cell')
        .innerText();
    expect(await cell('All changes')).toBe(String(api.counts.total));
    expect(await cell('Status changes')).toBe(String(api.counts.statusChanges));
    expect(await cell('of which completions')).toBe(String(api.counts.completions));
    expect(await cell('Progress moves')).toBe(String(api.counts.progressMoves));
    expect(await cell('Deadline revisions')).toBe(String(api.counts.deadlineRevisions));
    expect(await cell('Member-state reports')).toBe(String(api.counts.reportsSubmitted));

    for (const group of api.byPriority) {
      const region = page.getByRole('region', { name: `${group.id} ${group.label}`, exact: true });
      expect(await region.getByRole('listitem').count(), group.id).toBe(group.counts.total);
      expect(await region.locator('.changes-group__counts').innerText()).toMatch(new RegExp(`^${group.counts.total} changes?:`));
    }
    const resilience = page.getByRole('region', { name: '2.1 Achieving cyber resilience' });
    expect(await resilience.getByRole('listitem').count()).toBe(5);
    const moved = resilience
      .getByRole('listitem')
      .filter({ hasText: 'Commission coordinator raised the progress of action 2.1-02 from 30% to 50%.' });
    expect(await moved.count()).toBe(1);
    expect(await moved.getByRole('link', { name: '2.1-02' }).getAttribute('href')).toBe('/actions/2.1-02');
    await resilience.getByText('The national contact for Germany reported “In progress” on action 2.1-10.').waitFor();
    await resilience.getByText('Commission coordinator accepted the report of Germany on action 2.1-10.').waitFor();
    expect(await resilience.getByRole('heading').getAttribute('lang')).toBeNull();
    expect(await resilience.getByRole('heading').locator('[lang="en"]').innerText()).toBe('Achieving cyber resilience');
    await page.getByText('Commission coordinator postponed the deadline of action 2.4-01 from').waitFor();
    await page
      .getByRole('region', { name: 'Reporting rounds and the strategy as a whole' })
      .getByText('Commission coordinator opened the reporting round “Autumn 2013”.')
      .waitFor();

    await page.getByRole('radio', { name: 'Owner' }).check();
    await page.waitForURL((url) => url.searchParams.get('by') === 'actor');
    await page.getByRole('heading', { name: 'Changes by owner', level: 2 }).waitFor();
    for (const group of api.byActor) {
      const region = page.getByRole('region', { name: group.label, exact: true });
      expect(await region.getByRole('listitem').count(), group.id).toBe(group.counts.total);
    }
    const commission = api.byActor.find((group) => group.id === 'COMMISSION')!;
    expect(commission.counts.total).toBe(4);

    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps a period typed in the address, and refuses a reversed one with a message tied to the field', async () => {
    const page = await signInAsViewer(`/changes?from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.getByRole('table', { name: 'Changes by kind' }).waitFor();
    await page.getByLabel('From').fill('2013-10-01');
    await page.getByLabel('To (included)').fill('2013-10-31');
    await page.getByRole('button', { name: 'Show the changes' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2013-10-01' && url.searchParams.get('to') === '2013-10-31');
    await page.getByText('Nothing changed in this period.').waitFor();
    // The empty period says what it would list, and how to look at another (issue 14).
    expect(await page.getByRole('main').innerText()).toContain(
      'Every status change, progress move, deadline revision, member-state report and review recorded in it will be listed here',
    );

    await page.getByLabel('From').fill('2013-11-20');
    await page.getByLabel('To (included)').fill('2013-11-10');
    await page.getByRole('button', { name: 'Show the changes' }).click();
    const to = page.getByLabel('To (included)');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await to.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe('The last day must not come before the first.');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2013-10-31');
    await page.context().close();
  });

  it('phrases the changes in German after choosing Deutsch', async () => {
    const page = await signInAsViewer(`/changes?from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.getByRole('table', { name: 'Changes by kind' }).waitFor();
    await page.getByRole('banner').getByLabel('Language').selectOption({ label: 'Deutsch' });
    await page.getByRole('heading', { name: 'Was sich geändert hat', level: 1 }).waitFor();
    const items = page.getByRole('region', { name: '2.1 Achieving cyber resilience' }).getByRole('listitem');
    await expect
      .poll(async () => (await items.allInnerTexts()).map(plain).join('\n'), { timeout: 15_000 })
      .toContain('Commission coordinator hat den Fortschritt der Maßnahme 2.1-02 von 30 % auf 50 % erhöht.');
    const texts = (await items.allInnerTexts()).map(plain).join('\n');
    expect(texts).toContain(
      'Commission coordinator hat die Maßnahme 2.1-02 von „Nicht begonnen“ auf „In Arbeit“ gesetzt, Fortschritt von 0 % auf 30 %.',
    );
    expect(texts).toContain('Die nationale Kontaktstelle (Deutschland) hat für die Maßnahme 2.1-10 „In Arbeit“ gemeldet.');
    expect(texts).toContain('Commission coordinator hat den Bericht für Deutschland zur Maßnahme 2.1-10 angenommen.');
    expect(plain(await page.locator('.changes__counts').innerText())).toMatch(/^8 Änderungen: 3 Statusänderungen \(davon 1 Abschluss\)/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the forecast', () => {
  it('gives the range in words with its method, draws it with a table, and lists the actions likely to miss the review date', async () => {
    const response = await viewer.call<{ dashboard: ForecastView }>(FORECAST);
    expect(response.errors).toBeUndefined();
    const { forecast, totals } = response.data!.dashboard;
    expect(forecast.likelyToMissCount).toBeGreaterThan(0);

    const page = await signInAsViewer('/forecast');
    await page.getByRole('heading', { name: 'Forecast', level: 1 }).waitFor();
    const sentence = page.getByText(/^By the review date \(7 February 2014\), between/);
    await sentence.waitFor();
    expect(await sentence.innerText()).toBe(
      `By the review date (7 February 2014), between ${forecast.low} and ${forecast.high} of the ${totals.actions} actions should be done at the pace observed, most likely ${forecast.doneByReview}.`,
    );
    expect(forecast.high).toBeGreaterThan(forecast.low);

    const table = page.getByRole('table', { name: 'The forecast in figures' });
    const value = async (label: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .getByRole('cell')
        .innerText();
    expect(await value('Low end of the range')).toBe(String(forecast.low));
    expect(await value('Most likely')).toBe(String(forecast.doneByReview));
    expect(await value('High end of the range')).toBe(String(forecast.high));
    expect(await value('Completed so far')).toBe(String(totals.completed));
    await page.getByRole('figure', { name: 'Forecast range of actions done by the review date' }).waitFor();

    const method = page.getByRole('region', { name: 'How this is worked out' });
    expect(await method.locator('p').first().innerText()).toMatch(
      /^Pace is the number of actions completed so far divided by the calendar months since adoption/,
    );
    await method.getByText('The method as the API states it (English)').click();
    expect(await method.locator('p[lang="en"]').innerText()).toBe(forecast.method);

    const missing = page.getByRole('region', { name: `${forecast.likelyToMissCount} actions likely to miss the review date` });
    const missTable = missing.getByRole('table', { name: /^Actions likely to miss the review date \(7 February 2014\)/ });
    expect(await missTable.locator('tbody tr').count()).toBe(forecast.likelyToMiss.length);
    const first = forecast.likelyToMiss[0]!;
    const firstRow = missTable.locator('tbody tr').first();
    expect(await firstRow.getByRole('link').innerText()).toBe(first.action.ref);
    expect(await firstRow.getByRole('link').getAttribute('href')).toBe(`/actions/${encodeURIComponent(first.action.actionId)}`);
    expect(await missTable.getByRole('link', { name: '2.2-01', exact: true }).count()).toBe(0);

    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('banner').getByLabel('Language').selectOption({ label: 'Français' });
    await page.getByText(/^D’ici la date du réexamen \(7 février 2014\), entre \d+ et \d+ des \d+ actions/).waitFor();
    await page.getByText(/^Le rythme est le nombre d’actions achevées/).waitFor();
    await page.context().close();
  });
});

describe('the export panel', () => {
  it('saves actions.csv and actions.xlsx holding every action, with the server’s file names', async () => {
    const refsResponse = await viewer.call<{ actions: { totalCount: number; edges: { node: { ref: string } }[] } }>(REFS);
    const refs = refsResponse.data!.actions.edges.map((edge) => edge.node.ref);
    expect(refs).toHaveLength(refsResponse.data!.actions.totalCount);

    const page = await signInAsViewer(`/changes?from=${PERIOD.from}&to=${PERIOD.to}`);
    const panel = page.getByRole('region', { name: 'Download the data' });
    await panel.getByText('Every change from 1 November 2013 to 15 November 2013, both days included.').waitFor();

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download the actions as CSV' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/_actions_2013-11-15\.csv$/);
    const csv = await downloadedText(csvDownload);
    for (const ref of refs) expect(csv, ref).toContain(ref);
    await panel.getByText(`Downloaded ${csvDownload.suggestedFilename()}.`).waitFor();

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download the actions as XLSX' }).click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/_actions_2013-11-15\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(xlsxDownload)) as unknown as ExcelJS.Buffer);
    const cells = new Set<string>();
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((item) => cells.add(String(item.value))));
    for (const ref of refs) expect(cells.has(ref), ref).toBe(true);

    const [historyDownload] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download the history as CSV' }).click(),
    ]);
    expect(historyDownload.suggestedFilename()).toMatch(/_history_2013-11-01_to_2013-11-15\.csv$/);
    const history = await downloadedText(historyDownload);
    expect(history).toContain('Awaiting the public consultation.');
    // In English the files say words, and the codes keep columns of their own.
    const [englishHeader = []] = parseCsv(csv);
    expect(englishHeader).toEqual(expect.arrayContaining(['Status', 'Health', 'Status code']));

    // The panel asks for the interface's language: in French, French headings and the glossary's words.
    await page.getByRole('banner').getByLabel('Language').selectOption({ label: 'Français' });
    const frenchPanel = page.getByRole('region', { name: 'Télécharger les données' });
    const [frenchDownload] = await Promise.all([
      page.waitForEvent('download'),
      frenchPanel.getByRole('button', { name: 'Télécharger les actions en CSV' }).click(),
    ]);
    const [header = [], ...rows] = parseCsv(await downloadedText(frenchDownload));
    expect(header).toEqual(expect.arrayContaining(['Référence', 'État', 'Santé', 'Code de l’état']));
    const states = rows.map((row) => row[header.indexOf('État')]);
    expect(states.length).toBe(refs.length);
    for (const state of states) expect(['Non commencée', 'En cours', 'Achevée', 'Continue', 'Abandonnée']).toContain(state);
    await page.context().close();
  });

  it('says clearly when an export fails', async () => {
    const page = await signInAsViewer(`/changes?from=${PERIOD.from}&to=${PERIOD.to}`);
    await page.route('**/export/reports.csv*', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The export failed; the error was logged.' } }),
      }),
    );
    const panel = page.getByRole('region', { name: 'Download the data' });
    await panel.getByRole('button', { name: 'Download the member-state reports as CSV' }).click();
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Could not download the member-state reports as CSV: The export failed; the error was logged.');
    await page.context().close();
  });
});
