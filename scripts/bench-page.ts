/**
 * What Candor costs a real page: the built extension in real Chromium (/usr/bin/chromium, never a downloaded one), on
 * the X fixture (src/playground/sites/x.ts, Draft.js like x.com) served at https://x.com/home, with the bundled policy
 * (101 terms as `termsOf` counts them) and synthetic ones of 1,000 and 10,000 (scripts/bench-fixtures.ts). It prints
 * the extension's main-thread time and its longest task at page load, at the first input and per keystroke, next to a
 * browser without it.
 *
 *   npm run bench:page                          build (`wxt build`), then measure; a table on stdout
 *   npm run -s bench:page -- --json             only one JSON object on stdout (progress goes to stderr)
 *   npm run bench:page -- --no-build --rounds 3 measure the build already in .output/chrome-mv3; fewer rounds
 *   npm run bench:page -- --traces DIR          also save every trace in DIR (open them in DevTools' Performance panel)
 *
 * It launches browsers: run it under the lock the browser tests use, `flock /tmp/candor-e2e.lock npm run bench:page`.
 *
 * Method. Two fresh profiles (temp dirs) are launched side by side, one with the built extension and one without (the
 * control). The policy is switched by writing `activePolicy` in `storage.local` from the service worker, as the browser
 * tests do (the stored entry with its policy replaced), before a new tab is opened: the content script only ever sees
 * the page and what is stored. Each measurement is a Chrome trace over CDP (`Tracing.start`: devtools.timeline, v8,
 * v8.execute, toplevel, and the V8 sampling profiler at its high rate, a sample every ~0.2 ms) read on the x.com tab's
 * renderer main thread (CrRendererMain of the process that committed https://x.com/home). Rounds interleave the
 * configurations (101, 1k, 10k terms, no extension; then again), so whatever else the machine does hits them alike.
 *
 * What counts as the extension's (nothing here knows the content script's internals), outermost events only:
 * - trace events that run its content script: EvaluateScript, v8.compile, v8.run, FunctionCall… whose `args.data.url`
 *   (or `fileName`) is chrome-extension://<id>/, and v8.callFunction / v8.run in its isolated world (the world id those
 *   events carry). Everything inside them counts: layout its script forces, a GC it triggers, page handlers its own
 *   events run;
 * - the extension system's messages to the frame (mojo interfaces extensions.mojom.*): API replies and events, whose
 *   time includes deserializing what they carry (storage.local.get of a 10,000-term policy is a 1.6 MB reply);
 * - microtask checkpoints (RunMicrotasks) outside those, where promise continuations run (code after an `await` on an
 *   extension API, MutationObserver callbacks) and which carry no URL: each counts in proportion to the profiler's
 *   samples inside it that ran JavaScript with a chrome-extension://<id>/ frame on the stack, out of all its samples
 *   that ran JavaScript (samples in GC or in no script are shared in the same proportion).
 * Thread time is the sum of those events' `tdur` (the thread's CPU time), wall time of their `dur`. The longest task is
 * the longest top-level task (RunTask) of the main thread that holds extension work: its `dur`, and the extension's
 * wall time inside it. Not counted: style, layout and paint the renderer does later because the extension changed the
 * DOM (the nudge), and the service worker (another process).
 * Checks printed with every run: the control browser goes through the same steps and comes out at ~0 (extensions.mojom
 * messages exist without any extension, a few µs); the renderer main thread's total busy time (top-level tasks' `tdur`)
 * with the extension minus the control's should be about the extension's thread time; and the profiler's estimate of
 * the extension's JavaScript alone (its samples × the sampling interval: no compile, GC or IPC) is a lower bound.
 *
 * Page load: one untimed warm-up round, then each round opens a new tab and traces from navigation to 1.5 s after
 * `load` and the page's next idle callback; then it collects garbage and reads `Performance.getMetrics` JSHeapUsedSize,
 * the renderer's whole V8 heap (the page's world and the extension's isolated world share it), so the extension's part
 * is the difference from the control's. Medians over rounds.
 * First input: in a new tab, a trusted click in the composer and a 3,000-character draft pasted with `insertText`,
 * traced to 1.5 s after and the next idle callback (the content script brings in the coach, which builds what it needs
 * only now).
 * Per keystroke: then, in the same tab, KEYS characters typed with `keyboard.type` (keydown, KEY_DELAY_MS, keyup, next
 * keydown) under another trace. The key is held longer than the content script's debounce (80 ms today; its analysis
 * shows in the traces ~90 ms after each keydown), so each keystroke gets its own analysis: per keystroke is per
 * analysis. Keystrokes are told apart by the page's keydown dispatches: what starts between one keydown and the next
 * belongs to the first. Median and max over every keystroke of every round; and the heap, as at page load, once typed.
 * Tracing and the sampling profiler slow JavaScript down (the page's as much as the extension's), and the machine may
 * be busy: the figures are for comparing policies and versions here, run to run within ~15%, not a user's costs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { bundledPolicy } from '../src/policy/bundled';
import type { Policy } from '../src/policy/types';
import { benchDrafts, benchPolicy, termsOf } from './bench-fixtures';
import { CHROME_PATH, HEADLESS_CHROMIUM_ARGS } from './chromium';
import { bundledPage } from './page-bundle';

const URL_HOME = 'https://x.com/home';
const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const X_FIXTURE = fileURLToPath(new URL('../src/playground/sites/x.ts', import.meta.url));
const COMPOSER = '[data-testid="tweetTextarea_0"][contenteditable]';

const DRAFT_CHARS = 3_000;
const KEYS = 25;
const KEY_DELAY_MS = 150;
/** After `load` (and before typing), then the page's next idle callback: the content script's start-up is over. */
const SETTLE_MS = 1_500;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

// ---------------------------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const build = !argv.includes('--no-build');
const valueOf = (name: string) => (argv.includes(name) ? (argv[argv.indexOf(name) + 1] ?? '') : undefined);
const ROUNDS = Number(valueOf('--rounds') ?? 5);
const TRACES_DIR = valueOf('--traces');
const KEY_ROUNDS = 2;
const known = (arg: string, i: number) => ['--json', '--no-build', '--rounds', '--traces'].includes(arg) || ['--rounds', '--traces'].includes(argv[i - 1]!);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || TRACES_DIR === '' || !argv.every(known)) {
  console.error('usage: tsx scripts/bench-page.ts [--json] [--no-build] [--rounds N] [--traces DIR]');
  process.exit(2);
}
const progress = (message: string) => console.error(message);

// ---------------------------------------------------------------------------------------------------------------
// Trace analysis

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly id?: string;
  readonly args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}
interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { readonly url?: string; readonly functionName?: string; readonly codeType?: string };
}
/** What a profiler sample was running: extension code (anywhere on its stack), other JavaScript, or neither (GC…). */
type SampleKind = 'ext' | 'js' | 'none';

/** A stretch of main-thread time (µs): wall `dur`, thread `tdur`. */
interface Span {
  readonly ts: number;
  readonly dur: number;
  readonly tdur: number;
}
/** A top-level task and how much of its wall time was the extension's. */
interface Task extends Span {
  extWall: number;
}

interface Attribution {
  /** The extension's work, outermost events (microtask checkpoints scaled by their extension share). */
  readonly ext: readonly Span[];
  readonly tasks: readonly Task[];
  /** When each keydown was dispatched on the main thread. */
  readonly keydowns: readonly number[];
  /** The profiler's estimate of the extension's time (µs): its samples × the median sampling interval. */
  readonly sampledExt: number;
}

const dataOf = (e: TraceEvent) => (e.args?.data ?? {}) as Record<string, unknown>;

/** The renderer process that committed the x.com page (navigation in the trace, else the frame tracing started in). */
function pageProcess(events: readonly TraceEvent[]): number {
  const x = (url: unknown) => typeof url === 'string' && url.startsWith('https://x.com/');
  for (const e of events) if (e.name === 'FrameCommittedInBrowser' && x(dataOf(e).url)) return dataOf(e).processId as number;
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const frames = (dataOf(e).frames ?? []) as { url: string; processId: number }[];
    const frame = frames.find((f) => x(f.url));
    if (frame) return frame.processId;
  }
  throw new Error('No x.com renderer in the trace');
}

function attribute(events: readonly TraceEvent[], extensionId: string): Attribution {
  // Candor's address, or the per-session one Chrome may give its web-accessible coach (use_dynamic_url).
  const origin = `chrome-extension://${extensionId}/`;
  const ours = (url: string) => url.startsWith(origin) || (extensionId !== 'none' && /^chrome-extension:\/\/[^/]+\/coach\.js$/.test(url));
  const pid = pageProcess(events);
  const thread = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!thread) throw new Error(`No CrRendererMain in process ${pid}`);
  const main = events
    .filter((e) => e.pid === pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const span = (e: TraceEvent, share = 1): Span => ({ ts: e.ts, dur: e.dur! * share, tdur: (e.tdur ?? e.dur!) * share });

  // The profiler's samples on this thread, each marked by whether its stack runs extension code.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === thread.tid);
  const samples: { ts: number; kind: SampleKind }[] = [];
  if (profile) {
    const nodes = new Map<number, ProfileNode>();
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id);
    for (const chunk of chunks) for (const node of (chunk.args?.data?.cpuProfile as { nodes?: ProfileNode[] })?.nodes ?? []) nodes.set(node.id, node);
    const kinds = new Map<number, SampleKind>();
    const kindOf = (id: number): SampleKind => {
      let kind = kinds.get(id);
      if (kind === undefined) {
        const node = nodes.get(id);
        const parent = node?.parent === undefined ? 'none' : kindOf(node.parent);
        // "(program)", "(garbage collector)", "(idle)", "(root)" are no script.
        const script = node?.callFrame.codeType === 'JS' && !/^\(.*\)$/.test(node.callFrame.functionName ?? '');
        if (!node) kind = 'none';
        else if (parent === 'ext' || ours(node.callFrame.url ?? '')) kind = 'ext';
        else kind = parent === 'js' || script ? 'js' : 'none';
        kinds.set(id, kind);
      }
      return kind;
    };
    let ts = dataOf(profile).startTime as number;
    for (const chunk of chunks) {
      const data = chunk.args?.data as { cpuProfile?: { samples?: number[] }; timeDeltas?: number[] };
      (data.cpuProfile?.samples ?? []).forEach((node, i) => {
        ts += data.timeDeltas?.[i] ?? 0;
        samples.push({ ts, kind: kindOf(node) });
      });
    }
    samples.sort((a, b) => a.ts - b.ts);
  }
  const intervals = samples.slice(1).map((s, i) => s.ts - samples[i]!.ts).filter((d) => d > 0);
  const sampledExt = samples.filter((s) => s.kind === 'ext').length * median(intervals);
  /**
   * The extension's share of the JavaScript the profiler caught running inside `e` (0 when it caught none): samples
   * in the garbage collector or in no script are left out, so they are shared in the same proportion.
   */
  const extShare = (e: TraceEvent) => {
    let js = 0;
    let ext = 0;
    for (let i = lowerBound(samples, e.ts); i < samples.length && samples[i]!.ts <= e.ts + e.dur!; i++) {
      const { kind } = samples[i]!;
      if (kind !== 'none') js++;
      if (kind === 'ext') ext++;
    }
    return js ? ext / js : 0;
  };

  // The extension's isolated world: the world its scripts run in.
  const urlOf = (e: TraceEvent) => String(dataOf(e).url ?? e.args?.fileName ?? '');
  const callWorld = (e: TraceEvent) => (e.args?.worldId ?? dataOf(e).worldId) as unknown;
  const worlds = new Set(main.filter((e) => e.name === 'v8.run' && ours(urlOf(e))).map(callWorld));
  for (const [i, e] of main.entries()) {
    // A v8.callFunction whose first nested call is an extension function also names the world.
    if (e.name === 'v8.callFunction' && callWorld(e) !== undefined) {
      const inner = main[i + 1];
      if (inner && inner.name === 'FunctionCall' && inner.ts < e.ts + e.dur! && ours(urlOf(inner))) worlds.add(callWorld(e));
    }
  }
  worlds.delete(0); // the page's main world
  const mojo = (e: TraceEvent) => (e.args?.chrome_mojo_event_info ?? {}) as { mojo_interface_tag?: string; watcher_notify_interface_tag?: string };
  const isExtEvent = (e: TraceEvent) =>
    ours(urlOf(e)) ||
    ((e.name === 'v8.callFunction' || e.name === 'v8.run') && worlds.has(callWorld(e))) ||
    // The extension system's messages to the frame (API replies such as storage.local.get, extension events): only
    // this extension is installed. Their thread time includes deserializing what the API returns.
    /^extensions\.mojom\./.test(mojo(e).mojo_interface_tag ?? mojo(e).watcher_notify_interface_tag ?? '');

  const ext: Span[] = [];
  let coveredUntil = -Infinity;
  for (const e of main) {
    if (e.ts < coveredUntil) continue; // inside an event already counted
    if (isExtEvent(e)) {
      ext.push(span(e));
      coveredUntil = e.ts + e.dur!;
    } else if (e.name === 'RunMicrotasks') {
      const share = extShare(e);
      if (share > 0) ext.push(span(e, share));
      coveredUntil = e.ts + e.dur!;
    }
  }

  const tasks: Task[] = [];
  let taskEnd = -Infinity;
  for (const e of main) {
    if ((e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= taskEnd) {
      tasks.push({ ...span(e), extWall: 0 });
      taskEnd = e.ts + e.dur!;
    }
  }
  for (const s of ext) {
    const task = tasks[lowerBound(tasks, s.ts + 1) - 1];
    if (task && s.ts < task.ts + task.dur) task.extWall += s.dur;
  }
  const keydowns = main.filter((e) => e.name === 'EventDispatch' && dataOf(e).type === 'keydown').map((e) => e.ts);
  return { ext, tasks, keydowns, sampledExt };
}

/** The first index whose `ts` is at least `ts` (items sorted by `ts`). */
function lowerBound(items: readonly { ts: number }[], ts: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.ts < ts) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** µs to ms, to the µs. */
const ms = (us: number) => Math.round(us) / 1000;
const toMicro = (n: number) => Math.round(n * 1000) / 1000;

/** What one stretch of a trace shows (ms). */
interface Figures {
  /** The extension's thread time and wall time. */
  readonly threadMs: number;
  readonly wallMs: number;
  /** The longest main-thread task holding extension work, and the extension's wall time in it. */
  readonly longestTaskMs: number;
  readonly longestTaskExtMs: number;
  /** The most extension wall time in any one task. */
  readonly longestExtMs: number;
  /** Everything the renderer's main thread did, extension or not: its top-level tasks' thread time. */
  readonly mainThreadMs: number;
}

/** Figures for one stretch of the trace: what starts in [from, to) (trace µs). */
function figures(a: Attribution, from = -Infinity, to = Infinity): Figures {
  const inside = <T extends { ts: number }>(items: readonly T[]) => items.filter((s) => s.ts >= from && s.ts < to);
  const ext = inside(a.ext);
  const tasks = inside(a.tasks);
  const withExt = tasks.filter((t) => t.extWall > 0);
  const longest = withExt.sort((x, y) => y.dur - x.dur)[0];
  return {
    threadMs: ms(sum(ext.map((s) => s.tdur))),
    wallMs: ms(sum(ext.map((s) => s.dur))),
    longestTaskMs: ms(longest?.dur ?? 0),
    longestTaskExtMs: ms(longest?.extWall ?? 0),
    longestExtMs: ms(Math.max(0, ...withExt.map((t) => t.extWall))),
    mainThreadMs: ms(sum(tasks.map((t) => t.tdur))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The browsers

interface Browser {
  readonly context: BrowserContext;
  /** The extension's id; none in the control browser. */
  readonly extensionId?: string;
  close(): Promise<void>;
}

async function launch(fixture: string, extensionDir?: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'candor-bench-page-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [...HEADLESS_CHROMIUM_ARGS, ...extensionArgs],
  });
  await context.route('https://x.com/**', (route) => route.fulfill({ contentType: 'text/html', body: fixture }));
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!extensionDir) return { context, close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // A fresh install stores the bundled policy within moments, then opens its welcome page: wait, then close it.
  for (let waited = 0; !(await storedPolicy(context)); waited += 100) {
    if (waited > 30_000) throw new Error('The extension stored no active policy within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  return { context, extensionId: new URL(worker.url()).host, close };
}

interface ChromeStorage {
  chrome: {
    storage: {
      local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      onChanged: { addListener(listener: () => void): void; removeListener(listener: () => void): void };
    };
  };
}

function serviceWorker(context: BrowserContext) {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error("The extension's service worker is gone");
  return worker;
}

async function storedPolicy(context: BrowserContext): Promise<boolean> {
  const stored = await serviceWorker(context).evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get('activePolicy'));
  return 'activePolicy' in stored;
}

/**
 * Puts `policy` in force as the browser tests do (the stored entry with its policy replaced), then waits until storage
 * has been quiet for a moment: whatever the background derives from the new policy is stored before a tab opens.
 */
async function usePolicy(context: BrowserContext, policy: Policy): Promise<void> {
  await serviceWorker(context).evaluate(
    async ({ next, quietMs }) => {
      const { local, onChanged } = (globalThis as unknown as ChromeStorage).chrome.storage;
      let last = Date.now();
      // No named function in here: tsx would wrap it in a helper the service worker does not have.
      const listeners: (() => void)[] = [];
      listeners.push(() => void (last = Date.now()));
      onChanged.addListener(listeners[0]!);
      const { activePolicy } = (await local.get('activePolicy')) as { activePolicy: object };
      await local.set({ activePolicy: { ...activePolicy, policy: next } });
      const started = Date.now();
      while (Date.now() - last < quietMs && Date.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 50));
      onChanged.removeListener(listeners[0]!);
    },
    { next: policy, quietMs: 300 },
  );
}

/** Waits `ms`, then for the page's next idle callback (after any long task the extension is still running). */
const settle = (page: Page, ms: number) =>
  page.evaluate((wait) => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve, { timeout: 5_000 }), wait)), ms);

/** Runs `steps` under a trace of the whole browser; returns its events (and saves them as `name` with --traces). */
async function traced(cdp: CDPSession, name: string, steps: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await steps();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  if (TRACES_DIR) {
    mkdirSync(TRACES_DIR, { recursive: true });
    writeFileSync(join(TRACES_DIR, `${name}.json`), JSON.stringify({ traceEvents: events }));
  }
  return events;
}

/** The renderer's V8 heap in use after a full GC (MiB). */
async function heapMiB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return Math.round((used / 2 ** 20) * 100) / 100;
}

// ---------------------------------------------------------------------------------------------------------------
// The runs

interface Config {
  /** Terms in the policy; 0 for the control. */
  readonly terms: number;
  readonly browser: Browser;
  readonly policy?: Policy;
}
const nameOf = (config: Config) => (config.terms ? `${config.terms.toLocaleString('en-US')} terms` : 'no extension');

async function openX(config: Config): Promise<{ page: Page; cdp: CDPSession }> {
  const { context } = config.browser;
  if (config.policy) await usePolicy(context, config.policy);
  const page = await context.newPage();
  return { page, cdp: await context.newCDPSession(page) };
}

interface LoadRound extends Figures {
  readonly sampledMs: number;
  readonly heapMiB: number;
}

/** A new tab loads x.com/home, traced from navigation until it has settled. */
async function pageLoad(config: Config, round: number): Promise<LoadRound> {
  const { page, cdp } = await openX(config);
  const events = await traced(cdp, `load-${round}-${config.terms || 'control'}`, async () => {
    await page.goto(URL_HOME, { waitUntil: 'load' });
    await settle(page, SETTLE_MS);
  });
  const heap = await heapMiB(cdp);
  await page.close();
  const attribution = attribute(events, config.browser.extensionId ?? 'none');
  return { ...figures(attribution), sampledMs: ms(attribution.sampledExt), heapMiB: heap };
}

/** A new tab, a draft pasted into the composer, then `typed` typed under the trace: figures for each keystroke. */
/**
 * A new tab; a trusted click in the composer and `draft` pasted, traced (the first input: a content script may wait for
 * it to load what it needs); then `typed` typed under another trace: figures for the first input and each keystroke.
 */
async function keystrokes(config: Config, round: number, draft: string, typed: string) {
  const { page, cdp } = await openX(config);
  await page.goto(URL_HOME, { waitUntil: 'load' });
  await settle(page, SETTLE_MS);
  const extensionId = config.browser.extensionId ?? 'none';
  const pasted = await traced(cdp, `paste-${round}-${config.terms || 'control'}`, async () => {
    await page.locator(COMPOSER).click(); // a trusted click, as a user's
    await page.keyboard.insertText(draft);
    await settle(page, SETTLE_MS);
  });
  const events = await traced(cdp, `keys-${round}-${config.terms || 'control'}`, async () => {
    // Each key: keydown, KEY_DELAY_MS, keyup, and at once the next keydown.
    await page.keyboard.type(typed, { delay: KEY_DELAY_MS });
    await settle(page, 500);
  });
  const draftChars = await page.evaluate(() => window.candorFixture.modelText(0).length);
  const heap = await heapMiB(cdp); // the tab as the user leaves it: the coach, the policy's pack and automaton
  await page.close();
  const attribution = attribute(events, extensionId);
  const { keydowns } = attribution;
  if (keydowns.length !== typed.length) progress(`  (${nameOf(config)}: ${keydowns.length} keydowns traced for ${typed.length} keys typed)`);
  return {
    draftChars,
    heapMiB: heap,
    firstInput: figures(attribute(pasted, extensionId)),
    keys: keydowns.map((ts, i) => figures(attribution, ts, keydowns[i + 1])),
  };
}

/** Typed characters: letters, spaces and a little punctuation, one keydown each. */
const typeable = (text: string) => text.replace(/[^A-Za-z ,.]/g, '').replace(/ +/g, ' ');

/** The median of each of `names` over the rounds. */
function medians<Name extends string>(rounds: readonly Record<Name, number>[], names: readonly Name[]): Record<Name, number> {
  return Object.fromEntries(names.map((name) => [name, toMicro(median(rounds.map((r) => r[name])))])) as Record<Name, number>;
}
const TASK_FIGURES = ['threadMs', 'wallMs', 'longestTaskMs', 'longestTaskExtMs'] as const;
const loadRow = (terms: number, rounds: readonly LoadRound[]) => ({
  terms,
  ...medians(rounds, [...TASK_FIGURES, 'sampledMs', 'mainThreadMs', 'heapMiB']),
});
const firstInputRow = (terms: number, rounds: readonly Figures[]) => ({ terms, ...medians(rounds, [...TASK_FIGURES, 'longestExtMs']) });

/** Over every keystroke of every round; the longest task is the one of the slowest keystroke. */
function keyRow(terms: number, draftChars: number, keys: readonly Figures[], heaps: readonly number[]) {
  const thread = keys.map((k) => k.threadMs);
  const slowest = [...keys].sort((a, b) => b.longestTaskMs - a.longestTaskMs)[0];
  return {
    terms,
    draftChars,
    keystrokes: keys.length,
    threadMsMedian: toMicro(median(thread)),
    threadMsMax: Math.max(0, ...thread),
    longestTaskMs: slowest?.longestTaskMs ?? 0,
    longestTaskExtMs: slowest?.longestTaskExtMs ?? 0,
    longestExtMs: Math.max(0, ...keys.map((k) => k.longestExtMs)),
    mainThreadMsMedian: toMicro(median(keys.map((k) => k.mainThreadMs))),
    heapMiB: toMicro(median(heaps)),
  };
}
type LoadRow = ReturnType<typeof loadRow>;
type FirstInputRow = ReturnType<typeof firstInputRow>;
type KeyRow = ReturnType<typeof keyRow>;

async function main() {
  const started = Date.now();
  if (build) {
    progress('Building the extension (wxt build)…');
    try {
      execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`wxt build failed:\n${stdout ?? ''}${stderr ?? ''}`);
    }
  }
  const fixture = await bundledPage(X_FIXTURE);
  const policies = [bundledPolicy(), benchPolicy(1_000), benchPolicy(10_000)];
  const [draft, more] = benchDrafts([DRAFT_CHARS, 40 * KEYS * KEY_ROUNDS], 1_000, 10_000);
  const pasted = draft!.replace(/\s*\n\s*/g, ' '); // one paragraph: a newline through insertText is no Enter key
  const typed = typeable(more!);

  const withExtension = await launch(fixture, EXTENSION_DIR);
  const control = await launch(fixture);
  try {
    const blank = withExtension.context.pages()[0] ?? (await withExtension.context.newPage());
    const { product: chromiumVersion } = await (await withExtension.context.newCDPSession(blank)).send('Browser.getVersion');
    const configs: Config[] = [
      ...policies.map((policy) => ({ terms: termsOf(policy).length, browser: withExtension, policy })),
      { terms: 0, browser: control },
    ];
    progress(
      `${chromiumVersion}, extension ${withExtension.extensionId}: ${ROUNDS} page-load rounds (after a warm-up round) and ` +
        `${KEY_ROUNDS} keystroke rounds of ${KEYS} keys, each round over ${configs.map(nameOf).join(', ')}`,
    );

    const loads = new Map(configs.map((c) => [c, [] as LoadRound[]]));
    for (let round = 0; round <= ROUNDS; round++) {
      progress(round ? `Page load, round ${round}/${ROUNDS}` : 'Page load, warm-up round');
      for (const config of configs) {
        const result = await pageLoad(config, round);
        if (round) loads.get(config)!.push(result);
      }
    }
    const typing = new Map(configs.map((c) => [c, { draftChars: 0, firstInput: [] as Figures[], keys: [] as Figures[], heaps: [] as number[] }]));
    for (let round = 1; round <= KEY_ROUNDS; round++) {
      progress(`Keystrokes, round ${round}/${KEY_ROUNDS}`);
      for (const config of configs) {
        const result = await keystrokes(config, round, pasted, typed.slice((round - 1) * KEYS, round * KEYS));
        const entry = typing.get(config)!;
        entry.draftChars = result.draftChars;
        entry.firstInput.push(result.firstInput);
        entry.keys.push(...result.keys);
        entry.heaps.push(result.heapMiB);
      }
    }

    const [controlConfig] = configs.filter((c) => !c.policy);
    const measured = configs.filter((c) => c.policy);
    const keyRowOf = (c: Config) => keyRow(c.terms, typing.get(c)!.draftChars, typing.get(c)!.keys, typing.get(c)!.heaps);
    const firstInputOf = (c: Config) => firstInputRow(c.terms, typing.get(c)!.firstInput);
    const result = {
      chromium: chromiumVersion,
      rounds: { pageLoad: ROUNDS, keystroke: KEY_ROUNDS, keysPerRound: KEYS, keyDelayMs: KEY_DELAY_MS },
      pageLoad: measured.map((c) => loadRow(c.terms, loads.get(c)!)),
      firstInput: measured.map(firstInputOf),
      keystroke: measured.map(keyRowOf),
      control: { pageLoad: loadRow(0, loads.get(controlConfig!)!), firstInput: firstInputOf(controlConfig!), keystroke: keyRowOf(controlConfig!) },
      seconds: Math.round((Date.now() - started) / 1000),
    };
    if (json) console.log(JSON.stringify(result, null, 2));
    else report(result);
  } finally {
    await withExtension.close();
    await control.close();
  }
}

function table(header: readonly string[], rows: readonly (readonly string[])[]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function report(result: {
  chromium: string;
  pageLoad: readonly LoadRow[];
  firstInput: readonly FirstInputRow[];
  keystroke: readonly KeyRow[];
  control: { pageLoad: LoadRow; firstInput: FirstInputRow; keystroke: KeyRow };
  seconds: number;
}) {
  const f = (n: number, digits = 1) => n.toFixed(digits);
  const label = (terms: number) => (terms ? `${terms.toLocaleString('en-US')} terms` : 'no extension');
  const plus = (n: number, digits = 1) => `${n >= 0 ? '+' : ''}${f(n, digits)}`;
  const control = result.control.pageLoad;
  const keys = result.control.keystroke;

  console.log(`Candor, built, on the X fixture at ${URL_HOME} in ${result.chromium} (headless); the extension's share of the tab's main thread.`);
  console.log(`\nPage load, median of ${ROUNDS} rounds, from navigation to ${SETTLE_MS / 1000} s after load (ms; JS heap after GC in MiB):`);
  table(
    ['', 'thread', 'wall', 'longest task (ext wall in it)', 'profiler, JS only', 'main thread', 'vs control', 'JS heap', 'vs control'],
    [...result.pageLoad, control].map((r) => [
      label(r.terms),
      f(r.threadMs),
      f(r.wallMs),
      `${f(r.longestTaskMs)} (${f(r.longestTaskExtMs)})`,
      f(r.sampledMs),
      f(r.mainThreadMs),
      r.terms ? plus(r.mainThreadMs - control.mainThreadMs) : '',
      f(r.heapMiB, 2),
      r.terms ? plus(r.heapMiB - control.heapMiB, 2) : '',
    ]),
  );
  console.log(
    `\nFirst input, median of ${KEY_ROUNDS} rounds: a trusted click in the composer and a ${DRAFT_CHARS.toLocaleString('en-US')}-character paste, to ${SETTLE_MS / 1000} s after (ms):`,
  );
  table(
    ['', 'thread', 'wall', 'longest task (ext wall in it)', 'most ext wall in one task'],
    [...result.firstInput, result.control.firstInput].map((r) => [
      label(r.terms),
      f(r.threadMs),
      f(r.wallMs),
      `${f(r.longestTaskMs)} (${f(r.longestTaskExtMs)})`,
      f(r.longestExtMs),
    ]),
  );
  console.log(
    `\nPer keystroke, ${keys.keystrokes} keys each held ${KEY_DELAY_MS} ms, typed at the end of a pasted ${DRAFT_CHARS.toLocaleString('en-US')}-character draft (ms; JS heap after GC once typed, MiB):`,
  );
  table(
    ['', 'draft', 'thread median', 'thread max', 'longest task (ext wall in it)', 'most ext wall in one task', 'main thread median', 'JS heap', 'vs control'],
    [...result.keystroke, keys].map((r) => [
      label(r.terms),
      String(r.draftChars),
      f(r.threadMsMedian, 2),
      f(r.threadMsMax, 2),
      `${f(r.longestTaskMs)} (${f(r.longestTaskExtMs, 2)})`,
      f(r.longestExtMs, 2),
      f(r.mainThreadMsMedian, 2),
      f(r.heapMiB, 2),
      r.terms ? plus(r.heapMiB - keys.heapMiB, 2) : '',
    ]),
  );
  console.log(`
thread, wall: the extension's own trace events (tdur, dur). Longest task: the longest main-thread task holding any
extension work, with the extension's wall time in it; per keystroke, that of the slowest keystroke. Profiler: its
samples in extension JavaScript (no compile, GC or IPC): a lower bound. Main thread: all of the renderer's main-thread
tasks, whose difference from the control should be about the extension's thread time. Figures are under tracing.
${result.seconds} s in all.`);
}

await main();
