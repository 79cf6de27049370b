import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../infra/bundling.js';
import { stageSettings, type StageSettings } from '../../infra/stage-settings.js';
import { addStrategyTracker, type StrategyTrackerOptions } from '../../infra/stacks/strategy-tracker.js';

/** cdk.json's context: the same feature flags and stage settings `cdk synth` uses. */
export const cdkContext = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')).context as Record<string, unknown>;

export function settingsFor(stage: string, overrides: Partial<StageSettings> = {}): StageSettings {
  return { ...stageSettings(stage, cdkContext.stages), ...overrides };
}

/**
 * An app as `cdk synth` builds it, with Lambda bundling skipped (asset hashes come from the
 * source instead), so that a template test runs in about a second.
 */
export function synthStages(settings: StageSettings, options: StrategyTrackerOptions & { app?: App } = {}) {
  const app = options.app ?? new App({ context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] } });
  return { app, ...addStrategyTracker(app, settings, options) };
}

let devStages: ReturnType<typeof synthStages> | undefined;

/** The dev stage as cdk.json defines it, built once per test file. */
export function devStacks() {
  devStages ??= synthStages(settingsFor('dev'));
  return devStages;
}

/** The statements of the IAM policies attached to the role whose logical ID starts with `rolePrefix`. */
export function statementsOfRole(template: Template, rolePrefix: string): PolicyStatementJson[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
    (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref.startsWith(rolePrefix)),
  );
  return policies.flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: PolicyStatementJson[] }).Statement);
}

export interface PolicyStatementJson {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, unknown>;
}
