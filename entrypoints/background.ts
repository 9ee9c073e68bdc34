// Wiring only. Policy sync (fetch, last known good, signatures) lands here with its own issue; until then the
// popup, options page and content scripts use the bundled policy from `rules/`.
export default defineBackground(() => {});
