/**
 * `npm start`'s playground: the playground build in real Chromium opens itself on install, with the three
 * networks' editors side by side, each already nudging about its sample draft with the bundled policy.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { clickInNudge, countControls, evaluateInNudge, readNudges } from './nudge-probe';

const ACME_VERSION: string = JSON.parse(readFileSync(new URL('../../rules/acme.policy.json', import.meta.url), 'utf8')).version;

const PLAYGROUND_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-playground', import.meta.url));
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build', '--mode', 'playground'], { stdio: 'ignore', env: { ...process.env, CANDOR_PLAYGROUND: '1' } });
  browser = await launchWithExtension(PLAYGROUND_DIR);
  const isPlayground = (p: Page) => p.url().endsWith('/playground.html');
  page = browser.context.pages().find(isPlayground) ?? (await browser.context.waitForEvent('page', { predicate: isPlayground }));
  await page.setViewportSize({ width: 1280, height: 800 });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The first nudge in the iframe titled `title`: its index among all the page's nudges (nudge-probe reads them in
 * every frame, in document order), or -1. Which frame holds a nudge is read from its root's window.
 */
async function firstNudgeIn(title: string): Promise<number> {
  for (const view of await readNudges(page)) {
    const frameTitle = await evaluateInNudge(page, view.index, (root) => root.ownerDocument.defaultView?.frameElement?.getAttribute('title'));
    if (frameTitle === title) return view.index;
  }
  return -1;
}

describe('the playground', () => {
  it('says which policy is active and links to the popup and options', async () => {
    await expect.poll(() => page.locator('header').textContent()).toContain(`Acme social media policy, version ${ACME_VERSION}`);
    expect(await page.getByRole('link', { name: 'Popup' }).getAttribute('href')).toBe('popup.html');
    expect(await page.getByRole('link', { name: 'Options' }).getAttribute('href')).toBe('options.html');
  });

  it.each(['X', 'LinkedIn', 'Facebook'])('%s: the sample draft is nudged at once', async (title) => {
    const suggestions = async () => countControls((await readNudges(page))[await firstNudgeIn(title)], 'button', /suggestion/);
    await expect.poll(suggestions, { timeout: 10_000 }).toBe(1);
  });

  it('shows one site at a time at full size, behind tabs (keyboard too), readable at 1280 × 800', async () => {
    for (const title of ['X', 'LinkedIn', 'Facebook']) {
      await page.getByRole('tab', { name: new RegExp(`^${title} `) }).click();
      const frame = page.getByTitle(title, { exact: true });
      expect((await frame.boundingBox())!.width).toBeGreaterThanOrEqual(1_200); // at 100 %, not scaled down
      await clickInNudge(page, await firstNudgeIn(title), /suggestion/);
      await page.screenshot({ path: `test-results/screenshots/playground-${title.toLowerCase()}.png` });
    }
    await page.getByRole('tab', { name: /^Facebook / }).focus();
    await page.keyboard.press('ArrowRight'); // wraps round to the first
    expect(await page.getByRole('tab', { selected: true }).textContent()).toMatch(/^X /);
    expect(await page.locator('[role="tabpanel"]:not([inert])').count()).toBe(1); // the others are inert, off screen
  });
});
