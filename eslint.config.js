// Lint for the whole project: typescript-eslint's recommended rules, and no unsanitised DOM sinks
// (innerHTML, outerHTML, insertAdjacentHTML, document.write): policy strings are data, never markup.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/**
 * The floors of src/ (see README, "How it is built"): what each folder may import from the others. Every import
 * points down; a folder not listed for another is a wall. "policy*" means the policy floor without zod.
 */
const FLOORS = {
  text: [],
  policy: ['text'],
  engine: ['text', 'policy*'],
  store: ['text', 'policy*'],
  sync: ['text', 'policy', 'store'],
  editor: ['text'],
  sites: ['text', 'policy*', 'editor'],
  content: ['text', 'policy*', 'engine', 'store', 'editor', 'sites', 'ui'],
  ui: ['text', 'policy*', 'engine', 'store'],
  cli: ['text', 'policy', 'engine', 'sync'],
  // The policy studio: a page for authors, above the pages' shared parts; it validates and signs, so zod is welcome.
  studio: ['text', 'policy', 'engine', 'store', 'sync', 'ui'],
  playground: [],
};
/** The policy modules that are or pull zod (and the parser): never in a content script or an analysis floor. */
const ZOD_MODULES = 'policy/(schema|parse|check|problems|bundled|json-schema)';
const NO_ZOD_MESSAGE = 'zod and the policy parser stay in the background, pages that validate and the CLI: this floor runs in content scripts or on every keystroke.';
const NO_TEST = { regex: '^(\\.\\./)+test/', message: 'Product code and scripts never import from test/: move what both need out of test/.' };
const DEPTHS = [1, 2, 3];

/** One no-restricted-imports block per folder and depth below src/, so a relative path names exactly one folder. */
function floorWalls() {
  return Object.entries(FLOORS).flatMap(([folder, allowed]) => {
    const others = Object.keys(FLOORS).filter((f) => f !== folder && !allowed.includes(f) && !allowed.includes(`${f}*`));
    const zodFree = folder !== 'policy' && !allowed.includes('policy');
    return DEPTHS.map((depth) => {
      const up = `^(\\.\\./){${depth}}`;
      const patterns = [NO_TEST];
      if (others.length) {
        patterns.push({
          regex: `${up}(${others.join('|')})(/|$)`,
          message: `src/${folder}/ may import only ${allowed.length ? allowed.map((f) => `src/${f.replace('*', '')}/`).join(', ') : 'its own files'}: every import points down a floor (README, "How it is built").`,
        });
      }
      if (zodFree) patterns.push({ regex: `${up}${ZOD_MODULES}$`, message: NO_ZOD_MESSAGE }, { regex: '^zod(/|$)', message: NO_ZOD_MESSAGE });
      return {
        files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
        rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
      };
    });
  });
}

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
  ...floorWalls(),
  {
    // Wiring and dev scripts may import any floor, never test/; the content script never pulls zod.
    files: ['entrypoints/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [NO_TEST] }] },
  },
  {
    files: ['entrypoints/content.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [NO_TEST, { regex: `^\\.\\./src/(${ZOD_MODULES}|sync/)`, message: NO_ZOD_MESSAGE }, { regex: '^zod(/|$)', message: NO_ZOD_MESSAGE }] },
      ],
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
