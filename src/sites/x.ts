import type { SiteAdapter } from './adapter';

/** X (Twitter): Draft.js editors in the home composer, the compose modal, replies and quotes. */
export const x: SiteAdapter = {
  network: 'x',
  hosts: ['x.com', 'twitter.com'],
  editorSelector: '[data-testid^="tweetTextarea_"][contenteditable], .public-DraftEditor-content[contenteditable]',
  anchorOf: (editor) => editor.closest<HTMLElement>('.DraftEditor-root') ?? editor,
  account(doc) {
    // The side-nav account switcher shows the display name and "@handle".
    const text = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.textContent ?? '';
    return /@[A-Za-z0-9_]{1,15}/.exec(text)?.[0];
  },
};
