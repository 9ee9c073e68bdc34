// Lint for the whole project: typescript-eslint's recommended rules, and no unsanitised DOM sinks
// (innerHTML, outerHTML, insertAdjacentHTML, document.write): policy strings are data, never markup.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or Preact: policy strings are data.' },
        { property: 'outerHTML', message: 'Use textContent or Preact: policy strings are data.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM methods or Preact: policy strings are data.' },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests shape JSON freely; the DOM-sink rules above still apply to them.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // WXT declares these for entrypoints at build time.
    files: ['entrypoints/**'],
    languageOptions: { globals: { defineBackground: 'readonly', defineContentScript: 'readonly', browser: 'readonly' } },
  },
);
