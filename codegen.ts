import type { CodegenConfig } from '@graphql-codegen/cli';

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
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        // Documents as strings: the browser sends them as they are, without graphql-js's
        // printer (3.5 kB gzip) or the parsed syntax trees in the bundle.
        documentMode: 'string',
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
