/**
 * LinkedIn's new comment box for the fuzzer: TipTap 3 (ProseMirror) with StarterKit and its defaults, as the site
 * ships it: `div.tiptap.ProseMirror[contenteditable=true]`, undo/redo (500 ms grouping), the Markdown input rules,
 * autolinking, the trailing paragraph. ProseMirror reads Candor's native input back from the DOM (its mutation
 * observer) and runs it through the same input rules a keystroke would.
 */
import { Editor } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { addStyle, el, exposeFuzz } from './harness';

addStyle('body { font: 14px/1.42857 sans-serif; margin: 16px; } .comments-comment-texteditor { width: 560px; } .tiptap p { margin: 0; }');
const host = el('div', { class: 'comments-comment-texteditor' });
document.body.append(el('form', { class: 'comments-comment-box__form' }, host));

const editor = new Editor({
  element: host,
  extensions: [StarterKit],
  editorProps: {
    attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Text editor for creating comment', 'aria-placeholder': 'Add a comment…' },
  },
});

exposeFuzz('TipTap/ProseMirror (LinkedIn comments)', {
  element: editor.view.dom,
  setDraft(draft) {
    // The new state's selection is at the start while the DOM's may still sit where the last case left it, in text
    // nodes ProseMirror keeps when the draft is the same: on focus it then writes its own selection over a caret
    // placed at that same spot (no `selectionchange` to tell it). A user's click always moves the selection: so
    // does the harness, out of the editor first.
    document.getSelection()?.removeAllRanges();
    // One paragraph per line, built from the schema (no HTML parsing to collapse spaces). A new state with the same
    // plugins starts every plugin afresh, history included: the draft itself cannot be undone, and no earlier case's
    // step can be grouped with Candor's.
    const { schema } = editor;
    const doc = schema.node(
      'doc',
      null,
      draft.split('\n').map((line) => schema.node('paragraph', null, line ? [schema.text(line)] : [])),
    );
    editor.view.updateState(EditorState.create({ doc, plugins: editor.state.plugins }));
  },
  // Within 200 ms of a focus event ProseMirror takes a caret moved to the document's start for the browser's doing
  // and puts its own selection back (prosemirror-view's DOMObserver.flush): the user clicked in longer ago.
  focusedForMs: 220,
  // Every textblock, empty ones included, separated by one '\n' (as readDraft joins the DOM's paragraphs).
  modelText: () => {
    const { doc } = editor.state;
    return doc.textBetween(0, doc.content.size, '\n');
  },
});
