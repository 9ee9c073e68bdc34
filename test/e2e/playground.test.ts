/**
 * `npm start`'s playground: the playground build in real Chromium opens itself on install, with the three
 * networks' editors side by side, each already nudging about its sample draft with the bundled policy.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';

const PLAYGROUND_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-playground', import.meta.url));
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build', '--mode', 'playground'], { stdio: 'ignore', env: { ...process.env, CANDOR_PLAYGROUND: '1' } });
  browser = await launchWithExtension(PLAYGROUND_DIR);
  const isPlayground = (p: Page) => p.url().endsWith('/playground.html');
  page = browser.context.pages().find(isPlayground) ?? (await browser.context.waitForEvent('page', { predicate: isPlayground }));
  await page.setViewportSize({ width: 1840, height: 560 });
});
afterAll(async () => {
  await browser?.close();
});

describe('the playground', () => {
  it('says which policy is active and links to the popup and options', async () => {
    await expect.poll(() => page.locator('header').textContent()).toContain('Acme social media policy, version 3');
    expect(await page.getByRole('link', { name: 'Popup' }).getAttribute('href')).toBe('popup.html');
    expect(await page.getByRole('link', { name: 'Options' }).getAttribute('href')).toBe('options.html');
  });

  it.each(['X', 'LinkedIn', 'Facebook'])('%s: the sample draft is nudged at once', async (title) => {
    const frame = page.frameLocator(`iframe[title="${title}"]`);
    await expect.poll(() => frame.locator('[data-candor-nudge]').first().getByRole('button', { name: /suggestion/ }).count(), { timeout: 10_000 }).toBe(1);
  });

  it('looks right (screenshot for review)', async () => {
    for (const title of ['X', 'LinkedIn', 'Facebook']) {
      await page.frameLocator(`iframe[title="${title}"]`).locator('[data-candor-nudge]').first().getByRole('button', { name: /suggestion/ }).click();
    }
    await page.screenshot({ path: 'test-results/screenshots/playground.png' });
  });
});
