/**
 * LinkedIn's share box for the fuzzer, whichever Quill builds it: Quill with its default modules (history included,
 * 1 s merge window), in LinkedIn's wrappers with its ARIA markers, as in src/playground/sites/linkedin.ts.
 */
import { addStyle, el, exposeFuzz, type FuzzEditor } from './harness';

/** What the page uses of Quill; Quill 1 and 2 agree on it. */
interface QuillLike {
  readonly root: HTMLElement;
  readonly history: { clear(): void };
  setText(text: string, source: 'api'): unknown;
  getText(): string;
}

export function exposeQuillShareBox(
  name: string,
  quillCss: string,
  create: (host: HTMLElement, options: { placeholder: string }) => QuillLike,
  extra: Pick<FuzzEditor, 'modelForm'> = {},
): void {
  addStyle(quillCss);
  addStyle('body { font: 16px/1.4 sans-serif; margin: 16px; } .editor-content { width: 560px; }');
  const host = el('div', { class: 'editor-content' });
  document.body.append(el('div', { class: 'share-creation-state__text-editor' }, el('div', { class: 'editor-container' }, host)));

  const quill = create(host, { placeholder: 'What do you want to talk about?' });
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  quill.root.setAttribute('aria-label', 'Text editor for creating content');

  exposeFuzz(name, {
    element: quill.root,
    setDraft(draft) {
      quill.setText(`${draft}\n`, 'api'); // the newline closing the last line: a draft ending with '\n' has an empty last line
      // Quill records API changes too: emptied, the stack has nothing to undo, and the next change (Candor's) starts
      // a new undo step however recently this one was recorded (it merges only into a step already on the stack).
      quill.history.clear();
    },
    // Quill's text always ends with the newline closing its last line.
    modelText: () => quill.getText().replace(/\n$/, ''),
    ...extra,
  });
}
