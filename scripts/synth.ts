import { spawnSync } from 'node:child_process';

/**
 * `npm run synth`: `cdk synth` offline for the default stage (cdk.json's context.stage), with
 * cdk-nag's checks; any further arguments go to cdk (`npm run synth -- -c stage=prod`).
 * No AWS account or network is needed: the stacks are environment-agnostic.
 */
const result = spawnSync('npx', ['cdk', 'synth', '--quiet', '--no-notices', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CDK_DISABLE_CLI_TELEMETRY: '1',
    CDK_DISABLE_VERSION_CHECK: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  },
});
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
