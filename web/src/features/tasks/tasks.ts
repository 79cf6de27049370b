import type { MyTasksQuery } from './api.generated';

export type Tasks = MyTasksQuery['myTasks'];
export type AttentionItem = Tasks['attention'][number];

/** Where signing in lands: the tasks when something asks the person to act, otherwise the overview. */
export function landingPath(tasks: Pick<Tasks, 'actionable'> | undefined, paths: { tasks: string; overview: string }): string {
  return tasks && tasks.actionable > 0 ? paths.tasks : paths.overview;
}

/** Why an action is listed, most pressing first: overdue (by how many days), then not confirmed (since when). */
export type AttentionReason = { kind: 'overdue'; days: number } | { kind: 'stale'; since: string | null };

export function reasonsOf(item: Pick<AttentionItem, 'overdue' | 'daysLate' | 'stale' | 'lastConfirmedAt'>): AttentionReason[] {
  return [
    ...(item.overdue ? [{ kind: 'overdue', days: item.daysLate } as const] : []),
    ...(item.stale ? [{ kind: 'stale', since: item.lastConfirmedAt } as const] : []),
  ];
}

/** The sections of the page in the order a person should act on them; empty sections are left out. */
export type SectionKey = 'returned' | 'toReport' | 'toReview' | 'attention';

export function sectionsOf(tasks: Tasks): SectionKey[] {
  const order: SectionKey[] = ['returned', 'toReport', 'toReview', 'attention'];
  return order.filter((key) => tasks[key].length > 0);
}
