import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * What the machine must provide besides node_modules: a Java 17+ runtime for DynamoDB Local
 * (`npm start`, integration, infra and end-to-end tests) and Chromium for the end-to-end tests.
 * One check for `npm test`, `npm start` and `.ci/run`: where something is missing and the
 * machine can install it without asking (root, with apt-get) it is installed, saying what and
 * why; elsewhere the caller stops at once with one sentence naming the command to run.
 *
 * `decide` is the whole policy as a pure function; `ensurePrerequisites` looks at the machine,
 * acts on the decision and looks again after installing.
 */
export type Prerequisite = 'java' | 'chromium';

export const MINIMUM_JAVA = 17;
/**
 * Where Debian's `chromium-headless-shell` package puts Chromium's headless shell, the browser
 * test/support/browser.ts launches: the same Blink and V8 as Debian's `chromium`, built without
 * the desktop browser around them, as Playwright runs headless tests by default. The end-to-end
 * project took 27 % less CPU in it (docs/PERFORMANCE.md, "The test suite").
 */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium-headless-shell';

const APT_PACKAGE: Record<Prerequisite, string> = { java: 'openjdk-17-jre-headless', chromium: 'chromium-headless-shell' };

export interface Situation {
  needed: readonly Prerequisite[];
  /** Major version of the `java` on PATH; `null` when there is none, NaN when it did not say. */
  javaMajor: number | null;
  chromiumPath: string;
  /** True when CHROMIUM_PATH chose the path rather than the Debian default. */
  chromiumPathFromEnv: boolean;
  chromiumFound: boolean;
  root: boolean;
  aptGet: boolean;
  /** Whether apt-get already ran in this check, and how it ended. */
  install: 'not-tried' | 'done' | 'failed';
  /** How the sentence ends, e.g. "then run `npm test` again". */
  then: string;
}

export type Decision =
  { action: 'ready'; message: string } | { action: 'install'; packages: string[]; message: string } | { action: 'stop'; message: string };

const javaOk = (s: Situation) => s.javaMajor !== null && s.javaMajor >= MINIMUM_JAVA;

function describeMissing(prerequisite: Prerequisite, s: Situation): string {
  if (prerequisite === 'chromium') return `Chromium (the end-to-end tests launch ${s.chromiumPath})`;
  const found = s.javaMajor === null ? 'none on PATH' : Number.isNaN(s.javaMajor) ? 'an unknown version on PATH' : `Java ${s.javaMajor} on PATH`;
  return `a Java ${MINIMUM_JAVA}+ runtime (DynamoDB Local needs it; found ${found})`;
}

const joined = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''));
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const aptCommand = (packages: readonly string[]) => `\`sudo apt-get install -y ${packages.join(' ')}\``;

export function decide(s: Situation): Decision {
  const missing = s.needed.filter((p) => (p === 'java' ? !javaOk(s) : !s.chromiumFound));
  if (missing.length === 0) {
    const found = s.needed.map((p) => (p === 'java' ? `Java ${s.javaMajor}` : `Chromium at ${s.chromiumPath}`));
    return { action: 'ready', message: `Prerequisites: ${joined(found)}.` };
  }
  const what = joined(missing.map((p) => describeMissing(p, s)));
  const verb = missing.length > 1 ? 'are' : 'is';

  // apt-get would put Chromium at DEBIAN_CHROMIUM, which is not where CHROMIUM_PATH points.
  if (missing.includes('chromium') && s.chromiumPathFromEnv && s.chromiumPath !== DEBIAN_CHROMIUM) {
    const java = missing.includes('java') ? `, and install Java with ${aptCommand([APT_PACKAGE.java])}` : '';
    return {
      action: 'stop',
      message: `CHROMIUM_PATH is set to "${s.chromiumPath}", which is not an executable file: point it at a Chromium, or unset it to use Debian's ${DEBIAN_CHROMIUM} (${aptCommand([APT_PACKAGE.chromium])})${java}, ${s.then}.`,
    };
  }

  const packages = missing.map((p) => APT_PACKAGE[p]);
  const elsewhere = missing.includes('chromium') ? ' (or set CHROMIUM_PATH to a Chromium elsewhere)' : '';
  if (s.install === 'failed') {
    return {
      action: 'stop',
      message: `apt-get could not install ${packages.join(' and ')} (its output is above): fix that and run ${aptCommand(packages)}${elsewhere}, ${s.then}.`,
    };
  }
  if (s.install === 'done') {
    return {
      action: 'stop',
      message: `${capitalised(what)} ${verb} still missing after apt-get installed ${packages.join(' and ')}: make sure \`java -version\` reports ${MINIMUM_JAVA} or later and ${s.chromiumPath} exists${elsewhere}, ${s.then}.`,
    };
  }
  if (s.root && s.aptGet) {
    return {
      action: 'install',
      packages,
      message: `Installing ${packages.join(' and ')} with apt-get: ${what} ${verb} missing, and as root this machine can install ${missing.length > 1 ? 'them' : 'it'} without asking.`,
    };
  }
  const how = s.aptGet
    ? `run ${aptCommand(packages)}${elsewhere}`
    : `install ${missing.length > 1 ? 'them' : 'it'} with your system's package manager (on Debian or Ubuntu: ${aptCommand(packages)})${missing.includes('chromium') ? ' or set CHROMIUM_PATH to a Chromium elsewhere' : ''}`;
  return { action: 'stop', message: `${capitalised(what)} ${verb} missing: ${how}, ${s.then}.` };
}

/** The end of the sentence for the npm script that ran the check (npm sets npm_lifecycle_event). */
export function thenFor(lifecycleEvent: string | undefined): string {
  const script = lifecycleEvent?.startsWith('pre') ? lifecycleEvent.slice('pre'.length) : undefined;
  if (!script) return 'then try again';
  const command = script === 'test' || script === 'start' ? `npm ${script}` : `npm run ${script}`;
  const unit = script.startsWith('test') ? '; `npm run test:unit` needs neither Java nor Chromium' : '';
  return `then run \`${command}\` again${unit}`;
}

function javaMajorOnPath(): number | null {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) return null;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  if (!match) return Number.NaN;
  // Java 8 and earlier call themselves "1.8".
  return Number(match[1] === '1' ? match[2] : match[1]);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const onPath = (command: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && isExecutableFile(join(dir, command)));

function observe(needed: readonly Prerequisite[], install: Situation['install'], then: string): Situation {
  const chromiumPath = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
  return {
    needed,
    javaMajor: needed.includes('java') ? javaMajorOnPath() : null,
    chromiumPath,
    chromiumPathFromEnv: process.env.CHROMIUM_PATH !== undefined,
    chromiumFound: needed.includes('chromium') && isExecutableFile(chromiumPath),
    root: process.getuid?.() === 0,
    aptGet: onPath('apt-get'),
    install,
    then,
  };
}

function aptInstall(packages: readonly string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  // Waits for another apt/dpkg run to finish instead of failing on its lock.
  return aptGet(['update', '-qq']) && aptGet(['install', '-y', '-qq', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', ...packages]);
}

/**
 * Checks (and where allowed installs) what `needed` lists; false after printing the one sentence.
 * `quiet` leaves out the line that says all is there (the test runner's own check repeats it).
 */
export function ensurePrerequisites(needed: readonly Prerequisite[], then: string, { quiet = false } = {}): boolean {
  let decision = decide(observe(needed, 'not-tried', then));
  if (decision.action === 'install') {
    console.log(decision.message);
    const installed = aptInstall(decision.packages);
    decision = decide(observe(needed, installed ? 'done' : 'failed', then));
  }
  if (decision.action === 'ready') {
    if (!quiet) console.log(decision.message);
    return true;
  }
  console.error(decision.message);
  return false;
}
