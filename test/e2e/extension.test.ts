import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, serveAt } from './browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** Origins of the extension worlds Chromium creates in a page (Playwright's own utility worlds are left out). */
async function contentScriptWorlds(url: string): Promise<string[]> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push(context.origin);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.waitForTimeout(500); // document_idle injection happens after load
  await page.close();
  return worlds;
}

describe('the built extension in Chromium', () => {
  // First, while the tab the background opened on install is the newest.
  it('opened its welcome page when it was installed', async () => {
    const isWelcome = (url: string) => url === `chrome-extension://${browser.extensionId}/welcome.html`;
    await expect.poll(() => browser.context.pages().some((p) => isWelcome(p.url()))).toBe(true);
    const welcome = browser.context.pages().find((p) => isWelcome(p.url()))!;
    await welcome.bringToFront(); // a tab opened in the background may not have rendered yet
    await expect.poll(() => welcome.locator('h1').textContent(), { timeout: 10_000 }).toBe('Welcome to Candor');
    // The demo says it is one, and the company's policy address can be given right there.
    expect(await welcome.locator('.demo-note').textContent()).toContain('it is not your employer’s');
    expect(await welcome.getByLabel('Policy URL').isEditable()).toBe(true);
    await welcome.setViewportSize({ width: 1024, height: 700 });
    await welcome.screenshot({ path: 'test-results/screenshots/welcome-en.png', fullPage: true });
  });

  it.each(['https://x.com/home', 'https://twitter.com/compose/post', 'https://www.linkedin.com/feed/', 'https://www.facebook.com/'])(
    'injects the content script at %s',
    async (url) => {
      await serveAt(browser.context, new URL(url).origin, '<!doctype html><title>site</title><p>hello</p>');
      expect(await contentScriptWorlds(url)).toEqual([`chrome-extension://${browser.extensionId}`]);
    },
  );

  it('stays out of other sites', async () => {
    await serveAt(browser.context, 'https://example.com', '<!doctype html><title>other</title>');
    expect(await contentScriptWorlds('https://example.com/')).toEqual([]);
  });

  it('opens the popup with the bundled policy', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Acme social media policy');
    expect(await page.locator('section[aria-labelledby="principles-title"] li').count()).toBe(6);
    await page.close();
  });
});
