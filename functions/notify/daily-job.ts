import type { Store } from '../store/store.js';
import type { Directory, Recipient } from './directory.js';
import { computeHealthSnapshot, type HealthSnapshot, type HealthSnapshots } from './health-snapshot.js';
import type { Mailer } from './mailer.js';
import { errorName, outboxMessageKey, type Outbox } from './outbox.js';
import { isCalendarDate } from '../domain/dates.js';
import type { PersonRecord } from '../domain/people.js';
import { peopleReminders } from './people-reminders.js';
import { openRoundSummaries, planReminders, type Audience, type Reminder, type ReminderConfig } from './reminders.js';

/**
 * The daily job, the same in Lambda and in `npm run job:daily`: recompute health and
 * staleness as of a day, then send the reminders that fall due, each through the outbox.
 */
export interface DailyJobDependencies {
  store: Store;
  strategyId: string;
  outbox: Outbox;
  snapshots: HealthSnapshots;
  directory: Directory;
  mailer: Mailer;
  config: ReminderConfig;
  /** Where the dashboard lives, for the footer of each message. */
  appUrl?: string;
  /** The product's people (issue 12): coordinators hear of countries without a contact and invitations not accepted. */
  people?: () => Promise<PersonRecord[]>;
}

/** What the daily job is invoked with: nothing (today), or the day to compute, to catch up. */
export interface DailyJobEvent {
  asOf?: string;
}

/** The day to compute: the one asked for, else today in UTC (the schedule runs at 06:00 Brussels, the same date). */
export function asOfFromEvent(event: DailyJobEvent | null | undefined, now: Date): string {
  const requested = event?.asOf;
  if (requested === undefined) return now.toISOString().slice(0, 10);
  if (!isCalendarDate(requested)) throw new Error(`asOf must be a date like 2014-02-07, not "${requested}".`);
  return requested;
}

/** One message's fate, as the job logs it: the recipient by user id, never by address, and no text. */
export interface DeliveryReport {
  kind: string;
  dueOn: string;
  ref: string;
  recipientId: string;
  outcome: 'sent' | 'skipped' | 'failed';
  /** The mail service's error name (e.g. `MessageRejected`). */
  error?: string;
}

export interface DailyJobResult {
  asOf: string;
  health: HealthSnapshot['counts'];
  reminders: number;
  deliveries: DeliveryReport[];
}

interface Addressee {
  recipient: Recipient;
  /** Said in the message when it reaches coordinators because nobody holds the binding. */
  fallbackNote?: string;
}

async function addressees(directory: Directory, audience: Audience): Promise<Addressee[]> {
  switch (audience.kind) {
    case 'coordinators':
      return (await directory.coordinators()).map((recipient) => ({ recipient }));
    case 'owners': {
      const owners = await directory.owners(audience.actor);
      if (owners.length > 0) return owners.map((recipient) => ({ recipient }));
      const note = `Nobody is registered as an owner for ${audience.actor}, so this reminder was sent to the coordinators.`;
      return (await directory.coordinators()).map((recipient) => ({ recipient, fallbackNote: note }));
    }
    case 'member-state': {
      const contacts = await directory.memberStateContacts(audience.country);
      if (contacts.length > 0) return contacts.map((recipient) => ({ recipient }));
      const note = `Nobody is registered as the national contact for ${audience.country}, so this reminder was sent to the coordinators.`;
      return (await directory.coordinators()).map((recipient) => ({ recipient, fallbackNote: note }));
    }
  }
}

function composeBody(reminder: Reminder, addressee: Addressee, appUrl: string | undefined): string {
  return [
    `Dear ${addressee.recipient.name},`,
    '',
    ...(addressee.fallbackNote ? [addressee.fallbackNote, ''] : []),
    ...reminder.lines,
    '',
    '--',
    `Strategy Tracker${appUrl ? `: ${appUrl}` : ''}`,
    'You receive this message because of your role in Strategy Tracker.',
  ].join('\n');
}

export async function runDailyJob(deps: DailyJobDependencies, asOf: string): Promise<DailyJobResult> {
  const state = await deps.store.strategyState(deps.strategyId);
  if (!state) throw new Error(`Strategy ${deps.strategyId} is not loaded: run the catalogue load first.`);
  const { strategy, actions, reports } = state;
  const rounds = openRoundSummaries(state.rounds, actions, reports, strategy.memberStates);

  const snapshot = computeHealthSnapshot(strategy, actions, asOf, deps.config.healthConfig);
  await deps.snapshots.save(snapshot);

  const reminders = [
    ...planReminders(actions, strategy, asOf, deps.config, rounds),
    ...(deps.people ? peopleReminders(await deps.people(), rounds, strategy.memberStates, asOf, deps.config) : []),
  ];
  const deliveries: DeliveryReport[] = [];
  for (const reminder of reminders) {
    for (const addressee of await addressees(deps.directory, reminder.audience)) {
      const { recipient } = addressee;
      const report = { kind: reminder.kind, dueOn: reminder.dueOn, ref: reminder.ref, recipientId: recipient.id };
      const body = composeBody(reminder, addressee, deps.appUrl);
      const claimed = await deps.outbox.claim({
        dueOn: reminder.dueOn,
        kind: reminder.kind,
        ref: reminder.ref,
        recipientId: recipient.id,
        recipientEmail: recipient.email,
        subject: reminder.subject,
        body,
      });
      if (!claimed) {
        deliveries.push({ ...report, outcome: 'skipped' });
        continue;
      }
      const key = { dueOn: reminder.dueOn, messageKey: outboxMessageKey({ ...reminder, recipientId: recipient.id }) };
      try {
        const { messageId } = await deps.mailer.send({ to: recipient, subject: `[Strategy Tracker] ${reminder.subject}`, text: body });
        await deps.outbox.markSent(key, messageId);
        deliveries.push({ ...report, outcome: 'sent' });
      } catch (error) {
        // The error's name only: its text may quote the address (SES: "...failed the check: <address>").
        const name = errorName(error);
        await deps.outbox.markFailed(key, name);
        deliveries.push({ ...report, outcome: 'failed', error: name });
      }
    }
  }
  return { asOf, health: snapshot.counts, reminders: reminders.length, deliveries };
}
