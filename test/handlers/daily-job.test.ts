import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_HEALTH_CONFIG } from '../../functions/domain/health.js';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { runDailyJob, type DailyJobDependencies } from '../../functions/notify/daily-job.js';
import { createLocalDirectory } from '../../functions/notify/directory.js';
import { createHealthSnapshots } from '../../functions/notify/health-snapshot.js';
import type { Mailer, OutgoingMail } from '../../functions/notify/mailer.js';
import { createOutbox } from '../../functions/notify/outbox.js';
import { DEFAULT_REMINDER_CONFIG } from '../../functions/notify/reminders.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import type { Store } from '../../functions/store/store.js';
import { tableDefinition } from '../../functions/store/table-definition.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../scripts/local/dynamodb-local.js';
import { localUsers } from '../../scripts/local/users.js';
import { copyCatalogueTemplate } from '../support/catalogue-template.js';

/**
 * The daily job on DynamoDB Local with the real catalogue, local mode's users as the directory
 * and a mailer that records what it is asked to send.
 */
class RecordingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  failFor = new Set<string>();
  async send(mail: OutgoingMail) {
    if (this.failFor.has(mail.to.id)) {
      // As SES words it: the text quotes the address.
      throw Object.assign(
        new Error(`Email address is not verified. The following identities failed the check in region EU-WEST-1: ${mail.to.email}`),
        {
          name: 'MessageRejected',
        },
      );
    }
    this.sent.push(mail);
    return { messageId: `ses-${this.sent.length}` };
  }
}

let documentClient: DynamoDBDocumentClient;

async function freshJob(name: string) {
  const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  documentClient = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const tableName = `daily-${name}-${Date.now()}`;
  // The catalogue as its load writes it, copied from the run's one load (test/support/catalogue-template.ts).
  await copyCatalogueTemplate(inject('dynamoEndpoint'), inject('catalogueTemplate'), tableName);
  const store = createDynamoStore({ documentClient, tableName });
  const strategy = await store.getStrategy(catalogue.strategy.id);
  if (!strategy) throw new Error('catalogue not loaded');
  const mailer = new RecordingMailer();
  const outbox = createOutbox(documentClient, tableName);
  const deps: DailyJobDependencies = {
    store,
    strategyId: catalogue.strategy.id,
    outbox,
    snapshots: createHealthSnapshots(documentClient, tableName),
    directory: createLocalDirectory(localUsers(strategy)),
    mailer,
    config: { ...DEFAULT_REMINDER_CONFIG, healthConfig: DEFAULT_HEALTH_CONFIG },
    appUrl: 'https://tracker.example.eu',
  };
  return { deps, store, mailer, outbox, tableName };
}

const outcomes = (deliveries: { kind: string; ref: string; recipientId: string; outcome: string }[]) =>
  deliveries.map((delivery) => `${delivery.outcome} ${delivery.kind} ${delivery.ref} → ${delivery.recipientId}`).sort();

describe('the daily job', () => {
  let job: Awaited<ReturnType<typeof freshJob>>;

  beforeAll(async () => {
    job = await freshJob('reminders');
  });

  // 2013-12-02 is a Monday: the digest day; the 30-day notices for the end-of-2013 deadlines fell due the day before.
  const asOf = '2013-12-02';

  it('sends the reminders that fall due, to the owners, or to the coordinators when nobody owns the body', async () => {
    const result = await runDailyJob(job.deps, asOf);
    expect(outcomes(result.deliveries)).toEqual(
      [
        'sent DEADLINE_IN_30_DAYS 2.1-04 → owner-enisa',
        'sent DEADLINE_IN_30_DAYS 2.1-08 → owner-enisa',
        'sent DEADLINE_IN_30_DAYS 2.4-02 → owner-commission',
        'sent DEADLINE_IN_30_DAYS 2.1-10 → coordinator',
        'sent DEADLINE_IN_30_DAYS 2.1-10 → coordinator-2',
        'sent DEADLINE_IN_30_DAYS 2.4-10 → coordinator',
        'sent DEADLINE_IN_30_DAYS 2.4-10 → coordinator-2',
        'sent OVERDUE_DIGEST overdue → coordinator',
        'sent OVERDUE_DIGEST overdue → coordinator-2',
      ].sort(),
    );
    const toEnisa = job.mailer.sent.find((mail) => mail.to.id === 'owner-enisa');
    expect(toEnisa?.subject).toBe('[Strategy Tracker] Action 2.1-04 is due in 29 days (2013-12-31)');
    expect(toEnisa?.text).toContain('Strategy Tracker: https://tracker.example.eu');
    const fallback = job.mailer.sent.find((mail) => mail.to.id === 'coordinator' && mail.subject.includes('2.1-10'));
    expect(fallback?.text).toContain('Nobody is registered as an owner for MEMBER_STATES, so this reminder was sent to the coordinators.');
    const digest = job.mailer.sent.find((mail) => mail.to.id === 'coordinator' && mail.subject.includes('overdue'));
    expect(digest?.text).toContain('- 2.1-02 (COMMISSION): due 2013-06-30');
  });

  it('records every message in the outbox, under the day it fell due', async () => {
    const dueOnFirst = await job.outbox.listDueOn('2013-12-01');
    expect(dueOnFirst).toHaveLength(7);
    expect(dueOnFirst.every((message) => message.status === 'SENT' && message.providerMessageId?.startsWith('ses-'))).toBe(true);
    expect(dueOnFirst.map((message) => message.messageKey)).toContain('DEADLINE_IN_30_DAYS#owner-enisa#2.1-04');
    expect((await job.outbox.listDueOn('2013-12-02')).map((message) => message.messageKey).sort()).toEqual([
      'OVERDUE_DIGEST#coordinator#overdue',
      'OVERDUE_DIGEST#coordinator-2#overdue',
    ]);
  });

  it('sends nothing twice when it runs again, the same day or the next', async () => {
    const sentBefore = job.mailer.sent.length;
    const again = await runDailyJob(job.deps, asOf);
    expect(again.deliveries.every((delivery) => delivery.outcome === 'skipped')).toBe(true);
    expect(again.deliveries).toHaveLength(9);
    const nextDay = await runDailyJob(job.deps, '2013-12-03');
    expect(nextDay.deliveries.filter((delivery) => delivery.outcome === 'sent')).toEqual([]);
    expect(job.mailer.sent).toHaveLength(sentBefore);
  });

  it('recomputes health and staleness as of the day and keeps the snapshot', async () => {
    const result = await runDailyJob(job.deps, asOf);
    const total = result.health.DONE + result.health.ON_TRACK + result.health.AT_RISK + result.health.OVERDUE;
    expect(total).toBe(catalogue.actions.length);
    expect(result.health.OVERDUE).toBe(1);
    // Nothing has been confirmed yet: every open action is stale.
    expect(result.health.STALE).toBe(catalogue.actions.length);
  });
});

describe('the daily job when sending fails', () => {
  it('marks the failed message and sends only it on the next run', async () => {
    const job = await freshJob('failures');
    job.mailer.failFor.add('owner-commission');
    const first = await runDailyJob(job.deps, '2013-12-02');
    expect(outcomes(first.deliveries).filter((line) => !line.startsWith('sent'))).toEqual(['failed DEADLINE_IN_30_DAYS 2.4-02 → owner-commission']);
    const [failed] = (await job.outbox.listDueOn('2013-12-01')).filter((message) => message.status === 'FAILED');
    expect(failed).toMatchObject({ recipientId: 'owner-commission', error: 'MessageRejected', attempts: 1 });
    // Neither the record's error nor the job's result repeats the service's text, which quotes the address.
    const address = failed!.recipientEmail!;
    expect(address).toMatch(/@/);
    expect(JSON.stringify(first)).not.toContain(address);
    expect(JSON.stringify(first)).not.toMatch(/not verified/);
    expect(failed!.error).not.toContain(address);

    job.mailer.failFor.clear();
    const retry = await runDailyJob(job.deps, '2013-12-02');
    expect(outcomes(retry.deliveries).filter((line) => line.startsWith('sent'))).toEqual(['sent DEADLINE_IN_30_DAYS 2.4-02 → owner-commission']);
    const [resent] = (await job.outbox.listDueOn('2013-12-01')).filter((message) => message.recipientId === 'owner-commission');
    expect(resent).toMatchObject({ status: 'SENT', attempts: 2 });
  });
});

describe('what the outbox keeps', () => {
  it('drops the address and the text once a message is sent, and lets every record expire 30 days after it was written', async () => {
    const job = await freshJob('retention');
    const writtenAt = new Date('2026-12-06T06:00:00Z');
    const outbox = createOutbox(documentClient, job.tableName, () => writtenAt);
    await runDailyJob({ ...job.deps, outbox }, '2013-12-02');
    const messages = await outbox.listDueOn('2013-12-01');
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.status).toBe('SENT');
      expect(message).not.toHaveProperty('recipientEmail');
      expect(message).not.toHaveProperty('body');
    }
    // Raw item: the expiry is in the table's TTL attribute, in epoch seconds.
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: job.tableName, Key: { PK: 'OUTBOX#2013-12-01', SK: messages[0]!.messageKey } }),
    );
    expect(Item?.[tableDefinition.timeToLiveAttribute]).toBe(Date.parse('2027-01-05T06:00:00Z') / 1000);
    expect(JSON.stringify(Item)).not.toMatch(/@/);
  });

  it('keeps the address and the text of a message that failed, for a person to look at, until it expires', async () => {
    const job = await freshJob('kept');
    job.mailer.failFor.add('owner-enisa');
    await runDailyJob(job.deps, '2013-12-02');
    const failed = (await job.outbox.listDueOn('2013-12-01')).filter((message) => message.status === 'FAILED');
    expect(failed.map((message) => message.recipientId)).toEqual(['owner-enisa', 'owner-enisa']);
    for (const message of failed) {
      expect(message.recipientEmail).toMatch(/@/);
      expect(message.body).toContain('Dear ');
      expect(message.expiresAt).toBeGreaterThan(Date.now() / 1000);
    }
  });
});

describe('the daily job during a reporting round', () => {
  async function openRoundWithOneCountryReported(store: Store) {
    const author = { id: 'coordinator', role: 'COORDINATOR', name: 'Commission coordinator' };
    const round = {
      strategyId: catalogue.strategy.id,
      id: 'round-2014',
      name: 'Review conference 2014',
      opens: '2013-11-25',
      closes: '2013-12-09',
      open: true,
    };
    await store.openRound({ round, event: { type: 'ROUND_OPENED', at: '2013-11-25T08:00:00.000Z', roundId: round.id, author, after: round } });
    const memberStateActions = catalogue.actions.filter((action) => action.memberStateReporting).map((action) => action.ref);
    for (const actionId of memberStateActions) {
      const report = {
        strategyId: catalogue.strategy.id,
        actionId,
        country: 'EE',
        roundId: round.id,
        status: 'IN_PROGRESS' as const,
        evidenceUrls: [],
        version: 1,
        reportedAt: '2013-11-28T10:00:00.000Z',
        reportedBy: 'Estonia: national contact',
        reportedById: 'contact-ee',
        review: { state: 'SUBMITTED' as const },
      };
      await store.saveReport({
        report,
        expectedVersion: null,
        requireOpenRound: round.id,
        event: {
          type: 'REPORT_SUBMITTED',
          at: report.reportedAt,
          actionId,
          country: 'EE',
          roundId: round.id,
          author: { id: 'contact-ee', role: 'MEMBER_STATE', name: report.reportedBy },
          after: { status: report.status },
        },
      });
    }
  }

  it('reminds the national contacts of the countries that have not reported, 7 days before it closes', async () => {
    const job = await freshJob('round');
    await openRoundWithOneCountryReported(job.store);
    const result = await runDailyJob(job.deps, '2013-12-02');
    const contacted = result.deliveries.filter((delivery) => delivery.kind === 'ROUND_CLOSES_IN_7_DAYS').map((delivery) => delivery.recipientId);
    expect(contacted).toHaveLength(catalogue.memberStates.length - 1);
    expect(contacted).not.toContain('contact-ee');
    expect(contacted).toContain('contact-fr');
    const toFrance = job.mailer.sent.find((mail) => mail.to.id === 'contact-fr');
    expect(toFrance?.subject).toBe('[Strategy Tracker] Reporting round "Review conference 2014" closes on 2013-12-09');
  });
});

describe('the daily job and people (issue 12)', () => {
  it('tells the coordinators of an invitation not accepted after 7 days, through the outbox like every reminder', async () => {
    const job = await freshJob('people');
    const invited = {
      id: 'pl-new',
      name: 'Piotr New',
      email: 'piotr@example.pl',
      role: 'MEMBER_STATE' as const,
      country: 'PL',
      status: 'INVITED' as const,
      invitedAt: '2013-11-25T09:00:00.000Z',
      version: 1,
    };
    const result = await runDailyJob({ ...job.deps, people: async () => [invited] }, '2013-12-02');
    expect(outcomes(result.deliveries).filter((line) => line.includes('INVITATION_NOT_ACCEPTED'))).toEqual([
      'sent INVITATION_NOT_ACCEPTED pl-new → coordinator',
      'sent INVITATION_NOT_ACCEPTED pl-new → coordinator-2',
    ]);
    const again = await runDailyJob({ ...job.deps, people: async () => [invited] }, '2013-12-02');
    expect(outcomes(again.deliveries).filter((line) => line.includes('INVITATION_NOT_ACCEPTED') && line.startsWith('sent'))).toEqual([]);
  });
});
