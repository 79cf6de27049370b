import { jwtVerify, type JWTVerifyGetKey, type CryptoKey, type KeyObject } from 'jose';
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
}

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}

export function createBearerTokenAuthenticator({ key, issuer, audience, algorithms = ['ES256'] }: BearerTokenOptions) {
  return async function authenticate(request: Request): Promise<Viewer | null> {
    const token = bearerToken(request);
    if (!token) return null;
    try {
      const options = { issuer, audience, algorithms };
      const { payload } =
        typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
      return viewerFromClaims(payload);
    } catch {
      // An expired, forged or malformed token is simply not a signed-in user.
      return null;
    }
  };
}
