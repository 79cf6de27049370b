import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '../../functions/store/table-definition.js';
import { DataTable } from '../../infra/constructs/data-table.js';
import { UserDirectory } from '../../infra/constructs/identity.js';
import { devStacks, settingsFor, synthStages } from './helpers.js';

describe('the stateful stack', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(devStacks().stateful);
  });

  describe('table', () => {
    it('keeps the pinned logical ID, so a refactor can never replace the table', () => {
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      expect(Object.keys(template.findResources('AWS::DynamoDB::Table'))).toEqual([DataTable.LOGICAL_ID]);
      expect(DataTable.LOGICAL_ID).toBe('StrategyTrackerTable');
    });

    it('is built from the shared table definition', () => {
      const [gsi] = tableDefinition.globalSecondaryIndexes;
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: gsi.indexName,
            KeySchema: [
              { AttributeName: gsi.partitionKey.name, KeyType: 'HASH' },
              { AttributeName: gsi.sortKey.name, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: gsi.projection },
          },
        ],
        StreamSpecification: { StreamViewType: tableDefinition.stream },
        TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
      });
    });

    it('is on demand, with point-in-time recovery and deletion protection, and retained on stack deletion', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      });
    });

    it('can be re-pointed at a restored table, which the stack then does not create', () => {
      const settings = settingsFor('dev', {
        existingTable: {
          tableName: 'restored-table',
          tableStreamArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/restored-table/stream/2014-02-07T00:00:00.000',
        },
      });
      const { stateful, application } = synthStages(settings);
      Template.fromStack(stateful).resourceCountIs('AWS::DynamoDB::Table', 0);
      Template.fromStack(application).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: settings.existingTable?.tableStreamArn,
      });
    });
  });

  describe('user pool', () => {
    it('keeps the pinned logical ID, so a refactor can never replace the pool and its users', () => {
      expect(Object.keys(template.findResources('AWS::Cognito::UserPool'))).toEqual([UserDirectory.LOGICAL_ID]);
      expect(UserDirectory.LOGICAL_ID).toBe('StrategyTrackerUserPool');
    });

    it('admits no self sign-up and requires TOTP multi-factor authentication', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      });
    });

    it('has threat protection enforced, a strong password policy, and is retained', () => {
      template.hasResource('AWS::Cognito::UserPool', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({
          UserPoolTier: 'PLUS',
          UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
          DeletionProtection: 'ACTIVE',
          Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 14, RequireSymbols: true }) },
        }),
      });
    });

    it('has the actor and country binding attributes', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        Schema: Match.arrayWith([
          Match.objectLike({ Name: 'actor', AttributeDataType: 'String', Mutable: true }),
          Match.objectLike({ Name: 'country', AttributeDataType: 'String', Mutable: true }),
        ]),
      });
    });

    it('has the four role groups, COORDINATOR first in precedence', () => {
      const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map((group) => [
        group.Properties.GroupName,
        group.Properties.Precedence,
      ]);
      expect(groups.sort((a, b) => a[1] - b[1])).toEqual([
        ['COORDINATOR', 0],
        ['OWNER', 1],
        ['MEMBER_STATE', 2],
        ['VIEWER', 3],
      ]);
    });

    it('has a hosted sign-in domain', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'strategy-tracker-dev' });
    });
  });

  describe('audit bucket', () => {
    const auditBucket = () => {
      const [bucket] = Object.values(template.findResources('AWS::S3::Bucket', { Properties: { ObjectLockEnabled: true } }));
      if (!bucket) throw new Error('no Object Lock bucket');
      return bucket;
    };

    it('locks every copy in governance mode for the stage retention, versioned and retained', () => {
      expect(auditBucket()).toMatchObject({
        DeletionPolicy: 'Retain',
        Properties: {
          VersioningConfiguration: { Status: 'Enabled' },
          ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        },
      });
    });

    it('refuses deletion and governance bypass to everyone, and plain HTTP', () => {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            Match.objectLike({
              Sid: 'AuditCopiesAreNeverDeleted',
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: ['s3:BypassGovernanceRetention', 's3:DeleteObject', 's3:DeleteObjectVersion'],
            }),
          ]),
        },
      });
    });
  });
});
