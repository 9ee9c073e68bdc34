import { activateBundledPolicy } from '../src/sync/bundled';

// Wiring only. Every time the worker starts, make sure a policy is active (the bundled one until sync lands).
export default defineBackground(() => {
  void activateBundledPolicy(browser.storage.local);
});
