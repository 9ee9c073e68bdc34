/**
 * The tests' view of Candor's nudges, through the Chrome DevTools Protocol.
 *
 * Why this exists: the nudge lives in a CLOSED shadow root on a plain `<div>` with no attribute (src/content/host.ts),
 * so that the page's scripts can neither read what it says (employer, role, confidential names) nor rewrite or click
 * it. Playwright's locators pierce open shadow roots only, and the page itself gets `null` from `host.shadowRoot`:
 * nothing running in the page can find the nudge's contents. The DevTools protocol is the test's privileged view,
 * the one a page never has: `DOM.getDocument({ pierce: true })` lists closed roots too, and each is read with the
 * root object in hand.
 *
 * - Candor's nudges are the closed shadow roots whose tree holds an element of class `nudge` (the site fixtures
 *   have no closed roots of their own), in every same-process frame: same-origin iframes and the extension's own
 *   playground pages.
 * - Reads (`readNudges`, `waitForNudges`, `clickInNudge`) run in an isolated world of the probe's own, never in
 *   the page's main world: a hostile page's sabotaged prototypes (`getBoundingClientRect`, `contains`…) neither
 *   distort what the test sees nor notice that the test looked.
 * - `evaluateInNudge` runs in the page's MAIN world on purpose: it models a page script that somehow got hold of
 *   the closed root.
 * - Clicks are trusted mouse clicks at the control's centre (`page.mouse`), as a user makes them; Candor acts on
 *   trusted events only.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';

/** CSS px, relative to the top-level page's viewport. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NudgeControl {
  readonly role: 'button' | 'link';
  /**
   * Accessible text: `aria-label` if there is one, else textContent without `aria-hidden` parts (the pill keeps its
   * hidden opposite word, "Hide" beside "Show", for its width), trimmed, whitespace collapsed.
   */
  readonly name: string;
  /** `aria-expanded`, if present. */
  readonly expanded?: boolean;
  readonly disabled: boolean;
  /** Links only: the href attribute as it is in the DOM right now. */
  readonly href?: string;
  readonly box: Box;
}

export interface NudgeView {
  /** Document order among Candor's nudges. */
  readonly index: number;
  /** The host element's box. */
  readonly host: Box;
  /** Visible text of the nudge (the shadow root's .nudge, minus the visually-hidden live region). */
  readonly text: string;
  /** Text of the [aria-live] region. */
  readonly live: string;
  /** `.nudge[aria-busy="true"]`. */
  readonly busy: boolean;
  /** Text of .status-line, if present. */
  readonly status?: string;
  /** The button whose class contains "pill", if present. */
  readonly pill?: NudgeControl;
  /** Box of the .panel element (the opened card), if present. */
  readonly panel?: Box;
  /** Every button and a[href] in the root, in order. */
  readonly controls: readonly NudgeControl[];
  /** The shadow root's innerHTML (for "nothing secret in the DOM" checks). */
  readonly html: string;
  /** Reserved: the value of the first element with a data-theme attribute, if any. */
  readonly theme?: string;
}

const DEFAULT_TIMEOUT_MS = 5_000;
const POLL_MS = 50;
const WORLD = 'candor-e2e-probe';

// ---------------------------------------------------------------------------------------------------------------
// The protocol side: finding the closed roots
// ---------------------------------------------------------------------------------------------------------------

/** The fields of the protocol's DOM.Node read here. */
interface DomNode {
  readonly backendNodeId: number;
  readonly nodeType: number;
  readonly attributes?: string[];
  readonly children?: DomNode[];
  readonly shadowRoots?: DomNode[];
  readonly shadowRootType?: string;
  readonly contentDocument?: DomNode;
  readonly frameId?: string;
}

interface FoundRoot {
  readonly backendNodeId: number;
  readonly frameId: string;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
/** One protocol conversation at a time per page: a read enables and disables the DOM agent around itself. */
const queues = new WeakMap<Page, Promise<unknown>>();
let groups = 0;

function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

function serialized<T>(page: Page, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(page) ?? Promise.resolve();
  const next = previous.then(task, task);
  queues.set(page, next.catch(() => undefined));
  return next;
}

const hasNudgeClass = (node: DomNode) => {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) {
    if (attributes[i] === 'class' && attributes[i + 1]!.split(/\s+/).includes('nudge')) return true;
  }
  return false;
};

function containsNudge(node: DomNode): boolean {
  if (node.nodeType === 1 && hasNudgeClass(node)) return true;
  return (node.children ?? []).some(containsNudge) || (node.shadowRoots ?? []).some(containsNudge);
}

/** Candor's roots in document order: a host's shadow tree where the host is, a frame's document where the frame is. */
function collectRoots(node: DomNode, frameId: string, found: FoundRoot[]): void {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed' && containsNudge(root)) found.push({ backendNodeId: root.backendNodeId, frameId });
    else collectRoots(root, frameId, found);
  }
  if (node.contentDocument) collectRoots(node.contentDocument, node.frameId ?? frameId, found);
  for (const child of node.children ?? []) collectRoots(child, frameId, found);
}

/** Errors a page moving under the read can cause (a node removed, a frame navigated): the read is made again. */
const isTransient = (error: unknown) =>
  /No node with given id|Could not find node|Cannot find context|Execution context was destroyed|Node is detached|No frame|Frame .* not found|Cannot find default execution context|Inspected target navigated/i.test(
    String((error as Error)?.message ?? error),
  );

interface Located {
  readonly cdp: CDPSession;
  readonly roots: readonly FoundRoot[];
}

/** Every Candor root now, read from a fresh document (`DOM.getDocument` invalidates earlier node ids). */
async function locate(page: Page): Promise<Located> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  // The DOM agent, once enabled, reports every mutation of the nodes it sent: off again, so that busy pages (the
  // heavy page churns 10,000 nodes a second) do not stream events to the test. Backend node ids stay valid.
  await cdp.send('DOM.disable').catch(() => undefined);
  const topFrame = root.frameId ?? (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const roots: FoundRoot[] = [];
  collectRoots(root, topFrame, roots);
  return { cdp, roots };
}

/** Runs `work` with Candor's roots located, again (up to 3 times) if the page changed under it. */
async function withRoots<T>(page: Page, work: (located: Located, objectGroup: string) => Promise<T>): Promise<T> {
  return serialized(page, async () => {
    for (let attempt = 1; ; attempt++) {
      const objectGroup = `${WORLD}-${++groups}`;
      let cdp: CDPSession | undefined;
      try {
        const located = await locate(page);
        cdp = located.cdp;
        return await work(located, objectGroup);
      } catch (error) {
        if (attempt >= 3 || !isTransient(error)) throw error;
      } finally {
        await cdp?.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
      }
    }
  });
}

/** The probe's isolated world in `frameId` (the same one on every call: worlds are kept by name). */
async function isolatedWorld(cdp: CDPSession, frameId: string): Promise<number> {
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: WORLD });
  return executionContextId;
}

/** `fn(root, arg)` with `root` as an object of `executionContextId` (default: the frame's main world). */
async function callOnRoot<R>(
  cdp: CDPSession,
  found: FoundRoot,
  objectGroup: string,
  fn: string,
  arg: unknown,
  executionContextId?: number,
): Promise<R> {
  const { object } = await cdp.send('DOM.resolveNode', {
    backendNodeId: found.backendNodeId,
    objectGroup,
    ...(executionContextId === undefined ? {} : { executionContextId }),
  });
  // `__name`: what a transpiler keeping function names (esbuild's keepNames) calls inside the source.
  const functionDeclaration = `function (arg) { const __name = (f) => f; return (${fn})(this, arg); }`;
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration,
    arguments: arg === undefined ? [] : [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
    objectGroup,
  });
  if (exceptionDetails) throw new Error(`in the nudge's root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as R;
}

// ---------------------------------------------------------------------------------------------------------------
// The page side: what runs with a root in hand (in the probe's isolated world). Serialised with toString(), so
// each function is self-contained.
// ---------------------------------------------------------------------------------------------------------------

/** A name to find: exactly this text, or a regular expression. */
type Matcher = { readonly exact: string } | { readonly source: string; readonly flags: string };

type RawView = Omit<NudgeView, 'index'>;

interface Target {
  readonly state: 'absent' | 'found';
  readonly names: readonly string[];
  readonly box?: Box;
  readonly disabled?: boolean;
  /** The same box two animation frames apart (Candor places its host in an animation frame). */
  readonly stable?: boolean;
  /** What `elementFromPoint` finds at the centre, if not the control itself or inside it. */
  readonly covered?: string;
}

/** Reads one root: its view, or with `target`, the first control matching it, measured for a click. */
function readRoot(root: ShadowRoot, target?: Matcher): RawView | Target | null {
  const host = root.host as HTMLElement;
  if (!host.isConnected) return null;
  const view = root.ownerDocument.defaultView!;

  // Where this frame's viewport sits in the top-level page's viewport: each frame element up the chain offsets it
  // and may scale it (the playground shows its sites in iframes with `transform: scale(.45)`). Scales and
  // translations are followed; rotations and skews are not.
  const frames: { x: number; y: number; sx: number; sy: number }[] = [];
  for (let win: Window | null = view; win && win !== win.top; win = win.parent) {
    const frame = win.frameElement as HTMLElement | null; // null across origins: no further offset known
    if (!frame) break;
    const r = frame.getBoundingClientRect(); // as drawn, transforms included
    const style = frame.ownerDocument.defaultView!.getComputedStyle(frame);
    const sx = frame.offsetWidth ? r.width / frame.offsetWidth : 1;
    const sy = frame.offsetHeight ? r.height / frame.offsetHeight : 1;
    frames.push({
      x: r.left + (frame.clientLeft + parseFloat(style.paddingLeft)) * sx,
      y: r.top + (frame.clientTop + parseFloat(style.paddingTop)) * sy,
      sx,
      sy,
    });
  }
  const toTop = (r: { left: number; top: number; width: number; height: number }): Box => {
    let b: Box = { x: r.left, y: r.top, width: r.width, height: r.height };
    for (const f of frames) b = { x: f.x + b.x * f.sx, y: f.y + b.y * f.sy, width: b.width * f.sx, height: b.height * f.sy };
    return b;
  };
  const box = (el: Element): Box => toTop(el.getBoundingClientRect());
  const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  /** Text content without the parts hidden from assistive tech (`aria-hidden="true"`). */
  const spoken = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE
      ? (node as Text).data
      : node.nodeType === Node.ELEMENT_NODE && (node as Element).getAttribute('aria-hidden') !== 'true'
        ? [...node.childNodes].map(spoken).join('')
        : '';
  const nameOf = (el: Element) => collapse(el.getAttribute('aria-label') ?? spoken(el));
  const controls = [...root.querySelectorAll('button, a[href]')];

  if (target) {
    const matches = (name: string) => ('exact' in target ? name === target.exact : new RegExp(target.source, target.flags).test(name));
    const names = controls.map(nameOf);
    const found = controls.filter((_, i) => matches(names[i]!));
    if (!found.length) return { state: 'absent', names };
    const el = found[0]!;
    const disabled = (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
    const first = el.getBoundingClientRect();
    const frame = () => new Promise<void>((resolve) => {
      view.requestAnimationFrame(() => resolve());
      view.setTimeout(resolve, 100); // a page in the background may not paint
    });
    return frame()
      .then(frame)
      .then((): Target => {
        const r = el.getBoundingClientRect();
        const stable = r.left === first.left && r.top === first.top && r.width === first.width && r.height === first.height;
        const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const onTarget = !!hit && (hit === el || el.contains(hit));
        return {
          state: 'found',
          names,
          box: toTop(r),
          disabled,
          stable,
          ...(onTarget ? {} : { covered: hit ? `<${hit.localName} class="${hit.getAttribute('class') ?? ''}">` : 'nothing' }),
        };
      }) as unknown as Target; // awaited by the protocol (awaitPromise)
  }

  // Visible text: text nodes in order, a line break around each block; the live region, elements not displayed and
  // elements hidden within the nudge left out. (The whole host is `visibility: hidden` while its box is off screen
  // or not yet placed: its text still counts.)
  const nudge = root.querySelector('.nudge');
  const shown = (el: Element) => view.getComputedStyle(el).visibility === 'visible';
  const nudgeShown = !!nudge && shown(nudge);
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!nudgeShown || shown(node.parentElement!)) line += (node as Text).data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.matches('[aria-live], style, script, template')) return;
    const display = view.getComputedStyle(el).display;
    if (display === 'none') return;
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) (lines.push(line), (line = ''));
    for (const child of el.childNodes) walk(child);
    if (block) (lines.push(line), (line = ''));
  };
  const textOf = (el: Element | null) => {
    if (!el) return '';
    lines.length = 0;
    line = '';
    walk(el);
    lines.push(line);
    return lines.map(collapse).filter(Boolean).join('\n');
  };

  const control = (el: Element): NudgeControl => {
    const expanded = el.getAttribute('aria-expanded');
    const isLink = el.localName === 'a';
    return {
      role: isLink ? 'link' : 'button',
      name: nameOf(el),
      ...(expanded === null ? {} : { expanded: expanded === 'true' }),
      disabled: (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true',
      ...(isLink ? { href: el.getAttribute('href') ?? '' } : {}),
      box: box(el),
    };
  };
  const statusLine = root.querySelector('.status-line');
  const pill = controls.find((el) => el.localName === 'button' && (el.getAttribute('class') ?? '').includes('pill'));
  const panel = root.querySelector('.panel');
  const themed = root.querySelector('[data-theme]');
  return {
    host: box(host),
    text: textOf(nudge),
    live: collapse(root.querySelector('[aria-live]')?.textContent),
    busy: nudge?.getAttribute('aria-busy') === 'true',
    ...(statusLine ? { status: textOf(statusLine) } : {}),
    ...(pill ? { pill: control(pill) } : {}),
    ...(panel ? { panel: box(panel) } : {}),
    controls: controls.map(control),
    // eslint-disable-next-line no-restricted-properties -- read, never written: for "nothing secret in the DOM" checks
    html: root.innerHTML,
    ...(themed ? { theme: themed.getAttribute('data-theme')! } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------------------------------------------

/** Every Candor nudge in the page (including in same-origin / extension iframes), in document order. */
export function readNudges(page: Page): Promise<NudgeView[]> {
  return withRoots(page, async ({ cdp, roots }, objectGroup) => {
    const worlds = new Map<string, number>();
    const views: NudgeView[] = [];
    for (const found of roots) {
      if (!worlds.has(found.frameId)) worlds.set(found.frameId, await isolatedWorld(cdp, found.frameId));
      const raw = await callOnRoot<RawView | null>(cdp, found, objectGroup, readRoot.toString(), undefined, worlds.get(found.frameId));
      if (raw) views.push({ index: views.length, ...raw });
    }
    return views;
  });
}

/** What a failure message shows of the views: everything but the markup. */
const describeViews = (views: readonly NudgeView[] | undefined) =>
  JSON.stringify(
    views?.map(({ html: _html, ...rest }) => rest),
    null,
    1,
  );

/** Polls (like expect.poll, default 5 s) until `predicate(views)` is true; returns the views; throws with the last views on timeout. */
export async function waitForNudges(
  page: Page,
  predicate: (views: NudgeView[]) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<NudgeView[]> {
  const deadline = Date.now() + timeoutMs;
  let last: NudgeView[] | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await readNudges(page);
      lastError = undefined;
      if (predicate(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const reason = lastError ? `; last read failed: ${String((lastError as Error).message ?? lastError)}` : '';
  throw new Error(`waitForNudges: no match within ${timeoutMs} ms${reason}; last views: ${describeViews(last)}`);
}

/**
 * A trusted click, as a user makes it: page.mouse.click at the centre of the control of nudge `index` whose name
 * matches (a string: exactly that name; a RegExp: tested against the name; several: the first in document order).
 * Like a Playwright click, it first waits (up to 5 s) until the control is there, enabled, stable (the same box two
 * animation frames apart) and the topmost element at its centre; if it never is, throws, saying which names there
 * were.
 */
export async function clickInNudge(page: Page, index: number, name: string | RegExp): Promise<void> {
  const matcher: Matcher = typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags.replace(/[gy]/g, '') };
  const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
  let why = '';
  for (;;) {
    try {
      const target = await withRoots(page, async ({ cdp, roots }, objectGroup) => {
        const found = roots[index];
        if (!found) return `there are ${roots.length} nudges, none at index ${index}`;
        return callOnRoot<Target | null>(cdp, found, objectGroup, readRoot.toString(), matcher, await isolatedWorld(cdp, found.frameId));
      });
      if (typeof target === 'string') why = target;
      else if (!target) why = 'its host left the page';
      else if (target.state !== 'found') why = `${target.state} among ${JSON.stringify(target.names)}`;
      else if (target.disabled) why = 'it is disabled';
      else if (!target.stable) why = 'it is moving';
      else if (target.covered) why = `${target.covered} is on top of it`;
      else {
        const { x, y, width, height } = target.box!;
        await page.mouse.click(x + width / 2, y + height / 2);
        return;
      }
    } catch (error) {
      why = String((error as Error).message ?? error);
    }
    if (Date.now() >= deadline) throw new Error(`clickInNudge(${index}, ${String(name)}): ${why}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * How many controls of `view` (none when there is no such nudge) have `role` and a name that matches (a string:
 * exactly that name; a RegExp: tested against the name). The probe's `getByRole(role, { name }).count()`.
 */
export function countControls(view: NudgeView | undefined, role: NudgeControl['role'], name: string | RegExp): number {
  const matches = (n: string) => (typeof name === 'string' ? n === name : new RegExp(name.source, name.flags.replace(/[gy]/g, '')).test(n));
  return view?.controls.filter((c) => c.role === role && matches(c.name)).length ?? 0;
}

/**
 * Runs `fn(shadowRoot, arg)` in the PAGE'S MAIN WORLD with the closed root in hand: models a page script that
 * somehow got hold of the root. Returns fn's JSON result (awaited if it is a promise).
 */
export function evaluateInNudge<A, R>(page: Page, index: number, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R> {
  return withRoots(page, async ({ cdp, roots }, objectGroup) => {
    const found = roots[index];
    if (!found) throw new Error(`evaluateInNudge: there are ${roots.length} nudges, none at index ${index}`);
    return callOnRoot<R>(cdp, found, objectGroup, fn.toString(), arg);
  });
}

/**
 * The user's first touch of a compose box: a click into `editor`, then Shift (a trusted key that writes nothing),
 * pressed again until Candor has put one more nudge in the page. A box gets its nudge at the user's first input,
 * not at page load (src/content/session.ts); typing before Candor has found the box would lose its first keys.
 */
export async function touchEditor(editor: Locator, timeoutMs = 10_000): Promise<void> {
  const page = editor.page();
  const before = (await readNudges(page)).length;
  await editor.click();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('Shift');
    if ((await readNudges(page)).length > before) return;
    if (Date.now() >= deadline) throw new Error(`touchEditor: Candor put no nudge for ${String(editor)} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
