/**
 * `npm run fuzz [-- --drafts 1000] [--seed N] [--editors x,linkedin,quill1,prosemirror,facebook] [--focus mixed|editor|elsewhere]`: fuzzes Candor's
 * insertion path (src/editor/insert.ts) in the real editors the sites ship (Draft.js on X; Quill 2, Quill 1.3.7 and
 * TipTap/ProseMirror on LinkedIn; Lexical on Facebook) in Chromium. For every generated draft, with the caret at its
 * start, middle or end: the disclaimer at the end and the disclosure at the start must land exactly once, with no
 * character lost, doubled or moved, the caret back where the user left it, and one Ctrl+Z must restore the draft.
 * One draft in four is fixed with the editor blurred (the focus on a button outside it, as when a keyboard user
 * tabbed to the nudge): `insertText` focuses the editor itself, and the caret to keep is still the user's.
 * `--focus editor` or `--focus elsewhere` puts every draft in one of the two.
 * Prints cases and failures per editor and each shrunk counter-example; exits 1 on any failure.
 * The harness lives in scripts/fuzz/ (shared with test/e2e/fuzz.test.ts).
 */
import { parseArgs } from 'node:util';
import { BLURRED_EVERY, describeFailure, EDITORS, type EditorName, fuzz } from './fuzz/runner';

const focuses = ['mixed', 'editor', 'elsewhere'] as const;
const USAGE = `usage: npm run fuzz -- [--drafts N] [--seed N] [--editors ${Object.keys(EDITORS).join(',')}] [--focus ${focuses.join('|')}]`;

let values: { drafts: string; seed?: string | undefined; editors: string; focus: string; help?: boolean | undefined };
try {
  ({ values } = parseArgs({
    options: {
      drafts: { type: 'string', default: '1000' },
      seed: { type: 'string' },
      editors: { type: 'string', default: Object.keys(EDITORS).join(',') },
      focus: { type: 'string', default: 'mixed' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const drafts = Number(values.drafts);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const editors = values.editors.split(',').map((name) => name.trim()) as EditorName[];
const unknown = editors.filter((name) => !(name in EDITORS));
const focus = focuses.find((f) => f === values.focus);
if (!Number.isInteger(drafts) || drafts < 1 || !Number.isInteger(seed) || unknown.length || !focus) {
  console.error(USAGE);
  process.exit(2);
}

const blurred = focus === 'mixed' ? Math.floor(drafts / BLURRED_EVERY) : focus === 'elsewhere' ? drafts : 0;
console.log(
  `fuzzing ${drafts} drafts (${drafts * 2} cases, ${blurred} drafts with the editor blurred) per editor, seed ${seed}: ${editors.map((e) => EDITORS[e]).join(', ')}`,
);
const started = Date.now();
const lastShown = new Map<EditorName, number>();
const reports = await fuzz(editors, seed, drafts, {
  focus,
  onProgress(editor, done, total, failed) {
    const now = Date.now();
    if (done === total || now - (lastShown.get(editor) ?? started) > 30_000) {
      lastShown.set(editor, now);
      console.log(`  ${EDITORS[editor]}: ${done}/${total} cases, ${failed} failed`);
    }
  },
});

console.log('');
const width = Math.max(...editors.map((e) => EDITORS[e].length));
for (const report of reports) {
  console.log(`${EDITORS[report.editor].padEnd(width)} ${report.cases} cases, ${report.failedCases} failed (${(report.ms / 1000).toFixed(0)} s)`);
  for (const [signature, count] of Object.entries(report.bySignature)) console.log(`    ${String(count).padStart(5)} × ${signature}`);
}
for (const failure of reports.flatMap((r) => r.failures)) console.log(`\n${describeFailure(failure)}`);
const failed = reports.some((r) => r.failedCases > 0);
console.log(`\n${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s; reproduce with --seed ${seed} --drafts ${drafts}${focus === 'mixed' ? '' : ` --focus ${focus}`}`);
process.exit(failed ? 1 : 0);
