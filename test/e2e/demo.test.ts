import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoClock, recordDemoOnce } from '../../scripts/demo/load.js';
import type { RecordedDemo } from '../../scripts/demo/record.js';
import { clientFor } from '../support/api.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { parseCsv } from '../support/csv.js';
import { signIn, startTestServer, type TestServer } from '../support/local-server.js';
import { EVERY_PAGE, settled } from '../support/pages.js';

/**
 * The demo year (issue 13, `npm start -- --demo`): recorded through the real API on the first
 * start, then every page renders it without a console error and says it is demonstration data.
 */
let server: TestServer;
let browser: Browser;
let recorded: RecordedDemo | null;
let recordedAgain: RecordedDemo | null;

beforeAll(async () => {
  const clock = demoClock(true);
  server = await startTestServer({ webRoot: inject('webRoot'), clock: clock.now, demo: true });
  recorded = await recordDemoOnce({ server, dataDir: server.dataDir, clock });
  // The figure the issue budgets (under 30 s), printed rather than asserted: machines are noisy.
  console.log(`demo year: ${recorded?.calls} calls (${recorded?.backdated} recorded late) in ${((recorded?.ms ?? 0) / 1000).toFixed(1)} s`);
  recordedAgain = await recordDemoOnce({ server, dataDir: server.dataDir, clock: demoClock(false) });
  browser = await sharedBrowser();
}, 180_000);
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

const DASHBOARD = /* GraphQL */ `
  query ($asOf: Date) {
    dashboard(asOf: $asOf) {
      totals {
        completed
        actions
      }
      lateRecords
    }
    snapshots {
      edges {
        node {
          name
          asOf
        }
      }
    }
    reportingRounds {
      open
      closedAt
    }
  }
`;

describe('the demo year', () => {
  it('is recorded once, through the API: completions (some recorded late), two closed rounds, the conference snapshot', async () => {
    expect(recorded?.calls).toBeGreaterThan(400);
    expect(recorded?.backdated).toBeGreaterThan(10);
    expect(recordedAgain).toBeNull();
    const viewer = await clientFor(server, 'viewer');
    const { data, errors } = await viewer.call<{
      dashboard: { totals: { completed: number; actions: number }; lateRecords: number };
      snapshots: { edges: { node: { name: string; asOf: string } }[] };
      reportingRounds: { open: boolean; closedAt: string | null }[];
    }>(DASHBOARD, { asOf: '2014-02-06' });
    expect(errors).toBeUndefined();
    expect(data?.dashboard.totals.completed).toBeGreaterThan(5);
    expect(data?.dashboard.totals.completed).toBeLessThan(data!.dashboard.totals.actions);
    expect(data?.dashboard.lateRecords).toBeGreaterThan(0);
    // The newest is the conference's; each round's closing froze one too.
    expect(data?.snapshots.edges.map(({ node }) => node.name)).toEqual([
      'As presented to the review conference',
      'Reporting round "Second reporting round, November 2013" closed',
      'Reporting round "First reporting round, June 2013" closed',
    ]);
    expect(data?.reportingRounds.filter((round) => !round.open && round.closedAt)).toHaveLength(2);
  });

  it('labels every row of an export, in the reader language', async () => {
    const token = await signIn(server, 'viewer');
    const response = await fetch(`${server.url}/export/actions.csv?lang=fr`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(header?.[0]).toBe('Données de démonstration');
    expect(rows).toHaveLength(49);
    for (const row of rows) expect(row[0]).toBe('Données de démonstration, pas le registre réel');
  });

  it('renders on every page without a console error, each page saying it is demonstration data', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('button', { name: 'Commission coordinator', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    for (const path of EVERY_PAGE) {
      await settled(page, `${server.url}${path}`);
      await expect
        .poll(() => page.getByRole('note').filter({ hasText: 'Demonstration data, not the real record.' }).isVisible(), { message: path })
        .toBe(true);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
