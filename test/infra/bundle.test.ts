import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHandler, HANDLER_ENTRIES, type HandlerBundle, type HandlerName } from '../../infra/bundling.js';
import { FAULT_INJECTOR_MARKER, FAULTS_VARIABLE } from '../../scripts/local/faults.js';

/**
 * The Lambda bundles as CDK builds them (infra/bundling.ts holds the esbuild options that
 * NodejsFunction uses): nothing of local mode's sign-in may reach the cloud, the API stays
 * small, and each bundle loads as an ES module on a bare Node.
 */
const API_BUDGET_BYTES = 1.5 * 1024 * 1024;
const names = Object.keys(HANDLER_ENTRIES) as HandlerName[];

describe('the Lambda bundles', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'lambda-bundles-'));
  const bundles = new Map<HandlerName, HandlerBundle & { code: string }>();

  beforeAll(async () => {
    for (const name of names) {
      const bundle = await bundleHandler(name, join(outdir, name));
      bundles.set(name, { ...bundle, code: readFileSync(bundle.file, 'utf8') });
    }
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it.each(names)('%s contains no local sign-in code', (name) => {
    const bundle = bundles.get(name);
    expect(bundle?.inputs.length).toBeGreaterThan(10);
    expect(bundle?.inputs.filter((input) => input.includes('scripts/local'))).toEqual([]);
    expect(bundle?.inputs.filter((input) => input.includes('functions/auth/'))).toEqual([]);
    expect(bundle?.code).not.toContain('/auth/local');
  });

  it.each(names)('%s carries no fault injector: faults are injected in local mode only (npm run soak)', (name) => {
    expect(bundles.get(name)?.code).not.toContain(FAULT_INJECTOR_MARKER);
    expect(bundles.get(name)?.code).not.toContain(FAULTS_VARIABLE);
  });

  it('the API bundle stays within 1.5 MB minified', () => {
    expect(bundles.get('api')?.bytes).toBeLessThanOrEqual(API_BUDGET_BYTES);
  });

  it("exceljs is in the export and import bundles only: the GraphQL API's cold start does not carry it", () => {
    for (const name of names) {
      const hasExcel = bundles.get(name)?.inputs.some((input) => input.includes('node_modules/exceljs/')) ?? false;
      expect([name, hasExcel]).toEqual([name, name === 'export' || name === 'import']);
    }
  });

  it("the import bundle applies rows through the API's own yoga app and mutations, not a copy of them", () => {
    const inputs = bundles.get('import')?.inputs ?? [];
    expect(inputs).toEqual(
      expect.arrayContaining(['graphql/yoga.ts', 'graphql/mutations.ts', 'functions/import/http.ts', 'functions/import/zip-guard.ts']),
    );
    expect(bundles.get('api')?.inputs.filter((input) => input.startsWith('functions/import/'))).toEqual([]);
  });

  it('the API bundle is the one yoga factory and the DynamoDB store the local server runs', () => {
    const inputs = bundles.get('api')?.inputs ?? [];
    expect(inputs).toEqual(expect.arrayContaining(['graphql/yoga.ts', 'functions/store/dynamo-store.ts', 'functions/domain/identity.ts']));
  });

  it.each(names)('%s loads as an ES module and exports its handler', (name) => {
    const bundle = bundles.get(name);
    const probe = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(pathToFileURL(bundle?.file ?? '').href)}); console.log(typeof m.handler);`,
      ],
      {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          AWS_REGION: 'eu-west-1',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          TABLE_NAME: 'table',
          STRATEGY_ID: 'eu-cybersecurity-2013',
          AUDIT_BUCKET_NAME: 'bucket',
          STATUS_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:topic',
          USER_POOL_ID: 'eu-west-1_pool',
          MAIL_FROM: 'tracker@example.eu',
        },
      },
    );
    expect(probe.stderr).not.toMatch(/Dynamic require|ERR_/);
    expect(probe.stdout.trim()).toBe('function');
  });
});
