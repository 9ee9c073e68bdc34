/**
 * Fixture pages imitating each network's compose boxes with the editor library the site itself uses
 * (X: Draft.js, LinkedIn: Quill, Facebook: Lexical). Serve one at the real site URL with `serveAt` so the
 * extension's content script runs against real editors; tests read each editor's model through
 * `window.candorFixture` (see src/playground/sites/page.ts).
 */
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { bundledPage } from '../../scripts/page-bundle';
import { type ExtensionBrowser, serveAt } from './browser';

export type Site = 'x' | 'linkedin' | 'facebook';

/** A complete HTML document for `site`, its script bundled inline. Built once per site per process. */
export function fixturePage(site: Site): Promise<string> {
  return bundledPage(fileURLToPath(new URL(`../../src/playground/sites/${site}.ts`, import.meta.url)));
}

/** Every real origin each site's fixture is served at (the content script's matches for that network). */
const FIXTURE_ORIGINS: Record<Site, readonly string[]> = {
  x: ['https://x.com', 'https://pro.x.com'],
  linkedin: ['https://www.linkedin.com'],
  facebook: ['https://www.facebook.com', 'https://web.facebook.com'],
};

/** The one extension API read here, from the service worker. */
interface ChromeStorage {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

/**
 * Serves every site's fixture at all its real origins, then waits for the policy: a fresh install activates its
 * policy within moments, and until then a draft has nothing to be checked against.
 */
export async function serveFixtures(browser: ExtensionBrowser): Promise<void> {
  for (const [site, origins] of Object.entries(FIXTURE_ORIGINS) as [Site, readonly string[]][]) {
    for (const origin of origins) await serveAt(browser.context, origin, await fixturePage(site));
  }
  const [worker] = browser.context.serviceWorkers();
  await vi.waitFor(
    async () => {
      const stored = await worker!.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get('activePolicy'));
      if (!('activePolicy' in stored)) throw new Error('no active policy yet');
    },
    { timeout: 30_000, interval: 100 },
  );
}
