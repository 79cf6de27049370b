/** Small statistics and formatting helpers for the API benchmark. */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Times `run` `times` times (after one untimed call when `warm`); returns the median in ms and the last result. */
export async function timeMedian<T>(times: number, run: () => Promise<T>, warm = true): Promise<{ ms: number; result: T }> {
  let result = warm ? await run() : undefined;
  const samples: number[] = [];
  for (let index = 0; index < Math.max(1, times); index += 1) {
    const started = performance.now();
    result = await run();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), result: result as T };
}

export const ms = (value: number) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '–');

export const bytes = (value: number) =>
  value >= 1_048_576 ? `${(value / 1_048_576).toFixed(2)} MB` : value >= 1024 ? `${(value / 1024).toFixed(1)} kB` : `${value} B`;

/** A plain-text table; the first `left` columns are left-aligned, the others (figures) right-aligned. */
export function table(headers: string[], rows: (string | number)[][], left = 2): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column < left ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** The same rows as a Markdown table (for docs/PERFORMANCE.md). */
export function markdownTable(headers: string[], rows: (string | number)[][], left = 2): string {
  const line = (row: (string | number)[]) => `| ${row.join(' | ')} |`;
  return [line(headers), line(headers.map((_, column) => (column < left ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** A deterministic PRNG (mulberry32): the generated data set is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
