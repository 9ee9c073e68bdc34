/** LinkedIn's share box for the fuzzer, on Quill 2. */
import Quill from 'quill';
import quillCss from 'quill/dist/quill.core.css?inline';
import { exposeQuillShareBox } from './quill-share-box';

exposeQuillShareBox('Quill 2 (LinkedIn)', quillCss, (host, options) => new Quill(host, options));
