import { extensionApi } from '../src/content/extension-api';
import { awaitFirstInput, COACH_FILE } from '../src/content/first-input';
import { SITE_MATCHES } from '../src/sites/hosts';

// Wiring only: every tab of the sites waits for its user's first input in a box, then imports the coach into this
// isolated world (src/content/first-input.ts says why). In Chrome the coach is a web-accessible file for the sites'
// pages only, at a per-session address (use_dynamic_url, wxt.config.ts): a page cannot probe for it. The listeners go
// in at document_start, before any of the page's own: a page cannot stop the user's first key from reaching them.
// WXT's context is a stub that announces nothing to the page (wxt.config.ts).
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_start',
  main() {
    awaitFirstInput(window, () => {
      // An orphaned script (Candor updated or removed since the page loaded) can import nothing: nothing to do.
      try {
        const url = extensionApi<{ runtime: { getURL(path: string): string } }>().runtime.getURL(`/${COACH_FILE}`);
        // eslint-disable-next-line no-unsanitized/method -- Candor's own file, by a constant path
        void import(/* @vite-ignore */ url).catch(() => undefined);
      } catch {
        // the extension context is gone
      }
    });
  },
});
