/**
 * The popup and the options page in the real extension: choosing a role or a language changes the popup and an
 * open compose box at once, without reloading anything.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, serveAt } from './browser';
import { fixturePage } from './fixtures';
import { clickInNudge, countControls, readNudges } from './nudge-probe';

const SCREENSHOTS = 'test-results/screenshots';
let browser: ExtensionBrowser;
let options: Page;
let popup: Page;
let site: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchWithExtension();
  await serveAt(browser.context, 'https://x.com', await fixturePage('x'));
  const open = async (path: string, size: { width: number; height: number }) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  };
  options = await open('options.html', { width: 900, height: 1100 });
  popup = await open('popup.html', { width: 420, height: 1500 });
  site = await browser.context.newPage();
  await site.goto('https://x.com/home');
});
afterAll(async () => {
  await browser?.setSettings({});
  await browser?.close();
});

/**
 * The popup at 400 × 600, as the toolbar opens it: the role, the texts to add, whom to ask and the draft box all end
 * within the first screen (the whole policy, the examples and the status are further down, on demand).
 */
async function firstScreen(lang: 'en' | 'fr') {
  const small = await browser.context.newPage();
  await small.setViewportSize({ width: 400, height: 600 });
  await small.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const words = lang === 'fr' ? { role: 'Votre rôle', texts: 'À ajouter à vos publications', ask: 'Demandez d’abord', draft: 'Brouillon' } : { role: 'Your role', texts: 'What to add to your posts', ask: 'Ask first', draft: 'Draft' };
  await small.screenshot({ path: `${SCREENSHOTS}/popup-400x600-${lang}.png` });
  const parts = [
    small.getByLabel(words.role, { exact: true }),
    small.getByRole('heading', { level: 2, name: words.texts }),
    small.getByRole('heading', { level: 2, name: words.ask }),
    small.getByRole('button', { name: lang === 'fr' ? 'Copier' : 'Copy' }).last(),
    small.getByLabel(words.draft, { exact: true }),
  ];
  for (const part of parts) {
    const box = (await part.boundingBox())!;
    expect(box.y + box.height, String(part)).toBeLessThanOrEqual(600);
  }
  expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400); // no sideways scrolling
  await small.close();
}

/** The role the popup's select shows. */
const roleShown = () => popup.getByLabel(/^(Your role|Votre rôle)$/).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);

/** How many controls the site's first nudge (closed shadow root: read through nudge-probe) has with this role and name. */
const inNudge = async (role: 'button' | 'link', name?: string | RegExp) => {
  const [nudge] = await readNudges(site);
  return name === undefined ? (nudge?.controls.filter((c) => c.role === role).length ?? 0) : countControls(nudge, role, name);
};

describe('popup and options', () => {
  it('show the policy, its status and where it comes from', async () => {
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Acme social media policy');
    expect(await roleShown()).toBe('All staff');
    expect(await popup.getByRole('link', { name: 'Ask Investor Relations' }).getAttribute('href')).toBe('mailto:ir@acme.com');
    expect(await popup.getByRole('link', { name: 'Suggest a change to this policy' }).count()).toBe(1);
    expect(await popup.getByText('Checked on this device. Nothing is sent.').count()).toBe(1);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-en.png`, fullPage: true });
    await options.screenshot({ path: `${SCREENSHOTS}/options-en.png`, fullPage: true });
  });

  it('holds what the policy asks of you, and the draft box, in the first screen of a 400 × 600 popup', async () => {
    await firstScreen('en');
  });

  it('checks a draft written elsewhere, with the same one-click fixes', async () => {
    const draft = popup.getByLabel('Draft', { exact: true });
    await draft.fill('Q3 results at Acme look great');
    await expect.poll(() => popup.getByRole('button', { name: 'Add disclaimer' }).count()).toBe(1);
    await popup.getByRole('button', { name: 'Add disclaimer' }).click();
    expect(await draft.inputValue()).toBe('Q3 results at Acme look great Views are my own.');
    await draft.fill('');
  });

  it('a new role applies to the popup and to an open compose box at once', async () => {
    const editor = site.locator('[data-testid="tweetTextarea_0"][contenteditable]');
    await editor.click();
    await site.keyboard.type('Acme stock price is up');
    await clickInNudge(site, 0, /suggestion/);
    expect(await inNudge('link', 'Ask Legal')).toBe(0); // talking about the share price is fine for most staff

    await options.getByRole('radio', { name: /Executive/ }).check();
    await expect.poll(roleShown).toBe('Executive');
    expect(await popup.getByText('For your role').count()).toBeGreaterThan(0);
    await expect.poll(() => inNudge('link', 'Ask Legal')).toBe(1);
  });

  it('French applies to the pages, the nudge and the inserted disclaimer', async () => {
    await options.getByRole('radio', { name: 'All staff' }).check();
    await options.getByRole('radio', { name: 'Français' }).check();
    await expect.poll(() => options.locator('legend').first().textContent()).toBe('Rôle');
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe("Politique réseaux sociaux d'Acme");
    await expect.poll(() => inNudge('button', 'Ajouter la mention')).toBe(1);
    await site.waitForTimeout(1_100); // Quill-style undo grouping does not apply here, but a user reads first anyway
    await clickInNudge(site, 0, 'Ajouter la mention');
    await expect
      .poll(() => site.evaluate(() => (window as unknown as { candorFixture: { modelText(i: number): string } }).candorFixture.modelText(0)))
      .toBe("Acme stock price is up Mes opinions n'engagent que moi.");
    await popup.screenshot({ path: `${SCREENSHOTS}/popup-fr.png`, fullPage: true });
    await firstScreen('fr');
    await options.screenshot({ path: `${SCREENSHOTS}/options-fr.png`, fullPage: true });
  });

  it('turning a network off removes its nudges', async () => {
    await options.getByRole('checkbox', { name: 'X' }).uncheck();
    await expect.poll(() => inNudge('button')).toBe(0);
    await options.getByRole('button', { name: 'Rétablir les réglages par défaut' }).click();
    await expect.poll(() => options.locator('legend').first().textContent()).toBe('Role');
    await expect.poll(() => inNudge('button', /suggestion/)).toBe(1);
  });

  it('two pages changing different settings at once keep both changes', async () => {
    // Reads are slowed, so that both pages' read-modify-write overlap: without a lock shared by the pages, the second
    // write would put back the setting the first one changed. The slowing wraps the API before the page's code (and
    // webextension-polyfill, which keeps the function it first sees) runs, and starts once the page is loaded.
    const openSlow = async () => {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        type Area = { get(keys: unknown, callback?: (items: unknown) => void): Promise<unknown> };
        const slow = globalThis as unknown as { slowReads?: boolean; chrome?: { storage?: { local: Area } }; browser?: { storage?: { local: Area } } };
        // Chromium has both namespaces, as distinct objects: slow down whichever the page's code reads through.
        for (const area of [slow.chrome?.storage?.local, slow.browser?.storage?.local]) {
          if (!area) continue;
          const get = area.get.bind(area);
          area.get = (keys, callback) => {
            // What was read arrives late, so the other page reads the same old value meanwhile.
            const read = get(keys).then((items) => (slow.slowReads ? new Promise((resolve) => setTimeout(() => resolve(items), 300)) : items));
            if (callback) void read.then(callback);
            return read;
          };
        }
      });
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await page.getByRole('radio', { name: 'English' }).waitFor();
      await page.evaluate(() => ((globalThis as unknown as { slowReads: boolean }).slowReads = true));
      return page;
    };
    const [first, other] = [await openSlow(), await openSlow()];
    await Promise.all([first.getByRole('radio', { name: /Executive/ }).check(), other.getByRole('radio', { name: 'Français' }).check()]);
    const stored = () =>
      other.evaluate(async () => {
        const area = (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<{ settings?: unknown }> } } } }).chrome.storage.local;
        return (await area.get('settings')).settings;
      });
    await expect.poll(stored, { timeout: 5_000 }).toEqual({ role: 'executive', locale: 'fr' });
    await expect.poll(roleShown).toBe('Dirigeant');
    await other.getByRole('button', { name: 'Rétablir les réglages par défaut' }).click();
    await first.close();
    await other.close();
  });
});
