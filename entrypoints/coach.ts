import { startCandor } from '../src/content/main';
import { takeFirstInput } from '../src/content/first-input';
import { siteFor } from '../src/sites';
import type { StorageArea, StorageChanges } from '../src/store/state';

/** The browser's own promise-based API (see entrypoints/content.ts): no polyfill in tabs. */
interface ExtensionApi {
  readonly storage: { readonly local: StorageArea; readonly onChanged: StorageChanges };
  readonly runtime: { readonly id?: string };
}
const globals = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
const extension = (globals.browser ?? globals.chrome)!;

// Wiring only: run by the background in a tab of the sites at its user's first input in a box (the content script
// asks; src/content/first-input.ts), in the content script's isolated world. A real shutdown (update, disable,
// removal) is noticed through the runtime, whose id goes away.
export default defineUnlistedScript(async () => {
  const adapter = siteFor(location.host);
  if (!adapter) return;
  await startCandor({
    doc: document,
    adapter,
    storage: extension.storage.local,
    changes: extension.storage.onChanged,
    browserLanguage: navigator.language,
    runtime: extension.runtime,
    firstInput: takeFirstInput(),
  });
});
