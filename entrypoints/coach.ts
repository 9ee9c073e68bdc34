import { extensionApi } from '../src/content/extension-api';
import { takeFirstInput } from '../src/content/first-input';
import { startCandor } from '../src/content/main';
import { siteFor } from '../src/sites';
import type { StorageArea, StorageChanges } from '../src/store/state';

interface ExtensionApi {
  readonly storage: { readonly local: StorageArea; readonly onChanged: StorageChanges };
  readonly runtime: { readonly id?: string };
}

// Wiring only: imported by the content script into its isolated world at the user's first input in a box of the
// sites (src/content/first-input.ts). A real shutdown (update, disable, removal) is noticed through the runtime,
// whose id goes away.
export default defineUnlistedScript(async () => {
  const adapter = siteFor(location.host);
  if (!adapter) return;
  const extension = extensionApi<ExtensionApi>();
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
