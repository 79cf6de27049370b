import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['node_modules', 'cdk.out', 'web/dist', 'web/src/gql', 'graphql/generated', '.data', 'coverage', '**/*.cjs'],
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
              regex: '(^|/)gql(/index(\\.js)?|/gql(\\.js)?)?$',
              importNames: ['graphql'],
              allowTypeImports: true,
              message:
                "Import graphql from web/src/api/graphql: the generated one bundles every page's documents into the first script. Types may still come from web/src/gql/graphql.",
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
