import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue as strategyCatalogue } from '../functions/domain/strategy-catalogue.js';
import { readWorkbook } from '../functions/import/read-workbook.js';
import { generateCatalogue } from './bench/dataset.js';
import { seededRandom } from './bench/stats.js';
import { startDynamoDbLocal } from './local/dynamodb-local.js';
import { startLocalServer } from './local/server.js';

/**
 * `npm run bench:import`: the spreadsheet round trip (issue 13) on a 1,000-row workbook, the
 * most an upload may hold. The strategy has 49 actions, so the bench loads a generated
 * catalogue of 1,000 (scripts/bench/dataset.ts) on DynamoDB Local: a coordinator downloads the
 * workbook of all 1,000, changes every row's progress and note with exceljs, uploads it for a
 * preview, applies it (1,000 updateAction mutations through the API's own app), applies it
 * again (nothing written) and uploads it again (all unchanged). Prints each step's time and the
 * process's peak RSS and heap during it. The server runs in this process, so the memory figures
 * are the whole server's (DynamoDB Local is a separate Java process, not counted); the parse
 * alone (readWorkbook, what bounds the import's memory) is measured on its own first.
 */
const ROWS = 1_000;

interface Peak {
  rss: number;
  heapUsed: number;
}

/** Runs `work`, sampling memory every 5 ms; returns its time and the peaks seen. */
async function measure<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peak: Peak; before: Peak }> {
  global.gc?.();
  const start = process.memoryUsage();
  const peak: Peak = { rss: start.rss, heapUsed: start.heapUsed };
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
  }, 5);
  const started = performance.now();
  try {
    const value = await work();
    const end = process.memoryUsage();
    peak.rss = Math.max(peak.rss, end.rss);
    peak.heapUsed = Math.max(peak.heapUsed, end.heapUsed);
    return { value, ms: performance.now() - started, peak, before: { rss: start.rss, heapUsed: start.heapUsed } };
  } finally {
    clearInterval(timer);
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function report(label: string, result: { ms: number; peak: Peak; before: Peak }, extra = '') {
  console.log(
    `${label.padEnd(34)} ${`${(result.ms / 1000).toFixed(2)} s`.padStart(9)}   peak RSS ${mb(result.peak.rss).padStart(7)} (+${mb(result.peak.rss - result.before.rss)})   peak heap ${mb(result.peak.heapUsed).padStart(7)} (+${mb(Math.max(0, result.peak.heapUsed - result.before.heapUsed))})${extra ? `   ${extra}` : ''}`,
  );
}

type Answer = { id: string; rows: { outcome: string }[]; error?: { message: string } };

const tally = (rows: { outcome: string }[]) =>
  Object.entries(rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.outcome]: (counts[row.outcome] ?? 0) + 1 }), {}))
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(', ');

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-import-'));
  const dynamo = await startDynamoDbLocal({ inMemory: true });
  const catalogue = generateCatalogue(strategyCatalogue, ROWS, seededRandom(13));
  const server = await startLocalServer({
    dynamoEndpoint: dynamo.endpoint,
    tableName: `bench-import-${randomUUID().slice(0, 8)}`,
    dataDir,
    port: 0,
    quiet: true,
    catalogue,
  });
  try {
    const signIn = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'coordinator' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const authorization = `Bearer ${token}`;
    console.log(
      `Spreadsheet round trip, ${ROWS} actions (generated catalogue), a coordinator, on DynamoDB Local; Node ${process.version}, ${process.arch}.`,
    );

    const downloaded = await measure(
      async () => new Uint8Array(await (await fetch(`${server.url}/export/workbook.xlsx`, { headers: { authorization } })).arrayBuffer()),
    );
    report('download the workbook', downloaded, `${(downloaded.value.byteLength / 1024).toFixed(0)} kB`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(downloaded.value) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Actions')!;
    for (let number = 2; number <= sheet.rowCount; number += 1) {
      const row = sheet.getRow(number);
      row.getCell(5).value = 'In progress';
      row.getCell(6).value = 10 + (number % 80);
      row.getCell(9).value = `Quarterly figures received for row ${number}; the agency's report is due next month.`;
    }
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    console.log(`edited workbook: ${sheet.rowCount - 1} rows, ${(edited.byteLength / 1024).toFixed(0)} kB`);

    const parsed = await measure(() => readWorkbook(edited));
    report('parse only (readWorkbook)', parsed, `${parsed.value.rows.length} rows read`);

    const upload = () =>
      measure(async () => {
        const response = await fetch(`${server.url}/import/workbook.xlsx`, { method: 'POST', headers: { authorization }, body: edited });
        return (await response.json()) as Answer;
      });
    const preview = await upload();
    if (preview.value.error) throw new Error(preview.value.error.message);
    report('upload → preview', preview, tally(preview.value.rows));

    const apply = () =>
      measure(async () => {
        const response = await fetch(`${server.url}/import/${preview.value.id}/apply`, { method: 'POST', headers: { authorization } });
        return (await response.json()) as Answer;
      });
    // One apply writes for at most 20 s (functions/import/http.ts) and leaves the rest for the next.
    const applied = await measure(async () => {
      let calls = 0;
      let answer: Answer;
      do {
        answer = (await (
          await fetch(`${server.url}/import/${preview.value.id}/apply`, { method: 'POST', headers: { authorization } })
        ).json()) as Answer;
        calls += 1;
      } while (answer.rows.some((row) => (row as { reason?: string }).reason === 'NOT_REACHED') && calls < 10);
      return { answer, calls };
    });
    report('apply (1 mutation per changed row)', applied, `${tally(applied.value.answer.rows)} in ${applied.value.calls} call(s)`);
    const again = await apply();
    report('apply the same preview again', again, tally(again.value.rows));
    const reupload = await upload();
    report('upload the same file again', reupload, tally(reupload.value.rows));
  } finally {
    await server.close();
    await dynamo.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
