import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { devStacks, settingsFor, synthStages } from './helpers.js';

describe('the alarms', () => {
  let template: Template;
  let alarms: Record<string, unknown>[];

  beforeAll(() => {
    template = Template.fromStack(devStacks().application);
    alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
  });

  const find = (namespace: string, metric: string, dimension: RegExp) =>
    alarms.filter((alarm) => alarm.Namespace === namespace && alarm.MetricName === metric && dimension.test(JSON.stringify(alarm.Dimensions)));

  it.each([
    ['API', /ApiHandlerFunction/],
    ['stream consumer', /HistoryConsumerFunction/],
    ['daily job', /DailyJobFunction/],
    ['export', /ExportsHandlerFunction/],
    ['import', /ImportsHandlerFunction/],
  ])('watch the %s function for errors and throttles', (_name, fn) => {
    expect(find('AWS/Lambda', 'Errors', fn)).toHaveLength(1);
    expect(find('AWS/Lambda', 'Throttles', fn)).toHaveLength(1);
  });

  it('watch the API for 5xx answers', () => {
    expect(find('AWS/ApiGateway', '5xx', /ApiHttpApi/)).toHaveLength(1);
  });

  it.each([
    ['stream consumer', /HistoryDeadLetters/],
    ['daily job', /DailyDeadLetters/],
  ])('watch the %s dead-letter queue for any message', (_name, queue) => {
    const [alarm] = find('AWS/SQS', 'ApproximateNumberOfMessagesVisible', queue);
    expect(alarm).toMatchObject({ Statistic: 'Maximum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('notice a day without a daily run', () => {
    const [alarm] = find('AWS/Lambda', 'Invocations', /DailyJobFunction/);
    expect(alarm).toMatchObject({ Period: 86400, ComparisonOperator: 'LessThanThreshold', TreatMissingData: 'breaching' });
  });

  it('all notify the alarm topic, when they fire and when they clear', () => {
    const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic', { Properties: { DisplayName: 'Strategy Tracker alarms' } }));
    expect(alarms).toHaveLength(14);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.OKActions).toEqual([{ Ref: topicId }]);
    }
  });

  it('mail the stage alarm address when one is set', () => {
    const withEmail = Template.fromStack(synthStages(settingsFor('dev', { alarmEmail: 'ops@example.eu' })).application);
    withEmail.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.eu' });
  });
});
