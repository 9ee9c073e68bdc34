/**
 * Where the nudge sits, measured: the built extension in real Chromium on every public fixture surface, at four
 * window sizes, in English and French, light and (where the site has one) dark. The pill and the opened card must
 * cover none of what the user needs — the draft's text, the submit button, the dialog's close button, the editor's
 * tool row — the card must stay inside the window, and the pill must not move when the card opens.
 *
 * The obstacles are found here from each fixture's own markup (per-surface selectors: the test's independent view),
 * not by the product's generic search. Screenshots: test-results/screenshots/placement-<surface>-<w>x<h>-<lang>-<theme>.png.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { serveFixtures } from './fixtures';
import { type Box, clickInNudge, evaluateInNudge, type NudgeView, waitForNudges, touchEditor } from './nudge-probe';

const SCREENSHOTS = 'test-results/screenshots';
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
const DRAFT = 'Loving the new RoadRunner at Acme';

interface Surface {
  readonly id: string;
  readonly url: string;
  /** Playwright selectors (they pierce open shadow roots, like LinkedIn's #interop-outlet). */
  readonly editor: string;
  readonly submit: string;
  readonly close?: string;
  /** The editor's tool buttons: their union is the tool row. */
  readonly tools: string;
  /** The site has a dark theme (`?theme=dark` in the fixture). */
  readonly dark?: boolean;
  /** Its own window size instead of SIZES (the phone layout). */
  readonly sizes?: readonly { width: number; height: number }[];
  /** What the user does first to open the box (Facebook's reply box). */
  readonly open?: (page: Page) => Promise<void>;
}

const SURFACES: readonly Surface[] = [
  {
    id: 'x-home',
    url: 'https://x.com/home',
    editor: '[data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButtonInline"]',
    tools: '.composer >> nth=0 >> [data-testid="toolBar"] .tool',
    dark: true,
  },
  {
    id: 'x-reply',
    url: 'https://x.com/home',
    editor: '[data-testid="tweetTextarea_1"]',
    submit: '[data-testid="tweetButton"]',
    tools: '.composer >> nth=1 >> [data-testid="toolBar"] .tool',
    dark: true,
  },
  {
    id: 'x-thread',
    url: 'https://x.com/compose/post',
    editor: '[data-testid="tweetTextarea_2"]',
    submit: '[data-testid="tweetButton"]',
    close: '[data-testid="app-bar-close"]',
    tools: '[role="dialog"] [data-testid="toolBar"] .tool',
    dark: true,
  },
  {
    id: 'x-narrow',
    url: 'https://x.com/compose/post',
    editor: 'textarea[data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButton"]',
    close: '[data-testid="app-bar-back"]',
    tools: '[data-testid="toolBar"] .tool',
    dark: true,
    sizes: [{ width: 420, height: 800 }],
  },
  {
    id: 'x-pro',
    url: 'https://pro.x.com/',
    editor: '[data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButton"]',
    close: '.pro-compose-head [aria-label="Close"]',
    tools: '.pro-compose [data-testid="toolBar"] .tool',
    dark: true,
  },
  {
    id: 'linkedin-share',
    url: 'https://www.linkedin.com/feed/',
    editor: '.share-creation-state .ql-editor',
    submit: '.share-actions__primary-action',
    close: '.artdeco-modal__dismiss',
    tools: '.share-creation-state__additional-toolbar button, .share-creation-state__emoji button',
  },
  {
    id: 'linkedin-comment',
    url: 'https://www.linkedin.com/feed/',
    editor: '.comments-comment-box .ql-editor',
    submit: '.comments-comment-box__submit-button--cr',
    tools: '.comments-comment-box__detour-button',
  },
  {
    id: 'linkedin-new-share',
    url: 'https://www.linkedin.com/feed/?frontend=new',
    editor: '#interop-outlet .ql-editor',
    submit: '#interop-outlet .share-actions__primary-action',
    close: '#interop-outlet .artdeco-modal__dismiss',
    tools: '#interop-outlet .share-creation-state__additional-toolbar button, #interop-outlet .share-creation-state__emoji button',
  },
  {
    id: 'linkedin-new-comment',
    url: 'https://www.linkedin.com/feed/?frontend=new',
    editor: '[data-view-name="comment-box"] .ProseMirror',
    submit: '[data-view-name="feed-comment-button"]',
    tools: '[data-view-name="comment-emoji-picker"], [data-view-name="comment-add-image"]',
  },
  {
    id: 'facebook-post',
    url: 'https://www.facebook.com/',
    editor: '[data-lexical-editor="true"][aria-label^="What"]',
    submit: '.composer [aria-label="Post"]',
    close: '.composer [aria-label="Close"]',
    tools: '.composer__tools [role="button"]',
    dark: true,
  },
  {
    id: 'facebook-comment',
    url: 'https://www.facebook.com/',
    editor: '[aria-label^="Comment as"]',
    submit: '.comment-box--comment [aria-label="Comment"]',
    tools: '.comment-box--comment .comment-box__tools > span > [role="button"]',
    dark: true,
  },
  {
    id: 'facebook-reply',
    url: 'https://www.facebook.com/',
    editor: '[aria-label^="Reply to"][data-lexical-editor="true"]',
    submit: '.comment-box--reply [aria-label="Reply"]',
    tools: '.comment-box--reply .comment-box__tools > span > [role="button"]',
    dark: true,
    open: (page) => page.getByRole('button', { name: 'Reply', exact: true }).first().click(),
  },
  {
    id: 'facebook-web',
    url: 'https://web.facebook.com/',
    editor: '[aria-label^="Comment as"]',
    submit: '.comment-box--comment [aria-label="Comment"]',
    tools: '.comment-box--comment .comment-box__tools > span > [role="button"]',
  },
];

type Kind = 'text' | 'submit' | 'close' | 'tools';
type Obstacles = Partial<Record<Kind, Box>>;

let browser: ExtensionBrowser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchWithExtension();
  await serveFixtures(browser);
});
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
});
afterAll(async () => {
  await browser?.close();
});

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;
/** Whether two boxes share more than a 0.5 px sliver each way (sub-pixel rounding). */
const overlaps = (a: Box, b: Box) =>
  Math.min(right(a), right(b)) - Math.max(a.x, b.x) > 0.5 && Math.min(bottom(a), bottom(b)) - Math.max(a.y, b.y) > 0.5;
const inside = (b: Box, size: { width: number; height: number }) => b.x >= -0.5 && b.y >= -0.5 && right(b) <= size.width + 0.5 && bottom(b) <= size.height + 0.5;
const round = (b: Box | undefined) => b && [b.x, b.y, b.width, b.height].map((n) => Math.round(n)).join(',');

/** The draft's extent as the user sees it: the editor's content (a Range; a text area's content box), clipped to the editor. */
async function textBox(editor: Locator): Promise<Box> {
  return editor.evaluate((el) => {
    const box = el.getBoundingClientRect();
    let r: { left: number; top: number; right: number; bottom: number } = box;
    if (el instanceof HTMLTextAreaElement) {
      const s = getComputedStyle(el);
      r = {
        left: box.left + parseFloat(s.paddingLeft) + el.clientLeft,
        top: box.top + parseFloat(s.paddingTop) + el.clientTop,
        right: box.right - parseFloat(s.paddingRight) - el.clientLeft,
        bottom: box.bottom - parseFloat(s.paddingBottom) - el.clientTop,
      };
    } else {
      const range = document.createRange();
      range.selectNodeContents(el);
      r = range.getBoundingClientRect();
    }
    const left = Math.max(r.left, box.left);
    const top = Math.max(r.top, box.top);
    return { x: left, y: top, width: Math.min(r.right, box.right) - left, height: Math.min(r.bottom, box.bottom) - top };
  });
}

/** The union of the visible elements matching `selector`, if any. */
async function unionOf(page: Page, selector: string): Promise<Box | undefined> {
  const boxes = (await Promise.all((await page.locator(selector).all()).map((l) => l.boundingBox()))).filter(
    (b): b is Box => !!b && b.width > 0 && b.height > 0,
  );
  if (!boxes.length) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map(right)) - x, height: Math.max(...boxes.map(bottom)) - y };
}

async function obstacles(page: Page, surface: Surface, editor: Locator): Promise<Obstacles> {
  const found: Obstacles = { text: await textBox(editor) };
  for (const [kind, selector] of [['submit', surface.submit], ['close', surface.close], ['tools', surface.tools]] as const) {
    const box = selector ? await unionOf(page, selector) : undefined;
    if (box) found[kind] = box;
  }
  return found;
}

const covered = (box: Box, found: Obstacles) => (Object.entries(found) as [Kind, Box][]).filter(([, o]) => overlaps(box, o)).map(([kind]) => kind);

/** The nudge that speaks (has a pill), once its place has settled: the same boxes in two reads in a row. */
async function settled(page: Page, open: boolean): Promise<NudgeView> {
  let last = '';
  const views = await waitForNudges(
    page,
    (views) => {
      const view = views.find((v) => v.pill);
      if (!view || (view.panel !== undefined) !== open) return false;
      const now = `${round(view.pill!.box)} ${round(view.panel)}`;
      const same = now === last;
      last = now;
      return same;
    },
    10_000,
  );
  return views.find((v) => v.pill)!;
}

/** One row of the table printed at the end (the rectangles, rounded: x,y,width,height). */
interface Measured {
  readonly size: string;
  readonly pill: string;
  readonly card: string;
  readonly obstacles: string;
}
const table: Record<string, Measured[]> = {};
afterAll(() => {
  for (const [key, rows] of Object.entries(table)) {
    console.log(`\n${key}\n${rows.map((r) => `  ${r.size.padEnd(10)} pill ${r.pill.padEnd(18)} card ${r.card.padEnd(20)} ${r.obstacles}`).join('\n')}`);
  }
});

const cases = SURFACES.flatMap((surface) =>
  (['en', 'fr'] as const).flatMap((lang) =>
    (surface.dark ? (['light', 'dark'] as const) : (['light'] as const)).map((theme) => [`${surface.id} ${lang} ${theme}`, surface, lang, theme] as const),
  ),
);

describe.each(cases)('%s', (_name, surface, lang, theme) => {
  it('pill and card clear of the text, submit, close and tools; card inside the window; the pill stays put', { timeout: 120_000 }, async () => {
    await browser.setSettings(lang === 'fr' ? { locale: 'fr' } : {});
    const sizes = surface.sizes ?? SIZES;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(sizes[0]!);
    const url = new URL(surface.url);
    if (theme === 'dark') url.searchParams.set('theme', 'dark');
    await page.goto(url.href);
    await surface.open?.(page);
    const editor = page.locator(surface.editor).first();
    await editor.waitFor();
    await touchEditor(editor);
    await editor.click();
    await page.keyboard.type(DRAFT, { delay: 5 });
    const summary = lang === 'fr' ? /2 suggestions pour/ : /2 suggestions for/;
    await waitForNudges(page, (views) => views.some((v) => summary.test(v.pill?.name ?? '')), 10_000);
    const rows: Measured[] = (table[`${surface.id} ${lang} ${theme}`] = []);

    for (const size of sizes) {
      const where = `${surface.id} ${size.width}×${size.height} ${lang} ${theme}`;
      await page.setViewportSize(size);
      await editor.scrollIntoViewIfNeeded();
      const closed = await settled(page, false);
      const pill = closed.pill!.box;
      let found = await obstacles(page, surface, editor);
      expect(closed.theme, where).toBe(theme);
      expect(inside(pill, size), `${where}: pill ${round(pill)} outside the window`).toBe(true);
      expect(covered(pill, found), `${where}: pill ${round(pill)} covers ${JSON.stringify(found)}`).toEqual([]);

      await clickInNudge(page, closed.index, /suggestion/);
      const opened = await settled(page, true);
      const card = opened.panel!;
      found = await obstacles(page, surface, editor);
      const facts = `pill ${round(opened.pill!.box)} card ${round(card)} obstacles ${JSON.stringify(Object.fromEntries(Object.entries(found).map(([k, b]) => [k, round(b)])))}`;
      rows.push({
        size: `${size.width}×${size.height}`,
        pill: round(opened.pill!.box)!,
        card: round(card)!,
        obstacles: Object.entries(found).map(([k, b]) => `${k} ${round(b)}`).join('  '),
      });
      await page.screenshot({ path: `${SCREENSHOTS}/placement-${surface.id}-${size.width}x${size.height}-${lang}-${theme}.png` });

      // The pill stays put (±1 px) and keeps its size: the card opens from it.
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(opened.pill!.box[key] - pill[key]), `${where}: the pill moved (${key}) — ${facts}`).toBeLessThanOrEqual(1);
      }
      expect(covered(opened.pill!.box, found), `${where}: ${facts}`).toEqual([]);
      expect(inside(card, size), `${where}: card outside the window — ${facts}`).toBe(true);
      // The card touches the pill: right under or over it, sharing some of its width.
      const touching = Math.min(right(card), right(pill)) - Math.max(card.x, pill.x);
      expect(touching, `${where}: card away from the pill — ${facts}`).toBeGreaterThan(0);
      expect(Math.min(Math.abs(card.y - bottom(pill)), Math.abs(pill.y - bottom(card))), `${where}: ${facts}`).toBeLessThanOrEqual(8);
      expect(covered(card, found), `${where}: the card covers — ${facts}`).toEqual([]);
      // Every control of the card (Dismiss last) can be reached: inside the window, or scrolled to inside the card.
      const dismiss = opened.controls.at(-1)!;
      expect(dismiss.name, where).toBe(lang === 'fr' ? 'Ignorer' : 'Dismiss');
      expect(inside(dismiss.box, size) || bottom(dismiss.box) > bottom(card), `${where}: Dismiss at ${round(dismiss.box)} — ${facts}`).toBe(true);

      await clickInNudge(page, opened.index, /suggestion/); // closed again for the next size
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

// French is the longer language: its pill must show the dot and the whole toggle, its summary unclipped.
describe('the French pill', () => {
  it('shows the dot, the summary and "Masquer" whole, at 1024×700', async () => {
    await browser.setSettings({ locale: 'fr' });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto('https://www.linkedin.com/feed/');
    const editor = page.locator('.share-creation-state .ql-editor').first();
    await editor.waitFor();
    await touchEditor(editor);
    await editor.click();
    await page.keyboard.type(DRAFT, { delay: 5 });
    const views = await waitForNudges(page, (vs) => vs.some((v) => /suggestions pour/.test(v.pill?.name ?? '')), 10_000);
    const { index } = views.find((v) => v.pill)!;
    await clickInNudge(page, index, /suggestion/);
    // Measured in the page with the root in hand (the probe's main-world door; this page is no adversary).
    const geometry = await evaluateInNudge(page, index, (root) => {
      const box = (el: Element | null) => {
        const r = el!.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width };
      };
      const pill = root.querySelector<HTMLElement>('.pill')!;
      const summary = root.querySelector<HTMLElement>('.summary')!;
      return {
        pill: box(pill),
        dot: box(root.querySelector('.dot')),
        toggle: box(root.querySelector('.toggle')),
        shown: root.querySelector('.toggle > :not([aria-hidden])')!.textContent,
        clipped: summary.scrollWidth > summary.clientWidth,
        overflowing: pill.scrollWidth > pill.clientWidth,
      };
    });
    expect(geometry.shown).toBe('Masquer');
    expect(geometry.dot.width).toBeGreaterThanOrEqual(8);
    expect(geometry.dot.left).toBeGreaterThanOrEqual(geometry.pill.left);
    expect(geometry.toggle.right).toBeLessThanOrEqual(geometry.pill.right);
    expect(geometry.clipped).toBe(false);
    expect(geometry.overflowing).toBe(false);
    await browser.setSettings({});
    await page.close();
  });
});
