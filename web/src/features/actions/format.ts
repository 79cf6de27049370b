import type { ActionStatus, DeadlineSource } from '../../gql/graphql';

/**
 * Month abbreviations fixed here rather than taken from Intl: browsers' en-GB data has
 * moved between "Sep" and "Sept", and a printed report should not change with the browser.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "2013-12-31" → "31 Dec 2013" (en-GB order); anything else is shown as it came. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName || Number(day) < 1 || Number(day) > 31) return isoDate;
  return `${Number(day)} ${monthName} ${year}`;
}

export interface DeadlineDisplay {
  /** The machine-readable date for `<time dateTime>`, when there is one. */
  dateTime: string | null;
  /** The date as a person reads it. */
  date: string;
  /** Where the date comes from: the strategy's own words, quoted, or why it is the review date. */
  detail: string | null;
}

export const REVIEW_DATE_EXPLANATION = 'Review date (no deadline stated)';

export function describeDeadline(action: {
  deadline: string | null;
  deadlineSource: DeadlineSource;
  deadlinePhrase: string | null;
}): DeadlineDisplay {
  const phrase = action.deadlinePhrase ? `“${action.deadlinePhrase}”` : null;
  if (action.deadline === null) return { dateTime: null, date: 'No deadline', detail: phrase };
  return {
    dateTime: action.deadline,
    date: formatDate(action.deadline),
    detail: action.deadlineSource === 'REVIEW_DATE' ? REVIEW_DATE_EXPLANATION : phrase,
  };
}

const STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  ONGOING: 'Ongoing',
  DISCONTINUED: 'Discontinued',
};

export function statusLabel(status: ActionStatus): string {
  return STATUS_LABELS[status] ?? status;
}

/** Actor ids as names, in the order given; an id the strategy does not name is shown as is. */
export function ownerNames(ownerIds: readonly string[], actors: readonly { id: string; name: string }[]): string[] {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  return ownerIds.map((id) => names.get(id) ?? id);
}

export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
