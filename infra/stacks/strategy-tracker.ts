import { Tags, type App } from 'aws-cdk-lib';
import type { StageSettings } from '../stage-settings.js';
import { AppStack } from './app-stack.js';
import { StatefulStack } from './stateful-stack.js';

export interface StrategyTrackerOptions {
  webDistPath?: string;
}

/** The two stacks of one stage. Environment-agnostic: the account and region come from the deploying credentials. */
export function addStrategyTracker(app: App, settings: StageSettings, options: StrategyTrackerOptions = {}) {
  const prefix = `StrategyTracker-${settings.stage}`;
  const stateful = new StatefulStack(app, `${prefix}-Data`, {
    settings,
    description: `Strategy Tracker (${settings.stage}): table, users and audit copies`,
  });
  const application = new AppStack(app, `${prefix}-App`, {
    settings,
    description: `Strategy Tracker (${settings.stage}): API, stream consumer, daily job, web hosting, alarms`,
    table: stateful.table,
    userPool: stateful.userPool,
    signInDomain: stateful.signInDomain,
    ...(options.webDistPath ? { webDistPath: options.webDistPath } : {}),
  });
  // Also implied by the references, except the audit bucket's, which goes by name.
  application.addStackDependency(stateful);
  for (const stack of [stateful, application]) {
    Tags.of(stack).add('project', 'strategy-tracker');
    Tags.of(stack).add('stage', settings.stage);
  }
  return { stateful, application };
}
