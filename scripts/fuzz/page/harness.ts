/**
 * The page side of the insertion fuzzer, bundled into each editor page (see ../pages.ts). Exposes
 * `window.candorFuzz` in the page's main world: it sets the draft through the editor's own API with an empty undo
 * history, places the user's caret, optionally moves the focus out of the editor to a button (Candor's nudge), and
 * runs the real `insertText` from src/editor/insert.ts, the code the extension ships. The undo is pressed by the
 * driver (../runner.ts) as a real Ctrl+Z.
 */
import { type InsertOutcome, insertText } from '../../../src/editor/insert';
import { caretOffset, placeCaret, readDraft, rememberCaretOnBlur } from '../../../src/editor/text';

/** One editor under test, driven through its own API. */
export interface FuzzEditor {
  /** The contenteditable Candor finds on the site. */
  readonly element: HTMLElement;
  /** Replaces the content with `draft` through the editor's API, leaving nothing to undo. */
  setDraft(draft: string): void | Promise<void>;
  /** The editor model's text (not the DOM's), blocks joined by one '\n'. */
  modelText(): string;
  /**
   * The Unicode form the model keeps its text in whatever the DOM holds, if it has one: Quill 1's text blots
   * (Parchment 1) NFC-normalise what they read, so its model says 'é' where the DOM holds 'e\u0301'. The model is
   * then checked against the expected text in that form; the DOM and the caret offsets are checked as they are.
   */
  readonly modelForm?: 'NFC';
  /**
   * How long the user has been in the editor, at least, once the caret is placed (default 40 ms). ProseMirror takes
   * a selection moving to the start of the document within 200 ms of a focus event for the browser resetting it, and
   * puts its own back: a user clicks into a draft longer ago than that.
   */
  readonly focusedForMs?: number;
}

/**
 * Where the focus is when Candor inserts: still in the editor (a mouse click on the nudge cancels its mousedown, so
 * the editor keeps the focus and the caret), or `elsewhere`: on a button outside the editor, as when a keyboard user
 * tabbed from the draft to the nudge and pressed Enter. The editor has then seen a blur, and `insertText` focuses
 * it itself.
 */
export type FocusAt = 'editor' | 'elsewhere';

export interface FuzzRun {
  /** The model right after the draft was set: must be the draft, or the harness is broken. */
  modelBefore: string;
  /** What Candor reads from the DOM before inserting. */
  domBefore: string;
  /** Where `caretOffset` reads the caret that was placed at the requested offset (before the focus moved). */
  caretBefore: number | undefined;
  /** For focus `elsewhere`: whether the button outside the editor had the focus when `insertText` was called. */
  blurredBefore?: boolean;
  /**
   * For focus `elsewhere`: where `caretOffset` reads the caret once the focus has moved out (undefined: the editor
   * dropped the DOM selection on blur, as Draft.js does). Not checked: what `insertText` has to work from.
   */
  caretWhileBlurred?: number | undefined;
  outcome: InsertOutcome | 'threw';
  error?: string;
  modelAfter: string;
  domAfter: string;
  caretAfter: number | undefined;
  /** Whether the editor still has focus after the insertion (Ctrl+Z goes to the focused element). */
  focused: boolean;
  /** The editor's `modelForm`, for the checks. */
  modelForm?: 'NFC';
}

export interface CandorFuzz {
  readonly editor: string;
  /** Sets the draft (nothing to undo), focuses the editor and places the caret at plain-text offset `caret`. */
  prepare(draft: string, caret: number): Promise<void>;
  /** Moves the focus out of the editor to a button (Candor's nudge, in a shadow root), as Tab does. */
  blurEditor(): Promise<void>;
  /** `prepare`, `blurEditor` if the focus is `elsewhere`, then Candor's `insertText`, and what came of it. */
  run(draft: string, caret: number, text: string, placement: 'start' | 'end', focus?: FocusAt): Promise<FuzzRun>;
  modelText(): string;
}

declare global {
  interface Window {
    candorFuzz: CandorFuzz;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Two frames and a task: React, Quill's observers and Lexical's reconciler have all run by then. */
const settled = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

/**
 * A focusable button outside the editor, like Candor's nudge: a plain div with an open shadow root holding the
 * button. The real nudge sits right after the compose box; this one sits at the end of the body, out of the
 * editors' own containers (React, Quill and Lexical manage those), which is the same to the editor: the focus
 * leaves it for an element it does not contain.
 */
function nudgeButton(): HTMLButtonElement {
  const host = el('div', { 'data-candor-fuzz-nudge': '' });
  const shadow = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Add disclosure';
  shadow.append(button);
  document.body.append(host);
  return button;
}

export function exposeFuzz(name: string, editor: FuzzEditor): void {
  document.title = `candor fuzz: ${name}`;
  const nudge = nudgeButton();
  rememberCaretOnBlur(editor.element); // as the extension's session does for every compose box
  window.candorFuzz = {
    editor: name,
    modelText: () => editor.modelText(),
    async prepare(draft, caret) {
      const { element } = editor;
      element.blur();
      await editor.setDraft(draft);
      await settled();
      // The user clicked into the draft a while ago: the editor has focus and knows where the caret is.
      element.focus({ preventScroll: true });
      placeCaret(element, caret);
      await sleep(editor.focusedForMs ?? 40);
      await settled();
    },
    async blurEditor() {
      // Focus moves as with Tab: the editor gets blur/focusout while document.activeElement is the body, then the
      // nudge's host takes the focus. The selection is left to the editor (Chromium keeps it; Draft.js drops it).
      nudge.focus({ preventScroll: true });
      // The user then presses Enter on the button: the editor has handled the blur by then.
      await sleep(40);
      await settled();
    },
    async run(draft, caret, text, placement, focus = 'editor') {
      const { element } = editor;
      await window.candorFuzz.prepare(draft, caret);
      const modelBefore = editor.modelText();
      const domBefore = readDraft(element);
      const caretBefore = caretOffset(element);
      let blurred: Pick<FuzzRun, 'blurredBefore' | 'caretWhileBlurred'> = {};
      if (focus === 'elsewhere') {
        await window.candorFuzz.blurEditor();
        blurred = { blurredBefore: nudge.matches(':focus'), caretWhileBlurred: caretOffset(element) };
      }
      let outcome: FuzzRun['outcome'];
      let error: string | undefined;
      try {
        outcome = await insertText(element, text, placement);
      } catch (e) {
        outcome = 'threw';
        error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
      await settled();
      const active = element.ownerDocument.activeElement;
      return {
        modelBefore,
        domBefore,
        caretBefore,
        ...blurred,
        outcome,
        ...(error === undefined ? {} : { error }),
        modelAfter: editor.modelText(),
        domAfter: readDraft(element),
        caretAfter: caretOffset(element),
        focused: !!active && (active === element || element.contains(active)),
        ...(editor.modelForm ? { modelForm: editor.modelForm } : {}),
      };
    },
  };
}

/** Builds `tag` with attributes and children, without markup strings. */
export function el(tag: string, attributes: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export function addStyle(css: string): void {
  document.head.append(el('style', {}, document.createTextNode(css)));
}
