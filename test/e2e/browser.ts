/**
 * Real Chromium with the built extension loaded. Uses the system Chromium (never a downloaded one):
 * `CHROME_PATH`, else /usr/bin/chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROME_PATH, HEADLESS_CHROMIUM_ARGS } from '../../scripts/chromium';

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
  /** Closes the browser, then fails if any network request carried text typed during the run. */
  close(): Promise<void>;
}

/** A request as it left the browser, kept for the privacy check. */
interface SentRequest {
  readonly url: string;
  readonly body: string;
}

/**
 * The privacy promise, checked on every run: nothing typed into a page may appear in any request's URL or body.
 * Typed texts are collected from `keyboard.type`, which is how every test writes drafts.
 */
export function draftsSent(requests: readonly SentRequest[], typed: ReadonlySet<string>): string[] {
  const drafts = [...typed].filter((t) => t.trim().length >= 6); // shorter bits ("e", "!") are not a draft
  return requests.flatMap((r) => {
    let url = r.url;
    try {
      url = decodeURIComponent(r.url);
    } catch {
      // not percent-encoded text: search it as it is
    }
    const leaked = drafts.filter((d) => url.includes(d) || r.body.includes(d));
    return leaked.map((d) => `${r.url} carried ${JSON.stringify(d)}`);
  });
}

export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'candor-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      ...HEADLESS_CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const requests: SentRequest[] = [];
  const typed = new Set<string>();
  context.on('request', (request) => {
    if (/^(https?|wss?):/.test(request.url())) requests.push({ url: request.url(), body: request.postData() ?? '' });
  });
  context.on('page', (page) => {
    const type = page.keyboard.type.bind(page.keyboard);
    page.keyboard.type = (text, options) => (typed.add(text), type(text, options));
  });
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
      const leaks = draftsSent(requests, typed);
      if (leaks.length) throw new Error(`Draft text left the browser:\n${leaks.join('\n')}`);
    },
  };
}

/** Serves `html` at every URL under `origin`, so content-script match patterns apply to the real address. */
export async function serveAt(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
}
