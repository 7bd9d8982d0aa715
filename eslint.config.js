import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/e2e/.artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string-literal union.' }],
    },
  },
  {
    // The engine runs in Node and in the panel: it must not reach for browser globals or the extension.
    files: ['utils/analysis/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'location', 'browser', 'chrome'],
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', 'dexie', 'preact', 'preact/*', '#imports'] }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take the clock from FinderContext.' },
      ],
    },
  },
  {
    files: ['cli/**/*.mjs', 'bench/**/*.ts', 'cli/**/*.ts', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
