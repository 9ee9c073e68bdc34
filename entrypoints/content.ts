import { awaitFirstInput } from '../src/content/first-input';
import { SITE_MATCHES } from '../src/sites/hosts';

/** The coach, as built from entrypoints/coach.ts. */
const COACH_SCRIPT = '/coach.js';

/**
 * The browser's own extension API (Firefox's `browser`, Chrome's `chrome`): the polyfill the pages use would weigh
 * more than this whole script.
 */
interface ExtensionApi {
  readonly runtime: { getURL(path: string): string };
}
const globals = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
const extension = (globals.browser ?? globals.chrome)!;

// Wiring only: every tab of the sites waits for its user's first input in a box, then imports the coach into this
// isolated world (src/content/first-input.ts says why). The coach is a web-accessible resource for the sites' pages
// only, and in Chrome at a per-session address (use_dynamic_url, wxt.config.ts): a page cannot probe for it. WXT's
// context is a stub that announces nothing to the page (wxt.config.ts).
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  main() {
    awaitFirstInput(window, () => {
      // An orphaned script (Candor updated or removed since the page loaded) can import nothing: nothing to do.
      try {
        // eslint-disable-next-line no-unsanitized/method -- Candor's own file, by a constant path
        void import(/* @vite-ignore */ extension.runtime.getURL(COACH_SCRIPT)).catch(() => undefined);
      } catch {
        // the extension context is gone
      }
    });
  },
});
