import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Apps Script's services: only src/gas may name them. */
const SERVICES = [
  'SpreadsheetApp', 'FormApp', 'MailApp', 'HtmlService', 'LockService', 'PropertiesService', 'CacheService',
  'ScriptApp', 'Session', 'Utilities', 'Charts', 'Logger', 'SlidesApp', 'Slides', 'UrlFetchApp',
];
const NO_APPS_SCRIPT_TYPES = {
  selector: "TSQualifiedName[left.name='GoogleAppsScript']",
  message: 'Apps Script objects stay in src/gas: speak roles and grids here.',
};

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
    // and their objects only through the adapter (src/gas).
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**', 'src/gas/**'],
    rules: {
      'no-restricted-globals': ['error', ...SERVICES, 'process', 'Buffer', 'window', 'document'],
      'no-restricted-syntax': ['error', NO_APPS_SCRIPT_TYPES],
    },
  },
  {
    // The functional core: pure TypeScript over grids, tested without Apps Script.
    files: ['src/model/**/*.ts', 'src/summary/**/*.ts', 'src/paper/**/*.ts', 'src/reminders/**/*.ts', 'src/settings/**/*.ts', 'src/report/**/*.ts', 'src/themes/**/*.ts', 'src/compare/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/gas', '**/gas/**', '**/actions', '**/actions/**', '**/ui/**'], message: 'The functional core does not reach the adapter, the actions or the dialogs.' }] }],
    },
  },
  {
    // The message catalogue is a leaf: it may name the core's types, never import its code.
    files: ['src/messages.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['./*', '../*'], allowTypeImports: true, message: 'messages.ts imports types only.' }] }],
    },
  },
  {
    // The adapter serves the actions; it never calls them or the dialogs.
    files: ['src/gas/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/actions', '**/actions/**', '**/ui/**'], message: 'src/gas is called by the actions, not the other way round.' }] }],
    },
  },
  {
    // Dialogs run in the browser: they reach the server only through google.script.run (ui/shared/server.ts).
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/gas', '**/gas/**'], message: 'Dialogs call the server through google.script.run.' }, { group: ['**/actions/*', '!**/actions/api'], allowTypeImports: true, message: 'Dialogs know the server only by the contracts in actions/api.ts.' }] }],
    },
  },
);
