/**
 * Every compose box the three sites use today, and only those: the built extension in real Chromium on the fixture
 * pages of src/playground/sites/ (which cite the public sources their markup follows), served at the real URLs.
 * A table, one row per surface: public boxes get a nudge whose fix lands in the editor's own model exactly once,
 * with the caret where the user left it and the editor's undo taking it out; private and out-of-scope boxes get
 * nothing; the account in use turns on the corporate-account reminder on each network.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { serveFixtures } from './fixtures';
import { clickInNudge, countControls, type NudgeView, readNudges, waitForNudges, touchEditor } from './nudge-probe';

const SCREENSHOTS = 'test-results/screenshots';
const DRAFT = 'Loving the new RoadRunner at Acme';
const DISCLAIMER = 'Views are my own.';

interface Surface {
  readonly id: string;
  readonly url: string;
  /** Playwright selector of the editor (it pierces open shadow roots, like LinkedIn's #interop-outlet). */
  readonly editor: string;
  /** The fixture's name for the editor, to read its model. */
  readonly name: string;
  readonly viewport?: { width: number; height: number };
  /** What the user does first to open the box (Facebook's reply box). */
  readonly open?: (page: Page) => Promise<void>;
}

const PUBLIC: readonly Surface[] = [
  { id: 'x-home', url: 'https://x.com/home', editor: '[data-testid="tweetTextarea_0"]', name: 'composer' },
  { id: 'x-reply', url: 'https://x.com/home', editor: '[data-testid="tweetTextarea_1"]', name: 'reply' },
  { id: 'x-thread', url: 'https://x.com/compose/post', editor: '[data-testid="tweetTextarea_2"]', name: 'thread2' },
  {
    id: 'x-narrow',
    url: 'https://x.com/compose/post',
    editor: '[data-testid^="tweetTextarea_"] textarea, textarea[data-testid^="tweetTextarea_"]',
    name: 'composer',
    viewport: { width: 420, height: 800 },
  },
  { id: 'x-pro', url: 'https://pro.x.com/', editor: '[data-testid="tweetTextarea_0"]', name: 'composer' },
  { id: 'linkedin-share', url: 'https://www.linkedin.com/feed/', editor: '.share-creation-state .ql-editor', name: 'composer' },
  { id: 'linkedin-comment', url: 'https://www.linkedin.com/feed/', editor: '.comments-comment-box .ql-editor', name: 'comment' },
  { id: 'linkedin-new-share', url: 'https://www.linkedin.com/feed/?frontend=new', editor: '#interop-outlet .ql-editor', name: 'composer' },
  {
    id: 'linkedin-new-comment',
    url: 'https://www.linkedin.com/feed/?frontend=new',
    editor: '[data-view-name="comment-box"] .ProseMirror',
    name: 'comment',
  },
  { id: 'facebook-post', url: 'https://www.facebook.com/', editor: '[data-lexical-editor="true"][aria-label^="What"]', name: 'composer' },
  { id: 'facebook-comment', url: 'https://www.facebook.com/', editor: '[aria-label^="Comment as"]', name: 'comment' },
  {
    id: 'facebook-reply',
    url: 'https://www.facebook.com/',
    editor: '[aria-label^="Reply to"][data-lexical-editor="true"]',
    name: 'reply',
    open: (page) => page.getByRole('button', { name: 'Reply', exact: true }).first().click(),
  },
  { id: 'facebook-web', url: 'https://web.facebook.com/', editor: '[aria-label^="Comment as"]', name: 'comment' },
];

/** Private and out-of-scope boxes; `control` is a public box on the same page that must nudge on the same text. */
const NOT_PUBLIC: readonly (Surface & { readonly control?: string })[] = [
  { id: 'x-messages', url: 'https://x.com/messages/123-456', editor: '[data-testid="dm-composer-textarea"]', name: 'message' },
  { id: 'x-chat', url: 'https://x.com/i/chat/123', editor: '[data-testid="dm-composer-textarea"]', name: 'message' },
  { id: 'x-grok', url: 'https://x.com/i/grok', editor: 'textarea', name: 'prompt' },
  { id: 'linkedin-messaging', url: 'https://www.linkedin.com/messaging/thread/2-abc/', editor: '.msg-form__contenteditable', name: 'message' },
  {
    id: 'linkedin-chat-overlay',
    url: 'https://www.linkedin.com/feed/',
    editor: '.msg-overlay-conversation-bubble .msg-form__contenteditable',
    name: 'chat',
    control: '.share-creation-state .ql-editor',
  },
  { id: 'facebook-messenger', url: 'https://www.facebook.com/messages/t/123', editor: '[aria-label^="Write to"]', name: 'message' },
  {
    id: 'facebook-chat-window',
    url: 'https://www.facebook.com/',
    editor: '[aria-label^="Write to"]',
    name: 'chat',
    control: '[data-lexical-editor="true"][aria-label^="What"]',
  },
];

let browser: ExtensionBrowser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchWithExtension();
  await serveFixtures(browser);
});
afterEach(async () => {
  // Also after a failure, so a page left open cannot keep the focus from the next test's page.
  for (const page of browser.context.pages()) await page.close();
});
afterAll(async () => {
  await browser?.close();
});

async function open(surface: Surface): Promise<{ page: Page; editor: Locator; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (surface.viewport) await page.setViewportSize(surface.viewport);
  await page.goto(surface.url);
  await surface.open?.(page);
  const editor = page.locator(surface.editor).first();
  await editor.waitFor();
  return { page, editor, errors };
}

const modelText = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as { candorFixture: { modelText(n: string): string } }).candorFixture.modelText(n), name);


async function typeInto(editor: Locator, text: string) {
  await editor.click();
  await editor.page().keyboard.type(text, { delay: 5 });
}

/** Candor's nudges, in closed shadow roots: read through nudge-probe. */
const nudges = (page: Page) => readNudges(page);
const isSpeaking = (view: NudgeView) => countControls(view, 'button', /suggestion/) > 0;
/** The nudges that have something to say: the one of the box just typed into (the others are empty). */
const speaking = async (page: Page) => (await nudges(page)).filter(isSpeaking);
/** The index of the one nudge that has something to say. */
const speaker = async (page: Page) => (await waitForNudges(page, (views) => views.filter(isSpeaking).length === 1)).find(isSpeaking)!.index;

/** A user reads the nudge before clicking; Quill merges edits less than a second apart into one undo step. */
const readingPause = (page: Page) => page.waitForTimeout(1_100);

async function addDisclaimer(page: Page, index: number) {
  if (countControls((await nudges(page))[index], 'button', 'Add disclaimer') === 0) await clickInNudge(page, index, /suggestion/);
  await clickInNudge(page, index, 'Add disclaimer');
  await expect.poll(async () => (await nudges(page))[index]?.busy).toBe(false);
}

/** Nudge `index` once its panel (the opened card) is there. */
const opened = async (page: Page, index: number) => (await waitForNudges(page, (views) => views[index]?.panel !== undefined))[index]!;

describe.each(PUBLIC.map((s) => [s.id, s] as const))('a public box: %s', (_id, surface) => {
  it('nudges; the disclaimer lands in the editor model once, the caret stays, undo takes it out', async () => {
    const { page, editor, errors } = await open(surface);
    await touchEditor(editor);
    await typeInto(editor, DRAFT);
    await expect.poll(async () => (await speaking(page)).length).toBe(1);
    const nudge = await speaker(page);
    await clickInNudge(page, nudge, /suggestion/);
    await page.screenshot({ path: `${SCREENSHOTS}/surface-${surface.id}.png` });

    await readingPause(page);
    await addDisclaimer(page, nudge);
    await expect.poll(() => modelText(page, surface.name)).toBe(`${DRAFT} ${DISCLAIMER}`);

    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, surface.name)).toBe(DRAFT);

    // Once more, then keep typing: the caret is where the user left it, before the disclaimer.
    await readingPause(page);
    await addDisclaimer(page, await speaker(page));
    await expect.poll(() => modelText(page, surface.name)).toBe(`${DRAFT} ${DISCLAIMER}`);
    await page.keyboard.type('!');
    await expect.poll(() => modelText(page, surface.name)).toBe(`${DRAFT}! ${DISCLAIMER}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(NOT_PUBLIC.map((s) => [s.id, s] as const))('a private or out-of-scope box: %s', (_id, surface) => {
  it('gets no nudge, and nothing is read from it', async () => {
    const { page, editor, errors } = await open(surface);
    await typeInto(editor, DRAFT);
    await expect.poll(() => modelText(page, surface.name)).toBe(DRAFT);
    if (surface.control) {
      // The same text in the page's composer nudges: by then the private box, typed into first, would have too.
      await typeInto(page.locator(surface.control).first(), DRAFT);
      await expect.poll(async () => (await speaking(page)).length).toBe(1);
      // A box Candor tracks gets its nudge at the user's first key: only the composer typed into has one.
      expect((await nudges(page)).length).toBe(1);
    } else {
      // Nothing on this page is a public box: Candor tracks no editor, so no nudge host exists at all. (Absence
      // can only be seen after a while; on a slow machine this check can only pass late, never fail wrongly.)
      await page.waitForTimeout(1_000);
      expect((await nudges(page)).length).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the account in use', () => {
  it.each([
    ['X, nav collapsed, a display name with "@" in it', { id: 'x-account', url: 'https://x.com/home?nav=collapsed&account=AcmeSupport&name=Jane%20%40rival%20fan', editor: '[data-testid="tweetTextarea_0"]', name: 'composer' }],
    ['LinkedIn, posting from the company page', { id: 'linkedin-account', url: 'https://www.linkedin.com/company/acme-robotics/admin/page-posts/published/', editor: '.share-creation-state .ql-editor', name: 'composer' }],
    ['Facebook, commenting as the Page', { id: 'facebook-account', url: 'https://www.facebook.com/?as=page', editor: '[aria-label^="Comment as"]', name: 'comment' }],
  ] as const)('%s: the corporate-account reminder shows', async (_label, surface) => {
    const { page, editor, errors } = await open(surface);
    await touchEditor(editor);
    await typeInto(editor, 'Lovely weather today');
    await expect.poll(async () => (await speaking(page)).length).toBe(1);
    const nudge = await speaker(page);
    await clickInNudge(page, nudge, /suggestion/);
    expect((await opened(page, nudge)).text).toContain('Corporate account');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a personal account gets no such reminder (control)', async () => {
    const { page, editor } = await open({ id: 'x-personal', url: 'https://x.com/home?name=Jane%20%40acme%20fan', editor: '[data-testid="tweetTextarea_0"]', name: 'composer' });
    await touchEditor(editor);
    await typeInto(editor, 'Lovely weather today at Acme');
    await expect.poll(async () => (await speaking(page)).length).toBe(1);
    const nudge = await speaker(page);
    await clickInNudge(page, nudge, /suggestion/);
    expect((await opened(page, nudge)).text).not.toContain('Corporate account');
    await page.close();
  });
});
