/**
 * `npm run size`: what each built script weighs gzipped, and the budgets of the two that run in the sites' tabs. The
 * content script runs on every page of the six sites' hosts at load; the coach, in a tab whose user starts writing there
 * (src/content/first-input.ts). Both must stay small and free of zod and the policy parser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT = '.output/chrome-mv3/content-scripts/content.js';
export const COACH_SCRIPT = '.output/chrome-mv3/coach.js';
// Issue 17 asked for 15 KiB in every tab: the content script now only waits for the user's first input in a box.
export const CONTENT_BUDGET_BYTES = 2 * 1024;
// 23 → 27 KiB with issue 14 (X's weighted-length counter 1.5 KiB, visibility, fit, dates, new messages); 27 → 28 KiB with
// issue 15 (hashed product names: SHA-256 and runs of words, 0.7 KiB; "reload this page" after an update); 28 → 23 KiB
// with issue 17 (27.6 → 21.9: the policy compiler moved to the background, the polyfill dropped for the browser's own
// API, Preact replaced in tabs by the nudge's own 0.7 KiB runtime), which also made it the coach, loaded on demand.
export const COACH_BUDGET_BYTES = 23 * 1024;
/** Strings only zod or the policy parser would bring. */
export const FORBIDDEN_IN_CONTENT = ['ZodError', 'safeParse', 'toJSONSchema', 'Unknown field'];

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith('.js') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  for (const file of scripts('.output/chrome-mv3').sort()) {
    console.log(`${kib(gzipSize(file)).padStart(10)}  ${relative('.output/chrome-mv3', file)}`);
  }
  let failed = false;
  for (const [name, file, budget] of [
    ['content script (every tab of the sites)', CONTENT_SCRIPT, CONTENT_BUDGET_BYTES],
    ['coach (tabs where the user writes)', COACH_SCRIPT, COACH_BUDGET_BYTES],
  ] as const) {
    const size = gzipSize(file);
    const forbidden = FORBIDDEN_IN_CONTENT.filter((marker) => readFileSync(file, 'utf8').includes(marker));
    console.log(`${name}: ${kib(size)} gzipped (budget ${kib(budget)})`);
    if (forbidden.length) console.log(`${name} contains ${forbidden.join(', ')}: zod or the parser leaked in`);
    failed ||= size > budget || forbidden.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}
