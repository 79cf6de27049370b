import type { Role } from '../../../functions/domain/model';
import { authorize, type Write } from '../../../functions/domain/permissions';

/** The person signed in, as the shell query knows them. */
export interface Me {
  role: Role;
  actor?: string | null;
  country?: string | null;
}

/**
 * Whether the person signed in may make this write: the server's own rule
 * (functions/domain/permissions.ts), so a page offers exactly the forms the API would accept.
 * Only the server's check is a guard; this decides what to show.
 */
export function can(me: Me | null | undefined, write: Write): boolean {
  if (!me) return false;
  return authorize({ id: '', name: '', role: me.role, actor: me.actor ?? undefined, country: me.country ?? undefined }, write).allowed;
}
