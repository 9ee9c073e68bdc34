import { startCandor } from '../src/content/main';
import { SITE_MATCHES, siteFor } from '../src/sites';

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
      storage: browser.storage.local,
      changes: browser.storage.onChanged,
      browserLanguage: navigator.language,
      runtime: browser.runtime,
    });
  },
});
