import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../../scripts/local/web-build.js';
import { ensurePrerequisites } from '../../scripts/setup/prerequisites.js';

/**
 * The end-to-end tests drive the built dashboard, as `npm start` serves it. WEB_BUILD_DIR
 * builds elsewhere than web/dist, so two runs in one working tree do not overwrite each
 * other's build.
 */
export default async function setup(project: TestProject) {
  // The browser the end-to-end tests drive: installed where it may be, else one sentence (as `npm test`'s own check).
  if (!ensurePrerequisites(['chromium'], 'then run the tests again', { quiet: true })) throw new Error('Chromium is missing (see above).');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const outDir = process.env.WEB_BUILD_DIR ? resolve(process.env.WEB_BUILD_DIR) : undefined;
  project.provide('webRoot', await ensureWebBuild(root, (message) => console.log(message), outDir));
}

declare module 'vitest' {
  export interface ProvidedContext {
    webRoot: string;
  }
}
