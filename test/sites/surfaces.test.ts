// @vitest-environment happy-dom
/**
 * Each network's reading of its compose boxes, as a table: markup around an editor, the page's address, and what
 * the adapter must call it. Markup follows the fixtures in src/playground/sites/ (which cite their sources).
 */
import { describe, expect, it } from 'vitest';
import { facebook } from '../../src/sites/facebook';
import { linkedin } from '../../src/sites/linkedin';
import { x } from '../../src/sites/x';
import type { SiteAdapter, Surface } from '../../src/sites/adapter';
import { genericSurface } from '../../src/sites/adapter';
import { setBody } from '../dom';

type Row = readonly [name: string, url: string, html: string, expected: Surface | undefined];

/** The element marked `id="e"` is the editor under test. */
function surface(adapter: SiteAdapter, url: string, html: string): Surface | undefined {
  setBody(html);
  return adapter.surfaceOf(document.getElementById('e')!, new URL(url));
}

const X_ROWS: Row[] = [
  ['home composer', 'https://x.com/home', '<div data-testid="tweetTextarea_0RichTextInputContainer"><div id="e" class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0"></div></div>', 'post'],
  ['thread item', 'https://x.com/compose/post', '<div role="dialog"><div id="e" class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_2"></div></div>', 'post'],
  ['narrow layout textarea', 'https://x.com/compose/post', '<div data-testid="tweetTextarea_0RichTextInputContainer"><textarea id="e" data-testid="tweetTextarea_0"></textarea></div>', 'post'],
  ['reply on a post page', 'https://x.com/acme/status/123', '<div id="e" class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0"></div>', 'reply'],
  ['X Pro', 'https://pro.x.com/i/decks/1', '<div id="e" class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0"></div>', 'post'],
  ['direct message', 'https://x.com/messages/1-2', '<textarea id="e" data-testid="dm-composer-textarea"></textarea>', 'private'],
  ['X Chat', 'https://x.com/i/chat/123', '<textarea id="e"></textarea>', 'private'],
  ['messages drawer on the home page', 'https://x.com/home', '<div data-testid="DMDrawer"><textarea id="e" data-testid="dm-composer-textarea"></textarea></div>', 'private'],
  ['Grok', 'https://x.com/i/grok', '<textarea id="e" placeholder="Ask anything"></textarea>', 'other'],
  ['an unknown textarea', 'https://x.com/settings/profile', '<textarea id="e" name="bio"></textarea>', undefined],
];

const LINKEDIN_ROWS: Row[] = [
  ['classic share box', 'https://www.linkedin.com/feed/', '<div class="share-creation-state"><div class="ql-container"><div id="e" class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"></div></div></div>', 'post'],
  ['classic comment', 'https://www.linkedin.com/feed/', '<div class="comments-comment-box"><div class="ql-editor" id="e" contenteditable="true"></div></div>', 'comment'],
  ['new comment (TipTap)', 'https://www.linkedin.com/feed/', '<div data-view-name="comment-box"><div id="e" class="tiptap ProseMirror" contenteditable="true"></div></div>', 'comment'],
  ['company page admin', 'https://www.linkedin.com/company/acme-robotics/admin/page-posts/published/', '<div class="share-creation-state"><div id="e" class="ql-editor" contenteditable="true"></div></div>', 'post'],
  ['messaging page', 'https://www.linkedin.com/messaging/thread/2-abc/', '<div class="msg-form__contenteditable" id="e" contenteditable="true" role="textbox"></div>', 'private'],
  ['messaging overlay on the feed', 'https://www.linkedin.com/feed/', '<aside class="msg-overlay-conversation-bubble"><div class="msg-form__contenteditable" id="e" contenteditable="true" role="textbox"></div></aside>', 'private'],
  ['an unknown editor', 'https://www.linkedin.com/jobs/', '<div id="e" class="ql-editor" contenteditable="true"></div>', undefined],
];

const FACEBOOK_ROWS: Row[] = [
  ['create post dialog', 'https://www.facebook.com/', `<div role="dialog"><div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="What's on your mind, Jane?"></div></div>`, 'post'],
  ['comment', 'https://www.facebook.com/', '<div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Comment as Jane Doe"></div>', 'comment'],
  ['comment in French', 'https://web.facebook.com/', '<div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Commenter en tant que Jane Doe"></div>', 'comment'],
  ['reply', 'https://www.facebook.com/', '<div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Reply to Acme Corp"></div>', 'reply'],
  ['Messenger page', 'https://www.facebook.com/messages/t/123', '<div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Message"></div>', 'private'],
  ['chat window docked on the feed', 'https://www.facebook.com/', '<div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Message"></div>', 'private'],
  ['chat window in German (placeholder "Aa")', 'https://www.facebook.com/', '<div role="dialog"><div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Nachricht an Sam Lee" aria-placeholder="Aa"></div></div>', 'private'],
  ['chat window in Spanish, beside its message log', 'https://www.facebook.com/', '<div role="dialog"><div role="log"></div><div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Escribe a Sam Lee"></div></div>', 'private'],
  ['a textarea in a report form', 'https://www.facebook.com/', '<div role="dialog"><textarea id="e"></textarea></div>', undefined],
  ['an unknown editor', 'https://www.facebook.com/marketplace/', '<div id="e" data-lexical-editor="true" contenteditable="true" role="textbox" aria-label="Description"></div>', undefined],
];

describe.each([
  ['x', x, X_ROWS],
  ['linkedin', linkedin, LINKEDIN_ROWS],
  ['facebook', facebook, FACEBOOK_ROWS],
] as const)('%s surfaces', (_network, adapter, rows) => {
  it.each(rows)('%s (%s) → %s', (_name, url, html, expected) => {
    expect(surface(adapter, url, html)).toBe(expected);
  });
});

describe('genericSurface, for boxes no site marker explains', () => {
  it.each([
    ['<div id="e" contenteditable="true" aria-label="Start a post"></div>', 'post'],
    ['<textarea id="e" placeholder="What do you want to talk about?"></textarea>', 'post'],
    ['<div id="e" contenteditable="true" aria-label="Search"></div>', 'other'],
    ['<div role="search"><textarea id="e"></textarea></div>', 'other'],
    ['<div id="e" contenteditable="true" role="combobox"></div>', 'other'],
    ['<textarea id="e" placeholder="Ask Grok anything"></textarea>', 'other'],
    ['<div id="e" contenteditable="true" aria-label="Write a message…"></div>', 'private'],
    ['<div id="e" contenteditable="true" aria-placeholder="Écrire un message"></div>', 'private'],
    ['<aside><ul role="log"></ul><div id="e" contenteditable="true" aria-label="Schreib eine Nachricht"></div></aside>', 'private'],
  ] as const)('%s → %s', (html, expected) => {
    setBody(html);
    expect(genericSurface(document.getElementById('e')!)).toBe(expected);
  });
});

describe('the account in use', () => {
  const account = (adapter: SiteAdapter, url: string, html: string) => {
    setBody(html);
    return adapter.accountOf(document.getElementById('e')!, new URL(url));
  };
  const EDITOR = '<div id="e" class="public-DraftEditor-content" contenteditable="true"></div>';

  it('X: from the nav avatar’s test id, never from display text or another avatar on the page', () => {
    const nav = (name: string) =>
      `<article><div data-testid="UserAvatar-Container-someone_else"></div></article>
       <button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-acme"></div><span>${name}</span></button>${EDITOR}`;
    expect(account(x, 'https://x.com/home', nav('Jane @rival fan'))).toEqual({ handle: '@acme' });
  });

  it('X: from the profile link when the collapsed nav shows no avatar test id', () => {
    expect(account(x, 'https://x.com/home', `<a data-testid="AppTabBar_Profile_Link" href="/AcmeSupport">Profile</a>${EDITOR}`)).toEqual({
      handle: '@AcmeSupport',
    });
  });

  it('X: unknown when the page shows neither', () => {
    expect(account(x, 'https://x.com/home', `<button data-testid="SideNav_AccountSwitcher_Button">Jane @acme</button>${EDITOR}`)).toBeUndefined();
  });

  it('LinkedIn: the company page an admin posts from', () => {
    expect(account(linkedin, 'https://www.linkedin.com/company/acme-robotics/admin/page-posts/published/', EDITOR)).toEqual({ handle: 'acme-robotics' });
    expect(account(linkedin, 'https://www.linkedin.com/feed/', EDITOR)).toBeUndefined();
  });

  it('Facebook: the name in "Comment as …"', () => {
    const box = (label: string) => `<div id="e" data-lexical-editor="true" contenteditable="true" aria-label="${label}"></div>`;
    expect(account(facebook, 'https://www.facebook.com/', box('Comment as Acme Corp'))).toEqual({ name: 'Acme Corp' });
    expect(account(facebook, 'https://www.facebook.com/', box('Commenter en tant que Jane Doe'))).toEqual({ name: 'Jane Doe' });
    expect(account(facebook, 'https://www.facebook.com/', box("What's on your mind?"))).toBeUndefined();
  });
});
