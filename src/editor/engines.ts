/**
 * The editor engines the sites build their compose boxes with, each recognised by its own markers — the ones the
 * library itself writes, which a site's redesign does not rename. Which box is a post and which a private message
 * is the site's business (src/sites/); this file only says "this element is an editor, made with that".
 */
const ENGINE_SELECTORS = {
  // Draft.js (X): the contenteditable carries Draft's public class.
  draft: '.public-DraftEditor-content[contenteditable="true"]',
  // Quill 1 and 2 (LinkedIn's share box and classic comments).
  quill: '.ql-editor[contenteditable="true"]',
  // ProseMirror, and TipTap on top of it (LinkedIn's new comment boxes).
  prosemirror: '.ProseMirror[contenteditable="true"]',
  // Lexical (Facebook, Messenger).
  lexical: '[data-lexical-editor="true"][contenteditable="true"]',
  // React-controlled textareas (X's narrow layout).
  textarea: 'textarea',
} as const;

/** Any element an engine made editable. */
export const ENGINE_SELECTOR = Object.values(ENGINE_SELECTORS).join(', ');

/** Any editable element at all: what a redesign built from scratch may use. */
export const EDITABLE_SELECTOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
