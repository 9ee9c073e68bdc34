/**
 * Inserting a disclaimer or disclosure through the editor's own input path, so the site's editor state (not just
 * the DOM) has it, its undo removes it, and the caret goes back where the user left it.
 *
 * `execCommand('insertText')` with the selection placed first updates Draft.js, Quill 1 and 2, ProseMirror, Lexical
 * and React-controlled textareas alike (each sees a native input); a synthetic paste is the fallback, used when the
 * browser refuses the command (or, on Draft.js, for an empty line) and lets a script's paste carry text. Editors
 * apply some updates after the current task, so the result is awaited and verified: one attempt, never a blind
 * retry (a retry can insert the text twice).
 *
 * The page may move things while Candor waits for the editor: just before typing, the editor must still be in the
 * page, focused, with the caret where Candor put it; otherwise nothing is typed. The clipboard is never touched
 * here: what to offer the user instead is the caller's choice.
 */
import { pieceToAdd, withPiece } from '../text/join';
import { caretOffset, holdsCaret, placeCaret, readDraft, sameText, userCaret } from './text';

/**
 * - `inserted`: the editor has the text, the caret is back where the user was;
 * - `moved`: the focus or caret moved before Candor typed: nothing was typed;
 * - `replaced`: the editor left the page (the site re-rendered it) before or while Candor typed;
 * - `not-inserted`: the editor ignored the input: the draft is as it was;
 * - `unexpected`: the editor changed the draft, but not into what was expected.
 */
export type InsertOutcome = 'inserted' | 'moved' | 'replaced' | 'not-inserted' | 'unexpected';

const TICK_MS = 30;
/** How long an editor may take to apply an input before we call it ignored. */
const APPLY_TIMEOUT_MS = 400;

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, TICK_MS));


/**
 * Draft.js keeps a React-owned `<br>` in an empty line: a native insert there replaces it and React crashes on its
 * next render (found by the fuzzer). Draft handles a paste itself, so an empty target line gets a paste.
 */
function pasteOnly(editor: HTMLElement, placement: 'start' | 'end'): boolean {
  const blocks = editor.querySelectorAll('[data-block="true"]');
  const target = placement === 'start' ? blocks[0] : blocks[blocks.length - 1];
  return target !== undefined && (target.textContent ?? '') === '';
}

/**
 * A paste event carrying `text`, or undefined where the browser will not let a script's paste carry data:
 * Firefox gives a ClipboardEvent built in a content script an empty DataTransfer, and an empty paste is no input.
 */
function pasteOf(text: string): ClipboardEvent | undefined {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  return event.clipboardData?.getData('text/plain') === text ? event : undefined;
}

/** Waits for the editor to apply the input: true once the draft differs, false if it never did or the editor left. */
async function changed(editor: HTMLElement, before: string): Promise<boolean> {
  for (let waited = 0; waited < APPLY_TIMEOUT_MS && editor.isConnected; waited += TICK_MS) {
    await settle();
    if (editor.isConnected && !sameText(readDraft(editor), before)) return true;
  }
  return false;
}

export async function insertText(editor: HTMLElement, text: string, placement: 'start' | 'end'): Promise<InsertOutcome> {
  const before = readDraft(editor);
  const caret = userCaret(editor) ?? before.length;
  const added = pieceToAdd(before, text, placement);
  const expected = withPiece(before, text, placement);

  editor.focus({ preventScroll: true });
  const target = placement === 'start' ? 0 : before.length;
  placeCaret(editor, target);
  await settle(); // let the editor sync its selection from the DOM before the input arrives
  // ProseMirror takes a caret moved to the start just after focus for the browser's reset and puts its own back
  // (found by the fuzzer): place it once more. Placing a caret is not an edit, so this cannot add text twice.
  if (caretOffset(editor) !== target) {
    placeCaret(editor, target);
    await settle();
  }

  // Checked in the same task as the typing below: nothing can move between the check and the input.
  if (!editor.isConnected) return 'replaced';
  if (!holdsCaret(editor, target) || !sameText(readDraft(editor), before)) return 'moved';
  if (pasteOnly(editor, placement) || !editor.ownerDocument.execCommand('insertText', false, added)) {
    const paste = pasteOf(added);
    if (paste) editor.dispatchEvent(paste);
  }
  const took = await changed(editor, before);
  if (!editor.isConnected) return 'replaced';
  if (!took) {
    placeCaret(editor, caret); // nothing took: the draft is as it was, and so is the caret
    return 'not-inserted';
  }
  if (!sameText(readDraft(editor), expected)) return 'unexpected';
  await restoreCaret(editor, placement === 'start' ? caret + added.length : caret);
  return 'inserted';
}

/**
 * Some editors (Quill) move the caret themselves a moment after an input; placing it is not an edit, so it is
 * safe to place it again once they have settled.
 */
async function restoreCaret(editor: HTMLElement, offset: number): Promise<void> {
  for (let attempt = 0; attempt < 3 && caretOffset(editor) !== offset; attempt++) {
    placeCaret(editor, offset);
    await settle();
  }
}
