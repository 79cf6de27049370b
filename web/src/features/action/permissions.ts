import { can, type Me } from '../../app/can';

/**
 * Which forms the action page offers: the server's rule for updating this action and for
 * revising its deadline. The page only hides what the server would refuse.
 */
export function permissions(me: Me | null | undefined, action: { owners: readonly string[] }): { update: boolean; reviseDeadline: boolean } {
  return { update: can(me, { kind: 'updateAction', owners: action.owners }), reviseDeadline: can(me, { kind: 'reviseDeadline' }) };
}
