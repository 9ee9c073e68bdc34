import type { Network } from '../policy/types';

/**
 * What Candor needs to know about one network's pages. One file per network implements it; adding a network
 * means adding one file and listing it in `./index.ts`.
 */
export interface SiteAdapter {
  readonly network: Network;
  /** Host names served, e.g. "x.com": the content script is declared for exactly these (`SITE_MATCHES`). */
  readonly hosts: readonly string[];
  /** CSS selector of the compose editors themselves (the editable element). */
  readonly editorSelector: string;
  /** The element whose box the nudge sits beside: the visible compose box around the editor. */
  anchorOf(editor: HTMLElement): HTMLElement;
  /** The handle of the signed-in account, where the page shows it. */
  account(doc: Document): string | undefined;
}

/**
 * Editable elements on any of the sites when the specific selectors stop matching (a redesign): nudging on a
 * plain contenteditable or textarea beats going silent.
 */
export const GENERIC_EDITOR_SELECTOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
