import { jwtVerify, type JWTVerifyGetKey, type CryptoKey, type KeyObject } from 'jose';
import { createBoundedCache, jsonLength } from '../domain/bounded-cache.js';
import { viewerFromClaims } from '../domain/identity.js';
import type { Viewer } from '../domain/model.js';

/**
 * Verifies `Authorization: Bearer <JWT>` and builds the viewer from its claims. Local mode uses
 * it with the key pair it generates; a deployment behind API Gateway's JWT authorizer reads the
 * already-verified claims instead (functions/handlers/api.ts), and both end in viewerFromClaims.
 */
export interface BearerTokenOptions {
  key: CryptoKey | KeyObject | JWTVerifyGetKey;
  issuer: string;
  audience: string;
  algorithms?: string[];
  /** Verified tokens remembered (until they expire); 0 verifies every request. */
  cacheSize?: number;
  /** For tests; the system's clock by default. */
  now?: () => number;
}

/** Enough for every person signed in at once to a strategy's dashboard, many times over. */
const DEFAULT_CACHE_SIZE = 1000;
/**
 * And at most this many bytes (the token and its viewer's JSON): a token this server signed
 * is under 1 kB, so 1,000 fit many times over; the bound holds whatever the tokens weigh.
 */
const CACHE_BYTES = 4 * 1024 * 1024;

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}

export function createBearerTokenAuthenticator({
  key,
  issuer,
  audience,
  algorithms = ['ES256'],
  cacheSize = DEFAULT_CACHE_SIZE,
  now = Date.now,
}: BearerTokenOptions) {
  // A token that verified once verifies again until it expires: its signature and claims cannot
  // change. Keeping the result saves an ES256 verification per request. Only exact token strings
  // that verified are kept, with their own expiry; the least recently used go first.
  const verified = createBoundedCache<{ viewer: Viewer; expiresAt: number }>({
    maxEntries: cacheSize,
    maxBytes: CACHE_BYTES,
    sizeOf: (entry) => jsonLength(entry.viewer) + 16,
  });
  return async function authenticate(request: Request): Promise<Viewer | null> {
    const token = bearerToken(request);
    if (!token) return null;
    const known = verified.get(token);
    if (known) {
      if (now() < known.expiresAt) return known.viewer;
      verified.delete(token);
    }
    try {
      const options = { issuer, audience, algorithms, currentDate: new Date(now()) };
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
      const viewer = viewerFromClaims(payload);
      if (viewer && typeof payload.exp === 'number') verified.set(token, { viewer, expiresAt: payload.exp * 1000 });
      return viewer;
    } catch {
      // An expired, forged or malformed token is simply not a signed-in user.
      return null;
    }
  };
}
