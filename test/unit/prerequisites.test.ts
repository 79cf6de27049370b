import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decide, thenFor, type Situation } from '../../scripts/setup/prerequisites.js';

const then = 'then run `npm test` again';
const situation = (overrides: Partial<Situation>): Situation => ({
  needed: ['java', 'chromium'],
  javaMajor: 17,
  chromiumPath: '/usr/bin/chromium-headless-shell',
  chromiumPathFromEnv: false,
  chromiumFound: true,
  root: false,
  aptGet: true,
  install: 'not-tried',
  then,
  ...overrides,
});

describe('decide (what the prerequisites check does on a machine)', () => {
  it('is ready when Java 17+ and Chromium are there, and says what it found', () => {
    expect(decide(situation({ javaMajor: 21 }))).toEqual({
      action: 'ready',
      message: 'Prerequisites: Java 21 and Chromium at /usr/bin/chromium-headless-shell.',
    });
  });

  it('installs what is missing with apt-get as root, saying what and why', () => {
    const decision = decide(situation({ root: true, chromiumFound: false }));
    expect(decision).toMatchObject({ action: 'install', packages: ['chromium-headless-shell'] });
    expect(decision.message).toBe(
      'Installing chromium-headless-shell with apt-get: Chromium (the end-to-end tests launch /usr/bin/chromium-headless-shell) is missing, and as root this machine can install it without asking.',
    );
  });

  it('treats a Java older than 17, or one that does not say its version, as missing', () => {
    const old = decide(situation({ root: true, javaMajor: 11 }));
    expect(old).toMatchObject({ action: 'install', packages: ['openjdk-17-jre-headless'] });
    expect(old.message).toContain('found Java 11 on PATH');
    expect(decide(situation({ root: true, javaMajor: Number.NaN }))).toMatchObject({ action: 'install', packages: ['openjdk-17-jre-headless'] });
  });

  it('without root, stops with one sentence naming the command, CHROMIUM_PATH and what to run next', () => {
    const decision = decide(situation({ javaMajor: null, chromiumFound: false }));
    expect(decision).toEqual({
      action: 'stop',
      message:
        'A Java 17+ runtime (DynamoDB Local needs it; found none on PATH) and Chromium (the end-to-end tests launch /usr/bin/chromium-headless-shell) are missing: ' +
        'run `sudo apt-get install -y openjdk-17-jre-headless chromium-headless-shell` (or set CHROMIUM_PATH to a Chromium elsewhere), then run `npm test` again.',
    });
  });

  it('without apt-get, even as root, points to the system package manager', () => {
    const decision = decide(situation({ root: true, aptGet: false, chromiumFound: false }));
    expect(decision.action).toBe('stop');
    expect(decision.message).toBe(
      "Chromium (the end-to-end tests launch /usr/bin/chromium-headless-shell) is missing: install it with your system's package manager " +
        '(on Debian or Ubuntu: `sudo apt-get install -y chromium-headless-shell`) or set CHROMIUM_PATH to a Chromium elsewhere, then run `npm test` again.',
    );
  });

  it('does not install Debian Chromium when CHROMIUM_PATH points somewhere else that has none', () => {
    const decision = decide(situation({ root: true, chromiumPath: '/opt/chrome/chrome', chromiumPathFromEnv: true, chromiumFound: false }));
    expect(decision.action).toBe('stop');
    expect(decision.message).toMatch(/^CHROMIUM_PATH is set to "\/opt\/chrome\/chrome", which is not an executable file/);
    // CHROMIUM_PATH set to the Debian path itself is what apt-get provides.
    expect(decide(situation({ root: true, chromiumPathFromEnv: true, chromiumFound: false }))).toMatchObject({
      action: 'install',
      packages: ['chromium-headless-shell'],
    });
  });

  it('checks only what the command needs: `npm start` and the integration tests need no Chromium', () => {
    expect(decide(situation({ needed: ['java'], chromiumFound: false }))).toEqual({ action: 'ready', message: 'Prerequisites: Java 17.' });
    expect(decide(situation({ needed: ['chromium'], javaMajor: null })).action).toBe('ready');
  });

  it('stops instead of installing again when apt-get ran and something is still missing, or when apt-get failed', () => {
    const still = decide(situation({ root: true, javaMajor: 11, install: 'done' }));
    expect(still.action).toBe('stop');
    expect(still.message).toContain('still missing after apt-get installed openjdk-17-jre-headless');
    const failed = decide(situation({ root: true, chromiumFound: false, install: 'failed' }));
    expect(failed.action).toBe('stop');
    expect(failed.message).toMatch(/^apt-get could not install chromium-headless-shell/);
  });

  it('ends every sentence with how to carry on, on one line', () => {
    const stops = [
      situation({ javaMajor: null }),
      situation({ aptGet: false, chromiumFound: false }),
      situation({ chromiumPath: '/x', chromiumPathFromEnv: true, chromiumFound: false, javaMajor: null }),
      situation({ root: true, chromiumFound: false, install: 'done' }),
    ].map(decide);
    for (const decision of stops) {
      expect(decision.action).toBe('stop');
      expect(decision.message).not.toContain('\n');
      expect(decision.message.endsWith(`${then}.`)).toBe(true);
    }
  });
});

describe('thenFor (the npm script to run again)', () => {
  it('names the script npm ran the check for', () => {
    expect(thenFor('pretest')).toBe('then run `npm test` again; `npm run test:unit` needs neither Java nor Chromium');
    expect(thenFor('pretest:e2e')).toBe('then run `npm run test:e2e` again; `npm run test:unit` needs neither Java nor Chromium');
    expect(thenFor('prestart')).toBe('then run `npm start` again');
    expect(thenFor(undefined)).toBe('then try again');
  });
});

describe('scripts/setup/check.ts', () => {
  it('exits 1 with the one sentence, and nothing else, when Chromium is not where CHROMIUM_PATH says', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/setup/check.ts', 'chromium'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', npm_lifecycle_event: 'pretest:e2e' },
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'CHROMIUM_PATH is set to "/nonexistent/chromium", which is not an executable file: point it at a Chromium, or unset it to use ' +
        "Debian's /usr/bin/chromium-headless-shell (`sudo apt-get install -y chromium-headless-shell`), then run `npm run test:e2e` again; `npm run test:unit` needs neither Java nor Chromium.\n",
    );
  });
});
