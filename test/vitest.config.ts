import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // WXT's auto-imports, aliases and fake `browser`, so extension code runs under test as it does when built.
  plugins: [WxtVitest({ root })],
  test: {
    projects: [
      {
        extends: true,
        // Dates shown to people are in their time zone: tests read them in UTC, whatever the machine's zone.
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/e2e/**', 'test/e2e-firefox/**'], env: { TZ: 'UTC' } },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Builds the extension once for every browser test.
          globalSetup: ['test/e2e/build-extension.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['test/e2e-firefox/**/*.test.ts'],
          // Builds the Firefox build once; the tests install it in real Firefox (firefox-esr) over WebDriver BiDi.
          globalSetup: ['test/e2e-firefox/build-firefox.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Like the Chromium files, one file at a time and after the unit tests (vitest's sequential group), so the
          // two browsers never run at once.
          fileParallelism: false,
        },
      },
    ],
  },
});
