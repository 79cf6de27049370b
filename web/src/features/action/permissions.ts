/**
 * Which forms the action page offers (the tracking issue's table): a coordinator updates any
 * action and revises deadlines; an owner updates the actions their body owns; nobody else
 * writes here. The page only hides what the server would refuse: the server decides.
 */
export function permissions(
  me: { role: string; actor?: string | null } | null | undefined,
  action: { owners: readonly string[] },
): { update: boolean; reviseDeadline: boolean } {
  const coordinator = me?.role === 'COORDINATOR';
  const owner = me?.role === 'OWNER' && typeof me.actor === 'string' && action.owners.includes(me.actor);
  return { update: coordinator || owner, reviseDeadline: coordinator };
}
