/**
 * Reading a compose box as plain text, and moving its caret by plain-text offsets, the same way for every editor:
 * blocks (Draft.js `[data-block]`, Quill and Lexical paragraphs, list items) joined by one newline.
 * `textContent` would glue blocks together and `innerText` doubles newlines on Quill and Lexical paragraphs.
 */

type Editor = HTMLElement;

function blocksOf(editor: Editor): Element[] {
  const draftBlocks = editor.querySelectorAll('[data-block="true"]');
  if (draftBlocks.length > 0) return [...draftBlocks];
  const hasLooseText = [...editor.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
  if (hasLooseText || editor.children.length === 0) return [editor];
  return [...editor.children].flatMap((child) => (child.tagName === 'UL' || child.tagName === 'OL' ? [...child.children] : [child]));
}

const isTextArea = (editor: Editor): editor is HTMLTextAreaElement => editor instanceof HTMLTextAreaElement;

/**
 * The selection as seen from the editor's own tree. Inside a shadow root (LinkedIn's `#interop-outlet`), Chromium's
 * document selection is retargeted to the host; the root's own `getSelection()` (Chromium only) names the nodes.
 */
function selectionOf(editor: Editor): Selection | null {
  const root = editor.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  return root instanceof ShadowRoot && typeof root.getSelection === 'function' ? root.getSelection() : editor.ownerDocument.getSelection();
}

/** Browsers swap no-break spaces and spaces at will in editable content: compare texts without caring which. */
export const sameText = (a: string, b: string) => a.replace(/\u00a0/g, ' ') === b.replace(/\u00a0/g, ' ');

export function readDraft(editor: Editor): string {
  if (isTextArea(editor)) return editor.value;
  return blocksOf(editor)
    .map((block) => block.textContent ?? '')
    .join('\n');
}

/** Where the caret is, as an offset into `readDraft`; undefined when the selection is not in this editor. */
export function caretOffset(editor: Editor): number | undefined {
  if (isTextArea(editor)) return editor.selectionEnd;
  const selection = selectionOf(editor);
  const focus = selection?.focusNode;
  if (!selection || !focus || !editor.contains(focus)) return undefined;
  let base = 0;
  for (const block of blocksOf(editor)) {
    if (block.contains(focus)) {
      const range = editor.ownerDocument.createRange();
      range.selectNodeContents(block);
      range.setEnd(focus, selection.focusOffset);
      return base + range.toString().length;
    }
    base += (block.textContent ?? '').length + 1;
  }
  return undefined;
}

const caretAtBlur = new WeakMap<Editor, number>();

/**
 * Remembers where the caret was each time focus leaves the editor. Draft.js drops the page's selection on blur
 * (its editOnBlur), so a fix applied from the keyboard (Tab to the nudge, Enter) would otherwise not know where
 * the user was writing (found by the fuzzer). The listener runs on the editor itself, before React's handler at the
 * root. Returns a function that stops remembering.
 */
export function rememberCaretOnBlur(editor: Editor): () => void {
  const remember = () => {
    const offset = caretOffset(editor);
    if (offset !== undefined) caretAtBlur.set(editor, offset);
  };
  editor.addEventListener('focusout', remember);
  return () => editor.removeEventListener('focusout', remember);
}

/** Where the user's caret is, or was when they last left the editor. */
export function userCaret(editor: Editor): number | undefined {
  return caretOffset(editor) ?? caretAtBlur.get(editor);
}

/**
 * True when the editor has the focus and a collapsed caret at `offset`: the place Candor put it. Anything else
 * means someone moved it (a page script, the site re-rendering) and text typed now would land elsewhere.
 */
export function holdsCaret(editor: Editor, offset: number): boolean {
  const root = editor.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  if (!editor.ownerDocument.hasFocus() || !active || !(active === editor || editor.contains(active))) return false;
  const collapsed = isTextArea(editor) ? editor.selectionStart === editor.selectionEnd : selectionOf(editor)?.isCollapsed;
  return collapsed === true && caretOffset(editor) === offset;
}

/** Puts a collapsed caret at a plain-text offset (clamped to the draft). The editor syncs its model from it. */
export function placeCaret(editor: Editor, offset: number): void {
  if (isTextArea(editor)) {
    editor.setSelectionRange(offset, offset);
    return;
  }
  const blocks = blocksOf(editor);
  let remaining = Math.max(0, offset);
  for (const [i, block] of blocks.entries()) {
    const length = (block.textContent ?? '').length;
    if (remaining <= length || i === blocks.length - 1) {
      const { node, at } = pointIn(block, Math.min(remaining, length));
      selectionOf(editor)?.collapse(node, at);
      return;
    }
    remaining -= length + 1;
  }
}

function pointIn(block: Element, offset: number): { node: Node; at: number } {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Text | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= node.length) return { node, at: offset };
    offset -= node.length;
    last = node;
  }
  return last ? { node: last, at: last.length } : { node: block, at: 0 };
}
