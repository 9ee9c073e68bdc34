/**
 * The Firefox build (.output/firefox-mv2) in real Firefox (firefox-esr), driven over WebDriver BiDi: it loads, a
 * compose box nudges and "Add disclaimer" lands in the editor's model, a policy URL saved in options is asked for
 * in the click and fetched, and a broken server afterwards leaves the last good policy in force.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUPAIN, DUPAIN_VERSION, NEXT_VERSION, type PolicyServer, startPolicyServer } from '../e2e/policy-server';
import { clickInNudge, type FirefoxWithExtension, fixturePage, launchFirefox, touchEditor, waitForNudges } from './firefox';

const DUPAIN_NAME = 'Charte réseaux sociaux des Boulangeries Dupain';
const X_EDITOR = '[data-testid^="tweetTextarea_"][contenteditable]';
const POLL = { timeout: 20_000, interval: 100 };

let firefox: FirefoxWithExtension;
let policy: PolicyServer;

beforeAll(async () => {
  policy = await startPolicyServer();
  firefox = await launchFirefox();
  firefox.route('https://x.com', await fixturePage('x'));
});
afterAll(async () => {
  await firefox?.close();
  policy?.close();
});

const textOf = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

/** The model text of editor `index`, read from the editor library itself (not the DOM), in the page's main world. */
const modelText = (page: Page, index: number) =>
  page.evaluate((i) => (window as unknown as { candorFixture: { modelText(i: number): string } }).candorFixture.modelText(i), index);

const editorHasFocus = (page: Page) =>
  page.evaluate((s) => {
    const editor = document.querySelectorAll(s)[0];
    return !!editor && (editor === document.activeElement || editor.contains(document.activeElement));
  }, X_EDITOR);

/** A trusted click on the button whose text is `name`, once there is one (puppeteer moves the mouse to it and clicks). */
async function clickButton(page: Page, name: string) {
  const button = await page.waitForFunction(
    (n) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n),
    { polling: 100, timeout: POLL.timeout },
    name,
  );
  await (button as ElementHandle<HTMLButtonElement>).click();
}

/** A site page at `url`, its uncaught errors collected in `errors`. */
async function openSite(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await firefox.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
  await page.goto(url);
  // The composer gets its nudge at the user's first key there.
  await touchEditor(page, X_EDITOR);
  return { page, errors };
}

describe('the Firefox build in real Firefox', () => {
  it('loads: the background opens the welcome page and activates the bundled policy, the popup shows it', async () => {
    const welcome = await firefox.welcome();
    await expect.poll(() => textOf(welcome, 'h1'), POLL).toBe('Welcome to Candor');
    await expect.poll(async () => 'activePolicy' in (await firefox.storage(['activePolicy'])), POLL).toBe(true);

    const popup = await firefox.openExtensionPage('/popup.html');
    await expect.poll(() => textOf(popup, 'h1'), POLL).toBe('Acme social media policy');
    expect(await popup.evaluate(() => document.querySelectorAll('section[aria-labelledby="principles-title"] li').length)).toBe(6);
    await popup.close();
  });

  it('on X, nudges as the draft is typed, and "Add disclaimer" lands in the Draft.js model', async () => {
    const { page, errors } = await openSite('https://x.com/home');
    const draft = 'Loving the new RoadRunner at Acme';
    await page.click(X_EDITOR);
    await page.keyboard.type(draft, { delay: 5 });
    await expect.poll(() => modelText(page, 0), POLL).toBe(draft);

    await waitForNudges(page, (views) => views[0]?.pill?.name.includes('2 suggestions for this post') === true);
    expect(await editorHasFocus(page)).toBe(true); // the nudge appeared without taking focus

    await clickInNudge(page, 0, /suggestion/);
    await waitForNudges(page, (views) => views[0]?.open === true);
    await clickInNudge(page, 0, 'Add disclaimer');
    await expect.poll(() => modelText(page, 0), POLL).toBe(`${draft} Views are my own.`);
    await waitForNudges(page, (views) => views[0]?.busy === false && !views[0].controls.some((c) => c.name === 'Add disclaimer'));
    expect(await editorHasFocus(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a policy URL set in options, in Firefox', () => {
  // One story: the second step needs the policy the first one saved.
  it('is asked for in the click on Save, fetched, and reaches the compose boxes', async () => {
    const options = await firefox.openExtensionPage('/options.html');
    await options.waitForSelector('#policy-url');
    await options.click('#policy-url');
    await options.keyboard.type(policy.url);
    await clickButton(options, 'Save');
    await expect.poll(() => textOf(options, '.status'), POLL).toContain(`${DUPAIN_NAME}, version ${DUPAIN_VERSION}`);
    expect(await textOf(options, '.status')).toContain('From the policy URL you set');
    expect(await options.evaluate(() => document.querySelector('#policy-url-note')?.getAttribute('role') ?? null)).toBeNull();
    // Firefox granted the origin, and only it, in answer to the click.
    const granted = await options.evaluate(() =>
      (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[] }> } } }).browser.permissions.getAll(),
    );
    expect(granted.origins).toEqual(['http://127.0.0.1/*']);

    const { page, errors } = await openSite('https://x.com/home');
    await page.click(X_EDITOR);
    await page.keyboard.type('Le Pain Lune arrive chez Dupain', { delay: 5 });
    await clickInNudge(page, 0, /suggestion/);
    const [nudge] = await waitForNudges(page, (views) => views[0]?.open === true);
    expect(nudge!.text).toContain('Unreleased product: Pain Lune');
    expect(errors).toEqual([]);
    await page.close();
    await options.close();
  });

  it('keeps the last good policy when the server then serves a broken one, or fails, and says why', async () => {
    const options = await firefox.openExtensionPage('/options.html');
    await expect.poll(() => textOf(options, '.status'), POLL).toContain(`${DUPAIN_NAME}, version ${DUPAIN_VERSION}`);
    const inForce = async () => {
      expect(await textOf(options, '[role="alert"]')).toContain('The last good policy stays in force.');
      expect(await textOf(options, '.status')).toContain(`${DUPAIN_NAME}, version ${DUPAIN_VERSION}`);
      expect(JSON.stringify(await firefox.storage(['activePolicy']))).toContain(DUPAIN_NAME);
    };
    try {
      // A newer version that is not a policy: refused, with the problem named.
      policy.served = JSON.stringify({ ...JSON.parse(DUPAIN), version: NEXT_VERSION, principles: 'not a list' });
      await clickButton(options, 'Refresh now');
      await expect.poll(() => textOf(options, '[role="alert"]'), POLL).toContain('principles');
      await inForce();

      // Then a server error.
      policy.broken = true;
      await clickButton(options, 'Refresh now');
      await expect.poll(() => textOf(options, '[role="alert"]'), POLL).toContain('answered 500 Internal Server Error');
      await inForce();
    } finally {
      policy.broken = false;
      policy.served = DUPAIN;
    }
    await options.close();
  });
});
