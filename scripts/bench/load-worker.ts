import { parentPort } from 'node:worker_threads';
import { runLoad, type LoadRun } from './load.js';

/**
 * The load generator's thread: requests are built, sent and checked here, so that the client's
 * work (JSON parsing of large responses in particular) does not run on the server's event loop.
 */
if (!parentPort) throw new Error('load-worker.ts runs as a worker thread');
const port = parentPort;
port.on('message', (run: LoadRun) => {
  runLoad(run).then(
    (result) => port.postMessage({ ok: true, result }),
    (error: unknown) => port.postMessage({ ok: false, error: String(error) }),
  );
});
