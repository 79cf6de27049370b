import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { TOKEN_STORAGE_KEY } from '../../web/src/auth/session.js';
import { signIn, type TestServer } from './local-server.js';

/**
 * A page in a new browser context (a fresh profile), signed in as a local user without going
 * through the sign-in page, then opened at `path`. The token is the one the sign-in page would
 * get (`POST /auth/local`, the same request), and it is put where the app keeps its session
 * (sessionStorage, web/src/auth/session.ts) before the app's first script runs, once per tab:
 * a sign-out or a refused token later on stays so across reloads, as after a real sign-in.
 *
 * The sign-in page itself, and the return to the page asked for, are tested where they are
 * the subject (sign-in-and-catalogue.test.ts, tasks.test.ts, people.test.ts); every other
 * test used to click through it first, about a second of each.
 *
 * It returns once the page's heading is drawn; what else the test needs, it waits for.
 * `who` is a local user's id (`coordinator`) or the name the sign-in page shows for them
 * (`Commission coordinator`).
 */
export async function signedInPage(
  browser: Browser,
  server: Pick<TestServer, 'url' | 'users'>,
  who: string,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const user = server.users.find((candidate) => candidate.id === who || candidate.name === who);
  if (!user) throw new Error(`No local user ${who}.`);
  const token = await signIn(server, user.id);
  const context = await browser.newContext(options);
  await context.addInitScript(
    ({ key, token, seeded }) => {
      try {
        if (window.sessionStorage.getItem(seeded)) return;
        window.sessionStorage.setItem(seeded, 'yes');
        window.sessionStorage.setItem(key, token);
      } catch {
        // about:blank has no storage of the app's origin; the first page of the server's does.
      }
    },
    { key: TOKEN_STORAGE_KEY, token, seeded: 'test.session-seeded' },
  );
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  // The app has started, in its language, and the page has drawn its heading (a page still
  // loading its data draws it too): as far as a click on the sign-in page used to bring it.
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}
