/**
 * The product's vocabulary. The domain owns these string unions; each is the GraphQL enum of
 * the same name, value for value (test/unit/domain-contract.test.ts checks them against the
 * schema).
 */
export const ROLES = ['COORDINATOR', 'OWNER', 'MEMBER_STATE', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'ONGOING', 'DISCONTINUED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const HEALTHS = ['DONE', 'ON_TRACK', 'AT_RISK', 'OVERDUE'] as const;
export type Health = (typeof HEALTHS)[number];

/** What a history event records (events of the strategy, then of people). */
export const HISTORY_EVENT_TYPES = [
  'ACTION_UPDATED',
  'DEADLINE_REVISED',
  'CATALOGUE_CORRECTED',
  'REPORT_SUBMITTED',
  'REPORT_REVIEWED',
  'ROUND_OPENED',
  'ROUND_CLOSED',
  'PERSON_INVITED',
  'PERSON_UPDATED',
  'PERSON_DISABLED',
  'PERSON_ENABLED',
] as const;
export type HistoryEventType = (typeof HISTORY_EVENT_TYPES)[number];

/** How the change summary names a change (an update splits by what it moved). */
export const CHANGE_KINDS = [
  'STATUS_CHANGED',
  'PROGRESS_MOVED',
  'ACTION_UPDATED',
  'DEADLINE_REVISED',
  'REPORT_SUBMITTED',
  'REPORT_REVIEWED',
  'ROUND_OPENED',
  'ROUND_CLOSED',
  'CATALOGUE_CORRECTED',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

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
