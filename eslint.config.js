import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What no server code imports. */
const SERVER_ONLY = {
  group: ['**/web/**', '**/scripts/**', '**/infra/**', '**/test/**'],
  message: 'The server imports neither the web app, the scripts, the infrastructure nor the tests.',
};

export default tseslint.config(
  {
    ignores: [
      '.tmp',
      'node_modules',
      'cdk.out',
      'web/dist',
      'web/src/gql',
      'web/src/**/api.generated.ts',
      'graphql/generated',
      '.data',
      'coverage',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='className'][value.value=/\\btable-scroll\\b/]",
          message: 'Wrap scrolling content in <ScrollRegion> (components/ScrollRegion): it makes the box focusable and names it.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A feature's documents and hooks stay in its own chunk (docs/ARCHITECTURE.md, "Data").
              regex: '^\\.\\./(?!conference/|effective/|app/)[^./]+/api(\\.generated)?$',
              allowTypeImports: true,
              message:
                "Import another feature's keys.ts (or a component), not its api.ts or api.generated.ts: that would carry its documents and hooks into this page's chunk. A read several pages share lives in a folder of its own (features/conference, features/effective).",
            },
            {
              regex: '^(\\.\\./)+(functions/(?!domain/)|graphql/|scripts/|infra/|test/)',
              message: 'The web app imports only the pure domain (functions/domain) of the rest of the project.',
            },
          ],
        },
      ],
    },
  },
  // Layer boundaries (docs/ARCHITECTURE.md): which part of the project may import which.
  {
    files: ['functions/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+((functions/)?(store|auth|export|handlers|notify)/|scripts/|infra/|web/|test/)',
              message: 'functions/domain is pure: it imports nothing of the project but itself and data/.',
            },
            {
              group: ['**/graphql/**'],
              message: 'functions/domain owns its types (functions/domain/figures.ts, model.ts); graphql/ serves them (issue 11).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['graphql/**/*.ts', 'functions/handlers/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [SERVER_ONLY] }],
    },
  },
  {
    // The parts under the API (store, exports, imports, notifications, people, auth): only the
    // Lambda handlers wire them to graphql/.
    files: ['functions/**/*.ts'],
    ignores: ['functions/domain/**', 'functions/handlers/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_ONLY,
            { group: ['**/graphql/**'], message: 'Only functions/handlers imports graphql/: the parts below the API never do (issue 11).' },
          ],
        },
      ],
    },
  },
  {
    files: ['infra/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/web/src/**', '**/scripts/**', '**/test/**'],
              message: 'The CDK app imports neither the web app, the scripts nor the tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/components/ScrollRegion.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
