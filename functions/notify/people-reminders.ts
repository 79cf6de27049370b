import type { PersonRecord } from '../domain/people.js';
import { addDays, daysBetween } from '../domain/dates.js';
import type { Reminder, ReminderConfig, ReportingRoundSummary } from './reminders.js';

/**
 * What the daily job tells coordinators about people (issue 12). Pure, like the other reminders.
 * - While a round is open, the member states that have no active national contact: nobody can
 *   report for them. On the overdue digest's weekday (caught up like it), once per round.
 * - An invitation not accepted 7 days after it was sent: once, on that day (or within the catch-up).
 */
export const INVITATION_GRACE_DAYS = 7;

function weeklyDay(asOf: string, config: Pick<ReminderConfig, 'overdueDigestWeekday' | 'catchUpDays'>): string | undefined {
  for (let back = 0; back < Math.max(1, config.catchUpDays); back += 1) {
    const day = addDays(asOf, -back);
    if (((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1 === config.overdueDigestWeekday) return day;
  }
  return undefined;
}

export function peopleReminders(
  people: readonly PersonRecord[],
  rounds: readonly ReportingRoundSummary[],
  memberStates: readonly { code: string; name?: string }[],
  asOf: string,
  config: Pick<ReminderConfig, 'overdueDigestWeekday' | 'catchUpDays'>,
): Reminder[] {
  const reminders: Reminder[] = [];
  const covered = new Set(people.filter((person) => person.role === 'MEMBER_STATE' && person.status === 'ACTIVE').map((person) => person.country));
  const uncovered = memberStates.filter((state) => !covered.has(state.code));
  const dueOn = weeklyDay(asOf, config);
  if (dueOn && uncovered.length > 0) {
    for (const round of rounds.filter((each) => each.open)) {
      reminders.push({
        kind: 'NO_ACTIVE_CONTACT',
        dueOn,
        ref: round.id,
        audience: { kind: 'coordinators' },
        subject: `${uncovered.length} member state${uncovered.length === 1 ? ' has' : 's have'} no active national contact in round "${round.name}"`,
        lines: [
          `The reporting round "${round.name}" is open until ${round.closes}, and nobody can report for:`,
          '',
          ...uncovered.map((state) => `- ${state.name ?? state.code} (${state.code})`),
          '',
          'Invite a national contact for each from the People page, or enable a disabled one.',
        ],
      });
    }
  }
  for (const person of people) {
    if (person.status !== 'INVITED' || !person.invitedAt) continue;
    const due = addDays(person.invitedAt.slice(0, 10), INVITATION_GRACE_DAYS);
    const late = daysBetween(due, asOf);
    if (late < 0 || late >= Math.max(1, config.catchUpDays)) continue;
    reminders.push({
      kind: 'INVITATION_NOT_ACCEPTED',
      dueOn: due,
      ref: person.id,
      audience: { kind: 'coordinators' },
      subject: `${person.name} has not accepted the invitation of ${person.invitedAt.slice(0, 10)}`,
      lines: [
        `${person.name} was invited on ${person.invitedAt.slice(0, 10)} and has not signed in since.`,
        'The temporary password expires after 3 days: disable and invite them again from the People page, or check the address.',
      ],
    });
  }
  return reminders;
}
