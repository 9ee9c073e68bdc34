import { startCandor } from '../src/content/main';
import { SITE_MATCHES, siteFor } from '../src/sites';
import type { StorageArea, StorageChanges } from '../src/store/state';

/**
 * The browser's own extension API, promise-based in both (Firefox's `browser`, Chrome's `chrome` since MV3): the
 * polyfill the pages use would add 2.7 KiB gzipped to every tab for nothing the content script calls.
 */
interface ExtensionApi {
  readonly storage: { readonly local: StorageArea; readonly onChanged: StorageChanges };
  readonly runtime: { readonly id?: string };
}
const globals = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
const extension = (globals.browser ?? globals.chrome)!;

// Wiring only: pick the site's adapter and start. A real shutdown (update, disable, removal) is noticed through
// the runtime, whose id goes away; WXT's context is a stub that announces nothing to the page (wxt.config.ts).
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  async main() {
    const adapter = siteFor(location.host);
    if (!adapter) return;
    await startCandor({
      doc: document,
      adapter,
      storage: extension.storage.local,
      changes: extension.storage.onChanged,
      browserLanguage: navigator.language,
      runtime: extension.runtime,
    });
  },
});
