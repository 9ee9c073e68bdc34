/**
 * Disclosures that meet the rules they exist for, in the built extension on the sites' editors: on X, nothing Candor
 * offers takes a post past 280 weighted characters without saying so; on LinkedIn, a disclosure after "…see more" is
 * asked for again at the start.
 */
import type { Locator, Page } from 'playwright-core';
import twitter from 'twitter-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { serveFixtures } from './fixtures';
import { clickInNudge, readNudges, waitForNudges, touchEditor } from './nudge-probe';

const EDITORS = {
  x: { url: 'https://x.com/home', editor: '[data-testid^="tweetTextarea_"][contenteditable]' },
  linkedin: { url: 'https://www.linkedin.com/feed/', editor: '.ql-editor' },
} as const;
const SCREENSHOTS = 'test-results/screenshots';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser);
});
afterAll(async () => {
  await browser?.close();
});

const modelText = (page: Page, index: number) =>
  page.evaluate((i) => (window as unknown as { candorFixture: { modelText(i: number): string } }).candorFixture.modelText(i), index);
/** X's own count (the official library), not Candor's. */
const weighted = (text: string) => twitter.parseTweet(text).weightedLength;
const words = 'The new warehouse routing saved us hours every single week. ';

async function open(site: keyof typeof EDITORS): Promise<{ page: Page; editor: Locator }> {
  const page = await browser.context.newPage();
  await page.goto(EDITORS[site].url);
  const editor = page.locator(EDITORS[site].editor).first();
  await touchEditor(editor);
  return { page, editor };
}

async function writeDraft(page: Page, editor: Locator, draft: string) {
  await editor.click();
  await page.keyboard.type(draft);
  await waitForNudges(page, (views) => views[0]?.pill !== undefined);
  await clickInNudge(page, 0, /suggestion/);
  await waitForNudges(page, (views) => views[0]?.panel !== undefined);
  await page.waitForTimeout(1_100); // a user reads before clicking (and editors merge quick changes into one undo step)
}

async function applyFix(page: Page, name: string) {
  await clickInNudge(page, 0, name);
  await expect.poll(async () => (await readNudges(page))[0]?.busy).toBe(false);
}

describe('on X, within the 280 limit', () => {
  it('a 265-character draft: "Add disclosure" offers the short form, which keeps the post at 280 or less', async () => {
    const { page, editor } = await open('x');
    const draft = `RoadRunner ${words.repeat(5).slice(0, 254)}`;
    expect(weighted(draft)).toBe(265);
    await writeDraft(page, editor, draft);
    const nudge = (await readNudges(page))[0]!;
    expect(nudge.text).toContain('Adds the short form "#AcmeEmployee", to fit X\'s 280 characters.');
    await page.screenshot({ path: `${SCREENSHOTS}/disclosure-x-short-form.png` });

    await applyFix(page, 'Add disclosure');
    await expect.poll(() => modelText(page, 0)).toBe(`#AcmeEmployee ${draft}`);
    expect(weighted(await modelText(page, 0))).toBeLessThanOrEqual(280);
    await page.close();
  });

  it('when even the short form would pass 280, the nudge says so before anything is added', async () => {
    const { page, editor } = await open('x');
    const draft = `RoadRunner ${words.repeat(5).slice(0, 260)}`;
    expect(weighted(draft)).toBe(271);
    await writeDraft(page, editor, draft);
    const text = (await readNudges(page))[0]!.text;
    expect(text).toContain(`even so, the post would be ${weighted(`#AcmeEmployee ${draft}`)} characters of X's 280: shorten it first.`);
    expect(await modelText(page, 0)).toBe(draft); // told, not changed
    await page.screenshot({ path: `${SCREENSHOTS}/disclosure-x-over-limit.png` });
    await page.close();
  });
});

describe('on LinkedIn, before "…see more"', () => {
  it('a 600-character draft with the disclosure at its end still asks for it at the start', async () => {
    const { page, editor } = await open('linkedin');
    const draft = `RoadRunner! ${words.repeat(11).slice(0, 572)} I work at Acme.`;
    expect(draft.length).toBe(600);
    await writeDraft(page, editor, draft);
    const nudge = (await readNudges(page))[0]!;
    expect(nudge.text).toContain('Disclosure out of sight');
    await page.screenshot({ path: `${SCREENSHOTS}/disclosure-linkedin-hidden.png` });

    await applyFix(page, 'Add at the start');
    await expect.poll(() => modelText(page, 0)).toBe(`I work at Acme. ${draft}`);
    await waitForNudges(page, (views) => !views[0]?.text.includes('Disclosure out of sight'));
    await page.close();
  });
});

/** The new cards as people see them: English and French, light and dark, at laptop sizes (screenshots to look at). */
describe('as users see it', () => {
  const SIZES = [{ width: 1024, height: 700 }, { width: 1280, height: 800 }];
  const CASES = [
    { site: 'x', theme: 'light', title: { en: 'Say you work there', fr: 'Dites que vous y travaillez' }, draft: `RoadRunner ${words.repeat(5).slice(0, 260)}` },
    { site: 'x', theme: 'dark', title: { en: 'Say you work there', fr: 'Dites que vous y travaillez' }, draft: `RoadRunner ${words.repeat(5).slice(0, 260)}` },
    { site: 'x', theme: 'dark', title: { en: 'Disclosure out of sight', fr: 'Précision peu visible' }, draft: 'RoadRunner 3 is out. Views are my own. #robots #ai #AcmeEmployee' },
    { site: 'linkedin', theme: 'light', title: { en: 'Disclosure out of sight', fr: 'Précision peu visible' }, draft: `RoadRunner! ${words.repeat(5).slice(0, 250)} I work at Acme.` },
  ] as const;

  it.each(CASES.flatMap((c) => (['en', 'fr'] as const).map((lang) => [`${c.site} ${c.theme} ${lang}: ${c.title[lang]}`, c, lang] as const)))(
    '%s',
    async (_name, { site, theme, title, draft }, lang) => {
      await browser.setSettings(lang === 'fr' ? { locale: 'fr' } : {});
      const page = await browser.context.newPage();
      await page.setViewportSize(SIZES[0]!);
      await page.goto(`${EDITORS[site].url}${theme === 'dark' ? '?theme=dark' : ''}`);
      const editor = page.locator(EDITORS[site].editor).first();
      await touchEditor(editor);
      await writeDraft(page, editor, draft);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const nudge = (await waitForNudges(page, (views) => views[0]?.panel !== undefined))[0]!;
        expect(nudge.text).toContain(title[lang]);
        const { panel } = nudge;
        expect(panel!.x >= 0 && panel!.y >= 0 && panel!.x + panel!.width <= size.width && panel!.y + panel!.height <= size.height).toBe(true);
        const slug = title.en.toLowerCase().replaceAll(' ', '-');
        await page.screenshot({ path: `${SCREENSHOTS}/disclosure-${site}-${slug}-${size.width}x${size.height}-${lang}-${theme}.png` });
      }
      await page.close();
      await browser.setSettings({});
    },
  );
});

describe('the popup: what is in force now, and what changes next', () => {
  it.each(['en', 'fr'] as const)('%s', async (lang) => {
    await browser.setSettings(lang === 'fr' ? { locale: 'fr' } : {});
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // The whole policy opens on demand.
    await popup.getByRole('heading', { level: 2, name: lang === 'fr' ? 'Toute la politique' : 'The whole policy' }).click();
    const heading = (text: string) => popup.getByRole('heading', { level: 3, name: text });
    await expect.poll(() => heading(lang === 'fr' ? 'Vous pouvez en parler' : 'Yours to discuss').count()).toBe(1);
    // The session runs before the quiet period (from 4 January 2027) and Coyote X's announcement (15 March 2027).
    const next = popup.locator('section', { has: popup.getByRole('heading', { level: 3, name: lang === 'fr' ? /^Prochain changement/ : /^Next change/ }) });
    if (Date.now() < Date.parse('2027-01-04T08:00:00Z')) {
      expect(await next.textContent()).toContain(lang === 'fr' ? '«\u202FPériode de silence du T4\u202F» commence' : '"Q4 quiet period" starts');
    }
    expect(await popup.locator('body').textContent()).toContain(lang === 'fr' ? 'Sur X, quand la place manque\u202F: #SalariéAcme' : 'On X, when space is short: #AcmeEmployee');
    await next.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SCREENSHOTS}/disclosure-popup-next-change-${lang}.png` });
    await popup.close();
    await browser.setSettings({});
  });
});

