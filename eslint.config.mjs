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
        { patterns: ['**/gas/**', '**/local/**', '**/sidebar/**', 'exceljs', 'fs', 'node:*'] },
      ],
    },
  },
);
