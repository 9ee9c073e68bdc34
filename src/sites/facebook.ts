import type { SiteAdapter } from './adapter';

/** Facebook: Lexical editors in the post composer and in comments. */
export const facebook: SiteAdapter = {
  network: 'facebook',
  hosts: ['www.facebook.com'],
  editorSelector: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  anchorOf: (editor) => editor,
  // Facebook shows no handle for the acting profile or page in the composer; unknown is fine.
  account: () => undefined,
};
