import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { COACH_FILE } from './src/content/first-input';
import { SITE_MATCHES } from './src/sites/hosts';

/**
 * `npm start` builds a second variant with the playground pages (site fixtures made with React, Quill and
 * Lexical), in its own folder; release builds contain only the product's own entrypoints.
 */
const PLAYGROUND = process.env.CANDOR_PLAYGROUND === '1';
const NUDGE_RUNTIME = fileURLToPath(new URL('src/ui/nudge/runtime.ts', import.meta.url));
const PRODUCT_ENTRYPOINTS = ['background', 'content', 'coach', 'popup', 'options', 'welcome', 'studio'];

/** Where a policy may be fetched from: any HTTPS origin, asked for one at a time; plain HTTP on loopback only. */
const POLICY_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

// The sites' match patterns are declared once (src/sites/hosts.ts), for the content script and the coach.
export default defineConfig({
  publicDir: 'assets/public',
  // The Firefox sources zip is for store review: the code and how to build it, not local test output.
  zip: { excludeSources: ['test-results/**'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Name and description in the browser's language (assets/public/_locales); the pages pick theirs in options.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the last good policy, status and settings; alarms: the periodic policy refresh.
    permissions: ['storage', 'alarms'],
    // The policy's origin is asked for at run time, when someone sets a policy URL; never <all_urls>.
    optional_host_permissions: POLICY_ORIGINS,
    // Enterprise configuration (Chrome `3rdparty` policy / Firefox `policies.json`): see the README.
    storage: { managed_schema: 'managed_schema.json' },
    // The coach, imported by the content script at its user's first input in a box (src/content/first-input.ts).
    // Chrome loads it only as a web-accessible file: for the sites' pages only, at an address that changes every
    // session, so a page cannot probe for Candor. Firefox lets a content script import its extension's files as they
    // are: none is exposed to pages there.
    ...(browser !== 'firefox' && {
      web_accessible_resources: [{ resources: [COACH_FILE], matches: [...SITE_MATCHES], use_dynamic_url: true }],
    }),
    // Signed policies are checked with Ed25519 in WebCrypto: Chrome 137 (May 2025), Firefox 129 (Aug 2024); Firefox's
    // data_collection_permissions needs 140.
    ...(browser !== 'firefox' && { minimum_chrome_version: '137' }),
    ...(browser === 'firefox' && {
      // Firefox MV2 lists optional origins under optional_permissions.
      optional_permissions: POLICY_ORIGINS,
      browser_specific_settings: {
        // A stable add-on id for storage and enterprise policies (`3rdparty` managed storage). Candor collects nothing.
        gecko: { id: 'candor@candor.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  ...(PLAYGROUND && { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-playground' }),
  hooks: {
    // The coach, which tabs of the sites run once their user writes, renders the nudge with a runtime of its own,
    // 1 KiB instead of Preact's 4.5 (src/ui/nudge/runtime.ts says why it can); pages keep Preact.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias ?? [];
      const aliases = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...aliases, { find: /^preact(\/jsx-(dev-)?runtime)?$/, replacement: NUDGE_RUNTIME }] };
    },
    // Release builds leave the playground out before WXT looks at it (`filterEntrypoints` would list it as "skipped"
    // on every build, a warning about nothing wrong).
    'entrypoints:found': (_wxt, found) => {
      if (PLAYGROUND) return;
      const product = found.filter((entry) => PRODUCT_ENTRYPOINTS.includes(entry.name));
      found.splice(0, found.length, ...product);
    },
  },
  // JSX compiles for Preact through tsconfig's jsxImportSource; no `react` alias, so the playground's React stays React.
  // Draft.js (playground only) reads Node's `global`.
  vite: () => ({
    define: PLAYGROUND ? { global: 'globalThis' } : {},
    // The playground bundles whole editor libraries (React, Draft.js, Quill, Lexical) for a local page: big on purpose.
    build: { chunkSizeWarningLimit: PLAYGROUND ? 4_096 : 500 },
    // WXT's content-script context announces the script to the page and stops on a forged announcement: replaced
    // by a stub that does neither (src/content/wxt-context.ts says why).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('src/content/wxt-context.ts', import.meta.url)),
        },
      ],
    },
  }),
});
