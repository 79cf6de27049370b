/**
 * The product's vocabulary. These string unions mirror the GraphQL enums; the SDL is the
 * contract and `graphql/generated` is checked against these names in the tests.
 */
export const ROLES = ['COORDINATOR', 'OWNER', 'MEMBER_STATE', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'ONGOING', 'DISCONTINUED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const HEALTHS = ['DONE', 'ON_TRACK', 'AT_RISK', 'OVERDUE'] as const;
export type Health = (typeof HEALTHS)[number];

/** Who is asking: built per request from verified token claims, never cached. */
export interface Viewer {
  id: string;
  name: string;
  role: Role;
  /** The owning body an OWNER is bound to, e.g. "ENISA". */
  actor?: string;
  /** The ISO 3166-1 alpha-2 code a MEMBER_STATE contact is bound to. */
  country?: string;
  /** When the person signed in to get the token they act with (its `auth_time`), if it says. */
  signedInAt?: string;
}
