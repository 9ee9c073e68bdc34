import type { SiteAdapter } from './adapter';

/**
 * X (Twitter): Draft.js composers (home, compose modal, replies, quotes, each thread item `tweetTextarea_0..n`),
 * and in the narrow layout a React-controlled textarea inside `div[data-testid^="tweetTextarea_"]`; X Pro
 * (pro.x.com) carries the same composer. Direct messages (X Chat) and Grok's prompt box are not posts.
 */
const COMPOSER = '[data-testid^="tweetTextarea_"]';
const PRIVATE_PATHS = /^\/(messages|i\/chat)(\/|$)/;
const ASSISTANT_PATHS = /^\/i\/grok(\/|$)/;

export const x: SiteAdapter = {
  network: 'x',
  surfaceOf(editor, url) {
    if (PRIVATE_PATHS.test(url.pathname) || editor.closest('[data-testid^="dm"], [data-testid="DMDrawer"]')) return 'private';
    if (ASSISTANT_PATHS.test(url.pathname) || editor.closest('[data-testid^="Grok"], [data-testid^="grok"]')) return 'other';
    if (!editor.closest(COMPOSER)) return undefined;
    return /\/status\/\d/.test(url.pathname) ? 'reply' : 'post';
  },
  anchorOf: (editor) => editor.closest<HTMLElement>('.DraftEditor-root') ?? editor,
  accountOf(editor) {
    // The signed-in account, from test ids that carry the handle: never from display text, where a name may itself
    // read "@something". Only the nav's own avatar: every post on the page has a UserAvatar-Container too.
    const doc = editor.ownerDocument;
    const avatar = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]');
    const fromAvatar = avatar?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length);
    const profile = doc.querySelector<HTMLAnchorElement>('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute('href');
    const fromProfile = profile?.match(/^\/([A-Za-z0-9_]{1,15})\/?$/)?.[1];
    const handle = [fromAvatar, fromProfile].find((h) => h && /^[A-Za-z0-9_]{1,15}$/.test(h));
    return handle ? { handle: `@${handle}` } : undefined;
  },
};
