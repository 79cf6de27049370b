import { Worker } from 'node:worker_threads';
import type { LoadResult, LoadRun } from './load.js';

/**
 * Runs load in a worker thread. tsx does not hook worker threads on Node 20, so the worker is
 * started from a one-line bootstrap that registers tsx's loader and imports load-worker.ts.
 */
export interface LoadClient {
  run(run: LoadRun): Promise<LoadResult>;
  close(): Promise<void>;
}

export function startLoadClient(): LoadClient {
  const entry = new URL('./load-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true });
  let pending: { resolve(result: LoadResult): void; reject(error: Error): void } | undefined;
  worker.on('message', (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
    const waiting = pending;
    pending = undefined;
    if (message.ok) waiting?.resolve(message.result);
    else waiting?.reject(new Error(message.error));
  });
  worker.on('error', (error) => {
    pending?.reject(error);
    pending = undefined;
  });
  return {
    run(run) {
      if (pending) return Promise.reject(new Error('one load run at a time'));
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage(run);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
