import { deadlineInForce } from '../domain/action-update.js';
import { addDays, daysBetween } from '../domain/dates.js';
import { computeHealth, type HealthConfig } from '../domain/health.js';
import type { ActionStatus } from '../domain/model.js';
import type { ActionRecord, ReportRecord, RoundRecord, StrategyRecord } from '../store/store.js';

/**
 * Which reminders fall due on a day. Pure: the daily job resolves audiences to people, sends,
 * and records each message in the outbox.
 *
 * A reminder is keyed by the day it falls due, not by the day the job runs: a run that was
 * missed is caught up within `catchUpDays`, and the outbox (keyed by that due day) makes sure
 * a reminder already sent is not sent again.
 */
export type ReminderKind =
  | `DEADLINE_IN_${number}_DAYS`
  | 'OVERDUE_DIGEST'
  | `ROUND_CLOSES_IN_${number}_DAYS`
  // People and access (issue 12): functions/notify/people-reminders.ts
  | 'NO_ACTIVE_CONTACT'
  | 'INVITATION_NOT_ACCEPTED';

export type Audience = { kind: 'owners'; actor: string } | { kind: 'coordinators' } | { kind: 'member-state'; country: string };

export interface Reminder {
  kind: ReminderKind;
  /** YYYY-MM-DD: the day this reminder falls due. */
  dueOn: string;
  /** What the reminder is about: an action id, a round id, or `overdue` for the digest. */
  ref: string;
  audience: Audience;
  subject: string;
  lines: string[];
}

/** An open reporting round and the member states that still owe reports in it. */
export interface ReportingRoundSummary {
  id: string;
  name: string;
  /** YYYY-MM-DD */
  closes: string;
  open: boolean;
  /** ISO codes of the member states that have not reported on every member-state action in this round. */
  pendingCountries: string[];
}

/**
 * Summaries of the open rounds. A country is pending while it has reported on fewer of the
 * member-state actions than there are, in that round (the coverage rule of the dashboard).
 */
export function openRoundSummaries(
  rounds: readonly RoundRecord[],
  actions: readonly ActionRecord[],
  reports: readonly ReportRecord[],
  memberStates: readonly { code: string }[],
): ReportingRoundSummary[] {
  const reportingActions = new Set(actions.filter((action) => action.memberStateReporting).map((action) => action.id));
  return rounds
    .filter((round) => round.open)
    .map((round) => {
      const reportedBy = (country: string) =>
        new Set(
          reports
            .filter((report) => report.roundId === round.id && report.country === country && reportingActions.has(report.actionId))
            .map((report) => report.actionId),
        ).size;
      return {
        id: round.id,
        name: round.name,
        closes: round.closes,
        open: round.open,
        pendingCountries: memberStates.map(({ code }) => code).filter((code) => reportedBy(code) < reportingActions.size),
      };
    });
}

export interface ReminderConfig {
  /** Days before an action's deadline at which its owners are reminded. */
  deadlineNoticeDays: readonly number[];
  /** Days before a reporting round closes at which countries that have not reported are reminded. */
  roundNoticeDays: number;
  /** ISO weekday (1 = Monday) on which coordinators receive the overdue digest. */
  overdueDigestWeekday: number;
  /** How many days late a missed reminder may still go out. Keep it below the gap between two notices. */
  catchUpDays: number;
  healthConfig: HealthConfig;
}

export const DEFAULT_REMINDER_CONFIG: Omit<ReminderConfig, 'healthConfig'> = {
  deadlineNoticeDays: [30, 7],
  roundNoticeDays: 7,
  overdueDigestWeekday: 1,
  catchUpDays: 3,
};

/** Statuses whose deadline still asks something of the owners. */
const AWAITING_DELIVERY: ReadonlySet<ActionStatus> = new Set(['NOT_STARTED', 'IN_PROGRESS']);

/** True when `dueOn` is today or fell due in the catch-up window. */
function isDue(dueOn: string, asOf: string, catchUpDays: number): boolean {
  const late = daysBetween(dueOn, asOf);
  return late >= 0 && late < Math.max(1, catchUpDays);
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

function deadlineReminders(action: ActionRecord, asOf: string, config: ReminderConfig): Reminder[] {
  if (!AWAITING_DELIVERY.has(action.status)) return [];
  const deadline = deadlineInForce(action);
  const daysLeft = daysBetween(asOf, deadline);
  if (daysLeft <= 0) return [];
  const notices = [...config.deadlineNoticeDays].sort((a, b) => a - b);
  // Only the most urgent notice that is due: after a long outage the owners hear "7 days", not both.
  const notice = notices.find((days) => isDue(addDays(deadline, -days), asOf, config.catchUpDays));
  if (notice === undefined || notices.some((days) => days < notice && addDays(deadline, -days) <= asOf)) return [];

  const kind: ReminderKind = `DEADLINE_IN_${notice}_DAYS`;
  const lines = [
    `Action ${action.ref} is due in ${plural(daysLeft, 'day')}, on ${deadline}${action.deadlinePhrase ? ` (the strategy says "${action.deadlinePhrase}")` : ''}.`,
    '',
    action.text,
    '',
    `Status: ${action.status}, progress ${action.progress}%.`,
    'Please update its status, progress and evidence, or record a forecast date if it will be late.',
  ];
  return [...new Set(action.owners)].map((actor) => ({
    kind,
    dueOn: addDays(deadline, -notice),
    ref: action.id,
    audience: { kind: 'owners', actor },
    subject: `Action ${action.ref} is due in ${plural(daysLeft, 'day')} (${deadline})`,
    lines,
  }));
}

/** The most recent digest day within the catch-up window, if any. */
function digestDay(asOf: string, config: ReminderConfig): string | undefined {
  for (let back = 0; back < Math.max(1, config.catchUpDays); back += 1) {
    const day = addDays(asOf, -back);
    const isoWeekday = ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    if (isoWeekday === config.overdueDigestWeekday) return day;
  }
  return undefined;
}

function overdueDigest(actions: ActionRecord[], strategy: StrategyRecord, asOf: string, config: ReminderConfig): Reminder[] {
  const dueOn = digestDay(asOf, config);
  if (!dueOn) return [];
  const overdue = actions
    .filter(
      (action) =>
        computeHealth({ ...action, deadline: deadlineInForce(action) }, { asOf, adopted: strategy.adopted, config: config.healthConfig }) ===
        'OVERDUE',
    )
    .sort((a, b) => deadlineInForce(a).localeCompare(deadlineInForce(b)) || a.ref.localeCompare(b.ref));
  if (overdue.length === 0) return [];
  return [
    {
      kind: 'OVERDUE_DIGEST',
      dueOn,
      ref: 'overdue',
      audience: { kind: 'coordinators' },
      subject: `${plural(overdue.length, 'action')} overdue as of ${asOf}`,
      lines: [
        `${plural(overdue.length, 'action')} of ${strategy.reference} ${overdue.length === 1 ? 'is' : 'are'} past the deadline and not completed, as of ${asOf}:`,
        '',
        ...overdue.map(
          (action) =>
            `- ${action.ref} (${action.owners.join(', ')}): due ${deadlineInForce(action)}, ${plural(daysBetween(deadlineInForce(action), asOf), 'day')} late, ${action.status} ${action.progress}%`,
        ),
      ],
    },
  ];
}

function roundReminders(rounds: ReportingRoundSummary[], asOf: string, config: ReminderConfig): Reminder[] {
  const kind: ReminderKind = `ROUND_CLOSES_IN_${config.roundNoticeDays}_DAYS`;
  return rounds
    .filter((round) => round.open && round.closes >= asOf && isDue(addDays(round.closes, -config.roundNoticeDays), asOf, config.catchUpDays))
    .flatMap((round) =>
      [...new Set(round.pendingCountries)].map((country) => ({
        kind,
        dueOn: addDays(round.closes, -config.roundNoticeDays),
        ref: round.id,
        audience: { kind: 'member-state' as const, country },
        subject: `Reporting round "${round.name}" closes on ${round.closes}`,
        lines: [
          `The reporting round "${round.name}" closes on ${round.closes}, in ${plural(daysBetween(asOf, round.closes), 'day')}.`,
          `${country} has not submitted its report for this round yet.`,
        ],
      })),
    );
}

export function planReminders(
  actions: ActionRecord[],
  strategy: StrategyRecord,
  asOf: string,
  config: ReminderConfig,
  rounds: ReportingRoundSummary[] = [],
): Reminder[] {
  return [
    ...actions.flatMap((action) => deadlineReminders(action, asOf, config)),
    ...overdueDigest(actions, strategy, asOf, config),
    ...roundReminders(rounds, asOf, config),
  ];
}
