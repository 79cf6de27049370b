import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { stageSettings } from '../../infra/stage-settings.js';
import { cdkContext } from './helpers.js';

describe('stage settings', () => {
  it('read the dev and prod stages of cdk.json, dev by default', () => {
    expect(cdkContext.stage).toBe('dev');
    expect(stageSettings('dev', cdkContext.stages)).toMatchObject({
      stage: 'dev',
      strategyId: 'eu-cybersecurity-2013',
      cognitoDomainPrefix: 'strategy-tracker-dev',
      auditRetentionDays: 30,
      logRetention: RetentionDays.ONE_MONTH,
      terminationProtection: false,
    });
    expect(stageSettings('prod', cdkContext.stages)).toMatchObject({
      terminationProtection: true,
      auditRetentionDays: 3653,
      logRetention: RetentionDays.ONE_YEAR,
    });
  });

  it('refuse an unknown stage with the names of the known ones', () => {
    expect(() => stageSettings('qa', cdkContext.stages)).toThrow(/no settings for stage "qa".*known stages: dev, prod/);
  });

  it('read the first coordinator the deployment invites, and refuse one without a valid address (issue 12)', () => {
    expect(stageSettings('x', { x: { firstCoordinator: { email: ' anna@ec.europa.eu ', name: 'Anna Example' } } }).firstCoordinator).toEqual({
      email: 'anna@ec.europa.eu',
      name: 'Anna Example',
    });
    expect(stageSettings('x', { x: {} }).firstCoordinator).toBeUndefined();
    expect(() => stageSettings('x', { x: { firstCoordinator: { email: 'anna', name: 'Anna' } } })).toThrow(
      /firstCoordinator.email "anna" is not an e-mail address/,
    );
    expect(() => stageSettings('x', { x: { firstCoordinator: { email: 'anna@ec.europa.eu' } } })).toThrow(
      /firstCoordinator must be an object with email and name/,
    );
  });

  it('refuse malformed values with the key that is wrong', () => {
    expect(() => stageSettings('x', { x: { apiThrottle: { rateLimit: 10 } } })).toThrow(/context.stages.x: apiThrottle must be/);
    expect(() => stageSettings('x', { x: { logRetentionDays: 31 } })).toThrow(/logRetentionDays must be one of/);
    expect(() => stageSettings('x', { x: { mail: { from: 'a@b.eu' } } })).toThrow(/mail must be an object with from and sesIdentity/);
    expect(() => stageSettings('Prod!', cdkContext.stages)).toThrow(/short lower-case name/);
    for (const origins of [['*'], ['https://partner.example/app'], ['http://partner.example'], 'https://partner.example']) {
      expect(() => stageSettings('x', { x: { corsAllowedOrigins: origins } })).toThrow(/corsAllowedOrigins must be a list of origins/);
    }
    expect(stageSettings('x', { x: { corsAllowedOrigins: ['https://partner.example:8443'] } }).corsAllowedOrigins).toEqual([
      'https://partner.example:8443',
    ]);
    expect(stageSettings('dev', cdkContext.stages).corsAllowedOrigins).toEqual([]);
  });
});
