import { bundledPolicy } from '../src/policy/bundled';
import { parsePolicy } from '../src/policy/parse';
import { syncPolicy } from '../src/sync/sync';
import { startSyncTriggers } from '../src/sync/triggers';

// Only the entrypoint knows the build mode: the playground build opens itself on install instead of the welcome page.
const FIRST_PAGE = import.meta.env.MODE === 'playground' ? '/playground.html' : '/welcome.html';

// Wiring only: when to sync and who may ask are decided in src/sync/triggers.ts.
export default defineBackground(() => {
  void startSyncTriggers(browser, {
    syncPolicy,
    bundled: bundledPolicy,
    isValidPolicy: (value) => parsePolicy(value).ok,
    firstPage: FIRST_PAGE,
  });
});
