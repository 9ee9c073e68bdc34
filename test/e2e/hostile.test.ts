/**
 * Candor on hostile pages, in real Chromium with the built extension: redesigns that rename every marker the site
 * adapters know, a page churning 10,000 nodes a second around the composer, a composer opened and closed 500
 * times, and a page whose own script sabotages the DOM APIs Candor uses. Pages come from test/fixtures/hostile/.
 *
 * Every page is watched for errors in every world (main, the extension's isolated world), through the DevTools
 * protocol as well as Playwright's page events, and must end with none.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChurnOptions,
  type ChurnStats,
  type CycleResult,
  heavyPage,
  hiddenTextareaPage,
  hostileWorldPage,
  inputSwallowingPage,
  nudgeTagTakenPage,
  plainRedesign,
  rerenderingPage,
  togglePage,
  withMarkersRenamed,
} from '../fixtures/hostile/pages';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { fixturePage, type Site } from './fixtures';
import { clickInNudge, countControls, evaluateInNudge, readNudges, waitForNudges, touchEditor } from './nudge-probe';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const URLS: Record<Site, string> = {
  x: 'https://x.com/home',
  linkedin: 'https://www.linkedin.com/feed/',
  facebook: 'https://www.facebook.com/',
};
const DRAFT = 'Loving the new RoadRunner at Acme';
const DISCLAIMER = 'Views are my own.';

interface Watched {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Errors seen so far, in any world, each prefixed with where it came from. */
  readonly errors: string[];
  /** The id of the extension's isolated world in the current document, once the content script is injected. */
  extensionWorld(): number | undefined;
}

/** A new page serving `html` at every URL under `url`'s origin, watched for errors in every world. */
async function open(url: string, html: string): Promise<Watched> {
  const page = await browser.context.newPage();
  await page.route(`${new URL(url).origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  const cdp = await browser.context.newCDPSession(page);
  const worlds = new Map<number, string>();
  const extensionOrigin = `chrome-extension://${browser.extensionId}`;
  const worldOf = (id: number | undefined) => (id === undefined ? 'unknown world' : (worlds.get(id) ?? `context ${id}`));
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const isolated = (context.auxData as { type?: string } | undefined)?.type === 'isolated';
    worlds.set(context.id, isolated ? `isolated world ${context.origin || context.name}` : `main world ${context.origin}`);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) =>
    errors.push(`uncaught in ${worldOf(d.executionContextId)}: ${d.exception?.description ?? d.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type === 'error' || type === 'assert' || type === 'warning')
      errors.push(`console.${type} in ${worldOf(executionContextId)}: ${args.map((a) => a.description ?? String(a.value)).join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') errors.push(`log (${entry.source}): ${entry.text} ${entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await page.goto(url);
  return {
    page,
    cdp,
    errors,
    extensionWorld: () => [...worlds].find(([, name]) => name === `isolated world ${extensionOrigin}`)?.[0],
  };
}

/** How many nudges the page has (closed shadow roots: read through nudge-probe, never through the page's world). */
const nudgeCount = async (page: Page) => (await readNudges(page)).length;
/** How many suggestion pills all the page's nudges have together. */
const pills = async (page: Page) => (await readNudges(page)).reduce((n, view) => n + countControls(view, 'button', /suggestion/), 0);
/** Waits until nudge `index` has its suggestion pill. */
const pillShown = (page: Page, index = 0) => waitForNudges(page, (views) => countControls(views[index], 'button', /suggestion/) === 1);

async function typeInto(editor: Locator, text: string, delay = 5) {
  await editor.click();
  await editor.page().keyboard.type(text, { delay });
}

/** Opens nudge `index`, clicks `name` and waits until Candor has finished applying it. */
async function applyFix(page: Page, index: number, name: string) {
  if (countControls((await readNudges(page))[index], 'button', name) === 0) await clickInNudge(page, index, /suggestion/);
  await clickInNudge(page, index, name);
  await expect.poll(async () => (await readNudges(page))[index]?.busy).toBe(false);
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('a site redesign renames every marker Candor knows', () => {
  /** What the redesign took away: the markers the site adapter reads, or the editor library's own. */
  const RENAMED: Record<Site, string> = {
    x: '[data-testid^="tweetTextarea_"], .public-DraftEditor-content',
    linkedin: '.share-creation-state, .comments-comment-box',
    facebook: '[data-lexical-editor]',
  };
  const EDITOR: Record<Site, string> = {
    x: '.DraftEditor-root [contenteditable="true"]',
    linkedin: '.ql-editor',
    facebook: '[role="textbox"][contenteditable="true"]',
  };

  it.each(Object.keys(URLS) as Site[])('real %s editor library, markers renamed: the fallback nudges and fixes the model', async (site) => {
    const { page, errors } = await open(URLS[site], withMarkersRenamed(await fixturePage(site), site));
    // Both compose boxes are found without the adapter's selector matching anything.
    await touchEditor(page.locator(EDITOR[site]).nth(0));
    await touchEditor(page.locator(EDITOR[site]).nth(1));
    expect(await page.locator(RENAMED[site]).count()).toBe(0);

    const editor = page.locator(EDITOR[site]).first();
    await typeInto(editor, DRAFT);
    await pillShown(page);
    await applyFix(page, 0, 'Add disclaimer');
    const modelText = () => page.evaluate(() => (window as unknown as { candorFixture: { modelText(i: number): string } }).candorFixture.modelText(0));
    await expect.poll(modelText).toBe(`${DRAFT} ${DISCLAIMER}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['x', 'contenteditable'],
    ['linkedin', 'textarea'],
    ['facebook', 'plaintext-only'],
  ] as const)('%s rebuilt with a %s and unfamiliar class names: nudges, fixes, and leaves the small search box alone', async (site, kind) => {
    const { page, errors } = await open(`${new URL(URLS[site]).origin}/redesign`, plainRedesign(kind));
    const editor = page.locator('.xq9-composer__field');
    await touchEditor(editor);
    // The one nudge belongs to the composer: its host is the composer's next sibling.
    expect(await evaluateInNudge(page, 0, (root) => root.host === document.querySelector('.xq9-composer__field')?.nextElementSibling)).toBe(true);

    await typeInto(editor, DRAFT);
    await pillShown(page);
    await applyFix(page, 0, 'Add disclaimer');
    const text = () => editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')).replace(/\u00a0/g, ' '));
    await expect.poll(text).toBe(`${DRAFT} ${DISCLAIMER}`);
    // The 90px search box is no composer: the user's keys there bring no nudge. (Absence shows only after a while:
    // on a slow machine this can pass late, never fail wrongly.)
    await typeInto(page.locator('.xq9-search'), DRAFT);
    await page.waitForTimeout(1_000);
    expect(await nudgeCount(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a heavy page', () => {
  /** 10,000 nodes a second in ticks of about 100 (every 10 ms): each of the page's own tasks well under 50 ms. */
  const CHURN: ChurnOptions = { perSecond: 10_000, everyMs: 10, keep: 1_000 };
  // About 3 s of typing; no finding until the final "e" of "Acme" (checked), so the nudge's latency is measurable.
  const TEXT = 'Some thoughts on shipping faster, listening to customers and celebrating the whole team here at Acm';

  interface Run {
    longTasks: { start: number; duration: number; attribution: string }[];
    typingMs: number;
    nodesPerSecond: number;
    latencyMs?: number;
  }

  /** Types TEXT + "e" into the composer while the page churns, recording long tasks and the nudge's latency. */
  async function run(url: string, markers: boolean, withCandor: boolean): Promise<Run & { errors: string[] }> {
    const { page, cdp, errors, extensionWorld } = await open(url, heavyPage(CHURN, markers));
    const editor = page.locator('.composer');
    if (withCandor) await touchEditor(editor);
    await page.waitForTimeout(500); // let the churn reach its steady state

    const typingFrom = await page.evaluate(() => {
      const w = window as unknown as { longTasks: Run['longTasks'] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { attribution?: { containerType: string; name: string }[] })[]) {
          w.longTasks.push({
            start: entry.startTime,
            duration: entry.duration,
            attribution: `${entry.name} ${(entry.attribution ?? []).map((a) => `${a.containerType}:${a.name}`).join(',')}`,
          });
        }
      }).observe({ type: 'longtask', buffered: true });
      return performance.now();
    });
    const churnBefore = await page.evaluate(() => ({ ...(window as unknown as { churn: ChurnStats }).churn, now: performance.now() }));
    await typeInto(editor, TEXT, 25);
    if (withCandor) {
      await page.waitForTimeout(200);
      expect(await pills(page)).toBe(0); // nothing to say yet: the latency below is the real one
      // Timed inside the page, as before the root was closed: the probe hands the closed root to this test's script
      // in the page's world (which the page's own scripts cannot do), and a MutationObserver there times the pill.
      await evaluateInNudge(page, 0, (shadow) => {
        const w = window as unknown as { latency: Promise<number> };
        const hasPill = () => [...shadow.querySelectorAll('button')].some((b) => /suggestion/.test(b.textContent ?? ''));
        w.latency = new Promise<number>((resolve) => {
          let keyAt = 0;
          document.addEventListener('keydown', () => (keyAt = performance.now()), { capture: true, once: true });
          new MutationObserver(() => keyAt && hasPill() && resolve(performance.now() - keyAt)).observe(shadow, {
            subtree: true,
            childList: true,
            characterData: true,
          });
        });
      });
    }
    await page.keyboard.type('e');
    const latencyMs = withCandor
      ? await page.evaluate(() => Promise.race([(window as unknown as { latency: Promise<number> }).latency, new Promise<number>((r) => setTimeout(() => r(Infinity), 30_000))]))
      : undefined;
    await page.waitForTimeout(300);
    const result = await page.evaluate(
      ({ from, churn }) => {
        const w = window as unknown as { longTasks: Run['longTasks']; churn: ChurnStats };
        const now = performance.now();
        return {
          longTasks: w.longTasks.filter((t) => t.start + t.duration >= from),
          typingMs: now - from,
          nodesPerSecond: ((w.churn.added - churn.added) / (now - churn.now)) * 1_000,
        };
      },
      { from: typingFrom, churn: churnBefore },
    );
    if (withCandor) {
      expect(await pills(page)).toBe(1);
      // Calibration: a task of Candor's own world that blocks for 80 ms is seen by the page's observer, so the
      // long tasks printed above cover the extension's work too.
      await cdp.send('Runtime.evaluate', {
        contextId: extensionWorld()!,
        expression: 'setTimeout(() => { const t = performance.now(); while (performance.now() - t < 80); })',
      });
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { longTasks: Run['longTasks'] }).longTasks.some((t) => t.duration >= 80)))
        .toBe(true);
    }
    await page.close();
    return { ...result, latencyMs, errors };
  }

  const describeRun = (label: string, r: Run) =>
    `${label}: ${r.longTasks.length} long tasks (max ${Math.max(0, ...r.longTasks.map((t) => t.duration)).toFixed(0)} ms) ` +
    `in ${(r.typingMs / 1_000).toFixed(1)} s of typing, ${Math.round(r.nodesPerSecond)} nodes/s added` +
    (r.latencyMs === undefined ? '' : `, nudge ${r.latencyMs.toFixed(0)} ms after the last keystroke`) +
    (r.longTasks.length ? ` [${r.longTasks.map((t) => `${t.duration.toFixed(0)}ms ${t.attribution}`).join('; ')}]` : '');

  it.each([
    ['with the site markers (adapter selector)', true],
    ['without markers (generic fallback)', false],
  ] as const)('typing stays responsive and the nudge is prompt, %s', async (label, markers) => {
    // The same page where the content script does not run: what the page costs by itself.
    const baseline = await run('https://example.com/heavy', markers, false);
    const candor = await run('https://www.facebook.com/heavy', markers, true);
    console.log(describeRun(`heavy page ${label}, without Candor`, baseline));
    console.log(describeRun(`heavy page ${label}, with Candor`, candor));
    expect(baseline.errors).toEqual([]);
    expect(candor.errors).toEqual([]);
    // Long tasks, churn rate and latency are figures of this machine at this moment (printed above), never
    // thresholds: a busy CI machine has long tasks of its own. What holds on any machine: the churn ran, and the
    // nudge came (both checked in `run`).
    expect(candor.nodesPerSecond).toBeGreaterThan(0);
    expect(candor.latencyMs).toBeLessThan(Infinity);
  });
});

describe('editors that disappear are released', () => {
  const CYCLES = 500;
  it('a composer opened and closed 500 times leaves no nudge, observer or heap behind', { timeout: 150_000 }, async () => {
    const { page, cdp, errors, extensionWorld } = await open('https://www.facebook.com/create', togglePage());
    await touchEditor(page.locator('#slot [role="textbox"]'));
    await expect.poll(() => extensionWorld()).toBeDefined();
    const world = extensionWorld()!;

    /** Polls `ok` until it holds (then undefined) or `timeoutMs` passes (then `what`). */
    const until = async (what: string, ok: () => Promise<boolean>, timeoutMs = 3_000): Promise<string | undefined> => {
      const deadline = performance.now() + timeoutMs;
      while (!(await ok().catch(() => false))) if (performance.now() > deadline) return what;
      return undefined;
    };
    /**
     * Closes the composer and opens a new one `n` times, waiting each time until the page holds exactly one nudge, a
     * new one, right after the new composer (the old one gone); every tenth time it also
     * waits, between closing and opening, for the page to hold no nudge at all. Resolves with how far it got. The
     * nudges are in closed shadow roots: read through the probe (the page's own script cannot see them).
     */
    const cycle = async (n: number): Promise<CycleResult> => {
      const toggle = () => page.evaluate(() => document.getElementById('toggle')!.click());
      const start = performance.now();
      let count = 0;
      for (let i = 0; i < n; i++) {
        await toggle(); // close
        if (i % 10 === 9) {
          const failure = await until('the nudge to go once the composer closed', async () => (await readNudges(page)).length === 0);
          if (failure) return { cycles: i, failure, ms: performance.now() - start };
        }
        await toggle(); // open a new one
        await page.focus('#slot [role="textbox"]'); // the user goes to it, and presses a key: its nudge comes then
        const failure = await until('exactly one nudge, a new one, right after the new composer', async () => {
          await page.keyboard.press('Shift');
          const views = await readNudges(page);
          count = views.length;
          if (count !== 1) return false;
          // Every nudge that was already beside a composer is remembered (weakly), so each must be a new element.
          return evaluateInNudge(page, 0, (root) => {
            const w = window as unknown as { nudgesSeen?: WeakSet<Element> };
            const seen = (w.nudgesSeen ??= new WeakSet<Element>());
            const beside = root.host === document.querySelector('#slot [role="textbox"]')?.nextElementSibling;
            if (!beside || seen.has(root.host)) return false;
            seen.add(root.host);
            return true;
          });
        });
        if (failure) return { cycles: i, failure: `${failure} (nudges in the page: ${count})`, ms: performance.now() - start };
      }
      return { cycles: n, ms: performance.now() - start };
    };

    /**
     * Live instances of `constructor` in the extension's isolated world (queryObjects collects garbage first). The
     * arrays the protocol hands back hold what they list, so they are released before anything else is measured.
     */
    const liveInWorld = async (constructor: string) => {
      const objectGroup = 'leak-check';
      try {
        const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: `${constructor}.prototype`, contextId: world, objectGroup });
        const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId!, objectGroup });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: objects.objectId!,
          functionDeclaration: 'function () { return this.length; }',
          returnByValue: true,
          objectGroup,
        });
        return result.value as number;
      } finally {
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
      }
    };
    const measure = async () => {
      // A composer closed a moment ago is still referenced for a frame or so (pending observer deliveries):
      // measure once the page has settled.
      await page.waitForTimeout(1_000);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return {
        heap: usedSize,
        mutationObservers: await liveInWorld('MutationObserver'),
        resizeObservers: await liveInWorld('ResizeObserver'),
        elements: await liveInWorld('HTMLElement'),
      };
    };

    expect(await cycle(20)).toMatchObject({ cycles: 20 }); // warm up: code compiled, caches filled
    const before = await measure();
    const result = await cycle(CYCLES);
    const after = await measure();
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    console.log(
      `${CYCLES} composers in ${(result.ms / 1_000).toFixed(1)} s: heap ${mb(before.heap)} -> ${mb(after.heap)} (${after.heap >= before.heap ? '+' : ''}${mb(after.heap - before.heap)}); ` +
        `in Candor's world: MutationObservers ${before.mutationObservers} -> ${after.mutationObservers}, ` +
        `ResizeObservers ${before.resizeObservers} -> ${after.resizeObservers}, element wrappers ${before.elements} -> ${after.elements}`,
    );
    expect(result).toMatchObject({ cycles: CYCLES });
    expect(result.failure).toBeUndefined();
    // One composer open before and after: the same observers, no leaked sessions or hosts.
    expect(after.mutationObservers).toBe(before.mutationObservers);
    expect(after.resizeObservers).toBe(before.resizeObservers);
    expect(after.elements - before.elements).toBeLessThan(50);
    expect(after.heap - before.heap).toBeLessThan(3 * 1024 * 1024);
    expect(await nudgeCount(page)).toBe(1);
    // The last composer still advises once the user types in it.
    await page.focus('#slot [role="textbox"]');
    await page.keyboard.press('End');
    await waitForNudges(page, (views) => countControls(views[0], 'button', /suggestion/) === 1);
    await page.locator('#toggle').click();
    await expect.poll(() => nudgeCount(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a hostile main world', () => {
  it("sabotaged execCommand, attachShadow and observers do not reach Candor's isolated world", async () => {
    const { page, errors } = await open('https://www.linkedin.com/feed/hostile', hostileWorldPage());
    await touchEditor(page.locator('.ql-editor'));
    // The sabotage is live in the page's own world.
    expect(
      await page.evaluate(() => {
        try {
          document.createElement('div').attachShadow({ mode: 'open' });
          return 'attached';
        } catch (e) {
          return (e as DOMException).name;
        }
      }),
    ).toBe('NotSupportedError');

    const editor = page.locator('.ql-editor');
    await typeInto(editor, DRAFT);
    await pillShown(page);
    await applyFix(page, 0, 'Add disclaimer');
    const text = () => editor.evaluate((el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));
    await expect.poll(text).toBe(`${DRAFT} ${DISCLAIMER}`);
    await page.waitForTimeout(500); // no late second insertion either
    expect(occurrences(await text(), DISCLAIMER)).toBe(1);
    await expect.poll(async () => countControls((await readNudges(page))[0], 'button', 'Add disclaimer')).toBe(0);

    // Nothing but the test tooling (this test's attachShadow call above, Playwright's scripts evaluating in this
    // world) ever called the page's sabotaged functions: Candor, in its own world, never reached them. (The probe
    // reads the nudge in an isolated world of its own and clicks with the mouse: it never calls them either.)
    const sabotagedBy = await page.evaluate(() =>
      (window as unknown as { sabotageStacks: string[] }).sabotageStacks.filter((stack) => !/UtilityScript|InjectedScript/.test(stack)),
    );
    expect(sabotagedBy).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Bugs found while writing the tests above, fixed since: kept as regression tests. */
describe('pages that used to defeat Candor', () => {
  const DRAFTED = async (page: Page, editor: Locator) => {
    await typeInto(editor, DRAFT);
    await page.waitForTimeout(500);
  };

  it('fallback: a textarea that is in the DOM but hidden at first, then shown with a class change, is nudged', async () => {
    // The first scan skips it (0 px wide), showing it changes only a class, and typing in a textarea mutates no DOM:
    // focusing it is what makes Candor look again.
    const { page } = await open('https://www.linkedin.com/share', hiddenTextareaPage());
    await page.locator('#start').click();
    await DRAFTED(page, page.locator('textarea'));
    await expect.poll(() => pills(page)).toBe(1);
  });

  it('hostile page: a page that defined a `candor-nudge` custom element does not stop Candor (or make it throw)', async () => {
    // Custom element names are shared by all worlds of a document: Candor's host is a plain element.
    const { page, errors } = await open('https://www.facebook.com/', nudgeTagTakenPage());
    await page.waitForTimeout(500);
    await DRAFTED(page, page.locator('[role="textbox"]'));
    expect(errors).toEqual([]);
    await expect.poll(() => pills(page)).toBe(1);
  });

  it('a nudge host removed by the page (a re-render that keeps the editor) comes back', async () => {
    const { page } = await open('https://www.facebook.com/', rerenderingPage());
    await touchEditor(page.locator('[role="textbox"]'));
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await DRAFTED(page, page.locator('[role="textbox"]'));
    await expect.poll(() => pills(page)).toBe(1);
  });
});

/**
 * A known gap, kept as an executable reproduction: the test states the behaviour we want and is marked `fails`
 * while Candor does not have it. When it is fixed, the test turns red: drop `.fails`.
 */
describe('known gap (expected to fail until fixed)', () => {
  it.fails('hostile page: a page that stops `input` events in the capture phase does not silence Candor on a textarea', async () => {
    // The session hears textarea edits only through an `input` listener on the textarea, which a page listener on
    // window (capture phase) can cancel: isolated worlds share the DOM's events.
    // (A later storage change re-reads every draft, so the nudge may show up eventually: it has to be prompt.)
    const { page } = await open('https://www.linkedin.com/share', inputSwallowingPage());
    await touchEditor(page.locator('textarea'));
    await typeInto(page.locator('textarea'), DRAFT);
    await expect.poll(() => pills(page), { timeout: 600 }).toBe(1);
  });
});
