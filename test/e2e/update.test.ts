/**
 * An update while a compose box is open. Chrome does not put the new version into tabs already open, and the old
 * copy of the content script is cut off from the extension: a box the user is writing in says to reload the page,
 * instead of going silent as if the draft were fine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, serveAt } from './browser';
import { fixturePage } from './fixtures';
import { waitForNudges } from './nudge-probe';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveAt(browser.context, 'https://x.com', await fixturePage('x'));
});
afterAll(() => browser?.close());

describe('a tab open before an update', () => {
  it('tells the user writing in it to reload, and works again once reloaded', async () => {
    const site = await browser.context.newPage();
    await site.goto('https://x.com/home');
    const editor = site.locator('[data-testid="tweetTextarea_0"][contenteditable]');
    await editor.click();
    await site.keyboard.type('Acme');
    await waitForNudges(site, (views) => views[0]?.controls.some((c) => /suggestion/.test(c.name)) === true);

    await browser.restartExtension();
    await site.keyboard.type(' ships');
    const [retired] = await waitForNudges(site, (views) => /Reload the page/.test(views[0]?.text ?? ''));
    expect(retired!.text).toContain('Candor was updated or switched off, so it no longer checks this page.');
    expect(retired!.controls).toEqual([]); // no advice it could no longer act on
    await site.screenshot({ path: 'test-results/screenshots/update-reload-en.png', clip: { x: 0, y: 0, width: 1024, height: 400 } });

    await site.reload();
    await editor.click();
    await site.keyboard.type('Acme');
    const [fresh] = await waitForNudges(site, (views) => views[0]?.controls.some((c) => /suggestion/.test(c.name)) === true);
    expect(fresh!.text).not.toContain('Reload the page');
  });
});
