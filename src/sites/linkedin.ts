import type { SiteAdapter } from './adapter';

/**
 * LinkedIn runs two front ends side by side. The classic one: Quill 1.x share box (`.share-creation-state`) and
 * Quill comment boxes (`.comments-comment-box`). The new one renders the same share box inside the open shadow
 * root of `#interop-outlet`, and feed comments with TipTap/ProseMirror (`[data-view-name="comment-box"]`).
 * Messaging (the /messaging/ pages and the overlay bubbles on every page) is private.
 */
const PRIVATE_PATHS = /^\/messaging(\/|$)/;
const CONVERSATION = '.msg-form, .msg-overlay-conversation-bubble, .msg-overlay-list-bubble, [class*="msg-form__"]';
const COMMENT = '.comments-comment-box, .comments-comment-texteditor, [data-view-name="comment-box"]';
const POST = '.share-creation-state, .share-box, [data-view-name="share-box"], [aria-label="Text editor for creating content"]';
/** The company page an admin is acting as: /company/<vanity name>/admin/… */
const COMPANY_ADMIN_PATH = /^\/company\/([^/]+)\/admin(\/|$)/;

export const linkedin: SiteAdapter = {
  network: 'linkedin',
  shadowHosts: '#interop-outlet',
  surfaceOf(editor, url) {
    if (PRIVATE_PATHS.test(url.pathname) || editor.closest(CONVERSATION)) return 'private';
    if (editor.closest(COMMENT)) return 'comment';
    if (editor.closest(POST)) return 'post';
    return undefined;
  },
  anchorOf: (editor) => editor.closest<HTMLElement>('.ql-container') ?? editor,
  accountOf(_editor, url) {
    // The share box shows no handle for a member; on a company page's admin view it posts as that page.
    const page = COMPANY_ADMIN_PATH.exec(url.pathname)?.[1];
    if (!page) return undefined;
    try {
      return { handle: decodeURIComponent(page) };
    } catch {
      return undefined; // a malformed path names no page
    }
  },
};
