import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../../scripts/local/web-build.js';

/** The end-to-end tests drive the built dashboard, as `npm start` serves it. */
export default async function setup(project: TestProject) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  project.provide('webRoot', await ensureWebBuild(root, (message) => console.log(message)));
}

declare module 'vitest' {
  export interface ProvidedContext {
    webRoot: string;
  }
}
