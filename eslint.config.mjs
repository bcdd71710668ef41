import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', module: 'writable', require: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The add-on runs inside Apps Script: no Node, no DOM, and the services
    // only through the adapter layer.
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**', 'src/gas/**', 'src/main.ts'],
    rules: {
      'no-restricted-globals': ['error',
        'SpreadsheetApp', 'FormApp', 'MailApp', 'HtmlService', 'LockService', 'PropertiesService',
        'ScriptApp', 'Session', 'Utilities', 'Charts', 'Logger', 'process', 'Buffer', 'window', 'document'],
    },
  },
);
