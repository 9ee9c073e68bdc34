import { startCandor } from '../../src/content/main';
import { SITES } from '../../src/sites';

// Playground only (`npm start`): one site fixture, built with that site's editor library, with Candor's
// content-script logic started on it directly — extension pages get no content scripts.
const FIXTURES = {
  x: () => import('../../src/playground/sites/x'),
  linkedin: () => import('../../src/playground/sites/linkedin'),
  facebook: () => import('../../src/playground/sites/facebook'),
};

const adapter = SITES.find((site) => site.network === new URLSearchParams(location.search).get('site')) ?? SITES[0]!;
await FIXTURES[adapter.network]();
await startCandor({
  doc: document,
  adapter,
  storage: browser.storage.local,
  changes: browser.storage.onChanged,
  browserLanguage: navigator.language,
  runtime: browser.runtime,
  ownPage: true,
});
