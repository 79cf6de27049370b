import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../functions/domain/people.js';
import { peopleReminders } from '../../functions/notify/people-reminders.js';
import type { ReportingRoundSummary } from '../../functions/notify/reminders.js';

/** What the daily job tells coordinators about people (issue 12). 2026-03-02 is a Monday, the digest day. */
const CONFIG = { overdueDigestWeekday: 1, catchUpDays: 3 };
const MEMBER_STATES = [
  { code: 'DE', name: 'Germany' },
  { code: 'FR', name: 'France' },
  { code: 'PL', name: 'Poland' },
];
const ROUND: ReportingRoundSummary = {
  id: '2026-02-01-spring',
  name: 'Spring',
  closes: '2026-04-30',
  open: true,
  pendingCountries: ['DE', 'FR', 'PL'],
};
const person = (id: string, fields: Partial<PersonRecord>): PersonRecord => ({
  id,
  name: id,
  email: `${id}@x.eu`,
  role: 'VIEWER',
  status: 'ACTIVE',
  version: 1,
  ...fields,
});
const contacts = [
  person('de', { role: 'MEMBER_STATE', country: 'DE' }),
  person('fr-gone', { role: 'MEMBER_STATE', country: 'FR', status: 'DISABLED' }),
  person('pl-new', { role: 'MEMBER_STATE', country: 'PL', status: 'INVITED', invitedAt: '2026-02-23T10:00:00.000Z' }),
];

describe('the people reminders of the daily job', () => {
  it('names, while a round is open, the member states without an active contact (a disabled or invited one does not count)', () => {
    const [reminder] = peopleReminders(contacts, [ROUND], MEMBER_STATES, '2026-03-02', CONFIG).filter((each) => each.kind === 'NO_ACTIVE_CONTACT');
    expect(reminder).toMatchObject({ dueOn: '2026-03-02', ref: ROUND.id, audience: { kind: 'coordinators' } });
    expect(reminder!.lines.filter((line) => line.startsWith('- '))).toEqual(['- France (FR)', '- Poland (PL)']);
  });

  it('says nothing of contacts without an open round, off the weekly day, or when every country has one', () => {
    const noContact = (reminders: ReturnType<typeof peopleReminders>) => reminders.filter((each) => each.kind === 'NO_ACTIVE_CONTACT');
    expect(noContact(peopleReminders(contacts, [{ ...ROUND, open: false }], MEMBER_STATES, '2026-03-02', CONFIG))).toEqual([]);
    expect(noContact(peopleReminders(contacts, [ROUND], MEMBER_STATES, '2026-03-06', CONFIG))).toEqual([]);
    // Caught up within the window, like the overdue digest.
    expect(noContact(peopleReminders(contacts, [ROUND], MEMBER_STATES, '2026-03-04', CONFIG))[0]?.dueOn).toBe('2026-03-02');
    const everyone = ['DE', 'FR', 'PL'].map((code) => person(code, { role: 'MEMBER_STATE', country: code }));
    expect(noContact(peopleReminders(everyone, [ROUND], MEMBER_STATES, '2026-03-02', CONFIG))).toEqual([]);
  });

  it('names an invitation not accepted 7 days after it was sent, once', () => {
    const due = peopleReminders(contacts, [], MEMBER_STATES, '2026-03-02', CONFIG);
    expect(due.map((each) => [each.kind, each.ref, each.dueOn])).toEqual([['INVITATION_NOT_ACCEPTED', 'pl-new', '2026-03-02']]);
    expect(peopleReminders(contacts, [], MEMBER_STATES, '2026-03-01', CONFIG)).toEqual([]);
    expect(peopleReminders(contacts, [], MEMBER_STATES, '2026-03-05', CONFIG)).toEqual([]);
    const accepted = contacts.map((each) => ({ ...each, status: 'ACTIVE' as const }));
    expect(peopleReminders(accepted, [], MEMBER_STATES, '2026-03-02', CONFIG)).toEqual([]);
  });
});
