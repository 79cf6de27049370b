import type { CodegenConfig } from '@graphql-codegen/cli';
import { existsSync, readdirSync } from 'node:fs';

/** The web's scalars, as the browser receives them. */
const scalars = { Date: 'string', DateTime: 'string', JSON: 'unknown' };

/**
 * The web app's documents live beside the code that sends them: each folder of web/src with an
 * `api.graphql` (the app shell and every feature) gets its own typed documents,
 * `api.generated.ts`, holding only that folder's operations. A page's chunk then carries its own
 * documents and no one else's (one generated module for the whole app would be one chunk that
 * every page loads, or part of the first script).
 */
const documentFolders = ['web/src/app', ...readdirSync('web/src/features').map((feature) => `web/src/features/${feature}`)].filter((folder) =>
  existsSync(`${folder}/api.graphql`),
);

/**
 * Types flow from the contract: graphql/schema.graphql is the source, and both the
 * resolver types and the web app's typed documents are generated from it.
 * `npm run codegen` writes them; `npm run codegen:check` (part of `npm test`) fails
 * when the committed output is stale.
 */
const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#GraphQLContext',
        mappers: {
          Action: '../mappers.js#ActionModel',
          Strategy: '../mappers.js#StrategyModel',
          MemberStateReport: '../mappers.js#ReportModel',
          ReportingRound: '../mappers.js#RoundModel',
          HistoryEvent: '../mappers.js#HistoryEventModel',
          Dashboard: '../mappers.js#DashboardModel',
          Snapshot: '../mappers.js#SnapshotModel',
          Person: '../mappers.js#PersonModel',
        },
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'graphql/generated/type-defs.ts': {
      plugins: ['./graphql/codegen/type-defs-plugin.cjs'],
    },
    ...Object.fromEntries(
      documentFolders.map((folder) => [
        `${folder}/api.generated.ts`,
        {
          documents: `${folder}/api.graphql`,
          plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations', 'typed-document-node'],
          config: {
            useTypeImports: true,
            enumsAsTypes: true,
            scalars,
            // The schema's enums and inputs once, in web/src/gql/graphql.ts, rather than in each folder.
            importSchemaTypesFrom: 'web/src/gql/graphql.ts',
            namespacedImportName: 'Types',
            // Documents as strings, fragments appended: the browser sends them as they are,
            // without graphql-js's printer (3.5 kB gzip) or parsed syntax trees in the bundle.
            documentMode: 'string',
          },
        },
      ]),
    ),
    // The schema's types for the web (its enums, inputs and objects), which the folders' documents
    // and the pages' pure code refer to; no documents here.
    'web/src/gql/graphql.ts': {
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
