/**
 * What a deployment tells the page at /config.json: the cloud publishes the Cognito
 * settings beside the app (infra/constructs/web-hosting.ts); the local server answers
 * `{ "mode": "local" }`. Read once at start, in parallel with the interface text.
 */
export interface CognitoSignIn {
  kind: 'cognito';
  region: string;
  userPoolId: string;
  clientId: string;
  /** The hosted sign-in page's base URL, e.g. https://tracker.auth.eu-west-1.amazoncognito.com */
  domain: string;
  redirectUri: string;
  logoutUri: string;
  scopes: string[];
}

/** `demo`: the local server serves the demo year (`npm start -- --demo`): invented data, said on every page. */
export type RuntimeConfig = { mode: 'local'; demo?: boolean } | { mode: 'cloud'; auth: CognitoSignIn };

export const LOCAL_CONFIG: RuntimeConfig = { mode: 'local' };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/config.json', { headers: { accept: 'application/json' }, cache: 'no-store' });
  // A development server without the file (Vite's own) serves the local API behind it.
  if (response.status === 404) return LOCAL_CONFIG;
  if (!response.ok) throw new ConfigError(`the server answered ${response.status} for /config.json.`);
  return parseRuntimeConfig(await response.json().catch(() => undefined));
}

export function parseRuntimeConfig(body: unknown): RuntimeConfig {
  if (!isRecord(body)) throw new ConfigError('/config.json is not a JSON object.');
  if (body.mode === 'local') return body.demo === true ? { mode: 'local', demo: true } : LOCAL_CONFIG;
  const auth = body.auth;
  if (body.mode !== 'cloud' || !isRecord(auth) || auth.kind !== 'cognito') {
    throw new ConfigError('/config.json names no sign-in this page knows.');
  }
  const text = (name: string): string => {
    const value = auth[name];
    if (typeof value !== 'string' || value === '') throw new ConfigError(`/config.json lacks auth.${name}.`);
    return value;
  };
  const scopes = Array.isArray(auth.scopes) && auth.scopes.every((s) => typeof s === 'string') ? auth.scopes : ['openid'];
  return {
    mode: 'cloud',
    auth: {
      kind: 'cognito',
      region: text('region'),
      userPoolId: text('userPoolId'),
      clientId: text('clientId'),
      domain: text('domain').replace(/\/+$/, ''),
      redirectUri: text('redirectUri'),
      logoutUri: text('logoutUri'),
      scopes,
    },
  };
}

/** Cognito's issuer, where the OIDC discovery document and the signing keys live. */
export function cognitoAuthority(auth: Pick<CognitoSignIn, 'region' | 'userPoolId'>): string {
  return `https://cognito-idp.${auth.region}.amazonaws.com/${auth.userPoolId}`;
}

/**
 * Cognito's discovery document has no end_session_endpoint; its own /logout ends the
 * hosted session and returns to an allowed logout URL.
 */
export function cognitoLogoutUrl(auth: Pick<CognitoSignIn, 'domain' | 'clientId' | 'logoutUri'>): string {
  const query = new URLSearchParams({ client_id: auth.clientId, logout_uri: auth.logoutUri });
  return `${auth.domain}/logout?${query.toString()}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
