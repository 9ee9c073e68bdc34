import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The four site patterns are declared once, by the content script entrypoint (entrypoints/content.ts).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Candor',
    description: "Coaches you on your company's social-media policy while you compose posts.",
    // Storage keeps the last good policy and the chosen role; nothing else is asked for yet.
    permissions: ['storage'],
    // Firefox needs a stable add-on id for storage and enterprise policies (`3rdparty` managed storage).
    ...(browser === 'firefox' && { browser_specific_settings: { gecko: { id: 'candor@candor.invalid' } } }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
