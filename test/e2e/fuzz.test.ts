/**
 * Fuzzed insertion — never lose a character. A fixed-seed sample of generated drafts (emoji and ZWJ sequences,
 * flags, combining accents, RTL and mixed direction, CJK, paragraphs and blank lines, mentions, hashtags, URLs, the
 * company name in its many forms) in the real editors the sites ship, in Chromium (Draft.js on X; Quill 2, Quill
 * 1.3.7 and TipTap/ProseMirror on LinkedIn; Lexical on Facebook): Candor's `insertText` must add the
 * disclaimer at the end and the disclosure at the start exactly, leave the caret where the user left it, and one
 * Ctrl+Z must bring the draft back. `npm run fuzz` runs a thousand drafts per editor with a random seed.
 * Harness: scripts/fuzz/ (pages built from the same libraries and setup as src/playground/sites).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { describeFailure, EditorDriver, EDITORS, type EditorName, casesFor, fuzzEditor, fuzzPage, launchBrowser } from '../../scripts/fuzz/runner';
import { generateDrafts } from '../../scripts/fuzz/drafts';

const SEED = 20250601;
const DRAFTS = 50;

/**
 * Counter-examples the fuzzer found, kept by name. Empty line at the insertion point: Draft.js keeps a React-owned
 * `<br>` there, a native insert replaced it and React crashed on its next render (fixed: Candor pastes there).
 */
const REGRESSIONS = casesFor(['\n', 'a\n', '\n\nab', '\nRoadRunner by Acme 🚀\n'], 1);
const cases = [...REGRESSIONS, ...casesFor(generateDrafts(SEED, DRAFTS), SEED)];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await Promise.all((Object.keys(EDITORS) as EditorName[]).map(fuzzPage));
});
afterAll(async () => {
  await browser?.close();
});

// The editors side by side, each in its own browser context: most of a case is waiting for the editor.
describe.concurrent(`insertText on the named regressions and ${DRAFTS} fuzzed drafts (seed ${SEED}), caret at start, middle or end`, () => {
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
