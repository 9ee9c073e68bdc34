/**
 * Inserting a disclaimer or disclosure through the editor's own input path, so the site's editor state (not just
 * the DOM) has it, its undo removes it, and the caret goes back where the user left it.
 *
 * `execCommand('insertText')` with the selection placed first updates Draft.js, Quill and Lexical alike; a
 * synthetic paste is the fallback. Editors apply some updates after the current task, so the result is read back
 * after a pause and verified: one attempt per path, never a blind retry (a retry can insert the text twice).
 */
import { caretOffset, placeCaret, readDraft } from './text';

export type InsertOutcome = 'inserted' | 'copied' | 'unexpected';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

/** The text to add, with a space between it and the draft when the draft has no whitespace there already. */
export function piece(draft: string, text: string, placement: 'start' | 'end'): string {
  if (draft.trim() === '') return text;
  return placement === 'start' ? (/^\s/.test(draft) ? text : `${text} `) : /\s$/.test(draft) ? text : ` ${text}`;
}

export async function insertText(editor: HTMLElement, text: string, placement: 'start' | 'end'): Promise<InsertOutcome> {
  const before = readDraft(editor);
  const caret = caretOffset(editor) ?? before.length;
  const added = piece(before, text, placement);
  const expected = placement === 'start' ? added + before : before + added;

  editor.focus({ preventScroll: true });
  placeCaret(editor, placement === 'start' ? 0 : before.length);
  await settle(); // let the editor sync its selection from the DOM before the input arrives

  const doc = editor.ownerDocument;
  const viaCommand = doc.execCommand('insertText', false, added);
  await settle();
  if (viaCommand === false || readDraft(editor) === before) {
    const data = new DataTransfer();
    data.setData('text/plain', added);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await settle();
  }

  const after = readDraft(editor);
  if (after === before) {
    // Nothing took: leave the draft alone and let the user paste it themselves.
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    placeCaret(editor, caret);
    return 'copied';
  }
  if (after !== expected) return 'unexpected';
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
