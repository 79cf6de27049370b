import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { REPO_ROOT } from '../bundling.js';
import { stageSettings } from '../stage-settings.js';
import { addStrategyTracker } from '../stacks/strategy-tracker.js';

/** The only place that reads context and the file system; everything below takes typed props. */
const app = new App();
const settings = stageSettings(app.node.tryGetContext('stage') ?? 'dev', app.node.tryGetContext('stages'));
const webDist = join(REPO_ROOT, 'web', 'dist');

addStrategyTracker(app, settings, existsSync(join(webDist, 'index.html')) ? { webDistPath: webDist } : {});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
