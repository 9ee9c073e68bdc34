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

interface Management {
  management: { setEnabled(extensionId: string, enabled: boolean): Promise<void> };
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** Writes the user's settings into the extension's storage, as the options page does. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Grants an optional host permission, as the user would in Chromium's permission dialog. */
  grantHostPermission(pattern: string): Promise<void>;
  /** Switches the extension off and on, which cuts the scripts already in tabs off from it, as an update does. */
  restartExtension(): Promise<void>;
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
 * Typed texts are collected from `keyboard.type`, which is how every test writes drafts. A draft is looked for as it
 * would leave in disguise: percent- or form-encoded ("+" for spaces), in another case, in base64 (or base64url),
 * and split across two requests (then one of its halves is whole in one of them).
 */
export function draftsSent(requests: readonly SentRequest[], typed: ReadonlySet<string>): string[] {
  const drafts = [...typed].filter((t) => t.trim().length >= 6).map((d) => ({ draft: d, forms: searchForms(d) }));
  return requests.flatMap((r) => {
    const seen = readings(`${r.url}\n${r.body}`);
    return drafts.filter(({ forms }) => forms.some((form) => seen.includes(form))).map(({ draft }) => `${r.url} carried ${JSON.stringify(draft)}`);
  });
}

/** How text is compared: lower case, whitespace runs as one space. */
const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** The draft, and its two halves when each is long enough to mean something on its own. */
function searchForms(draft: string): string[] {
  const whole = normal(draft);
  const middle = Math.floor(whole.length / 2);
  const halves = [whole.slice(0, middle), whole.slice(middle)].filter((half) => half.trim().length >= 8);
  return [whole, ...halves];
}

/** Everything a request may say, decoded every way a script could encode a draft. */
function readings(raw: string): string {
  const decoded = [raw];
  for (const attempt of [raw, raw.replace(/\+/g, ' ')]) {
    try {
      decoded.push(decodeURIComponent(attempt));
    } catch {
      // not percent-encoded text: searched as it is
    }
  }
  for (const token of raw.match(/[A-Za-z0-9+/_-]{8,}={0,2}/g) ?? []) {
    try {
      decoded.push(Buffer.from(token.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
    } catch {
      // not base64
    }
  }
  return normal(decoded.join('\n'));
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
  let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
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
    async restartExtension() {
      // Switched off and on again from chrome://extensions: scripts already in tabs are cut off, as by an update, and
      // Chromium does not put the extension back into them. (`developerPrivate.reload` of a command-line extension
      // sometimes leaves it disabled in headless Chromium.)
      const page = await context.newPage();
      await page.goto('chrome://extensions/');
      const restarted = context.waitForEvent('serviceworker');
      await page.evaluate(async (id) => {
        const { management } = (globalThis as unknown as { chrome: Management }).chrome;
        await management.setEnabled(id, false);
        await management.setEnabled(id, true);
      }, extensionId);
      await page.close();
      worker = await restarted;
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
