/**
 * Real Firefox with the built Firefox extension (.output/firefox-mv2), driven over WebDriver BiDi by puppeteer-core.
 * Uses the system Firefox (never a downloaded one): `FIREFOX_PATH`, else /usr/bin/firefox-esr.
 *
 * - Profile: a fresh temporary directory on every launch, removed on close.
 * - Extension: installed as a temporary add-on over BiDi (`webExtension.install`, puppeteer's `installExtension`).
 *   Its internal UUID is fixed through the `extensions.webextensions.uuids` pref, so its pages have a known
 *   moz-extension:// origin. BiDi refuses to navigate a tab to moz-extension:// (only http(s), file, blob and
 *   about:blank, unless Firefox runs with system access): extension pages are opened by the extension itself
 *   (`tabs.create` from the welcome tab its background opens on install).
 * - Routing: pages made here intercept their requests (BiDi `network.addIntercept`, puppeteer's request
 *   interception) and answer the routed origins with fixture HTML, so the content script's match patterns apply to
 *   the real addresses. Other requests go to the network (loopback servers of the tests).
 * - The nudge is in a CLOSED shadow root. BiDi serialises an element's shadow root whatever its mode (Firefox reads
 *   `openOrClosedShadowRoot`), and a serialised node can be handed back as an argument: the probe below reads
 *   Candor's roots that way, in a BiDi sandbox of its own (never the page's main world), and clicks with trusted
 *   mouse input (`page.mouse`) at a control's centre, as a user would.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { bundledPage } from '../../scripts/page-bundle';
import type { Box } from '../e2e/nudge-probe';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The Firefox build; `CANDOR_FIREFOX_EXTENSION_DIR` points elsewhere (a deliberately broken copy, say). */
export const FIREFOX_EXTENSION_DIR =
  process.env.CANDOR_FIREFOX_EXTENSION_DIR || fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
/** The add-on id in the Firefox manifest (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'candor@candor.invalid';

export type Site = 'x' | 'linkedin' | 'facebook';

/** A site fixture page (src/playground/sites/<site>.ts), its script bundled inline. Built once per site per process. */
export function fixturePage(site: Site): Promise<string> {
  return bundledPage(fileURLToPath(new URL(`../../src/playground/sites/${site}.ts`, import.meta.url)));
}

export interface FirefoxWithExtension {
  readonly browser: Browser;
  /** `moz-extension://<uuid>`, the extension's origin in this profile. */
  readonly origin: string;
  /**
   * The tab the extension's background opened on install (welcome.html), once it is there: proof the background
   * ran. Throws if it never opens.
   */
  welcome(): Promise<Page>;
  /** Answers every request to `origin` (e.g. "https://x.com") with `html`, in every page made by `newPage`. */
  route(origin: string, html: string): void;
  /** A new tab whose requests are routed. */
  newPage(): Promise<Page>;
  /** Opens one of the extension's pages ("/options.html") in a new tab, the way the extension opens pages. */
  openExtensionPage(path: string): Promise<Page>;
  /** Reads keys of the extension's `storage.local`. */
  storage(keys: string[]): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until it returns something other than undefined; throws `what` on timeout. */
async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms${lastError ? ` (${String(lastError)})` : ''}`);
    await sleep(100);
  }
}

/** `location.href` of a page (BiDi does not report moz-extension:// navigations, so `page.url()` stays about:blank). */
async function hrefOf(page: Page): Promise<string | undefined> {
  const timeout = sleep(2_000).then(() => undefined);
  return Promise.race([page.evaluate(() => location.href).catch(() => undefined), timeout]);
}

export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxWithExtension> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'candor-firefox-'));
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      // The extension's origin, known in advance.
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // An optional permission asked for in a user action is granted without the doorhanger headless Firefox
      // cannot show. The user-action rule itself still applies: Firefox refuses `permissions.request` outside one.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const routes = new Map<string, string>();
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
    let welcomeTab: Promise<Page> | undefined;
    const welcome = () =>
      (welcomeTab ??= until('the welcome tab the extension opens on install', async () => {
        for (const page of await browser.pages()) if ((await hrefOf(page)) === `${origin}/welcome.html`) return page;
        return undefined;
      }));

    const newPage = async () => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        const html = URL.canParse(request.url()) ? routes.get(new URL(request.url()).origin) : undefined;
        if (html === undefined) return void request.continue().catch(() => undefined);
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }).catch(() => undefined);
      });
      return page;
    };

    return {
      browser,
      origin,
      welcome,
      route: (routed, html) => void routes.set(new URL(routed).origin, html),
      newPage,
      async openExtensionPage(path) {
        const url = new URL(path, origin).href;
        const before = new Set(await browser.pages());
        await (await welcome()).evaluate(
          (u) => (globalThis as unknown as ExtensionGlobal).browser.tabs.create({ url: u }).then(() => undefined),
          url,
        );
        const page = await until(`a tab at ${url}`, async () => {
          for (const p of await browser.pages()) {
            if (before.has(p)) continue;
            if ((await hrefOf(p)) === url && (await p.evaluate(() => document.readyState)) === 'complete') return p;
          }
          return undefined;
        });
        await page.bringToFront();
        return page;
      },
      storage: async (keys) =>
        (await welcome()).evaluate((k) => (globalThis as unknown as ExtensionGlobal).browser.storage.local.get(k), keys),
      async close() {
        await browser.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The extension APIs the helpers call from an extension page. */
interface ExtensionGlobal {
  browser: {
    tabs: { create(properties: { url: string }): Promise<unknown> };
    storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The nudge probe, over raw WebDriver BiDi
// ---------------------------------------------------------------------------------------------------------------


export interface NudgeControl {
  readonly role: 'button' | 'link';
  /** `aria-label` if any, else the text without `aria-hidden` parts, whitespace collapsed. */
  readonly name: string;
  readonly disabled: boolean;
  readonly box: Box;
  /** Not moved between two animation frames, and the topmost element at its centre. */
  readonly clickable: boolean;
}

export interface NudgeView {
  /** Visible text of `.nudge`, without the live region. */
  readonly text: string;
  /** `.nudge[aria-busy="true"]`. */
  readonly busy: boolean;
  /** The button whose class contains "pill", if present. */
  readonly pill?: NudgeControl;
  /** Whether the opened card (.panel) is there. */
  readonly open: boolean;
  /** Every button and a[href], in order. */
  readonly controls: readonly NudgeControl[];
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

const SANDBOX = 'candor-test-probe';

/** One raw BiDi `script.callFunction` in the probe's sandbox of `page`'s top-level browsing context. */
async function callInSandbox(page: Page, functionDeclaration: string, args: RemoteValue[] | { sharedId: string }[]): Promise<RemoteValue> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await connection.send('script.callFunction', {
    // `__name`: what a transpiler keeping function names (esbuild's keepNames, under vitest) calls inside the source.
    functionDeclaration: `function (...args) { const __name = (f) => f; return (${functionDeclaration}).apply(this, args); }`,
    arguments: args,
    awaitPromise: true,
    target: { context, sandbox: SANDBOX },
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, maxObjectDepth: 1, includeShadowTree: 'none' },
  });
  const evaluated = result as { type: 'success' | 'exception'; result?: RemoteValue; exceptionDetails?: { text: string } };
  if (evaluated.type === 'exception') throw new Error(`in the probe: ${evaluated.exceptionDetails?.text}`);
  return evaluated.result!;
}

/** The closed shadow roots of the page's top-level document, in document order, as BiDi shared references. */
async function closedRoots(page: Page): Promise<{ sharedId: string }[]> {
  const elements = await callInSandbox(page, '() => [...document.querySelectorAll("*")].filter((el) => el.shadowRoot === null)', []);
  const roots: { sharedId: string }[] = [];
  for (const element of (elements.value as RemoteValue[] | undefined) ?? []) {
    const shadow = (element.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
    if (shadow?.sharedId && (shadow.value as { mode?: string } | undefined)?.mode === 'closed') roots.push({ sharedId: shadow.sharedId });
  }
  return roots;
}

/**
 * Runs in the sandbox with every closed root as an argument: the views of Candor's (those holding a `.nudge`), as
 * JSON. Self-contained: serialised with toString().
 */
function readRoots(...roots: ShadowRoot[]): Promise<string> {
  const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const spoken = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE
      ? (node as Text).data
      : node.nodeType === Node.ELEMENT_NODE && (node as Element).getAttribute('aria-hidden') !== 'true'
        ? [...node.childNodes].map(spoken).join('')
        : '';
  const nameOf = (el: Element) => collapse(el.getAttribute('aria-label') ?? spoken(el));
  const boxOf = (r: DOMRect) => ({ x: r.left, y: r.top, width: r.width, height: r.height });
  const frame = () =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => resolve());
      setTimeout(resolve, 100); // a page in the background may not paint
    });
  const ours = roots.filter((root) => root.host.isConnected && root.querySelector('.nudge'));
  const before = ours.map((root) => [...root.querySelectorAll('button, a[href]')].map((el) => el.getBoundingClientRect()));
  return frame()
    .then(frame)
    .then(() =>
      JSON.stringify(
        ours.map((root, r) => {
          const nudge = root.querySelector('.nudge')!;
          const visibleText = (el: Element): string => {
            if (el.matches('[aria-live], style, script, template')) return '';
            if (getComputedStyle(el).display === 'none') return '';
            return [...el.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? (n as Text).data : n.nodeType === Node.ELEMENT_NODE ? ` ${visibleText(n as Element)} ` : '')).join('');
          };
          const controls = [...root.querySelectorAll('button, a[href]')].map((el, i) => {
            const rect = el.getBoundingClientRect();
            const first = before[r]![i];
            const stable = !!first && first.left === rect.left && first.top === rect.top && first.width === rect.width && first.height === rect.height;
            const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
            return {
              role: el.localName === 'a' ? 'link' : 'button',
              name: nameOf(el),
              disabled: (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true',
              box: boxOf(rect),
              clickable: stable && !!hit && (hit === el || el.contains(hit)),
              pill: el.localName === 'button' && (el.getAttribute('class') ?? '').includes('pill'),
            };
          });
          const pill = controls.find((c) => c.pill);
          return {
            text: collapse(visibleText(nudge)),
            busy: nudge.getAttribute('aria-busy') === 'true',
            ...(pill ? { pill } : {}),
            open: root.querySelector('.panel') !== null,
            controls,
          };
        }),
      ),
    );
}

/** Every Candor nudge in the page's top-level document, in document order. */
export async function readNudges(page: Page): Promise<NudgeView[]> {
  const roots = await closedRoots(page);
  if (!roots.length) return [];
  const json = await callInSandbox(page, readRoots.toString(), roots);
  return JSON.parse(json.value as string) as NudgeView[];
}

/** Polls until `predicate(views)` holds; returns the views; throws with the last views on timeout. */
export async function waitForNudges(page: Page, predicate: (views: NudgeView[]) => boolean, timeoutMs = 15_000): Promise<NudgeView[]> {
  let last: NudgeView[] | undefined;
  try {
    return await until(
      'waitForNudges',
      async () => {
        last = await readNudges(page);
        return predicate(last) ? last : undefined;
      },
      timeoutMs,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last views: ${JSON.stringify(last)}`);
  }
}

/**
 * The user's first touch of a compose box: a click into `selector`, then Shift (a trusted key that writes nothing),
 * pressed again until Candor has put one more nudge in the page (a box gets its nudge at the user's first input).
 */
export async function touchEditor(page: Page, selector: string): Promise<void> {
  const before = (await readNudges(page)).length;
  await page.click(selector);
  await until(`a nudge for ${selector}`, async () => {
    await page.keyboard.press('Shift');
    return (await readNudges(page)).length > before ? true : undefined;
  });
}

/**
 * A trusted click (page.mouse) at the centre of the first control of nudge `index` whose name matches, once it is
 * there, enabled, not moving and on top.
 */
export async function clickInNudge(page: Page, index: number, name: string | RegExp, timeoutMs = 15_000): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  let why = '';
  try {
    const control = await until(
      `clickInNudge(${index}, ${String(name)})`,
      async () => {
        const views = await readNudges(page);
        const view = views[index];
        const control = view?.controls.find((c) => matches(c.name));
        if (!view) why = `there are ${views.length} nudges`;
        else if (!control) why = `absent among ${JSON.stringify(view.controls.map((c) => c.name))}`;
        else if (control.disabled) why = 'it is disabled';
        else if (!control.clickable) why = 'it is moving or covered';
        else return control;
        return undefined;
      },
      timeoutMs,
    );
    const { x, y, width, height } = control.box;
    await page.mouse.click(x + width / 2, y + height / 2);
  } catch (error) {
    throw new Error(`${(error as Error).message}: ${why}`);
  }
}
