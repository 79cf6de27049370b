import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface OperationsProps {
  /** Who is told when an alarm fires; subscribe more people to the topic as needed. */
  alarmEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * The alarms, all published to one topic. Thresholds are "any": this is a small internal
 * product where a single error, throttle, 5xx or dead letter deserves a look.
 */
export class Operations extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsProps = {}) {
    super(scope, id);
    this.alarmTopic = new Topic(this, 'AlarmTopic', { displayName: 'Strategy Tracker alarms', enforceSSL: true });
    // The TLS-only policy replaces the default topic policy, so CloudWatch is let in explicitly.
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        actions: ['sns:Publish'],
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        resources: [this.alarmTopic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));
  }

  private alarm(id: string, description: string, metric: IMetric, options: { below?: boolean; missingData?: TreatMissingData } = {}) {
    const alarm = new Alarm(this, id, {
      alarmDescription: description,
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: options.below ? ComparisonOperator.LESS_THAN_THRESHOLD : ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: options.missingData ?? TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    alarm.addOkAction(new SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
    return alarm;
  }

  watchFunction(name: string, fn: IFunction): void {
    this.alarm(`${name}Errors`, `${name}: the function failed`, fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }));
    this.alarm(`${name}Throttles`, `${name}: invocations were throttled`, fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }));
  }

  /** For a scheduled function: an alarm when it did not run at all in a day. */
  watchDailyRun(name: string, fn: IFunction): void {
    this.alarm(`${name}NotRun`, `${name}: no invocation in the last 24 hours`, fn.metricInvocations({ period: Duration.days(1), statistic: 'Sum' }), {
      below: true,
      missingData: TreatMissingData.BREACHING,
    });
  }

  watchHttpApi(name: string, api: IHttpApi): void {
    this.alarm(`${name}ServerErrors`, `${name}: the API answered 5xx`, api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }));
  }

  watchDeadLetters(name: string, queue: IQueue): void {
    this.alarm(
      `${name}DeadLetters`,
      `${name}: messages are waiting in the dead-letter queue`,
      queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
    );
  }
}
