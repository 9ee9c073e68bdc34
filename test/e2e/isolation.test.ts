/**
 * The page is not on Candor's side (issue 13). Each test is a site whose own script, in the page's main world, tries
 * to read what the nudge shows, to make Candor analyse text the user never typed, to click the nudge, to switch
 * Candor off, or to move the editor from under an insertion. Pages come from test/fixtures/hostile/isolation-pages.ts
 * and are served at https://www.facebook.com, so the content script runs on them as on the site.
 *
 * The nudge's shadow root is closed: the tests read it through test/e2e/nudge-probe.ts (the DevTools protocol, a
 * view no page has) and click it with trusted mouse clicks, as the user does. Every test has a positive control, so
 * it fails when the protection is missing rather than when Candor does nothing at all.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  announcementListenerPage,
  composerPage,
  type ForeignElement,
  forgingPage,
  type Heard,
  type Interference,
  type InterferenceLog,
  interferingPage,
  type PageToolkit,
  scriptFilledPage,
  snoopingPage,
  steeredKeystrokesPage,
} from '../fixtures/hostile/isolation-pages';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { clickInNudge, evaluateInNudge, type NudgeView, readNudges, waitForNudges } from './nudge-probe';

const ORIGIN = 'https://www.facebook.com';
/** An https feedback link (the bundled policy's is a mailto:), so the page a click opens can be caught. */
const FEEDBACK = 'https://intranet.acme.com/social-policy/feedback';
const ROLE = 'customer-service';
const VERSION: string = JSON.parse(readFileSync(new URL('../../rules/acme.policy.json', import.meta.url), 'utf8')).version;
/** Names a competitor (so the customer-service role is offered the disclaimer), a product and the employer. */
const DRAFT = 'Globex is slow next to our RoadRunner at Acme';
const DISCLAIMER = 'Views are my own.';
/** What the user types in test 1: every kind of name the policy knows, for the nudge to show. */
const SECRET_DRAFT = "Acme's Skylark and Coyote X will beat Globex, Q3 results soon";
/** What a page writes into boxes by script. */
const PAGE_TEXT = 'Acme ships Skylark and Coyote X before Globex';
/** Long enough for Candor to have analysed a change (80 ms after it) had it meant to: waits that prove a non-event. */
const QUIET_MS = 500;

interface ChromeApi {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };
}
interface ManagementApi {
  chrome: { management: { setEnabled(id: string, enabled: boolean): Promise<void> } };
}
type WithToolkit = { toolkit: PageToolkit };

/** Waits for the policy a fresh install activates: until then a draft has nothing to be checked against. */
async function policyActive(context: BrowserContext): Promise<void> {
  const [worker] = context.serviceWorkers();
  await vi.waitFor(
    async () => {
      const stored = await worker!.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.local.get('activePolicy'));
      if (!('activePolicy' in stored)) throw new Error('no active policy yet');
    },
    { timeout: 30_000, interval: 100 },
  );
}

/**
 * Gives the active policy an https feedback link, and waits until the tabs' pack carries it. The syncs a fresh install
 * starts write the bundled policy back over an edited one (nothing else syncs until the 6-hour alarm): called by the
 * test that needs the link, long after them.
 */
async function useHttpsFeedback(context: BrowserContext): Promise<void> {
  await policyActive(context);
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(async (feedback) => {
    const { local } = (globalThis as unknown as ChromeApi).chrome.storage;
    const { activePolicy } = (await local.get('activePolicy')) as { activePolicy: { policy: { feedback?: unknown } } };
    if (activePolicy.policy.feedback !== feedback) await local.set({ activePolicy: { ...activePolicy, policy: { ...activePolicy.policy, feedback } } });
  }, FEEDBACK);
  const pack = () => worker!.evaluate(() => (globalThis as unknown as ChromeApi).chrome.storage.local.get('policyPack'));
  await vi.waitFor(async () => expect(await pack()).toMatchObject({ policyPack: { policy: { feedback: FEEDBACK } } }), { timeout: 30_000, interval: 100 });
}

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await policyActive(browser.context);
  await browser.setSettings({ role: ROLE });
  await browser.context.route('https://intranet.acme.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Policy feedback</title><h1>Policy feedback</h1>' }),
  );
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});
afterEach(async () => {
  // Also after a failure, so a page left open cannot keep the focus from the next test's page.
  for (const page of browser?.context.pages() ?? []) if (!page.url().startsWith('chrome-extension://')) await page.close();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly page: Page;
  /** Errors seen so far, in any world (the page's, Candor's isolated world). */
  readonly errors: string[];
}

/** A new page serving `html` at `url`, watched for errors in every world. */
async function open(context: BrowserContext, url: string, html: string): Promise<Opened> {
  const page = await context.newPage();
  await page.route(`${new URL(url).origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  const cdp: CDPSession = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => errors.push(`uncaught: ${d.exception?.description ?? d.text}`));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.bringToFront();
  return { page, errors };
}

/** The user clicks into the box and types (trusted keystrokes). */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
}

/** A box's text as the user sees it. */
const boxText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));

const withPill = (views: readonly NudgeView[]) => views.filter((v) => v.pill);

/** The one nudge showing advice, once it shows (its index). */
async function adviceShown(page: Page): Promise<number> {
  const views = await waitForNudges(page, (vs) => withPill(vs).length === 1);
  return withPill(views)[0]!.index;
}

/** The user opens the nudge (a trusted click on its pill) and it shows its advice. */
async function expand(page: Page, index: number): Promise<NudgeView> {
  await clickInNudge(page, index, /suggestion/);
  const views = await waitForNudges(page, (vs) => vs[index]?.pill?.expanded === true && vs[index]?.panel !== undefined);
  return views[index]!;
}

/** Candor still works in `page`: a later draft about Q3 results gets its advice, and the user's click inserts. */
async function stillAdvisesAndInserts(page: Page, index: number): Promise<void> {
  await typeInto(page, '#post', ' before Q3 results');
  await waitForNudges(page, (vs) => vs[index]?.text.includes('Financial results') === true);
  await clickInNudge(page, index, 'Add disclaimer');
  await expect.poll(() => boxText(page, '#post')).toBe(`${DRAFT} before Q3 results ${DISCLAIMER}`);
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

// ---------------------------------------------------------------------------------------------------------------

describe('1. closed to the page', () => {
  it('a page reading every node, attribute, text, selection and open shadow root finds nothing the nudge shows, and no trace of Candor', async () => {
    const { page, errors } = await open(browser.context, `${ORIGIN}/`, snoopingPage());
    await typeInto(page, '#post', SECRET_DRAFT);
    const index = await adviceShown(page);
    await expand(page, index);
    // Positive control: the nudge does show what the page is after, once it has caught up with the whole draft (on a
    // busy machine its first advice may be about the first words typed).
    const secrets = ['Acme', 'Skylark', 'Coyote X', 'Globex', 'Financial results', 'Investor Relations', 'Product Marketing', 'intranet.acme.com'];
    const shownIn = (view: NudgeView | undefined) => `${view?.text}\n${view?.html}`;
    const views = await waitForNudges(page, (vs) => secrets.every((name) => shownIn(vs[index]).includes(name)));
    for (const name of secrets) expect(shownIn(views[index])).toContain(name);

    const needles = [
      'candor',
      browser.extensionId,
      'chrome-extension://',
      'Acme', // the page's own search leaves out the editors, where the user's draft is
      'RoadRunner',
      'Skylark',
      'Coyote',
      'Globex',
      'Financial results',
      'Investor Relations',
      'Product Marketing',
      'confidential',
      'intranet.acme.com',
      'ir@acme.com',
      'social-policy',
      ROLE,
      'Customer service',
      'Policy version',
      `version=${VERSION}`,
      'Views are my own',
      'support here',
      'suggestion',
      'disclaimer',
      'This seems wrong',
    ];
    const leaks = await page.evaluate((n) => (window as unknown as WithToolkit).toolkit.snoop(n), needles);
    expect(leaks).toEqual([]);
    // What the page can see: an element it did not create. Logged for the record (it names nothing).
    const foreign = await page.evaluate(() => (window as unknown as WithToolkit).toolkit.foreign());
    const described = foreign.map((el) => `<${el.tag}> after #${el.after}, ${el.width}x${el.height}, attributes: ${el.attributes.map((a) => a.split('=')[0]).join(', ')}`);
    console.log(`the page sees ${foreign.length} element(s) it did not create: ${described.join('; ')}`);
    expect(foreign.every((el) => el.shadowRoot === null)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('an off-screen composer the page fills with names is not analysed: no advice, nothing for the page to measure', async () => {
    const { page, errors } = await open(browser.context, `${ORIGIN}/`, snoopingPage());
    // Candor is up: the user's own draft gets its advice.
    await typeInto(page, '#post', DRAFT);
    await adviceShown(page);
    const measure = () => page.evaluate(() => (window as unknown as WithToolkit).toolkit.foreign());
    const beside = (elements: ForeignElement[]) => elements.filter((el) => el.after === 'hidden-composer').map(({ width, height }) => ({ width, height }));
    const before = beside(await measure());
    expect(await page.locator('#hidden-composer').evaluate((el) => el.getBoundingClientRect().right)).toBeLessThan(0); // off-screen

    await page.evaluate((text) => (window as unknown as WithToolkit).toolkit.fill('hidden-composer', text, 'textContent'), PAGE_TEXT);
    await page.waitForTimeout(QUIET_MS); // proving a non-event: time enough for an analysis that must not happen
    const views = await readNudges(page);
    expect(withPill(views)).toHaveLength(1); // the user's draft's, and no other
    // The page's side channel: the element after its box did not change size (a pill would have appeared).
    expect(beside(await measure())).toEqual(before);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('2. only what the user typed', () => {
  it('boxes the page fills (DOM, execCommand, forged key/paste/input events) say nothing until the user types in them', async () => {
    const { page, errors } = await open(browser.context, `${ORIGIN}/`, scriptFilledPage(PAGE_TEXT));
    expect(await boxText(page, '#post')).toBe(PAGE_TEXT); // filled before the content script ran
    // Candor is up and reads the user's own draft.
    await typeInto(page, '#reply', DRAFT);
    await adviceShown(page);

    const fill = (id: string, method: 'execCommand' | 'events') =>
      page.evaluate(([i, text, m]) => (window as unknown as WithToolkit).toolkit.fill(i!, text!, m as 'events'), [id, PAGE_TEXT, method]);
    await fill('comment-1', 'execCommand');
    await fill('comment-2', 'events');
    expect(await boxText(page, '#comment-1')).toBe(PAGE_TEXT);
    expect(await boxText(page, '#comment-2')).toBe(PAGE_TEXT);
    await page.waitForTimeout(QUIET_MS); // proving a non-event: time enough for an analysis that must not happen
    expect(withPill(await readNudges(page))).toHaveLength(1);

    // Positive controls: once the user types in those same boxes, they are the user's drafts.
    await typeInto(page, '#post', ' today');
    await waitForNudges(page, (vs) => withPill(vs).length === 2);
    await typeInto(page, '#comment-1', '!');
    await waitForNudges(page, (vs) => withPill(vs).length === 3);
    await typeInto(page, '#comment-2', '!');
    await waitForNudges(page, (vs) => withPill(vs).length === 4);
    expect(errors).toEqual([]);
  });

  it('keystrokes the page steers into an off-screen composer are not analysed; the visible one is', async () => {
    const { page, errors } = await open(browser.context, `${ORIGIN}/`, steeredKeystrokesPage());
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hidden-composer');
    expect(await page.locator('#hidden-composer').evaluate((el) => el.getBoundingClientRect().right)).toBeLessThan(0); // off-screen
    await page.keyboard.type(DRAFT, { delay: 5 }); // no click first: the keys go where the page put the focus
    expect(await boxText(page, '#hidden-composer')).toBe(DRAFT);
    await page.waitForTimeout(QUIET_MS); // proving a non-event: time enough for an analysis that must not happen
    expect(withPill(await readNudges(page))).toHaveLength(0);

    await typeInto(page, '#post', DRAFT); // positive control
    await adviceShown(page);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('3. not clickable by the page', () => {
  /** Forged pointer, mouse and key events and `.click()` on the host and on whatever is at the pill's centre. */
  const forgeOnHost = (page: Page, view: NudgeView) =>
    page.evaluate(
      ({ x, y }) => {
        const targets = new Set<Element>();
        const host = document.getElementById('post')?.nextElementSibling;
        if (host) targets.add(host);
        const hit = document.elementFromPoint(x, y);
        if (hit) targets.add(hit);
        const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y };
        for (const target of targets) {
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
            target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
          }
          target.dispatchEvent(new MouseEvent('click', init));
          for (const key of ['Enter', ' ']) {
            target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
            target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true, composed: true }));
          }
          (target as HTMLElement).click?.();
        }
        return [...targets].map((t) => t.localName);
      },
      { x: view.pill!.box.x + view.pill!.box.width / 2, y: view.pill!.box.y + view.pill!.box.height / 2 },
    );

  /** A page holding the closed root: `.click()`, forged Enter and Space on every button and link, three rounds. */
  const forgeInRoot = (page: Page, index: number) =>
    evaluateInNudge(page, index, (root) => {
      const clicked: string[] = [];
      for (let round = 0; round < 3; round++) {
        for (const control of root.querySelectorAll<HTMLElement>('button, a')) {
          for (const key of ['Enter', ' ']) control.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
          control.click();
          clicked.push((control.textContent ?? '').trim());
        }
      }
      return clicked;
    });

  it('forged clicks and keys neither insert, dismiss, toggle nor follow links; the user still can', async () => {
    const { page, errors } = await open(browser.context, `${ORIGIN}/`, composerPage());
    await typeInto(page, '#post', DRAFT);
    const index = await adviceShown(page);
    const opened: string[] = [];
    const onPage = (p: Page) => opened.push(p.url());
    browser.context.on('page', onPage);
    try {
      // Collapsed: the page clicks the pill's spot and, holding the root, every control.
      const [collapsed] = withPill(await readNudges(page));
      const hit = await forgeOnHost(page, collapsed!);
      console.log(`elementFromPoint at the pill gave the page: ${hit.join(', ')}`);
      const clicked = await forgeInRoot(page, index);
      expect(clicked.length).toBeGreaterThan(0);
      await page.waitForTimeout(QUIET_MS); // proving a non-event: an insertion takes a few ticks to land
      // Soft checks: each forgery that got through is worth seeing, not only the first.
      expect.soft(await boxText(page, '#post'), 'the draft').toBe(DRAFT);
      let [view] = withPill(await readNudges(page));
      expect.soft(view?.pill?.expanded, 'the pill (still there: not dismissed), not opened').toBe(false);
      expect.soft(view?.status, 'a status').toBeUndefined();
      expect.soft(opened, 'pages opened').toEqual([]);

      // Opened by the user: the forgeries do not close it, nor reach the controls inside.
      await expand(page, index);
      await forgeOnHost(page, (await readNudges(page))[index]!);
      expect((await forgeInRoot(page, index)).some((name) => /disclaimer/i.test(name))).toBe(true);
      await page.waitForTimeout(QUIET_MS); // proving a non-event, as above
      expect(await boxText(page, '#post')).toBe(DRAFT);
      [view] = withPill(await readNudges(page));
      expect(view?.pill?.expanded).toBe(true);
      expect(opened).toEqual([]); // no link followed
    } finally {
      browser.context.off('page', onPage);
    }

    // Not dismissed: a later draft about Q3 results gets its advice. And the user's own click still works.
    await stillAdvisesAndInserts(page, index);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('4. feedback link built at click time', () => {
  it('"This seems wrong" carries no role, version or rule in the DOM; the user\'s click opens the link that does', async () => {
    await useHttpsFeedback(browser.context);
    const { page, errors } = await open(browser.context, `${ORIGIN}/`, composerPage());
    await typeInto(page, '#post', DRAFT);
    const index = await adviceShown(page);
    const nudge = await expand(page, index);
    const links = nudge.controls.filter((c) => c.role === 'link' && c.name === 'This seems wrong');
    expect(links.length).toBeGreaterThan(0); // positive control: the policy's feedback link is offered
    // (`role=` alone would match the nudge's own ARIA roles: the query parameters are looked for.)
    const secrets = ['?role=', '&role=', '?version=', '&version=', '?rule=', '&rule=', 'Role:', 'Role%3A', 'Policy version', 'Policy%20version', ROLE];
    expect(secrets.filter((secret) => nudge.html.includes(secret))).toEqual([]);
    expect(links.map((link) => link.href)).toEqual(links.map(() => FEEDBACK)); // the policy's link, as the policy gives it

    const popup = browser.context.waitForEvent('page');
    await clickInNudge(page, index, 'This seems wrong');
    const feedback = await popup;
    await feedback.waitForURL((url) => url.href.startsWith(FEEDBACK));
    const url = new URL(feedback.url());
    expect(url.searchParams.get('role')).toBe(ROLE);
    expect(url.searchParams.get('version')).toBe(VERSION);
    expect(url.searchParams.get('rule')).toMatch(/^[a-z-]+$/);
    await feedback.close();
    // And the DOM is back to the bare link.
    const after = await waitForNudges(page, (vs) => !vs[index]!.html.includes(ROLE));
    expect(secrets.filter((secret) => after[index]!.html.includes(secret))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('5. not switchable off by the page', () => {
  const startedEvent = () => `${browser.extensionId}:content:wxt:content-script-started`;

  it('a page listening from <head> for the content script\'s start-up announcement hears nothing', async () => {
    const { page, errors } = await open(browser.context, `${ORIGIN}/`, announcementListenerPage(startedEvent()));
    await typeInto(page, '#post', DRAFT);
    await adviceShown(page); // Candor has started, and long enough ago
    expect(await page.evaluate(() => (window as unknown as { heard: Heard[] }).heard)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a forged announcement (CustomEvent and postMessage) does not stop Candor', async () => {
    const { page, errors } = await open(browser.context, `${ORIGIN}/`, forgingPage(startedEvent()));
    await typeInto(page, '#post', DRAFT);
    const index = await adviceShown(page);
    await expand(page, index);
    await page.evaluate(() => (window as unknown as { forgeAnnouncement(): void }).forgeAnnouncement());

    await stillAdvisesAndInserts(page, index);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('6. insert where the user was', () => {
  /** The user has a draft, puts the caret at its start, opens the nudge; the page arms; the user clicks "Add disclaimer". */
  async function addDisclaimer(mode: Interference): Promise<Opened> {
    const opened = await open(browser.context, `${ORIGIN}/`, interferingPage(mode));
    const { page } = opened;
    await page.evaluate(() => navigator.clipboard.writeText('sentinel'));
    await typeInto(page, '#post', DRAFT);
    const index = await adviceShown(page);
    await expand(page, index);
    await page.locator('#post').focus();
    await page.keyboard.press('Control+Home');
    await expect.poll(() => page.evaluate(() => getSelection()?.anchorOffset)).toBe(0);
    await page.evaluate(() => (window as unknown as { armOnNextPointerDown(): void }).armOnNextPointerDown());
    await clickInNudge(page, index, 'Add disclaimer');
    return opened;
  }

  const interference = (page: Page) => page.evaluate(() => (window as unknown as { interference: InterferenceLog }).interference);
  /** Every editable's text: where the disclaimer could have landed. */
  const allBoxes = (page: Page) =>
    page.evaluate(() => [...document.querySelectorAll('[contenteditable]')].map((el) => (el.textContent ?? '').replace(/\u00a0/g, ' ')));

  it('control: a page that does not interfere gets the disclaimer once, at the end; the clipboard is untouched', async () => {
    const { page, errors } = await addDisclaimer('none');
    await expect.poll(() => boxText(page, '#post')).toBe(`${DRAFT} ${DISCLAIMER}`);
    await waitForNudges(page, (vs) => vs.every((v) => !v.busy));
    await page.waitForTimeout(QUIET_MS); // proving a non-event: no late second insertion
    expect(await allBoxes(page)).toEqual([`${DRAFT} ${DISCLAIMER}`, '']);
    expect((await readNudges(page)).map((v) => v.status)).toEqual([undefined]);
    expect(await clipboard(page)).toBe('sentinel');
    expect(errors).toEqual([]);
  });

  it('move-selection: the page moves the caret into another box once: the text goes to the end of the user\'s box, or nowhere and the nudge says so', async () => {
    const { page, errors } = await addDisclaimer('move-selection');
    await expect.poll(async () => (await interference(page)).struck).toBeDefined(); // the page did interfere
    // Candor places the caret a second time when it did not hold (ProseMirror resets it after focus): that undoes
    // a one-time move, and the insertion may go ahead where it belongs.
    const [view] = await waitForNudges(
      page,
      (vs) => vs.length === 1 && !vs[0]!.busy && (!!vs[0]!.status || !vs[0]!.controls.some((c) => c.name === 'Add disclaimer')),
    );
    const [post, note] = await allBoxes(page);
    console.log(`move-selection: the page moved the caret ${(await interference(page)).moves} time(s); #post: ${JSON.stringify(post)}; the nudge says ${JSON.stringify(view!.status)}`);
    expect(note).toBe('');
    // Nothing added, and the nudge says so; or added once, at the end of the user's box.
    expect(post).toBe(view!.status ? DRAFT : `${DRAFT} ${DISCLAIMER}`);
    await page.waitForTimeout(QUIET_MS); // proving a non-event: no late insertion, no clipboard write
    expect(await allBoxes(page)).toEqual([post, '']);
    expect(await clipboard(page)).toBe('sentinel');
    expect(errors).toEqual([]);
  });

  it.each([
    ['rerender', 'the site re-renders the editor as Candor focuses it'],
    ['focus-trap', 'the page moves the caret into another box as Candor focuses the editor, and keeps it there'],
  ] as const)('%s: %s: nothing lands anywhere, the nudge says so, the clipboard is the user\'s', async (mode, _what) => {
    const { page, errors } = await addDisclaimer(mode);
    await expect.poll(async () => (await interference(page)).struck).toBeDefined(); // the page did interfere
    // The status is on the nudge of the box now holding the draft: the successor, after a re-render. (Soft checks:
    // where the text went and what the clipboard holds are worth seeing even when the status never comes.)
    const views = await waitForNudges(page, (vs) => vs.length === 1 && !!vs[0]!.status && !vs[0]!.busy).catch(async (error: Error) => {
      expect.soft(error.message, 'a status on the one nudge left').toBe('');
      return readNudges(page);
    });
    expect.soft(await allBoxes(page), 'the boxes').toEqual([DRAFT, '']);
    expect.soft(await clipboard(page), 'the clipboard').toBe('sentinel');
    console.log(`${mode}: the nudge says ${JSON.stringify(views.map((v) => v.status))}`);

    // Only the user's own click on "Copy text" writes the clipboard.
    await evaluateInNudge(page, 0, (root) => {
      for (const button of root.querySelectorAll('button')) if (button.textContent?.includes('Copy')) button.click();
    });
    await page.waitForTimeout(QUIET_MS); // proving a non-event: a clipboard write is asynchronous
    expect(await clipboard(page)).toBe('sentinel');
    await clickInNudge(page, 0, 'Copy text');
    await expect.poll(() => clipboard(page)).toBe(DISCLAIMER);
    expect(await allBoxes(page)).toEqual([DRAFT, '']);
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

/**
 * A known gap, kept as an executable reproduction (marked `fails` while Candor has it; when it is fixed the test
 * turns red: drop `.fails`). The trusted-input gate opens once per box: after the user's first keystroke, whatever
 * the page itself writes into that box is analysed too, and the nudge's size (a plain element in the page's DOM)
 * tells the page what the policy thinks of its text, e.g. whether a word is a confidential code name.
 */
describe('known gap (expected to fail until fixed)', () => {
  it.fails('a page rewriting a box the user has typed in gets no advice on its own text (nothing to measure)', async () => {
    const { page } = await open(browser.context, `${ORIGIN}/`, composerPage());
    await typeInto(page, '#post', 'Hello there');
    await page.waitForTimeout(QUIET_MS); // proving a non-event: nothing to say about the user's words
    expect(withPill(await readNudges(page))).toHaveLength(0);
    const hostSize = () =>
      page.evaluate(() => (window as unknown as WithToolkit).toolkit.foreign().filter((el) => el.after === 'post').map(({ width, height }) => ({ width, height })));
    const before = await hostSize();

    await page.evaluate(() => (window as unknown as WithToolkit).toolkit.fill('post', 'Skylark', 'textContent'));
    await page.waitForTimeout(QUIET_MS); // proving a non-event: time enough for an analysis that must not happen
    const seen = await hostSize();
    console.log(`known gap: the page wrote a code name into the user's box; the element after it went from ${JSON.stringify(before)} to ${JSON.stringify(seen)}`);
    expect(withPill(await readNudges(page))).toHaveLength(0);
    expect(seen).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('5c. a real shutdown (its own browser, last)', () => {
  it('when the extension is disabled, the next thing the user types takes the nudge out of the page', async () => {
    await browser.close();
    browser = await launchWithExtension();
    await policyActive(browser.context);
    const { page } = await open(browser.context, `${ORIGIN}/`, composerPage());
    await typeInto(page, '#post', DRAFT);
    await adviceShown(page);

    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions/');
    await extensions.evaluate((id) => (globalThis as unknown as ManagementApi).chrome.management.setEnabled(id, false), browser.extensionId);
    await extensions.close();

    await page.bringToFront();
    await typeInto(page, '#post', ' and more');
    await waitForNudges(page, (vs) => withPill(vs).length === 0);
    console.log(`after the shutdown the page holds ${(await readNudges(page)).length} nudge(s)`);
  });
});
