/**
 * Facebook's composer for the fuzzer: a Lexical rich-text editor with history (300 ms merge window), set up as in
 * src/playground/sites/facebook.ts (same contenteditable attributes; Lexical adds data-lexical-editor).
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $setSelection,
  CLEAR_HISTORY_COMMAND,
  createEditor,
  HISTORY_MERGE_TAG,
} from 'lexical';
import { addStyle, el, exposeFuzz } from './harness';

const editable = el('div', {
  class: 'notranslate',
  contenteditable: 'true',
  role: 'textbox',
  spellcheck: 'true',
  'aria-label': "What's on your mind?",
  'aria-placeholder': "What's on your mind?",
});
addStyle('body { font: 24px/1.2 sans-serif; margin: 16px; } .editor-host { width: 560px; } .paragraph { margin: 0; }');
document.body.append(el('div', { class: 'editor-host' }, editable));

const editor = createEditor({
  namespace: 'fuzz',
  nodes: [HeadingNode, QuoteNode],
  theme: { paragraph: 'paragraph' },
  onError(error) {
    throw error;
  },
});
editor.setRootElement(editable);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
editor.update(() => $getRoot().append($createParagraphNode()), { tag: HISTORY_MERGE_TAG, discrete: true });

exposeFuzz('Lexical (Facebook)', {
  element: editable,
  setDraft(draft) {
    // Emptied history, then the draft merged into its (empty) current entry: the draft itself cannot be undone.
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
    editor.update(
      () => {
        const root = $getRoot().clear();
        for (const line of draft.split('\n')) {
          const paragraph = $createParagraphNode();
          if (line) paragraph.append($createTextNode(line));
          root.append(paragraph);
        }
        $setSelection(null);
      },
      { tag: HISTORY_MERGE_TAG, discrete: true },
    );
  },
  modelText: () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .join('\n'),
    ),
});
