/**
 * Real Chromium with the built extension loaded. Uses the system Chromium (never a downloaded one):
 * `CHROME_PATH`, else /usr/bin/chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/** The one extension API the tests call from the service worker. */
interface ChromeStorage {
  storage: { local: { set(items: object): Promise<void> } };
}

/** chrome://extensions' own API, used to do what the user would do by clicking. */
interface DeveloperPrivate {
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** Writes the user's settings into the extension's storage, as the options page does. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Grants an optional host permission, as the user would in Chromium's permission dialog. */
  grantHostPermission(pattern: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'candor-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async setSettings(settings) {
      // Runs in the extension's service worker, where `chrome` is the extension API.
      await worker.evaluate(
        (value) => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.set({ settings: value }),
        settings,
      );
    },
    async grantHostPermission(pattern) {
      const page = await context.newPage();
      await page.goto('chrome://extensions/');
      await page.evaluate(
        ([id, host]) =>
          (globalThis as unknown as { chrome: DeveloperPrivate }).chrome.developerPrivate.addHostPermission(id!, host!),
        [extensionId, pattern],
      );
      await page.close();
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serves `html` at every URL under `origin`, so content-script match patterns apply to the real address. */
export async function serveAt(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
}
