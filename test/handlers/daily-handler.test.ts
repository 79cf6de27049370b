import type { Context } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { asOfFromEvent, type DailyJobDependencies, type DailyJobResult } from '../../functions/notify/daily-job.js';
import type { Observability } from '../../functions/handlers/observability.js';
import { lambdaContext } from './events.js';

/** The daily Lambda's own rules: which day it computes, and that a failed send fails the run (so Lambda retries it). */
type DailyModule = {
  createDailyHandler(
    deps: () => DailyJobDependencies,
    observability: Observability,
    clock?: () => Date,
  ): (event: { asOf?: string }, context: Context) => Promise<DailyJobResult>;
};

let daily: DailyModule;
let observability: Observability;

beforeAll(async () => {
  Object.assign(process.env, {
    TABLE_NAME: 'unused',
    STRATEGY_ID: 'eu-cybersecurity-2013',
    USER_POOL_ID: 'eu-west-1_AbCdEf123',
    AWS_REGION: 'eu-west-1',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
  daily = (await import('../../functions/handlers/daily.js')) as DailyModule;
  observability = (await import('../../functions/handlers/observability.js')).createObservability();
});

/**
 * What the daily job needs, in memory: one action of ENISA's due at the end of 2013, so that
 * on 2013-12-01 a 30-day notice falls due for ENISA's owner `ownerId`, and a mailer that
 * refuses every message with `mailError`. `markFailed` hears what the outbox is told.
 */
function failingDependencies(ownerId: string, mailError: Error, markFailed: (key: unknown, error: string) => void = () => undefined) {
  const strategy = {
    id: 'eu-cybersecurity-2013',
    reference: 'JOIN(2013) 1',
    title: 't',
    adopted: '2013-02-07',
    reviewDate: '2014-02-07',
    sections: [],
    priorities: [],
    actors: [],
    memberStates: [],
    version: 1,
  };
  const action = {
    strategyId: strategy.id,
    id: '2.1-04',
    ref: '2.1-04',
    section: '2.1',
    text: 'ENISA to assist.',
    owners: ['ENISA'],
    partners: [],
    baselineDeadline: '2013-12-31',
    deadlineSource: 'PHRASE' as const,
    recurring: false,
    memberStateReporting: false,
    kind: 'BULLET' as const,
    status: 'IN_PROGRESS' as const,
    progress: 50,
    evidenceUrls: [],
    deadlineRevisions: [],
    version: 1,
  };
  return {
    strategyId: strategy.id,
    store: { strategyState: async () => ({ strategy, actions: [action], reports: [], rounds: [] }) },
    snapshots: { save: async () => undefined },
    outbox: {
      claim: async () => true,
      markSent: async () => undefined,
      markFailed: async (key: unknown, error: string) => markFailed(key, error),
      listDueOn: async () => [],
    },
    directory: {
      coordinators: async () => [],
      owners: async () => [{ id: ownerId, name: 'Olaf', email: 'olaf@enisa.europa.eu' }],
      memberStateContacts: async () => [],
    },
    mailer: { send: async () => Promise.reject(mailError) },
    config: {
      deadlineNoticeDays: [30, 7],
      roundNoticeDays: 7,
      overdueDigestWeekday: 1,
      catchUpDays: 3,
      healthConfig: { progressLagPoints: 25, staleAfterDays: 90 },
    },
  } as unknown as DailyJobDependencies;
}

describe('the daily Lambda handler', () => {
  it('computes for today (UTC) when the schedule invokes it, or for the day it is asked', () => {
    const now = new Date('2013-12-02T05:00:00Z');
    expect(asOfFromEvent({}, now)).toBe('2013-12-02');
    expect(asOfFromEvent(undefined, now)).toBe('2013-12-02');
    expect(asOfFromEvent({ asOf: '2013-11-29' }, now)).toBe('2013-11-29');
    expect(() => asOfFromEvent({ asOf: '29/11/2013' }, now)).toThrow(/asOf must be a date like/);
  });

  it('fails the invocation when a reminder could not be sent, after recording the rest', async () => {
    const deps = failingDependencies('o', new Error('Throttling: Maximum sending rate exceeded.'));
    const handler = daily.createDailyHandler(
      () => deps,
      observability,
      () => new Date('2013-12-01T05:00:00Z'),
    );
    await expect(handler({}, lambdaContext('strategy-tracker-daily'))).rejects.toThrow(
      '1 reminder(s) could not be sent on 2013-12-01; see the outbox.',
    );
  });

  it('logs who a failed reminder was for by user id, and the mail service error by name: never an address or a text', async () => {
    const recorded: string[] = [];
    const rejected = Object.assign(
      new Error('Email address is not verified. The following identities failed the check in region EU-WEST-1: olaf@enisa.europa.eu'),
      { name: 'MessageRejected' },
    );
    const deps = failingDependencies('7a2b-owner', rejected, (_key, error) => void recorded.push(error));
    const logged: unknown[] = [];
    const spies = (['info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(observability.logger, level).mockImplementation((...args: unknown[]) => void logged.push(args)),
    );
    try {
      const handler = daily.createDailyHandler(
        () => deps,
        observability,
        () => new Date('2013-12-01T05:00:00Z'),
      );
      const failure = await handler({}, lambdaContext('strategy-tracker-daily')).then(
        () => undefined,
        (error: unknown) => error,
      );
      logged.push(String(failure));
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    const text = JSON.stringify(logged, (_key, value: unknown) => (value instanceof Error ? { name: value.name, message: value.message } : value));
    expect(text).toContain('7a2b-owner');
    expect(text).toContain('MessageRejected');
    expect(text).not.toContain('olaf@enisa.europa.eu');
    expect(text).not.toMatch(/not verified|identities failed/);
    expect(recorded).toEqual(['MessageRejected']);
  });
});
