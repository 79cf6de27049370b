import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import { DEFAULT_REMINDER_CONFIG, openRoundSummaries, planReminders, type ReminderConfig } from '../../functions/notify/reminders.js';
import type { ActionRecord, ReportRecord, RoundRecord, StrategyRecord } from '../../functions/store/store.js';

const config: ReminderConfig = { ...DEFAULT_REMINDER_CONFIG, healthConfig: DEFAULT_HEALTH_CONFIG };

const strategy: StrategyRecord = {
  id: 'eu-cybersecurity-2013',
  reference: 'JOIN(2013) 1',
  title: 'Cybersecurity Strategy of the European Union',
  adopted: '2013-02-07',
  reviewDate: '2014-02-07',
  sections: [],
  priorities: [],
  actors: [],
  memberStates: [
    { code: 'EE', name: 'Estonia' },
    { code: 'FR', name: 'France' },
    { code: 'NL', name: 'Netherlands' },
  ],
  version: 1,
};

function action(id: string, fields: Partial<ActionRecord> = {}): ActionRecord {
  return {
    strategyId: strategy.id,
    id,
    ref: id,
    section: id.split('-')[0] ?? '2.1',
    text: `The text of action ${id}.`,
    owners: ['ENISA'],
    partners: [],
    baselineDeadline: '2013-12-31',
    deadlineSource: 'PHRASE',
    deadlinePhrase: 'by the end of 2013',
    recurring: false,
    memberStateReporting: false,
    kind: 'BULLET',
    status: 'IN_PROGRESS',
    progress: 50,
    evidenceUrls: [],
    deadlineRevisions: [],
    version: 1,
    ...fields,
  };
}

const kinds = (asOf: string, actions: ActionRecord[], rounds = []) =>
  planReminders(actions, strategy, asOf, config, rounds).map(
    (reminder) => `${reminder.kind} ${reminder.ref} ${JSON.stringify(reminder.audience)} due ${reminder.dueOn}`,
  );

describe('planReminders', () => {
  it('reminds the owners 30 and 7 days before the deadline, one reminder per owning body', () => {
    const due = action('2.1-04', { owners: ['ENISA', 'EUROPOL_EC3'] });
    expect(kinds('2013-12-01', [due])).toEqual([
      'DEADLINE_IN_30_DAYS 2.1-04 {"kind":"owners","actor":"ENISA"} due 2013-12-01',
      'DEADLINE_IN_30_DAYS 2.1-04 {"kind":"owners","actor":"EUROPOL_EC3"} due 2013-12-01',
    ]);
    expect(kinds('2013-12-24', [due])).toEqual([
      'DEADLINE_IN_7_DAYS 2.1-04 {"kind":"owners","actor":"ENISA"} due 2013-12-24',
      'DEADLINE_IN_7_DAYS 2.1-04 {"kind":"owners","actor":"EUROPOL_EC3"} due 2013-12-24',
    ]);
    expect(kinds('2013-12-10', [due])).toEqual([]);
  });

  it('says how many days are left and what the strategy said', () => {
    const [reminder] = planReminders([action('2.1-04')], strategy, '2013-12-01', config);
    expect(reminder?.subject).toBe('Action 2.1-04 is due in 30 days (2013-12-31)');
    expect(reminder?.lines[0]).toBe('Action 2.1-04 is due in 30 days, on 2013-12-31 (the strategy says "by the end of 2013").');
  });

  it('catches up a missed day, keyed by the day it fell due, and not beyond the catch-up window', () => {
    expect(kinds('2013-12-03', [action('2.1-04')])).toEqual(['DEADLINE_IN_30_DAYS 2.1-04 {"kind":"owners","actor":"ENISA"} due 2013-12-01']);
    expect(kinds('2013-12-04', [action('2.1-04')])).toEqual([]);
  });

  it('sends only the most urgent notice after a long outage', () => {
    const late = action('2.1-04', { baselineDeadline: '2013-12-31' });
    expect(kinds('2013-12-25', [late])).toEqual(['DEADLINE_IN_7_DAYS 2.1-04 {"kind":"owners","actor":"ENISA"} due 2013-12-24']);
  });

  it('follows the deadline in force after a revision', () => {
    const revised = action('2.1-04', {
      deadlineRevisions: [
        { date: '2014-03-31', previous: '2013-12-31', reason: 'Tender delayed', revisedBy: 'c', revisedAt: '2013-10-01T00:00:00Z' },
      ],
    });
    expect(kinds('2013-12-01', [revised])).toEqual([]);
    expect(kinds('2014-03-01', [revised])).toEqual(['DEADLINE_IN_30_DAYS 2.1-04 {"kind":"owners","actor":"ENISA"} due 2014-03-01']);
  });

  it('does not remind about completed, ongoing or discontinued actions', () => {
    const done = ['COMPLETED', 'ONGOING', 'DISCONTINUED'].map((status, index) =>
      action(`2.1-0${index}`, { status: status as ActionRecord['status'] }),
    );
    expect(kinds('2013-12-01', done)).toEqual([]);
  });

  it('sends coordinators a digest of overdue actions on Mondays only, oldest deadline first', () => {
    const actions = [
      action('2.4-02', { baselineDeadline: '2013-09-30', status: 'NOT_STARTED', progress: 0 }),
      action('2.1-02', { baselineDeadline: '2013-06-30', status: 'IN_PROGRESS', progress: 40 }),
      action('2.1-03', { baselineDeadline: '2013-06-30', status: 'COMPLETED', progress: 100 }),
      action('2.1-05', { baselineDeadline: '2014-02-07' }),
    ];
    // 2013-12-02 is a Monday; 2013-12-03 a Tuesday.
    const [digest] = planReminders(actions, strategy, '2013-12-02', config);
    expect(digest).toMatchObject({
      kind: 'OVERDUE_DIGEST',
      dueOn: '2013-12-02',
      ref: 'overdue',
      audience: { kind: 'coordinators' },
      subject: '2 actions overdue as of 2013-12-02',
    });
    expect(digest?.lines.slice(2)).toEqual([
      '- 2.1-02 (ENISA): due 2013-06-30, 155 days late, IN_PROGRESS 40%',
      '- 2.4-02 (ENISA): due 2013-09-30, 63 days late, NOT_STARTED 0%',
    ]);
    expect(kinds('2013-12-03', actions).filter((kind) => kind.startsWith('OVERDUE'))).toEqual([
      'OVERDUE_DIGEST overdue {"kind":"coordinators"} due 2013-12-02',
    ]);
    expect(kinds('2013-12-05', actions).filter((kind) => kind.startsWith('OVERDUE'))).toEqual([]);
  });

  it('sends no digest when nothing is overdue', () => {
    expect(kinds('2013-12-02', [action('2.1-05', { baselineDeadline: '2014-02-07' })])).toEqual([]);
  });

  it('reminds the countries that have not reported 7 days before an open round closes', () => {
    const rounds = [
      { id: 'r1', name: 'Review 2014', closes: '2014-01-31', open: true, pendingCountries: ['FR', 'NL'] },
      { id: 'r0', name: 'Closed', closes: '2014-01-31', open: false, pendingCountries: ['EE'] },
    ];
    expect(
      planReminders([], strategy, '2014-01-24', config, rounds).map((reminder) => [reminder.kind, reminder.ref, reminder.audience, reminder.dueOn]),
    ).toEqual([
      ['ROUND_CLOSES_IN_7_DAYS', 'r1', { kind: 'member-state', country: 'FR' }, '2014-01-24'],
      ['ROUND_CLOSES_IN_7_DAYS', 'r1', { kind: 'member-state', country: 'NL' }, '2014-01-24'],
    ]);
    expect(planReminders([], strategy, '2014-01-20', config, rounds)).toEqual([]);
  });
});

describe('openRoundSummaries', () => {
  it('lists as pending every country that has not reported on every member-state action in the open round', () => {
    const actions = [action('2.1-10', { memberStateReporting: true }), action('2.4-10', { memberStateReporting: true }), action('2.1-04')];
    const round: RoundRecord = { strategyId: strategy.id, id: 'r1', name: 'Review 2014', opens: '2014-01-06', closes: '2014-01-31', open: true };
    const report = (actionId: string, country: string, roundId = 'r1') => ({ actionId, country, roundId }) as ReportRecord;
    const reports = [report('2.1-10', 'EE'), report('2.4-10', 'EE'), report('2.1-10', 'FR'), report('2.4-10', 'NL', 'r0')];
    expect(openRoundSummaries([round, { ...round, id: 'r0', open: false }], actions, reports, strategy.memberStates)).toEqual([
      { id: 'r1', name: 'Review 2014', closes: '2014-01-31', open: true, pendingCountries: ['FR', 'NL'] },
    ]);
  });
});
