/**
 * LinkedIn's share box for the fuzzer: Quill 2 with its default modules (history included, 1 s merge window), set
 * up as in src/playground/sites/linkedin.ts (same `.ql-editor` and ARIA markers).
 */
import Quill from 'quill';
import quillCss from 'quill/dist/quill.core.css?inline';
import { addStyle, el, exposeFuzz } from './harness';

addStyle(quillCss);
addStyle('body { font: 16px/1.4 sans-serif; margin: 16px; } .editor-content { width: 560px; }');
const host = el('div', { class: 'editor-content' });
document.body.append(el('div', { class: 'share-creation-state__text-editor' }, el('div', { class: 'editor-container' }, host)));

const quill = new Quill(host, { placeholder: 'What do you want to talk about?' });
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');
quill.root.setAttribute('aria-label', 'Text editor for creating content');

exposeFuzz('Quill 2 (LinkedIn)', {
  element: quill.root,
  setDraft(draft) {
    quill.setText(`${draft}\n`, 'api'); // the newline closing the last line: a draft ending with '\n' has an empty last line
    quill.history.clear(); // as the fixture does for its starting draft: not something to undo
  },
  // Quill's text always ends with the newline closing its last line.
  modelText: () => quill.getText().replace(/\n$/, ''),
});
