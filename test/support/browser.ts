import { chromium, type Browser } from 'playwright-core';
import { DEBIAN_CHROMIUM } from '../../scripts/setup/prerequisites.js';

/**
 * Debian's Chromium headless shell (`chromium-headless-shell`, which the prerequisites check
 * installs), driven by playwright-core (which never downloads a browser of its own).
 * Playwright gives every launch a fresh temporary profile; the flags keep Chromium from
 * reaching for a network this machine does not have.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;

/** `executablePath`: another Chromium than the tests' (bench:web measures the full browser). */
export function launchBrowser(executablePath = CHROMIUM_PATH): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The worker's one Chromium, shared by the end-to-end files it runs one after the other. The
 * e2e project shares its modules between the files of a worker (isolate: false), so this
 * module's browser outlives a file; each file still works in browser contexts of its own (a
 * fresh profile: no cookie, storage or cache of another file's) and closes them at its end
 * (`closeContexts`). A launch costs about a second of a core; some seventeen files ran one each.
 * The browser is launched here, in the worker, not connected to (`launchServer`): a download's
 * `path()` is not available to a connected client. Playwright kills it when the worker exits.
 */
let shared: Promise<Browser> | undefined;

export async function sharedBrowser(): Promise<Browser> {
  const current = await shared?.catch(() => undefined);
  if (current?.isConnected()) return current;
  shared = launchBrowser();
  return shared;
}

/** A file's end: closes the browser contexts it opened, and leaves the browser to the worker's next file. */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}
