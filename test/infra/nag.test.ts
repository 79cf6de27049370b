import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import type { StageSettings } from '../../infra/stage-settings.js';
import { cdkContext, settingsFor, synthStages } from './helpers.js';

interface Violation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
}
interface ValidationReport {
  pluginReports: { pluginName: string; conclusion: string; violations: Violation[] }[];
}

const outdirs: string[] = [];
afterAll(() => outdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Synthesizes a stage as `cdk synth` does, with cdk-nag's AwsSolutions pack, and returns the validation report. */
function validate(settings: StageSettings): ValidationReport {
  const outdir = mkdtempSync(join(tmpdir(), 'nag-'));
  outdirs.push(outdir);
  const app = new App({ outdir, context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] } });
  synthStages(settings, { app });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  try {
    app.synth();
  } catch {
    // A failed validation throws; the report says why, and the tests assert on the report.
  }
  return JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as ValidationReport;
}

const findings = (report: ValidationReport, plugin: string) =>
  report.pluginReports
    .filter((pluginReport) => pluginReport.pluginName === plugin)
    .flatMap((pluginReport) =>
      pluginReport.violations.flatMap((violation) =>
        violation.violatingConstructs.map((construct) => `${violation.severity} ${violation.ruleName} at ${construct.constructPath}`),
      ),
    );

describe('cdk-nag AwsSolutions checks at synth', () => {
  // The validation report lists a plugin only when it has findings; the last test proves the pack runs.
  it.each([
    ['dev', settingsFor('dev')],
    ['prod', settingsFor('prod')],
    [
      'a stage with mail, alarms and a custom domain',
      settingsFor('prod', {
        mail: { from: 'tracker@example.eu', sesIdentity: 'example.eu' },
        alarmEmail: 'ops@example.eu',
        webDomain: { domainName: 'tracker.example.eu', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0000' },
      }),
    ],
    [
      'a stage whose deployment invites its first coordinator',
      settingsFor('dev', { firstCoordinator: { email: 'anna@ec.europa.eu', name: 'Anna Example' } }),
    ],
  ])('leave no unacknowledged finding, error or warning, for %s', (_name, settings) => {
    expect(findings(validate(settings), 'AwsSolutions')).toEqual([]);
  });

  it('leave no other warning than the missing web build (tests do not build the web app)', () => {
    const report = validate(settingsFor('dev'));
    expect(findings(report, 'Construct Annotations')).toEqual(['warning Annotation::WebBuildMissing at StrategyTracker-dev-App/Web']);
  });

  it('still catch what is not acknowledged', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'nag-')), context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] } });
    outdirs.push(app.outdir);
    const { application } = synthStages(settingsFor('dev'), { app });
    application.web.bucket.grantRead(application.api.handler);
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-IAM5/);
    const report = JSON.parse(readFileSync(join(app.outdir, 'validation-report.json'), 'utf8')) as ValidationReport;
    expect(findings(report, 'AwsSolutions')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error AwsSolutions-IAM5\[Action::s3:GetObject\*\] at StrategyTracker-dev-App\/Api\/Handler\/Role/),
      ]),
    );
  });
});
