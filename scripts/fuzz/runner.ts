/**
 * The Node side of the insertion fuzzer, shared by test/e2e/fuzz.test.ts (a fixed-seed sample) and
 * scripts/fuzz.ts (`npm run fuzz`, a thousand drafts per editor). Builds one page per editor (./page/*.ts), opens it
 * in real Chromium, and for each case: sets the draft with an empty undo history, places the caret, for some cases
 * moves the focus out of the editor to a button (a keyboard user on Candor's nudge), runs Candor's `insertText`,
 * checks the model and the caret, presses Ctrl+Z once and checks the draft came back. Failing drafts are shrunk to
 * the smallest variant that still fails the same way.
 */
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROME_PATH, HEADLESS_CHROMIUM_ARGS } from '../chromium';
import { pieceToAdd, withPiece } from '../../src/text/join';
import { bundledPage } from '../page-bundle';
import { mulberry32 } from '../seeded-random';
import { caretStops, generateDrafts, middleOffset, shrink } from './drafts';
import type { FocusAt, FuzzRun } from './page/harness';

export type { FocusAt };

export const EDITORS = {
  x: 'Draft.js (X)',
  linkedin: 'Quill 2 (LinkedIn)',
  quill1: 'Quill 1.3.7 (LinkedIn)',
  prosemirror: 'TipTap/ProseMirror (LinkedIn comments)',
  facebook: 'Lexical (Facebook)',
} as const;
export type EditorName = keyof typeof EDITORS;

export const DISCLAIMER = 'Views are my own.';
export const DISCLOSURE = 'I work at Acme.';

export type CaretKind = 'start' | 'middle' | 'end';
export interface FuzzCase {
  draft: string;
  caret: CaretKind;
  /** The caret's plain-text offset in the draft (0 for start, the draft's length for end). */
  offset: number;
  text: string;
  placement: 'start' | 'end';
  /**
   * Where the focus is when `insertText` runs: in the editor, or on a button outside it (the user tabbed to the
   * nudge). Either way the caret to keep is the one the user left in the editor.
   */
  focus: FocusAt;
}

export type ProblemKind = 'harness' | 'read' | 'caret-before' | 'focus-before' | 'outcome' | 'model' | 'caret' | 'focus' | 'undo' | 'page-error';
export interface Problem {
  kind: ProblemKind;
  what: string;
  expected: unknown;
  actual: unknown;
}

export interface CaseResult {
  case: FuzzCase;
  run?: FuzzRun;
  afterUndo?: string;
  problems: Problem[];
}

export interface Failure {
  editor: EditorName;
  original: CaseResult;
  /** Whether running the same case again failed the same way (a flaky harness would not). */
  reproduced: boolean;
  /** The smallest draft found that still fails the same way, with its result. */
  shrunk: CaseResult;
  shrinkChecks: number;
}

/** Both fixes for one draft and caret: the disclaimer at the end, the disclosure at the start. */
function bothFixes(draft: string, caret: CaretKind, offset: number, focus: FocusAt): FuzzCase[] {
  return [
    { draft, caret, offset, text: DISCLAIMER, placement: 'end', focus },
    { draft, caret, offset, text: DISCLOSURE, placement: 'start', focus },
  ];
}

/** One draft in four (every fourth, so all three carets get their share) is fixed with the editor blurred. */
export const BLURRED_EVERY = 4;

/**
 * Drafts to cases: the caret cycles start/middle/end by draft, each draft gets the disclaimer and the disclosure.
 * `focus` 'mixed' (the default) leaves the focus in the editor for most drafts and moves it out for every
 * BLURRED_EVERY-th; 'editor' or 'elsewhere' puts it there for all.
 */
export function casesFor(drafts: readonly string[], seed: number, focus: FocusAt | 'mixed' = 'mixed'): FuzzCase[] {
  const random = mulberry32(seed ^ 0x5eed);
  const kinds: CaretKind[] = ['start', 'middle', 'end'];
  return drafts.flatMap((draft, i) => {
    const caret = kinds[i % 3]!;
    const offset = caret === 'start' ? 0 : caret === 'end' ? draft.length : middleOffset(draft, random);
    const at = focus !== 'mixed' ? focus : i % BLURRED_EVERY === BLURRED_EVERY - 1 ? 'elsewhere' : 'editor';
    return bothFixes(draft, caret, offset, at);
  });
}

/** Both fixes for `draft` with the caret at plain-text `offset` (a named counter-example's exact caret). */
export function casesAt(draft: string, offset: number, focus: FocusAt): FuzzCase[] {
  const caret: CaretKind = offset === 0 ? 'start' : offset === draft.length ? 'end' : 'middle';
  return bothFixes(draft, caret, offset, focus);
}

/** Every problem with one case, in words, `expected` and `actual` side by side. */
export function check(c: FuzzCase, run: FuzzRun, afterUndo: string | undefined, pageErrors: string[]): Problem[] {
  const added = pieceToAdd(c.draft, c.text, c.placement);
  const expected = withPiece(c.draft, c.text, c.placement);
  // Where the user left the caret, shifted by what went in before it; the same whether the editor had the focus or not.
  const expectedCaret = c.placement === 'start' ? c.offset + added.length : c.offset;
  const problems: Problem[] = [];
  const add = (kind: ProblemKind, what: string, expectedValue: unknown, actual: unknown) => {
    if (expectedValue !== actual) problems.push({ kind, what, expected: expectedValue, actual });
  };
  // What the model should hold, in the form the editor keeps text in (Quill 1: NFC); the DOM is checked as is.
  const model = (text: string) => (run.modelForm ? text.normalize(run.modelForm) : text);
  const form = run.modelForm ? ` (${run.modelForm})` : '';
  add('harness', `editor model once the draft was set (harness)${form}`, model(c.draft), run.modelBefore);
  if (problems.length) return problems; // nothing else means anything
  add('read', 'readDraft before inserting (DOM vs draft)', c.draft, run.domBefore);
  add('caret-before', 'caretOffset right after placeCaret, before inserting', c.offset, run.caretBefore);
  if (c.focus === 'elsewhere') add('focus-before', 'focus on the button outside the editor when insertText ran (harness)', true, run.blurredBefore);
  add('outcome', 'insertText outcome', 'inserted', run.outcome + (run.error ? ` (${run.error})` : ''));
  add('model', `editor model after insertText${form}`, model(expected), run.modelAfter);
  add('caret', 'caretOffset after insertText', expectedCaret, run.caretAfter);
  add('focus', 'editor focused after insertText', true, run.focused);
  add('undo', `editor model after one Ctrl+Z${form}`, model(c.draft), afterUndo);
  if (pageErrors.length) problems.push({ kind: 'page-error', what: 'uncaught page errors', expected: [], actual: pageErrors });
  return problems;
}

/** JSON, with the characters a reader cannot see (format, combining, unusual spaces) spelled as \u escapes. */
export function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.replace(/[\p{Cf}\p{M}\p{Zs}\p{Cc}]/gu, (ch) =>
    ch === ' ' ? ch : [...ch].map((u) => `\\u${u.codePointAt(0)!.toString(16).padStart(4, '0')}`).join(''),
  );
}

export function describeCase(editor: EditorName, c: FuzzCase): string {
  const focus = c.focus === 'elsewhere' ? ', editor blurred (focus on a button outside)' : '';
  return `${EDITORS[editor]}: draft ${show(c.draft)} (${c.draft.length} units), caret ${c.caret} @${c.offset}${focus}, ${show(c.text)} at ${c.placement}`;
}

export function describeResult(editor: EditorName, result: CaseResult): string {
  const { run } = result;
  const blurred =
    result.problems.length && run && result.case.focus === 'elsewhere' && run.caretWhileBlurred !== run.caretBefore
      ? [`  note: once the focus left the editor, caretOffset read ${show(run.caretWhileBlurred ?? 'no caret in the editor')}`]
      : [];
  return [
    describeCase(editor, result.case),
    ...blurred,
    ...result.problems.map((p) => `  ${p.kind}: ${p.what}\n    expected ${show(p.expected)}\n    actual   ${show(p.actual)}`),
  ].join('\n');
}

export function describeFailure(failure: Failure): string {
  const shrunk = failure.shrunk !== failure.original;
  return [
    `${shrunk ? 'shrunk counter-example' : 'counter-example'}${failure.reproduced ? '' : ' (did NOT reproduce on a second run: flaky)'}:`,
    describeResult(failure.editor, failure.shrunk),
    ...(shrunk ? [`original (${failure.shrinkChecks} shrink runs):`, describeResult(failure.editor, failure.original)] : []),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Pages and browser

/** A complete HTML document for `editor`'s fuzz page, its script bundled inline. Built once per editor per process. */
export function fuzzPage(editor: EditorName): Promise<string> {
  return bundledPage(fileURLToPath(new URL(`./page/${editor}.ts`, import.meta.url)));
}

const ORIGIN = 'https://candor-fuzz.test';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: HEADLESS_CHROMIUM_ARGS,
  });
}

/** One editor page in its own browser context (its own focus), running cases one at a time. */
export class EditorDriver {
  private page!: Page;
  private errors: string[] = [];

  private constructor(
    readonly editor: EditorName,
    private readonly browser: Browser,
  ) {}

  static async open(browser: Browser, editor: EditorName): Promise<EditorDriver> {
    const driver = new EditorDriver(editor, browser);
    await driver.load();
    return driver;
  }

  private async load(): Promise<void> {
    const context = await this.browser.newContext();
    const html = await fuzzPage(this.editor);
    await context.route(`${ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    this.page = await context.newPage();
    this.page.on('pageerror', (e) => this.errors.push(e.message));
    await this.page.goto(`${ORIGIN}/${this.editor}`);
    await this.page.waitForFunction(() => 'candorFuzz' in window);
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }

  private modelText(): Promise<string> {
    return this.page.evaluate(() => window.candorFuzz.modelText());
  }

  async run(c: FuzzCase): Promise<CaseResult> {
    this.errors = [];
    let run: FuzzRun;
    try {
      run = await this.page.evaluate(
        ([draft, offset, text, placement, focus]) => window.candorFuzz.run(draft, offset, text, placement, focus),
        [c.draft, c.offset, c.text, c.placement, c.focus] as const,
      );
    } catch (e) {
      // The page broke (an editor threw through the harness, or crashed): report it and start a fresh page.
      const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
      await this.close().catch(() => undefined);
      await this.load();
      return { case: c, problems: [{ kind: 'harness', what: 'page.evaluate of the case threw', expected: 'no error', actual: message }] };
    }
    // One real Ctrl+Z, as the user would press it, then give the editor time to apply it.
    await this.page.keyboard.press('Control+z');
    const restored = run.modelForm ? c.draft.normalize(run.modelForm) : c.draft;
    let afterUndo = await this.modelText();
    for (const started = Date.now(); afterUndo !== restored && Date.now() - started < 600; ) {
      await this.page.waitForTimeout(30);
      afterUndo = await this.modelText();
    }
    const problems = check(c, run, afterUndo, this.errors);
    if (this.errors.length) {
      // An uncaught error can leave the editor dead (React unmounts a root that throws): start the next case on a fresh page.
      await this.close().catch(() => undefined);
      await this.load();
    }
    return { case: c, run, afterUndo, problems };
  }
}

/** The same kind of caret in a shorter draft: its ends, or the stop nearest the same relative position. */
function caretIn(draft: string, like: FuzzCase): number {
  if (like.caret === 'start') return 0;
  if (like.caret === 'end') return draft.length;
  const inner = caretStops(draft).filter((stop) => stop > 0 && stop < draft.length);
  if (!inner.length) return draft.length;
  const target = (like.offset / Math.max(1, like.draft.length)) * draft.length;
  return inner.reduce((best, stop) => (Math.abs(stop - target) < Math.abs(best - target) ? stop : best));
}

export interface EditorReport {
  editor: EditorName;
  cases: number;
  failedCases: number;
  /** Failed cases by the kinds of problem they showed, placement and caret: how many share each failure. */
  bySignature: Record<string, number>;
  failures: Failure[];
  ms: number;
}

export interface FuzzOptions {
  /** Shrink at most this many distinct failures per editor (each costs up to `shrinkBudget` runs). */
  maxShrunk?: number;
  shrinkBudget?: number;
  onProgress?: (editor: EditorName, done: number, total: number, failed: number) => void;
  /** Where the focus is when Candor inserts, for `fuzz`'s generated cases (see `casesFor`); default 'mixed'. */
  focus?: FocusAt | 'mixed';
}

/** Runs `cases` on one editor; failing ones are re-run once and shrunk (one per distinct set of problem kinds). */
export async function fuzzEditor(driver: EditorDriver, cases: readonly FuzzCase[], options: FuzzOptions = {}): Promise<EditorReport> {
  const { maxShrunk = 5, shrinkBudget = 120, onProgress } = options;
  const started = Date.now();
  const failures: Failure[] = [];
  const bySignature: Record<string, number> = {};
  let failedCases = 0;
  for (const [i, c] of cases.entries()) {
    const result = await driver.run(c);
    if (result.problems.length) {
      failedCases++;
      const kinds = new Set(result.problems.map((p) => p.kind));
      const blurred = c.focus === 'elsewhere' ? ', editor blurred' : '';
      const signature = `${[...kinds].sort().join('+')}, ${c.text === DISCLAIMER ? 'disclaimer' : 'disclosure'} at ${c.placement}, caret ${c.caret}${blurred}`;
      bySignature[signature] = (bySignature[signature] ?? 0) + 1;
      if (bySignature[signature] === 1 && failures.length < maxShrunk) {
        failures.push(await shrinkFailure(driver, result, kinds, shrinkBudget));
      }
    }
    onProgress?.(driver.editor, i + 1, cases.length, failedCases);
  }
  return { editor: driver.editor, cases: cases.length, failedCases, bySignature, failures, ms: Date.now() - started };
}

async function shrinkFailure(driver: EditorDriver, original: CaseResult, kinds: Set<ProblemKind>, budget: number): Promise<Failure> {
  const sameFailure = (result: CaseResult) => result.problems.some((p) => kinds.has(p.kind));
  const again = await driver.run(original.case);
  const reproduced = sameFailure(again);
  let smallest = original;
  let checks = 0;
  if (reproduced) {
    const result = await shrink(
      original.case.draft,
      async (draft) => {
        const candidate = await driver.run({ ...original.case, draft, offset: caretIn(draft, original.case) });
        const fails = sameFailure(candidate);
        if (fails && candidate.case.draft.length < smallest.case.draft.length) smallest = candidate;
        return fails;
      },
      budget,
    );
    checks = result.checks;
  }
  return { editor: driver.editor, original, reproduced, shrunk: smallest, shrinkChecks: checks };
}

/** Everything at once: the drafts for `seed`, every editor in its own page, side by side. */
export async function fuzz(
  editors: readonly EditorName[],
  seed: number,
  draftCount: number,
  options: FuzzOptions = {},
): Promise<EditorReport[]> {
  const cases = casesFor(generateDrafts(seed, draftCount), seed, options.focus);
  const browser = await launchBrowser();
  try {
    return await Promise.all(
      editors.map(async (editor) => {
        const driver = await EditorDriver.open(browser, editor);
        try {
          return await fuzzEditor(driver, cases, options);
        } finally {
          await driver.close();
        }
      }),
    );
  } finally {
    await browser.close();
  }
}
