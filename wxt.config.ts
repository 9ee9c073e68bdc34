import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The four site patterns are declared once, by the content script entrypoint (entrypoints/content.ts).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Candor',
    description: "Coaches you on your company's social-media policy while you compose posts.",
    // Storage keeps the last good policy and the chosen role; nothing else is asked for yet.
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
