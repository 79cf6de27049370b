import { ROLES, type Role, type Viewer } from './model.js';

/**
 * Builds the viewer from verified token claims, the same claims Cognito puts in its tokens:
 * `cognito:groups` for the role, `custom:actor` and `custom:country` for the binding.
 * Local mode signs tokens with these claims too, so both paths meet here.
 *
 * Only an ID token describes a person: `token_use` must be "id". Cognito's access token carries
 * `sub` and `cognito:groups` too, and API Gateway's JWT authorizer accepts it (it matches the
 * audience against its `client_id` when there is no `aud`), but it has neither the person's name
 * nor the bindings, and the web app never sends it. Local tokens say "id" as well: one rule.
 *
 * API Gateway's JWT authorizer hands claims over as strings, arrays included
 * ("[COORDINATOR VIEWER]"), so both shapes are accepted.
 */
export type Claims = Record<string, unknown>;

/** Precedence when a user sits in several groups, as Cognito's group precedence orders them. */
const ROLE_PRECEDENCE: readonly Role[] = ROLES;

export function groupsFromClaim(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((group): group is string => typeof group === 'string');
  if (typeof claim !== 'string') return [];
  return claim
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}

function stringClaim(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `auth_time` (seconds; a string through API Gateway), as an ISO date-time, when it is one. */
function signedInAt(claims: Claims): { signedInAt?: string } {
  const seconds = Number(claims['auth_time']);
  if (!Number.isSafeInteger(seconds) || seconds <= 0) return {};
  const at = new Date(seconds * 1000);
  return Number.isNaN(at.getTime()) ? {} : { signedInAt: at.toISOString() };
}

/** Returns null when the claims do not describe a usable viewer (no role, or an unbound owner or contact). */
export function viewerFromClaims(claims: Claims): Viewer | null {
  if (claims['token_use'] !== 'id') return null;
  const id = stringClaim(claims, 'sub');
  if (!id) return null;
  const groups = groupsFromClaim(claims['cognito:groups']);
  const role = ROLE_PRECEDENCE.find((candidate) => groups.includes(candidate));
  if (!role) return null;
  const name = stringClaim(claims, 'name') ?? stringClaim(claims, 'cognito:username') ?? stringClaim(claims, 'email') ?? id;
  const actor = stringClaim(claims, 'custom:actor');
  const country = stringClaim(claims, 'custom:country')?.toUpperCase();
  const signIn = signedInAt(claims);
  if (role === 'OWNER') return actor ? { id, name, role, actor, ...signIn } : null;
  if (role === 'MEMBER_STATE') return country && /^[A-Z]{2}$/.test(country) ? { id, name, role, country, ...signIn } : null;
  return { id, name, role, ...signIn };
}
