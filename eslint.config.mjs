import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['.tmp-shot/', 'node_modules/', 'dist/', 'lib/', 'build/', 'storybook-static/', 'custom-elements.json', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/node/**', 'src/builder/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // demo pages' own scripts run in the browser
    files: ['demo/**/*.js'],
    languageOptions: { globals: { document: 'readonly', location: 'readonly', fetch: 'readonly', URLSearchParams: 'readonly' } },
  },
  {
    // The browser library never reaches the node-only builder (it would drag Node built-ins and the
    // YAML and EDTF parsers into every reader's download).
    files: ['src/**/*.ts'],
    ignores: ['src/builder/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/builder/**', '**/builder'], message: 'src/builder is node-only: the browser bundle must not import it' },
        { group: ['node:*'], message: 'browser code: no Node built-ins' },
      ] }],
    },
  },
  {
    // tests query shadow roots they just rendered; a missing node fails the test anyway; the builder's
    // text scanners read `index` of `matchAll` results, which is always set
    files: ['test/**', 'src/builder/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-legacy-template-syntax': 'error',
    },
  },
);
