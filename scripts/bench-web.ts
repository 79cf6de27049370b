import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { launchBrowser } from '../test/support/browser.js';
import { percentile } from './bench/stats.js';
import { bundleSizes } from './bench-web/bundle.js';
import { startDynamoDbLocal } from './local/dynamodb-local.js';
import { startLocalServer } from './local/server.js';
import { ensureWebBuild } from './local/web-build.js';

/**
 * `npm run bench:web`: the dashboard's budgets (issue #5), measured in headless Chromium
 * against the local stack with a fresh build:
 * - the first script (entry + the chunks index.html preloads) and all scripts, gzip;
 * - the overview page, opened signed in with an empty cache: largest contentful paint,
 *   cumulative layout shift, the time until it is fully drawn with data (charts drawn,
 *   nothing loading), and the scripts it needed.
 * Knobs: BENCH_WEB_RUNS (15), BENCH_WEB_PAGE (/overview).
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 15);
const PAGE = process.env.BENCH_WEB_PAGE ?? '/overview';
const BUDGET = { initialKb: 100, allKb: 250, lcpMs: 1500, cls: 0.02 };
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

interface Run {
  lcp: number;
  cls: number;
  drawn: number;
  scripts: string[];
}

/** Collects LCP and layout shifts from the first moment of the page. */
const OBSERVE = `
  window.__bench = { lcp: 0, cls: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function main() {
  const dist = await mkdtemp(join(tmpdir(), 'bench-web-dist-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-web-data-'));
  console.log('Building the web app…');
  await ensureWebBuild(root, () => undefined, dist);
  const sizes = bundleSizes(dist);

  const dynamo = await startDynamoDbLocal({ inMemory: true });
  const server = await startLocalServer({
    dynamoEndpoint: dynamo.endpoint,
    tableName: `bench-web-${randomUUID()}`,
    dataDir,
    port: 0,
    webRoot: dist,
    quiet: true,
  });
  const browser = await launchBrowser();
  try {
    const response = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'viewer' }),
    });
    const { token } = (await response.json()) as { token: string };

    const runs: Run[] = [];
    for (let i = 0; i < RUNS + 1; i += 1) {
      // A new context each time: an empty cache, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(
        `sessionStorage.setItem('strategy-tracker.token', ${JSON.stringify(token)}); localStorage.setItem('strategy-tracker.language', 'en');`,
      );
      await context.addInitScript(OBSERVE);
      const page = await context.newPage();
      await page.goto(`${server.url}${PAGE}`);
      // Fully drawn: the page's heading and at least one chart are there and nothing is loading.
      const drawn = await page.waitForFunction(
        () =>
          document.querySelector('main h1') !== null &&
          document.querySelector('.recharts-surface') !== null &&
          [...document.querySelectorAll('.loading')].every((element) => element.textContent?.trim() === '') &&
          performance.now(),
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      const drawnAt = (await drawn.jsonValue()) as number;
      await page.waitForTimeout(300);
      const result = await page.evaluate(() => {
        const bench = (window as unknown as { __bench: { lcp: number; cls: number } }).__bench;
        const scripts = performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.endsWith('.js'));
        return { lcp: bench.lcp, cls: bench.cls, scripts };
      });
      // The first run warms the server (its first dashboard), not the browser.
      if (i > 0) runs.push({ ...result, drawn: drawnAt });
      await context.close();
    }

    const lcps = runs.map((run) => run.lcp);
    const drawns = runs.map((run) => run.drawn);
    const worstCls = Math.max(...runs.map((run) => run.cls));
    const pageScripts = new Set(runs.flatMap((run) => run.scripts).filter((path) => path.startsWith('/assets/')));
    const pageJs = [...pageScripts].reduce((total, path) => total + (sizes.byPath.get(path) ?? 0), 0);

    console.log('');
    console.log(`Dashboard web budgets (${RUNS} cold loads of ${PAGE} in headless Chromium, localhost, fresh build)`);
    console.log(
      `  First script (entry + preloaded chunks, gzip): ${kb(sizes.initial.gzip)} in ${sizes.initial.files.length} files — budget ${BUDGET.initialKb} kB: ${verdict(sizes.initial.gzip <= BUDGET.initialKb * 1000)}`,
    );
    console.log(
      `  All scripts (gzip):                           ${kb(sizes.all.gzip)} in ${sizes.all.files} files — budget ${BUDGET.allKb} kB: ${verdict(sizes.all.gzip <= BUDGET.allKb * 1000)}`,
    );
    console.log(`  Scripts the ${PAGE} page loaded (gzip):       ${kb(pageJs)} in ${pageScripts.size} files`);
    console.log(
      `  Largest contentful paint: p50 ${percentile(lcps, 50).toFixed(0)} ms, p95 ${percentile(lcps, 95).toFixed(0)} ms, max ${Math.max(...lcps).toFixed(0)} ms — budget ${BUDGET.lcpMs} ms: ${verdict(percentile(lcps, 95) <= BUDGET.lcpMs)}`,
    );
    console.log(`  Fully drawn with data:    p50 ${percentile(drawns, 50).toFixed(0)} ms, p95 ${percentile(drawns, 95).toFixed(0)} ms`);
    console.log(`  Cumulative layout shift:  worst ${worstCls.toFixed(4)} — budget ${BUDGET.cls}: ${verdict(worstCls <= BUDGET.cls)}`);
  } finally {
    await browser.close();
    await server.close();
    await dynamo.stop();
    await rm(dist, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
