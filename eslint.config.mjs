// Lint: typescript-eslint over src, sidebar, test; the core may not reach the outside world.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const outsideWorld = [
  'SpreadsheetApp',
  'HtmlService',
  'LockService',
  'PropertiesService',
  'Session',
  'Utilities',
  'Logger',
  'console',
  'process',
  'document',
  'window',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'demo/**', 'coverage/**', 'test-output/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['sidebar/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['sidebar/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...outsideWorld,
        { name: 'Date', message: 'The core takes today as a parameter; use IsoDate helpers.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: ['**/gas/**', '**/local/**', '**/sidebar/**', 'exceljs', 'fs', 'node:*'],
          // One small schema bundled and minified by esbuild (measured): 12 KB with `import * as z from
          // 'zod/mini'`, 85 KB with classic zod, 427 KB with `import { z } from 'zod/mini'` (every locale).
          paths: [
            { name: 'zod', message: "Use `import * as z from 'zod/mini'`: classic zod bloats dist/Code.js." },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod/mini'] ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod/mini'`: the `z` namespace export pulls in every locale.",
        },
      ],
    },
  },
);
