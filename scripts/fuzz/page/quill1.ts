/**
 * LinkedIn's share box and classic comment box for the fuzzer: Quill 1.3.7 (the npm alias `quill1`) with its
 * default modules, history included (1 s merge window, user and API changes alike), in the same LinkedIn
 * share box as the Quill 2 page (./quill-share-box.ts). Quill 1 differs from 2 where Candor feels it: it
 * ignores synthetic `paste` events (it reads pastes from a hidden clipboard container the browser fills) and moves
 * the caret again a moment after a write (its selection syncs on a timer after `selectionchange`), and its model
 * keeps text NFC-normalised while the DOM keeps what was written (`modelForm` below).
 */
// Typed by src/playground/quill1.d.ts, the project's one `declare module 'quill1'` (a second would clash with it).
import Quill from 'quill1';
import quillCss from 'quill1/dist/quill.core.css?inline';
import { exposeQuillShareBox } from './quill-share-box';

exposeQuillShareBox('Quill 1.3.7 (LinkedIn)', quillCss, (host, options) => new Quill(host, options), {
  // Parchment 1's TextBlot.value() returns `domNode.data.normalize()`: the model holds NFC whatever the DOM holds.
  modelForm: 'NFC',
});
