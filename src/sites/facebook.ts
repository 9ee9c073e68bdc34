import type { SiteAdapter } from './adapter';

/**
 * Facebook: Lexical editors for posts, comments ("Comment as {name}") and replies — and for Messenger, with the
 * same markers, both on /messages/ and in the chat windows docked on every page. Also served on web.facebook.com.
 */
const PRIVATE_PATHS = /^\/messages(\/|$)/;
/** Messenger's docked chat windows and full page (ghostify, trusthuman.io: see src/playground/sites/facebook.ts). */
const CONVERSATION = '[aria-label^="Conversation titled"], [aria-label^="Conversation intitulée"], [aria-label="Thread composer"]';
/** "Comment as Jane Doe", "Commenter en tant que Jane Doe": the acting identity, where the page shows it. */
const COMMENT_AS = /^(?:Comment as|Commenter en tant que|Reply as|Répondre en tant que)\s+(.+?)\s*$/i;
/** "What's on your mind, Acme Corp?": a Page's full name (a person's shows only a first name, matching nothing). */
const POST_AS = /^(?:What's on your mind|Quoi de neuf),\s+(.+?)\s*\?$/i;
const REPLY = /^(?:Reply to|Write a reply|Répondre à|Écrire une réponse)\b/i;
const COMMENT = /^(?:Comment as|Write a comment|Commenter en tant que|Écrire un commentaire|Écrivez un commentaire)\b/i;
const MESSAGE = /^(?:Write to|Écrire à|Message|Aa|Écrire un message|Write a message)\b/i;

const labelOf = (editor: HTMLElement) => editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
/** A Messenger window in any language: its composer's placeholder is "Aa", and a message log sits beside it. */
const inConversation = (editor: HTMLElement) =>
  editor.getAttribute('aria-placeholder') === 'Aa' || Boolean(editor.closest('[role="dialog"], [role="main"]')?.querySelector('[role="log"]'));

export const facebook: SiteAdapter = {
  network: 'facebook',
  surfaceOf(editor, url) {
    const label = labelOf(editor);
    if (PRIVATE_PATHS.test(url.pathname) || editor.closest(CONVERSATION) || MESSAGE.test(label) || inConversation(editor)) {
      return 'private';
    }
    // Report forms, "message seller" and the like: Facebook's posts and comments are all Lexical.
    if (editor instanceof HTMLTextAreaElement) return undefined;
    if (REPLY.test(label)) return 'reply';
    if (COMMENT.test(label)) return 'comment';
    if (editor.closest('[role="dialog"]') || /on your mind|Quoi de neuf/i.test(label)) return 'post';
    return undefined;
  },
  anchorOf: (editor) => editor,
  accountOf(editor) {
    const label = labelOf(editor);
    const name = (COMMENT_AS.exec(label) ?? POST_AS.exec(label.replace(/\u2019/g, "'")))?.[1];
    return name ? { name } : undefined;
  },
};
