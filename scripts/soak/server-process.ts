/**
 * The soak's server: the local server (startLocalServer, as `npm start` and the tests run it)
 * in a process of its own, so that its memory is measured apart from the load, with the fault
 * injector that STRATEGY_TRACKER_FAULTS asks for installed on its DynamoDB client. The soak
 * drives it over IPC: faults on or off, memory after a full garbage collection, stop.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { startLocalServer } from '../local/server.js';
import { faultInjectorFromEnvironment } from '../local/faults.js';
import type { FromServer, ToServer } from './protocol.js';

function send(message: FromServer) {
  process.send?.(message);
}

async function main() {
  const { SOAK_DYNAMO_ENDPOINT: dynamoEndpoint, SOAK_TABLE: tableName, SOAK_DATA_DIR: dataDir } = process.env;
  if (!dynamoEndpoint || !tableName || !dataDir || !process.send) throw new Error('server-process.ts is started by scripts/soak.ts.');
  const faults = faultInjectorFromEnvironment();
  if (!faults) throw new Error('The soak server needs STRATEGY_TRACKER_FAULTS.');
  const server = await startLocalServer({
    dynamoEndpoint,
    tableName,
    dataDir,
    port: 0,
    quiet: true,
    instrumentClient: (client) => faults.install(client),
  });
  process.on('message', (message: ToServer) => {
    switch (message.type) {
      case 'faults':
        faults.enabled = message.enabled;
        send({ type: 'faults', enabled: faults.enabled, counts: faults.counts });
        return;
      case 'memory': {
        const collect = (globalThis as { gc?: () => void }).gc;
        if (!collect) throw new Error('start the soak server with --expose-gc');
        collect();
        collect();
        const { rss, heapUsed } = process.memoryUsage();
        send({ type: 'memory', rss, heapUsed });
        return;
      }
      case 'stop':
        void server.close().finally(() => process.exit(0));
        return;
    }
  });
  send({ type: 'ready', url: server.url, pid: process.pid });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
