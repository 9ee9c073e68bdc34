/**
 * LinkedIn's share box and classic comment box for the fuzzer: Quill 1.3.7 (the npm alias `quill1`) with its
 * default modules, history included (1 s merge window, user and API changes alike), inside the same LinkedIn
 * wrappers and ARIA markers as the Quill 2 page (./linkedin.ts). Quill 1 differs from 2 where Candor feels it: it
 * ignores synthetic `paste` events (it reads pastes from a hidden clipboard container the browser fills) and moves
 * the caret again a moment after a write (its selection syncs on a timer after `selectionchange`), and its model
 * keeps text NFC-normalised while the DOM keeps what was written (`modelForm` below).
 */
// Typed by src/playground/quill1.d.ts, the project's one `declare module 'quill1'` (a second would clash with it).
import Quill from 'quill1';
import quillCss from 'quill1/dist/quill.core.css?inline';
import { addStyle, el, exposeFuzz } from './harness';

addStyle(quillCss);
addStyle('body { font: 16px/1.4 sans-serif; margin: 16px; } .editor-content { width: 560px; }');
const host = el('div', { class: 'editor-content' });
document.body.append(el('div', { class: 'share-creation-state__text-editor' }, el('div', { class: 'editor-container' }, host)));

const quill = new Quill(host, { placeholder: 'What do you want to talk about?' });
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');
quill.root.setAttribute('aria-label', 'Text editor for creating content');

exposeFuzz('Quill 1.3.7 (LinkedIn)', {
  element: quill.root,
  setDraft(draft) {
    quill.setText(`${draft}\n`, 'api'); // the newline closing the last line: a draft ending with '\n' has an empty last line
    // Quill records API changes too: emptied, the stack has nothing to undo, and the next change (Candor's) starts
    // a new undo step however recently this one was recorded (it merges only into a step already on the stack).
    quill.history.clear();
  },
  // Quill's text always ends with the newline closing its last line.
  modelText: () => quill.getText().replace(/\n$/, ''),
  // Parchment 1's TextBlot.value() returns `domNode.data.normalize()`: the model holds NFC whatever the DOM holds.
  modelForm: 'NFC',
});
