import type { IncomingMessage, ServerResponse } from 'node:http';
import { SignJWT } from 'jose';
import type { LocalUser } from './users.js';
import type { SigningKeyPair } from './signing-key.js';

/**
 * Local mode's sign-in (DESIGN.md, "Local mode"): GET /auth/local lists the users,
 * POST /auth/local {"user": id} issues a token with the claims Cognito would carry, signed
 * with the local key pair. The server verifies it on the same path as any bearer token.
 * This file is never part of a Lambda bundle (a test checks).
 */
export const LOCAL_ISSUER = 'strategy-tracker-local';
export const LOCAL_AUDIENCE = 'strategy-tracker';
const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
const MAX_BODY_BYTES = 4096;

/** A token valid for 12 hours from `issuedAt` (now, unless a test says when it was issued). */
export async function issueLocalToken(user: LocalUser, key: SigningKeyPair, issuedAt: Date = new Date()): Promise<string> {
  const iat = Math.floor(issuedAt.getTime() / 1000);
  return new SignJWT({
    // An ID token, as Cognito's: the API accepts no other kind (functions/domain/identity.ts).
    token_use: 'id',
    name: user.name,
    'cognito:groups': [user.role],
    ...(user.actor ? { 'custom:actor': user.actor } : {}),
    ...(user.country ? { 'custom:country': user.country } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_SECONDS)
    .sign(key.privateKey);
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) throw new Error('too large');
  }
  return body;
}

/**
 * Who may sign in locally: the people in the product's table who are not disabled (issue 12),
 * so that an invited person appears at once and a disabled one disappears.
 */
export interface LocalSignInPeople {
  list(): Promise<LocalUser[]>;
  /** The person, or undefined when there is none or they are disabled. */
  find(id: string): Promise<LocalUser | undefined>;
  /** Notes the sign-in (lastSignInAt; an invited person becomes active). */
  signedIn(id: string): Promise<void>;
}

export function createLocalSignIn(people: LocalSignInPeople, key: SigningKeyPair) {
  return async function handleLocalSignIn(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'GET') return sendJson(response, 200, await people.list());
    if (request.method !== 'POST') {
      response.setHeader('allow', 'GET, POST');
      return sendJson(response, 405, { error: 'Use GET to list the local users or POST to sign in.' });
    }
    let userId: unknown;
    try {
      userId = (JSON.parse(await readBody(request)) as { user?: unknown }).user;
    } catch {
      return sendJson(response, 400, { error: 'Send a JSON body such as {"user": "coordinator"}.' });
    }
    const user = typeof userId === 'string' && userId.length <= 100 ? await people.find(userId) : undefined;
    if (!user)
      return sendJson(response, 400, { error: 'Unknown local user, or one who is disabled. GET /auth/local lists the people who may sign in.' });
    await people.signedIn(user.id);
    return sendJson(response, 200, { token: await issueLocalToken(user, key) });
  };
}
