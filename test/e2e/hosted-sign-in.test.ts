import { createHash } from 'node:crypto';
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../infra/constructs/web-hosting.js';
import { issueLocalToken } from '../../scripts/local/local-sign-in.js';
import { loadOrCreateSigningKey } from '../../scripts/local/signing-key.js';
import { closeContexts, sharedBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/local-server.js';

/**
 * The cloud's sign-in, played in Chromium: the page reads a cloud /config.json, sends the
 * browser to Cognito's hosted page with a PKCE challenge, exchanges the code at the token
 * endpoint with the verifier, and calls the API with the ID token, under the cloud's
 * Content-Security-Policy. Cognito is stood in for by routes on its real addresses; the ID token is signed with the local server's key, so
 * the real API accepts it and the header shows who signed in.
 */
const REGION = 'eu-west-1';
const POOL = 'eu-west-1_TestPool';
const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${POOL}`;
const DOMAIN = 'https://tracker-test.auth.eu-west-1.amazoncognito.com';
const CLIENT_ID = 'dashboard-client';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ webRoot: inject('webRoot') });
  browser = await sharedBrowser();
});
afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
});

function base64url(buffer: Buffer): string {
  return buffer.toString('base64').replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

describe('signing in through the hosted page (the cloud)', () => {
  it('completes the authorization code flow with PKCE, renews the token silently, and signs out through Cognito', async () => {
    const key = await loadOrCreateSigningKey(server.dataDir);
    const coordinator = server.users.find((user) => user.id === 'coordinator')!;
    // Issued a minute ago, so the renewed token issued now differs from it (its iat and exp do).
    const idToken = await issueLocalToken(coordinator, key, new Date(Date.now() - 60_000));
    const seen: { challenge?: string; method?: string; verifier?: string; grantClientId?: string; logout?: string } = {};

    const context = await browser.newContext();
    const page = await context.newPage();
    // The page runs under the cloud's Content-Security-Policy, as CloudFront sends it (less
    // upgrade-insecure-requests: this server speaks plain HTTP).
    const cloudPolicy = contentSecurityPolicy(DOMAIN).replace('; upgrade-insecure-requests', '');
    await page.route(`${server.url}/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': cloudPolicy } });
    });
    await page.route(`${server.url}/config.json`, (route) =>
      route.fulfill({
        json: {
          mode: 'cloud',
          apiUrl: `${server.url}/graphql`,
          auth: {
            kind: 'cognito',
            region: REGION,
            userPoolId: POOL,
            clientId: CLIENT_ID,
            domain: DOMAIN,
            redirectUri: `${server.url}/auth/callback`,
            logoutUri: `${server.url}/`,
            scopes: ['openid', 'email', 'profile'],
            token: 'id',
          },
        },
      }),
    );
    await page.route(`${DOMAIN}/oauth2/authorize**`, (route: Route) => {
      const url = new URL(route.request().url());
      seen.challenge = url.searchParams.get('code_challenge') ?? undefined;
      seen.method = url.searchParams.get('code_challenge_method') ?? undefined;
      const back = new URL(url.searchParams.get('redirect_uri')!);
      back.searchParams.set('code', 'the-code');
      back.searchParams.set('state', url.searchParams.get('state')!);
      // The hosted page, once the person has signed in, sends the browser back with the code.
      // (A page rather than a 302: Playwright does not route the requests a redirect makes.)
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>EU Login</title><script>location.replace(${JSON.stringify(back.toString())})</script>`,
      });
    });
    let renewedToken: string | undefined;
    await page.route(`${DOMAIN}/oauth2/token`, async (route) => {
      const form = new URLSearchParams(route.request().postData() ?? '');
      if (form.get('grant_type') === 'refresh_token') {
        if (form.get('refresh_token') !== 'refresh') return route.fulfill({ status: 400, json: { error: 'invalid_grant' } });
        renewedToken = await issueLocalToken({ ...coordinator, name: 'Commission coordinator' }, key);
        return route.fulfill({ json: { id_token: renewedToken, access_token: 'access-2', token_type: 'Bearer', expires_in: 3600 } });
      }
      seen.verifier = form.get('code_verifier') ?? undefined;
      seen.grantClientId = form.get('client_id') ?? undefined;
      const verified = seen.verifier !== undefined && base64url(createHash('sha256').update(seen.verifier).digest()) === seen.challenge;
      if (form.get('code') !== 'the-code' || !verified) return route.fulfill({ status: 400, json: { error: 'invalid_grant' } });
      return route.fulfill({
        // Expiring in 62 s: oidc-client-ts renews 60 s before expiry, so renewal comes at once.
        json: { id_token: idToken, access_token: 'access', refresh_token: 'refresh', token_type: 'Bearer', expires_in: 62 },
      });
    });
    await page.route(`${DOMAIN}/logout**`, (route) => {
      seen.logout = route.request().url();
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Signed out</title><h1>Signed out</h1>' });
    });

    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.url}/actions`);
    await page.getByRole('button', { name: 'Sign in with EU Login' }).click();
    await expect.poll(() => page.getByRole('banner').innerText(), { timeout: 15_000 }).toMatch(/Commission coordinator/);
    expect(new URL(page.url()).pathname).toBe('/actions');
    expect(seen.method).toBe('S256');
    expect(seen.grantClientId).toBe(CLIENT_ID);
    expect(await page.evaluate(() => sessionStorage.getItem('strategy-tracker.token'))).toBe(idToken);
    // Silent renewal: the refresh token buys a new ID token, which the API calls then carry.
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('strategy-tracker.token')), { timeout: 15_000 }).not.toBe(idToken);
    expect(await page.evaluate(() => sessionStorage.getItem('strategy-tracker.token'))).toBe(renewedToken);
    // Cognito's endpoints are configured, not discovered: nothing asked cognito-idp.
    expect(requested.filter((url) => url.startsWith(ISSUER))).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Signed out' }).waitFor();
    const logout = new URL(seen.logout!);
    expect(logout.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(logout.searchParams.get('logout_uri')).toBe(`${server.url}/`);
    await context.close();
  });
});
