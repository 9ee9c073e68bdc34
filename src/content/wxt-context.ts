/**
 * Stands in for WXT's `ContentScriptContext` (wxt.config.ts points `wxt/utils/content-script-context` here).
 *
 * WXT's own announces every content script to the page, as a CustomEvent on `document` and a `window.postMessage`,
 * both named after the extension's id, and stops the script when the page dispatches that event itself: any page
 * could tell Candor is installed, and switch it off for the page load. Candor needs neither: it is injected once per
 * page load, and notices a real shutdown through the runtime (see `content/main.ts`).
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
