import { Arn, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue.js';
import { wildcardResourceFinding } from './nag.js';
import { ServiceFunction } from './service-function.js';
import { TABLE_ACCESS, grantTableAccess } from './table-access.js';

export interface DailyJobProps {
  table: ITable;
  userPool: IUserPool;
  strategyId: string;
  /** Without it the job computes health and records reminders in its outbox but sends nothing. */
  mail?: { from: string; sesIdentity: string };
  /** The dashboard's address, quoted in each reminder. */
  appUrl: string;
  schedule: { hour: number; minute: number; timeZone: string };
  logRetention: RetentionDays;
}

/**
 * Once a day: recompute health and staleness, then send the reminders that fall due (owners
 * 30 and 7 days before a deadline, coordinators a weekly overdue digest) through SES, each
 * recorded in the table's outbox so that a re-run sends nothing twice.
 */
export class DailyJob extends Construct {
  readonly job: ServiceFunction;
  readonly schedule: Schedule;
  readonly deadLetters: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: DailyJobProps) {
    super(scope, id);

    this.deadLetters = new DeadLetterQueue(this, 'DeadLetters');
    this.job = new ServiceFunction(this, 'Job', {
      handler: 'daily',
      description: 'the daily health recomputation and reminders',
      serviceName: 'strategy-tracker-daily',
      timeout: Duration.minutes(5),
      logRetention: props.logRetention,
      environment: {
        TABLE_NAME: props.table.tableName,
        STRATEGY_ID: props.strategyId,
        USER_POOL_ID: props.userPool.userPoolId,
        APP_URL: props.appUrl,
        ...(props.mail ? { MAIL_FROM: props.mail.from } : {}),
      },
    });
    grantTableAccess(this.job, props.table, TABLE_ACCESS.daily);
    this.job.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['cognito-idp:ListUsersInGroup'], resources: [props.userPool.userPoolArn] }));
    if (props.mail) {
      const stack = Stack.of(this);
      this.job.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [Arn.format({ service: 'ses', resource: 'identity', resourceName: props.mail.sesIdentity }, stack)],
          conditions: { StringEquals: { 'ses:FromAddress': props.mail.from } },
        }),
      );
    }
    // Scheduler invokes asynchronously: Lambda retries a failed run twice (the outbox makes the
    // retries safe), then hands the event to the dead-letter queue.
    this.job.function.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: new SqsDestination(this.deadLetters.queue),
    });

    const scheduleRole = new Role(this, 'ScheduleRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
      description: 'Lets EventBridge Scheduler start the Strategy Tracker daily job',
    });
    Validations.of(scheduleRole).acknowledge({
      id: wildcardResourceFinding(this, `${this.job.function.functionArn}:*`),
      reason:
        'Granted by the Scheduler target: lambda:InvokeFunction on the daily job and its versions and aliases (the ":*" suffix); no other function.',
    });

    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Strategy Tracker daily job',
      schedule: ScheduleExpression.cron({
        minute: String(props.schedule.minute),
        hour: String(props.schedule.hour),
        timeZone: TimeZone.of(props.schedule.timeZone),
      }),
      target: new LambdaInvoke(this.job.function, {
        role: scheduleRole,
        input: ScheduleTargetInput.fromObject({}),
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
        deadLetterQueue: this.deadLetters.queue,
      }),
    });
  }
}
