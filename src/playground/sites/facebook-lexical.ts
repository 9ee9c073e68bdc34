/**
 * The Lexical set-up every Facebook compose box in the fixture shares: feed composer, comment and reply boxes, and
 * Messenger's message boxes (docked chat windows and /messages/) all carry the same editor and the same markers.
 * Sources for the markup: see the header of ./facebook.ts.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';

/**
 * Atomic classes Facebook's compose boxes carry next to `notranslate` (the Messenger textbox and the comment box, as
 * extensions match them); inert here, there for realism.
 */
const EDITABLE_CLASSES = 'xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate';

export interface EditorOptions {
  /** The box's accessible name ("Comment as Jane Doe", "Reply to Acme Corp", "Write to Sam Lee"). */
  label: string;
  /** What the empty box shows (aria-placeholder and the visible placeholder); the label when omitted. */
  placeholder?: string;
  /** Called with the model's text on every change (enables send buttons, swaps the like button…). */
  onText?: (text: string) => void;
}

/**
 * A Lexical rich-text editor with history on a new contenteditable in `host`, as Facebook sets one up: a
 * `role="textbox"` div that Lexical marks `data-lexical-editor="true"`, with a placeholder sibling shown while empty.
 */
export function lexicalEditor(host: HTMLElement, { label, placeholder = label, onText }: EditorOptions): LexicalEditor {
  const editable = document.createElement('div');
  editable.className = EDITABLE_CLASSES;
  editable.contentEditable = 'true';
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('spellcheck', 'true');
  editable.tabIndex = 0;
  editable.setAttribute('aria-label', label);
  editable.setAttribute('aria-placeholder', placeholder);
  const shown = document.createElement('div');
  shown.className = 'placeholder';
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = placeholder;
  host.append(editable, shown);

  const editor = createEditor({
    namespace: label,
    nodes: [HeadingNode, QuoteNode], // what registerRichText creates for pasted headings and quotes
    theme: { paragraph: 'paragraph' },
    onError(error) {
      throw error;
    },
  });
  editor.setRootElement(editable); // Lexical adds data-lexical-editor="true" and its white-space styles here
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300); // Lexical's default merge window
  // An empty editor starts with one paragraph to type in, kept out of the undo stack (as LexicalComposer does).
  editor.update(() => $getRoot().append($createParagraphNode()), { tag: HISTORY_MERGE_TAG });
  editor.registerTextContentListener((text) => {
    shown.hidden = text !== '';
    onText?.(text);
  });
  return editor;
}

/** Lexical's root text puts a blank line between paragraphs; the model text joins them with one '\n'. */
export function modelText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n'),
  );
}

/** Replaces the editor's content with `text` (one paragraph per line), without an undo entry. */
export function startWith(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const paragraphs = text.split('\n').map((line) => $createParagraphNode().append(...(line ? [$createTextNode(line)] : [])));
      $getRoot().clear().append(...paragraphs);
    },
    { tag: HISTORY_MERGE_TAG }, // a starting draft is not something to undo
  );
}
