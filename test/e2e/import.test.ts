import ExcelJS from 'exceljs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clientFor, readAction } from '../support/api.js';
import { accessibilityViolations } from '../support/accessibility.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';
import { signedInPage } from '../support/session.js';

/**
 * "Update from a spreadsheet" in Chromium (issue 13), as an owning body uses it: download the
 * workbook, change two rows in it as a person would, upload it, read the preview, apply, and
 * find the changes on the action pages. Keyboard and screen reader: the controls are named,
 * the preview and the result are tables with captions, and axe finds nothing at each step.
 */
const ENISA_OWNER = 'European Network and Information Security Agency (ENISA): owner';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot'), clock: () => new Date('2013-09-02T09:00:00Z') });
  browser = await sharedBrowser();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

async function signedIn(path: string): Promise<Page> {
  const page = await signedInPage(browser, server, ENISA_OWNER, path, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.waitForURL((url) => url.pathname === path);
  return page;
}

function rowOf(sheet: ExcelJS.Worksheet, ref: string): ExcelJS.Row {
  for (let number = 2; number <= sheet.rowCount; number += 1) if (sheet.getRow(number).getCell(1).value === ref) return sheet.getRow(number);
  throw new Error(`no row ${ref}`);
}

describe('update from a spreadsheet', () => {
  it('an owner downloads the workbook, edits two rows, previews, applies, and the action pages show the changes with the day they happened', async () => {
    const page = await signedIn('/import');
    await page.getByRole('heading', { level: 1, name: 'Update from a spreadsheet' }).waitFor();
    // The menu leads here.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Update from a spreadsheet' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the workbook (XLSX)' }).click()]);
    expect(download.suggestedFilename()).toBe('eu-cybersecurity-2013_update_2013-09-02.xlsx');
    const workbook = new ExcelJS.Workbook();
    // Read through the browser's stream: path() is not there when the browser is connected to remotely.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Actions')!;
    const first = rowOf(sheet, '2.1-04');
    first.getCell(5).value = 'In progress';
    first.getCell(6).value = 40;
    first.getCell(10).value = new Date('2013-08-20T00:00:00Z');
    const second = rowOf(sheet, '2.1-05');
    second.getCell(6).value = 25;
    second.getCell(9).value = 'Workshop with the national CERTs held.';
    const file = join(await mkdtemp(join(tmpdir(), 'import-e2e-')), 'filled-in.xlsx');
    await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));

    await page.getByLabel('Filled-in workbook (.xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Show what would change' }).click();
    const preview = page.getByRole('table', { name: 'Rows that differ from what is saved (unchanged rows are not listed)' });
    await preview.waitFor();
    expect(await page.getByText(/^2 to change, 0 invalid, 0 in conflict, \d+ unchanged\.$/).count()).toBe(1);
    const firstBox = page.getByRole('checkbox', { name: `Apply the change to 2.1-04 (row ${first.number})` });
    const secondBox = page.getByRole('checkbox', { name: `Apply the change to 2.1-05 (row ${second.number})` });
    expect(await firstBox.isChecked()).toBe(true);
    expect(await secondBox.isChecked()).toBe(true);
    const firstRow = await preview.getByRole('row', { name: /2\.1-04/ }).innerText();
    expect(firstRow).toContain('Status');
    expect(firstRow).toContain('Not started → In progress');
    expect(firstRow).toContain('0 → 40');
    expect(firstRow).toContain('It happened on 20 August 2013.');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Nothing is written by the preview.
    const viewer = await clientFor(server, 'viewer');
    expect((await readAction(viewer, '2.1-04')).version).toBe(1);

    // By keyboard: focus the apply button and press Enter.
    await page.getByRole('button', { name: 'Apply the selected changes (2)' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '4. Result' }).waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'applied' }).innerText()).toMatch(/^2 applied, 0 failed, \d+ not applied\.$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: '2.1-04' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Action 2.1-04' }).waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await expect.poll(() => history.innerText()).toContain('Progress: 0% → 40%');
    expect(await history.innerText()).toContain('Status: Not started → In progress');
    // With the day it happened, since it was recorded later.
    expect(await history.innerText()).toMatch(
      /Took effect on 20 Aug\w* 2013, recorded on 2 Sep\w* 2013 by European Network and Information Security Agency \(ENISA\): owner/,
    );
    expect(await page.getByRole('progressbar', { name: 'Progress' }).getAttribute('value')).toBe('40');

    await page.goto(`${server.url}/actions/2.1-05`);
    await page.getByRole('heading', { level: 1, name: 'Action 2.1-05' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'History' }).innerText()).toContain('Progress: 0% → 25%');
    expect(await page.getByRole('main').innerText()).toContain('Workshop with the national CERTs held.');
  });
});
