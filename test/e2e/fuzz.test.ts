/**
 * Fuzzed insertion — never lose a character. A fixed-seed sample of generated drafts (emoji and ZWJ sequences,
 * flags, combining accents, RTL and mixed direction, CJK, paragraphs and blank lines, mentions, hashtags, URLs, the
 * company name in its many forms) in the real editors the sites ship, in Chromium (Draft.js on X; Quill 2, Quill
 * 1.3.7 and TipTap/ProseMirror on LinkedIn; Lexical on Facebook): Candor's `insertText` must add the
 * disclaimer at the end and the disclosure at the start exactly, leave the caret where the user left it, and one
 * Ctrl+Z must bring the draft back, whether the editor had the focus or the user had tabbed out of it to the nudge
 * (one fuzzed draft in four, and the named blurred cases). `npm run fuzz` runs a thousand drafts per editor with a
 * random seed.
 * Harness: scripts/fuzz/ (pages built from the same libraries and setup as src/playground/sites).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  casesAt,
  casesFor,
  describeFailure,
  EditorDriver,
  EDITORS,
  type EditorName,
  fuzzEditor,
  fuzzPage,
  launchBrowser,
} from '../../scripts/fuzz/runner';
import { generateDrafts } from '../../scripts/fuzz/drafts';

const SEED = 20250601;
const DRAFTS = 50;

/**
 * Counter-examples the fuzzer found, kept by name. Empty line at the insertion point: Draft.js keeps a React-owned
 * `<br>` there, a native insert replaced it and React crashed on its next render (fixed: Candor pastes there).
 */
const REGRESSIONS = casesFor(['\n', 'a\n', '\n\nab', '\nRoadRunner by Acme 🚀\n'], 1, 'editor');
/**
 * The editor blurred before the fix (a keyboard user tabbed to the nudge and pressed Enter), both fixes with the
 * caret where the user left it. ProseMirror took the caret Candor put at the start, within 200 ms of the focus
 * Candor gave it, for the browser's reset and put the user's back: the disclosure went in at the user's caret
 * ("a" @1 gave "aI work at Acme. "; fixed: insertText places the caret once more if the editor moved it).
 * Draft.js drops the DOM selection on blur, so Candor reads no caret and falls back to the draft's end: "hello world"
 * @5 ends with the caret at 27 instead of 21 for the disclosure, 11 instead of 5 for the disclaimer (open).
 */
const BLURRED_REGRESSIONS = [casesAt('a', 1, 'elsewhere'), casesAt('hello world', 5, 'elsewhere'), casesAt('a\nb', 3, 'elsewhere')].flat();
const cases = [...REGRESSIONS, ...BLURRED_REGRESSIONS, ...casesFor(generateDrafts(SEED, DRAFTS), SEED)];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await Promise.all((Object.keys(EDITORS) as EditorName[]).map(fuzzPage));
});
afterAll(async () => {
  await browser?.close();
});

// The editors side by side, each in its own browser context: most of a case is waiting for the editor.
describe.concurrent(`insertText on the named regressions and ${DRAFTS} fuzzed drafts (seed ${SEED}), caret at start, middle or end, editor focused or not`, () => {
  for (const editor of Object.keys(EDITORS) as EditorName[]) {
    it(`${EDITORS[editor]}: no character lost, doubled or moved; caret kept; one undo restores the draft`, async ({ expect }) => {
      const driver = await EditorDriver.open(browser, editor);
      try {
        // Shrinking is kept short here; `npm run fuzz -- --seed ${SEED} --drafts ${DRAFTS}` shrinks further.
        const report = await fuzzEditor(driver, cases, { maxShrunk: 3, shrinkBudget: 25 });
        for (const failure of report.failures) {
          // One assertion per counter-example: every problem it shows, expected against actual.
          const { problems } = failure.shrunk;
          expect
            .soft(Object.fromEntries(problems.map((p) => [`${p.kind}: ${p.what}`, p.actual])), describeFailure(failure))
            .toEqual(Object.fromEntries(problems.map((p) => [`${p.kind}: ${p.what}`, p.expected])));
        }
        expect(report.failedCases, `${report.failedCases} of ${report.cases} cases failed on ${EDITORS[editor]}`).toBe(0);
      } finally {
        await driver.close();
      }
    }, 180_000);
  }
});
