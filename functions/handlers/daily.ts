import { createPeopleStore } from '../store/people-store.js';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { DEFAULT_HEALTH_CONFIG } from '../domain/health.js';
import { CognitoIdentityProviderClient, createListUsersInGroup } from '../notify/cognito-users-api.js';
import { asOfFromEvent, runDailyJob, type DailyJobDependencies, type DailyJobEvent, type DailyJobResult } from '../notify/daily-job.js';
import { createCognitoDirectory } from '../notify/directory.js';
import { createHealthSnapshots } from '../notify/health-snapshot.js';
import { createOutboxOnlyMailer, createSesMailer, type Mailer } from '../notify/mailer.js';
import { createOutbox } from '../notify/outbox.js';
import { DEFAULT_REMINDER_CONFIG } from '../notify/reminders.js';
import { createDynamoClient } from '../store/dynamo-client.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { requiredEnv } from './env.js';
import { createObservability, instrument, type Observability } from './observability.js';

/**
 * The daily job: invoked by EventBridge Scheduler with `{}` (today), or by hand with
 * `{ "asOf": "YYYY-MM-DD" }` to catch up a day.
 */
export function createDailyHandler(dependencies: () => DailyJobDependencies, observability: Observability, clock: () => Date = () => new Date()) {
  const { logger, metrics } = observability;
  return instrument(observability, async (event: DailyJobEvent | null, _context: Context): Promise<DailyJobResult> => {
    const asOf = asOfFromEvent(event, clock());
    const result = await runDailyJob(dependencies(), asOf);
    for (const [health, count] of Object.entries(result.health)) metrics.addMetric(`Actions${health}`, MetricUnit.Count, count);
    const count = (outcome: string) => result.deliveries.filter((delivery) => delivery.outcome === outcome).length;
    metrics.addMetric('RemindersSent', MetricUnit.Count, count('sent'));
    metrics.addMetric('RemindersFailed', MetricUnit.Count, count('failed'));
    logger.info('Daily job finished', { asOf, health: result.health, reminders: result.reminders, deliveries: result.deliveries });
    // Failing the invocation makes Lambda retry it; the outbox resends only what failed.
    if (count('failed') > 0) throw new Error(`${count('failed')} reminder(s) could not be sent on ${asOf}; see the outbox.`);
    return result;
  });
}

const observability = createObservability();
const documentClient = DynamoDBDocumentClient.from(observability.tracer.captureAWSv3Client(createDynamoClient()), {
  marshallOptions: { removeUndefinedValues: true },
});
const ses = observability.tracer.captureAWSv3Client(new SESv2Client({}));
const tableName = requiredEnv('TABLE_NAME');
const listUsersInGroup = createListUsersInGroup(new CognitoIdentityProviderClient({ region: requiredEnv('AWS_REGION') }));
// A stage without mail settings computes and records its reminders but sends none.
const mailFrom = process.env.MAIL_FROM;
const mailer: Mailer = mailFrom ? createSesMailer({ client: ses, from: mailFrom }) : createOutboxOnlyMailer();
if (!mailFrom) observability.logger.warn('MAIL_FROM is not set: reminders are written to the outbox only.');

export const handler = createDailyHandler(
  () => ({
    store: createDynamoStore({ documentClient, tableName }),
    strategyId: requiredEnv('STRATEGY_ID'),
    outbox: createOutbox(documentClient, tableName),
    snapshots: createHealthSnapshots(documentClient, tableName),
    // A fresh directory per run: group membership changes between days.
    directory: createCognitoDirectory({ listUsersInGroup, userPoolId: requiredEnv('USER_POOL_ID') }),
    mailer,
    config: { ...DEFAULT_REMINDER_CONFIG, healthConfig: DEFAULT_HEALTH_CONFIG },
    appUrl: process.env.APP_URL,
    people: () => createPeopleStore({ documentClient, tableName }).list(),
  }),
  observability,
);
