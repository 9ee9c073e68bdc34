import { SITE_MATCHES } from '../src/sites/matches';

// Wiring only: the site adapters and the nudge are attached here by their own issue.
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  main() {},
});
