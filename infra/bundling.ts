import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * How every Lambda is bundled. The CDK constructs (NodejsFunction), the bundle test and
 * `npm run bench:cold` all read these values, so what is measured is what is deployed.
 */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const HANDLER_ENTRIES = {
  api: 'functions/handlers/api.ts',
  stream: 'functions/handlers/stream.ts',
  daily: 'functions/handlers/daily.ts',
  catalogue: 'functions/handlers/catalogue.ts',
  export: 'functions/handlers/export.ts',
  import: 'functions/handlers/import.ts',
} as const;

export type HandlerName = keyof typeof HANDLER_ENTRIES;

export const handlerEntry = (name: HandlerName) => fileURLToPath(new URL(`../${HANDLER_ENTRIES[name]}`, import.meta.url));

/** Matches `Runtime.NODEJS_22_X`. */
export const LAMBDA_NODE_TARGET = 'node22';

/**
 * ESM bundles still contain CommonJS dependencies that call `require('node:buffer')` and read
 * `__dirname`; without these bindings they fail at load with
 * "Dynamic require of ... is not supported". The aliases avoid clashing with bundled names.
 */
export const ESM_REQUIRE_BANNER = [
  "import { createRequire as __bannerCreateRequire } from 'node:module';",
  "import { fileURLToPath as __bannerFileURLToPath } from 'node:url';",
  "import { dirname as __bannerDirname } from 'node:path';",
  'const require = __bannerCreateRequire(import.meta.url);',
  'const __filename = __bannerFileURLToPath(import.meta.url);',
  'const __dirname = __bannerDirname(__filename);',
].join(' ');

export const MAIN_FIELDS = ['module', 'main'];

/**
 * The AWS SDK is bundled rather than taken from the runtime: the handlers rely on recent S3
 * features (conditional writes) and the tested versions are the deployed ones.
 */
export const EXTERNAL_MODULES: string[] = [];

/** The esbuild options NodejsFunction derives from the values above. */
export function esbuildOptionsFor(name: HandlerName) {
  return {
    entryPoints: [handlerEntry(name)],
    bundle: true,
    platform: 'node' as const,
    target: LAMBDA_NODE_TARGET,
    format: 'esm' as const,
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: MAIN_FIELDS,
    banner: { js: ESM_REQUIRE_BANNER },
    external: EXTERNAL_MODULES,
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'silent' as const,
  };
}

export interface HandlerBundle {
  name: HandlerName;
  file: string;
  bytes: number;
  /** Every source file esbuild pulled in, relative to the repository root. */
  inputs: string[];
}

/** Bundles one handler as NodejsFunction would, into `outdir`. */
export async function bundleHandler(name: HandlerName, outdir: string): Promise<HandlerBundle> {
  const { build } = await import('esbuild');
  const result = await build({ ...esbuildOptionsFor(name), outdir, absWorkingDir: REPO_ROOT, write: true });
  const { metafile } = result;
  const [file, output] = Object.entries(metafile?.outputs ?? {}).find(([path]) => path.endsWith('.mjs')) ?? [];
  if (!metafile || !file || !output) throw new Error(`esbuild produced no bundle for ${name}`);
  return { name, file: join(REPO_ROOT, file), bytes: output.bytes, inputs: Object.keys(metafile.inputs) };
}
