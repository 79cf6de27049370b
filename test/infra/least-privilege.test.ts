import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { devStacks, settingsFor, statementsOfRole, synthStages, type PolicyStatementJson } from './helpers.js';

/**
 * Each function's role, statement by statement: what it may do and on what. A new permission
 * must be added here on purpose.
 */
type Statement = PolicyStatementJson;

const actions = (statement: Statement) => [statement.Action].flat().sort();

/** "TableArn", "TableStreamArn", "UserPoolArn": the stateful stack output a resource reads, or the local resource. */
function describeResource(resource: unknown): string {
  const text = JSON.stringify(resource);
  const output = /"OutputName":"PublishOutput(?:FnGetAtt|Ref)StrategyTracker(\w+?)[0-9A-F]{8}"/.exec(text)?.[1];
  if (output) return text.includes('/index/') ? `${output}/index/GSI1` : output;
  if (text === '"*"') return '*';
  const local = /"Fn::GetAtt":\["(\w+?)[0-9A-F]{8}","Arn"\]/.exec(text)?.[1] ?? /"Ref":"(\w+?)[0-9A-F]{8}"/.exec(text)?.[1];
  if (local) return text.endsWith(':*"]]}') ? `${local}:*` : local;
  if (text.includes('strategy-tracker-dev-audit')) return text.includes('/history/*') ? 'audit-bucket/history/*' : 'audit-bucket';
  return text;
}

function permissions(template: Template, rolePrefix: string): Record<string, string[]> {
  const granted: Record<string, string[]> = {};
  for (const statement of statementsOfRole(template, rolePrefix)) {
    expect(statement.Effect).toBe('Allow');
    const targets = [statement.Resource].flat().map(describeResource);
    for (const target of targets) granted[target] = [...(granted[target] ?? []), ...actions(statement)].sort();
  }
  return granted;
}

describe('least privilege', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(devStacks().application);
  });

  it('no function role carries an AWS managed policy', () => {
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('the API function reads and writes items of the table, queries its index, and manages people on its own user pool, nothing else', () => {
    expect(permissions(template, 'ApiHandlerRole')).toEqual({
      ApiHandlerLogs: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      '*': ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
      TableArn: ['dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
      'TableArn/index/GSI1': ['dynamodb:Query'],
      // Issue 12: the Cognito directory's calls (functions/people/cognito-directory.ts), on this pool only.
      UserPoolArn: [
        'cognito-idp:AdminAddUserToGroup',
        'cognito-idp:AdminCreateUser',
        'cognito-idp:AdminDeleteUser',
        'cognito-idp:AdminDeleteUserAttributes',
        'cognito-idp:AdminDisableUser',
        'cognito-idp:AdminEnableUser',
        'cognito-idp:AdminRemoveUserFromGroup',
        'cognito-idp:AdminUpdateUserAttributes',
        'cognito-idp:AdminUserGlobalSignOut',
        // Reconciling with changes made in the console.
        'cognito-idp:ListUsers',
        'cognito-idp:ListUsersInGroup',
      ],
    });
  });

  it("a stage whose deployment invites its first coordinator lets the catalogue loader make an invitation's three calls, on its pool only, after the catalogue", () => {
    const stacks = synthStages(settingsFor('dev', { firstCoordinator: { email: 'anna@ec.europa.eu', name: 'Anna Example' } }));
    const withFirst = Template.fromStack(stacks.application);
    expect(permissions(withFirst, 'CatalogueLoaderRole')['UserPoolArn']).toEqual([
      'cognito-idp:AdminAddUserToGroup',
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminDeleteUser',
    ]);
    const [first] = Object.values(withFirst.findResources('Custom::FirstCoordinator'));
    expect(first?.Properties).toMatchObject({ email: 'anna@ec.europa.eu', name: 'Anna Example' });
    expect(JSON.stringify(first?.DependsOn)).toMatch(/CatalogueLoad/);
    // Without the setting, the loader has no Cognito permission at all.
    expect(permissions(template, 'CatalogueLoaderRole')['UserPoolArn']).toBeUndefined();
  });

  it('no other function may call the admin API of the user pool', () => {
    const roles = Object.keys(template.findResources('AWS::IAM::Role')).filter((role) => !role.includes('ApiHandlerRole'));
    for (const role of roles) {
      const granted = statementsOfRole(template, role.replace(/[0-9A-F]{8}$/, '')).flatMap((statement) => [statement.Action].flat());
      expect(
        granted.filter((action) => String(action).startsWith('cognito-idp:Admin')),
        role,
      ).toEqual([]);
    }
  });

  it('the stream consumer reads the stream, puts audit copies, publishes status changes and dead-letters, nothing else', () => {
    expect(permissions(template, 'HistoryConsumerRole')).toEqual({
      HistoryConsumerLogs: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      '*': ['dynamodb:ListStreams', 'xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
      TableStreamArn: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
      'audit-bucket/history/*': ['s3:PutObject'],
      HistoryStatusChanges: ['sns:Publish'],
      HistoryDeadLettersQueue: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
    });
  });

  it('the daily job reads the strategy, writes its outbox and snapshot, lists group members, and sends no mail without mail settings', () => {
    expect(permissions(template, 'DailyJobRole')).toEqual({
      DailyJobLogs: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      '*': ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
      TableArn: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
      UserPoolArn: ['cognito-idp:ListUsersInGroup'],
      DailyDeadLettersQueue: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
    });
  });

  it('the export function reads the table and queries its index, and writes nothing', () => {
    expect(permissions(template, 'ExportsHandlerRole')).toEqual({
      ExportsHandlerLogs: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      '*': ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
      TableArn: ['dynamodb:GetItem', 'dynamodb:Query'],
      'TableArn/index/GSI1': ['dynamodb:Query'],
    });
  });

  it("the import function reads and writes as the API's two mutations it runs do, with its previews, and no index", () => {
    expect(permissions(template, 'ImportsHandlerRole')).toEqual({
      ImportsHandlerLogs: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      '*': ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
      TableArn: ['dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    });
  });

  it('the catalogue loader syncs the catalogue into the table, nothing else', () => {
    expect(permissions(template, 'CatalogueLoaderRole')).toEqual({
      CatalogueLoaderLogs: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      '*': ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'],
      TableArn: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    });
  });

  it('the schedule may invoke the daily job only', () => {
    expect(permissions(template, 'DailyScheduleRole')).toEqual({
      DailyJobFunction: ['lambda:InvokeFunction'],
      'DailyJobFunction:*': ['lambda:InvokeFunction'],
      DailyDeadLettersQueue: ['sqs:SendMessage'],
    });
  });
});
