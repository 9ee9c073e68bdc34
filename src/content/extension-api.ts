/**
 * The browser's own promise-based extension API in a content script: Firefox's `browser`, else Chrome's `chrome` (the
 * polyfill the pages use would weigh more than the content script). Checked, not assumed: in a Chrome without a
 * `browser` global, `globalThis.browser` is whatever element the page named `id="browser"` (named properties reach
 * isolated worlds too), and taking it would silence Candor in that tab.
 */
export function extensionApi<Api extends { readonly runtime: object }>(): Api {
  const globals = globalThis as { browser?: unknown; chrome?: unknown };
  const real = (api: unknown): api is Api => typeof (api as { runtime?: { getURL?: unknown } } | undefined)?.runtime?.getURL === 'function';
  return [globals.browser, globals.chrome].find(real)!;
}
