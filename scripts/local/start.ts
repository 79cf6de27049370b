/**
 * `npm start`: the whole product on one machine, no AWS account. DynamoDB Local keeps data in
 * DATA_DIR (default .data/), the catalogue is loaded idempotently, and the API, local sign-in
 * and dashboard are served on one origin at PORT (default 4000), on 127.0.0.1 unless HOST says
 * otherwise (with a warning: local sign-in needs no password). Ctrl-C stops everything.
 *
 * `npm start -- --demo`: the same product on its own data folder (default .data-demo/) holding
 * a synthetic year of use, recorded once through the API on the first start (scripts/demo).
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllowedOrigins } from '../../graphql/front-door.js';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';
import { LOOPBACK_HOST } from './listen-address.js';
import { makePrivateDir, writePrivateFile } from './private-files.js';
import { startLocalServer, type LocalServer } from './server.js';
import { ensureWebBuild } from './web-build.js';
import { ensurePrerequisites } from '../setup/prerequisites.js';
import { DEMO_MARKER, demoClock, recordDemoOnce } from '../demo/load.js';

const TABLE_NAME = 'strategy-tracker';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function parsePort(value: string | undefined): number {
  const port = Number(value ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${value}".`);
  return port;
}

async function main() {
  if (!ensurePrerequisites(['java'], 'then run `npm start` again')) process.exit(1);
  const startedAt = performance.now();
  const demo = process.argv.slice(2).includes('--demo');
  const dataDir = resolve(process.env.DATA_DIR ?? join(root, demo ? '.data-demo' : '.data'));
  const port = parsePort(process.env.PORT);
  const host = process.env.HOST?.trim() || LOOPBACK_HOST;
  const allowedOrigins = parseAllowedOrigins(process.env.CORS_ALLOWED_ORIGINS);
  const log = (message: string) => console.log(message);

  let dynamo: DynamoDbLocal | undefined;
  let server: LocalServer | undefined;
  const stateFile = join(dataDir, 'local-stack.json');
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await server?.close().catch(() => undefined);
    await dynamo?.stop().catch(() => undefined);
    await rm(stateFile, { force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    await makePrivateDir(dataDir);
    // A demo whose recording was interrupted starts again from an empty table.
    const recordDemo = demo && !existsSync(join(dataDir, DEMO_MARKER));
    if (recordDemo) await rm(join(dataDir, 'dynamodb'), { recursive: true, force: true });
    await mkdir(join(dataDir, 'dynamodb'), { recursive: true, mode: 0o700 });
    const clock = demo ? demoClock(recordDemo) : undefined;
    const [startedDynamo, webRoot] = await Promise.all([startDynamoDbLocal({ dbPath: join(dataDir, 'dynamodb') }), ensureWebBuild(root, log)]);
    dynamo = startedDynamo;
    server = await startLocalServer({
      dynamoEndpoint: dynamo.endpoint,
      tableName: TABLE_NAME,
      dataDir,
      port,
      host,
      allowedOrigins,
      webRoot,
      ...(clock ? { clock: clock.now, demo: true } : {}),
    });
    await writePrivateFile(
      stateFile,
      JSON.stringify({ url: server.url, dynamoEndpoint: dynamo.endpoint, tableName: TABLE_NAME, pid: process.pid }, null, 2),
    );
    const { created, corrected, unchanged } = server.catalogueLoad;
    log(`Catalogue: ${created} actions added, ${corrected} corrected, ${unchanged} unchanged.`);
    if (clock) {
      const recorded = await recordDemoOnce({ server, dataDir, clock });
      log(
        recorded
          ? `Demo year recorded: ${recorded.calls} changes through the API (${recorded.backdated} recorded late) in ${(recorded.ms / 1000).toFixed(1)} s.`
          : 'Demo year: already recorded.',
      );
      log('Demonstration data, not the real record: `npm start` without --demo serves the strategy as written.');
    }
    log(`Data is kept in ${dataDir}.`);
    log(`Strategy Tracker is running at ${server.url} (started in ${((performance.now() - startedAt) / 1000).toFixed(1)} s). Ctrl-C stops it.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${port} is in use: is Strategy Tracker already running? Set PORT to use another port.`);
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    await stop(1);
  }
}

void main();
