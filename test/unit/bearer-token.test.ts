import { SignJWT, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBearerTokenAuthenticator } from '../../functions/auth/bearer-token.js';

/** The bearer-token authenticator remembers verified tokens; that must never let a bad one through. */
const ISSUER = 'issuer';
const AUDIENCE = 'audience';
const START = Date.parse('2014-01-15T10:00:00Z');

let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let otherKeys: Awaited<ReturnType<typeof generateKeyPair>>;

const sign = (subject: string, expiresAt: number, key = keys.privateKey, tokenUse = 'id') =>
  new SignJWT({ token_use: tokenUse, 'cognito:groups': ['COORDINATOR'], name: subject })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(START / 1000))
    .setExpirationTime(Math.floor(expiresAt / 1000))
    .sign(key);

const request = (token: string) => new Request('http://api/graphql', { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  keys = await generateKeyPair('ES256');
  otherKeys = await generateKeyPair('ES256');
});

describe('the bearer-token authenticator', () => {
  it('serves a token verified before until it expires, then refuses it', async () => {
    let now = START;
    const authenticate = createBearerTokenAuthenticator({ key: keys.publicKey, issuer: ISSUER, audience: AUDIENCE, now: () => now });
    const token = await sign('coordinator', START + 3_600_000);
    expect(await authenticate(request(token))).toMatchObject({ id: 'coordinator', role: 'COORDINATOR' });
    now = START + 3_599_000;
    expect(await authenticate(request(token))).toMatchObject({ id: 'coordinator' });
    now = START + 3_600_000;
    expect(await authenticate(request(token))).toBeNull();
  });

  it('never accepts a token signed by another key, or altered, even after the genuine one was seen', async () => {
    const authenticate = createBearerTokenAuthenticator({ key: keys.publicKey, issuer: ISSUER, audience: AUDIENCE, now: () => START });
    const genuine = await sign('coordinator', START + 3_600_000);
    expect(await authenticate(request(genuine))).not.toBeNull();
    expect(await authenticate(request(await sign('coordinator', START + 3_600_000, otherKeys.privateKey)))).toBeNull();
    const [header, payload, signature] = genuine.split('.');
    const altered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 'someone-else' })).toString(
      'base64url',
    );
    expect(await authenticate(request(`${header}.${altered}.${signature}`))).toBeNull();
    expect(await authenticate(request(`${genuine}x`))).toBeNull();
  });

  it('refuses a well-signed token that is not an ID token', async () => {
    const authenticate = createBearerTokenAuthenticator({ key: keys.publicKey, issuer: ISSUER, audience: AUDIENCE, now: () => START });
    expect(await authenticate(request(await sign('coordinator', START + 3_600_000, keys.privateKey, 'access')))).toBeNull();
    expect(await authenticate(request(await sign('coordinator', START + 3_600_000, keys.privateKey, 'id')))).not.toBeNull();
  });

  it('keeps at most cacheSize tokens and still verifies the ones it let go', async () => {
    let verifications = 0;
    const authenticate = createBearerTokenAuthenticator({
      key: async () => {
        verifications += 1;
        return keys.publicKey;
      },
      issuer: ISSUER,
      audience: AUDIENCE,
      cacheSize: 2,
      now: () => START,
    });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((subject) => sign(subject, START + 3_600_000)));
    for (const token of [a!, b!, a!, c!, a!]) expect(await authenticate(request(token))).not.toBeNull();
    // a, b verified; a remembered; c verified (b dropped, a used more recently); a remembered.
    expect(verifications).toBe(3);
    expect((await authenticate(request(b!)))?.id).toBe('b');
    expect(verifications).toBe(4);
  });
});
