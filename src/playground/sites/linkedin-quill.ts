/**
 * LinkedIn's Quill 1.x editors (share box and classic comment boxes), with the attributes LinkedIn puts on them.
 * Quill 1 assumes it lives in the document: it reads `document.getSelection()` and `document.activeElement`, and
 * routes selection and mouse events to editors it finds with `document.querySelectorAll('.ql-container')`. The new
 * front end renders the share box inside `#interop-outlet`'s shadow root, where it works, so LinkedIn adapts those
 * three places; `fitShadowRoot` does the same for ours.
 */
import Quill from 'quill1';

export interface QuillBox {
  readonly quill: Quill;
  /** The editor's own model text: `getText()` without the newline Quill always ends its last line with. */
  text(): string;
}

export interface QuillBoxOptions {
  /** The element that becomes `.ql-container`; on LinkedIn it is `.editor-content`. */
  readonly host: HTMLElement;
  readonly placeholder: string;
  /** Called with whether the box has text, on every change (LinkedIn enables Post/Comment by it). */
  readonly onChange?: (hasText: boolean) => void;
}

/** A Quill 1 editor marked up as LinkedIn's: `.ql-editor[contenteditable][role=textbox][aria-label=…]`. */
export function quillBox({ host, placeholder, onChange }: QuillBoxOptions): QuillBox {
  // No theme and no toolbar, as on LinkedIn. The history module keeps Quill's defaults (delay 1000 ms, maxStack
  // 100, userOnly false): nothing public shows LinkedIn configuring it otherwise.
  const quill = new Quill(host, { placeholder });
  const root = quill.root;
  root.setAttribute('aria-placeholder', placeholder);
  // LinkedIn labels every Quill box (share box and comment boxes alike) this way.
  root.setAttribute('aria-label', 'Text editor for creating content');
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-multiline', 'true');
  root.setAttribute('data-test-ql-editor-contenteditable', 'true');
  if (host.getRootNode() instanceof ShadowRoot) fitShadowRoot(quill);
  const text = () => quill.getText().replace(/\n$/, '');
  quill.on('text-change', () => onChange?.(text().trim() !== ''));
  return { quill, text };
}

/** Puts `text` in the box as its starting content, which is not something to undo. */
export function startWith(box: QuillBox, text: string): void {
  if (!text) return;
  box.quill.setText(text, 'api');
  box.quill.history.clear();
}

interface SelectionRoot extends ShadowRoot {
  /** Chromium's (non-standard) selection of a shadow tree; `document.getSelection()` only sees its host. */
  getSelection?(): Selection | null;
}

const DOCUMENT_EVENTS = ['selectionchange', 'mousedown', 'mouseup', 'click'] as const;

/** Makes a Quill 1 editor inside a shadow root read the shadow tree's selection and focus, and hear its events. */
function fitShadowRoot(quill: Quill): void {
  const shadow = quill.root.getRootNode() as SelectionRoot;
  const selection = quill.selection;
  const treeSelection = () => shadow.getSelection?.() ?? document.getSelection();
  let depth = 0; // setNativeRange calls getNativeRange: only the outermost call restores the document's own
  /** Runs Quill's own code with `document.getSelection` answering for the shadow tree. */
  const inTree =
    <A extends unknown[], R>(method: (...args: A) => R) =>
    (...args: A): R => {
      if (depth++ === 0) Object.defineProperty(document, 'getSelection', { value: treeSelection, configurable: true });
      try {
        return method.apply(selection, args);
      } finally {
        if (--depth === 0) delete (document as { getSelection?: unknown }).getSelection;
      }
    };
  selection.getNativeRange = inTree(selection.getNativeRange);
  selection.setNativeRange = inTree(selection.setNativeRange);
  selection.hasFocus = () => shadow.activeElement === quill.root;
  // Quill dispatches these from document listeners to the `.ql-container`s a document query finds: not this one.
  for (const type of DOCUMENT_EVENTS) document.addEventListener(type, (event) => quill.emitter.handleDOM(event));
  selection.update('silent');
}
