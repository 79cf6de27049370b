import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip size of a built file, as a server compressing at level 9 would send it. */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export interface BundleSizes {
  /** The entry script and the chunks index.html preloads: what every first visit downloads before any page. */
  initial: { files: string[]; gzip: number };
  /** Every script of the app, all pages and languages. */
  all: { files: number; gzip: number };
  /** Gzip size of each script, by its path under the build (e.g. /assets/index-abc.js). */
  byPath: Map<string, number>;
}

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initialPaths = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]!);
  const byPath = new Map<string, number>();
  for (const name of readdirSync(join(dist, 'assets'))) {
    if (name.endsWith('.js')) byPath.set(`/assets/${name}`, gzipSize(join(dist, 'assets', name)));
  }
  const sum = (paths: Iterable<string>) => [...paths].reduce((total, path) => total + (byPath.get(path) ?? 0), 0);
  return {
    initial: { files: initialPaths, gzip: sum(initialPaths) },
    all: { files: byPath.size, gzip: sum(byPath.keys()) },
    byPath,
  };
}
