import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under a path (files only), or 0 when it does not exist. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

/**
 * Builds the web app with Vite unless web/dist is newer than every source of it, so that
 * `npm start` on a fresh clone serves the dashboard and a restart does not rebuild for nothing.
 */
export async function ensureWebBuild(root: string, log: (message: string) => void, outDir?: string): Promise<string> {
  const webDir = join(root, 'web');
  const dist = outDir ?? join(webDir, 'dist');
  const built = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(join(webDir, 'src')),
    newestMtime(join(webDir, 'index.html')),
    newestMtime(join(webDir, 'public')),
    newestMtime(join(webDir, 'vite.config.ts')),
  );
  if (built > sources) return dist;
  log('Building the web app (first start or changed sources)…');
  const { build } = await import('vite');
  // Always React's production build: under vitest NODE_ENV is "test", which would otherwise
  // give the tests (and their timings) the development runtime and StrictMode's double effects.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(webDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return dist;
}
