import type { Role } from '../gql/graphql';

/** A seeded user of local mode, as `GET /auth/local` lists them. */
export interface LocalUser {
  id: string;
  name: string;
  role: Role;
  /** The owning body an OWNER is bound to, e.g. ENISA. */
  actor?: string;
  /** The ISO country code a MEMBER_STATE contact is bound to. */
  country?: string;
}

/**
 * Local mode's sign-in: the server lists its users and issues tokens itself. (The cloud's
 * hosted sign-in is named by /config.json, see runtimeConfig.ts.) A server that says local
 * mode but has no `/auth/local` offers no way in, which the sign-in page says.
 */
export type SignInMethod = { kind: 'local'; users: LocalUser[] } | { kind: 'unavailable' };

export class SignInError extends Error {
  override name = 'SignInError';
}

type Fetch = typeof fetch;

export async function discoverSignInMethod(fetchImpl: Fetch = fetch, signal?: AbortSignal): Promise<SignInMethod> {
  const response = await reach(() => fetchImpl('/auth/local', { headers: { accept: 'application/json' }, signal }));
  if (response.status === 404) return { kind: 'unavailable' };
  if (!response.ok) throw new SignInError(`the server answered ${describeStatus(response)}.`);
  const body: unknown = await response.json().catch(() => undefined);
  if (!Array.isArray(body) || !body.every(isLocalUser)) {
    throw new SignInError('the server sent a list of users that this page cannot read.');
  }
  return { kind: 'local', users: body };
}

/** Asks the local server for a token for one of its seeded users. */
export async function signInLocally(userId: string, fetchImpl: Fetch = fetch): Promise<string> {
  const response = await reach(() =>
    fetchImpl('/auth/local', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ user: userId }),
    }),
  );
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new SignInError(serverMessage(body) ?? `the server answered ${describeStatus(response)}.`);
  }
  if (!isRecord(body) || typeof body.token !== 'string' || body.token === '') {
    throw new SignInError('the server did not send a token.');
  }
  return body.token;
}

async function reach(send: () => Promise<Response>): Promise<Response> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new SignInError('the server could not be reached.');
  }
}

const ROLES: ReadonlySet<string> = new Set<Role>(['COORDINATOR', 'OWNER', 'MEMBER_STATE', 'VIEWER']);

function isLocalUser(value: unknown): value is LocalUser {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string' && typeof value.role === 'string' && ROLES.has(value.role);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function serverMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const message = body.message ?? body.error;
  return typeof message === 'string' && message !== '' ? message : undefined;
}

function describeStatus(response: Response): string {
  return `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}
