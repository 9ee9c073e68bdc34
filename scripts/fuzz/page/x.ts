/**
 * X's compose box for the fuzzer: a controlled Draft.js editor under React 18, set up as in
 * src/playground/sites/x.ts (same Editor props, so the same `data-testid` markers), with a hook to replace its
 * state from outside. Plain `createElement`: the project's tsconfig compiles JSX for Preact.
 */
import { ContentState, Editor, EditorState } from 'draft-js';
import draftCss from 'draft-js/dist/Draft.css?inline';
import { createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { addStyle, exposeFuzz } from './harness';

const model = { current: EditorState.createEmpty() };
let replace: ((next: EditorState) => void) | undefined;

function Composer() {
  const [editorState, setEditorState] = useState(model.current);
  const onChange = (next: EditorState) => {
    model.current = next;
    setEditorState(next);
  };
  replace = onChange;
  return h(
    'label',
    { className: 'editor', 'data-testid': 'tweetTextarea_0_label' },
    h(
      'div',
      { 'data-testid': 'tweetTextarea_0RichTextInputContainer' },
      h(Editor, {
        editorState,
        onChange,
        placeholder: 'What is happening?!',
        webDriverTestID: 'tweetTextarea_0',
        ariaLabel: 'Post text',
        ariaMultiline: true,
        spellCheck: true,
      }),
    ),
  );
}

addStyle(draftCss);
addStyle('body { font: 20px/24px sans-serif; margin: 16px; } .editor { display: block; width: 560px; }');
const mount = document.getElementById('root')!; // provided by the page (scripts/page-bundle.ts)
flushSync(() => createRoot(mount).render(h(Composer)));

exposeFuzz('Draft.js (X)', {
  get element() {
    const element = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"][contenteditable]');
    if (!element) throw new Error('Draft editor not rendered');
    return element;
  },
  setDraft(draft) {
    // A new EditorState has an empty undo stack: the draft itself cannot be undone.
    const next = EditorState.createWithContent(ContentState.createFromText(draft));
    flushSync(() => replace!(next));
  },
  modelText: () => model.current.getCurrentContent().getPlainText('\n'),
});
