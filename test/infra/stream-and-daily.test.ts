import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { devStacks, settingsFor, statementsOfRole, synthStages } from './helpers.js';

describe('the history stream consumer', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(devStacks().application);
  });

  it('receives history-event inserts only, from the oldest record, in bounded retried batches', () => {
    const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).map((resource) => resource.Properties);
    expect(mapping).toMatchObject({
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 86400,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [expect.stringMatching(/^HistoryDeadLetters/), 'Arn'] } } },
    });
    expect(mapping.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern))).toEqual([
      { eventName: ['INSERT'], dynamodb: { NewImage: { _et: { S: ['HistoryEvent'] } } } },
    ]);
    expect(JSON.stringify(mapping.EventSourceArn)).toContain('TableStreamArn');
  });

  it('is told where the audit bucket and the status topic are', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          AUDIT_BUCKET_NAME: { 'Fn::Join': ['-', ['strategy-tracker-dev-audit', { Ref: 'AWS::AccountId' }, { Ref: 'AWS::Region' }]] },
          STATUS_TOPIC_ARN: { Ref: Match.stringLikeRegexp('^HistoryStatusChanges') },
        }),
      },
    });
  });

  it('dead-letters into an encrypted queue that keeps messages 14 days', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
  });
});

describe('the daily job', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(devStacks().application);
  });

  it('runs every day at 06:00 Brussels time, retried, with a dead-letter queue', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 6 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Brussels',
      State: 'ENABLED',
      Target: Match.objectLike({
        Input: '{}',
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 21600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DailyDeadLetters'), 'Arn'] } },
      }),
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DailyDeadLetters'), 'Arn'] } } },
    });
  });

  it('sends mail through SES only from the configured sender, when the stage has mail settings', () => {
    const withMail = Template.fromStack(
      synthStages(settingsFor('dev', { mail: { from: 'tracker@example.eu', sesIdentity: 'example.eu' } })).application,
    );
    const ses = statementsOfRole(withMail, 'DailyJobRole').filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith('ses:')),
    );
    expect(ses).toEqual([
      expect.objectContaining({
        Action: 'ses:SendEmail',
        Condition: { StringEquals: { 'ses:FromAddress': 'tracker@example.eu' } },
        Resource: {
          'Fn::Join': [
            '',
            ['arn:', { Ref: 'AWS::Partition' }, ':ses:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':identity/example.eu'],
          ],
        },
      }),
    ]);
    withMail.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ MAIL_FROM: 'tracker@example.eu', USER_POOL_ID: Match.anyValue() }) },
    });
  });
});

describe('the catalogue load at deployment', () => {
  it('runs a custom resource whose digest changes only when the records it would write change', () => {
    const template = Template.fromStack(devStacks().application);
    const [load] = Object.values(template.findResources('Custom::StrategyCatalogue')).map((resource) => resource.Properties);
    expect(load).toMatchObject({ strategyId: 'eu-cybersecurity-2013', digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const again = Template.fromStack(synthStages(settingsFor('dev')).application);
    expect(Object.values(again.findResources('Custom::StrategyCatalogue'))[0]?.Properties.digest).toBe(load.digest);
  });

  it('gives the loader the table writes of the catalogue sync and nothing more', () => {
    const template = Template.fromStack(devStacks().application);
    const dynamo = statementsOfRole(template, 'CatalogueLoaderRole').filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith('dynamodb:')),
    );
    expect(dynamo.map((statement) => [statement.Action].flat().sort())).toEqual([
      ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    ]);
  });
});
