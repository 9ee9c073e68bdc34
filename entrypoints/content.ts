import { startCandor } from '../src/content/main';
import { SITE_MATCHES, siteFor } from '../src/sites';

// Wiring only: pick the site's adapter and start; stop cleanly when the extension is reloaded or updated.
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = siteFor(location.host);
    if (!adapter) return;
    const stop = await startCandor({
      doc: document,
      adapter,
      storage: browser.storage.local,
      changes: browser.storage.onChanged,
      browserLanguage: navigator.language,
    });
    ctx.onInvalidated(stop);
  },
});
