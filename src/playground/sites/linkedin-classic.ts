/**
 * The classic (Ember) LinkedIn feed: the "Create a post" share box open over the feed, one post whose comment box
 * is a Quill 1 editor (`.comments-comment-box .ql-editor`), and the messaging overlay's conversation bubble docked
 * bottom right with its `div.msg-form__contenteditable` box. Editors: composer, comment, chat.
 */
import { addStyle, exposeFixture, find, initialDraft, mountPoint } from './page';
import { htmlNodes } from '../html';
import {
  avatar,
  classicFrame,
  globalNav,
  icon,
  JANE,
  mountShareComposer,
  newsCard,
  PAGE_CSS,
  POST_TEXT,
  postMedia,
  profileCard,
  shareBoxMarkup,
  socialBar,
} from './linkedin-chrome';
import { MESSAGING_CSS, mountMessageBox, overlayBubbleMarkup } from './linkedin-messaging';
import { quillBox } from './linkedin-quill';
import quillCss from 'quill1/dist/quill.core.css?inline';

/** The "Start a post" entry at the top of the feed (the share box above opened from it). */
export function shareBoxFeedEntry(): string {
  return `
  <section class="share-box-feed-entry__closed-share-box artdeco-card share-box-feed-entry" aria-label="Create a post">
    <div class="share-box-feed-entry__top-bar">
      ${avatar('JD', 'jane', 48, 'share-box-feed-entry__avatar')}
      <button class="share-box-feed-entry__trigger artdeco-button artdeco-button--muted artdeco-button--tertiary" type="button">Start a post</button>
    </div>
    <div class="share-box-feed-entry__tool-bar share-box-feed-entry-toolbar__wrapper">
      <button class="share-box-feed-entry-toolbar__item share-box-feed-entry-toolbar__item--video" type="button">${icon('video')}Video</button>
      <button class="share-box-feed-entry-toolbar__item share-box-feed-entry-toolbar__item--photo" type="button">${icon('media')}Photo</button>
      <button class="share-box-feed-entry-toolbar__item share-box-feed-entry-toolbar__item--article" type="button">${icon('article')}Write article</button>
    </div>
  </section>`;
}

function classicPost(): string {
  return `
  <div class="feed-shared-update-v2 artdeco-card" data-urn="urn:li:activity:7312345678901234567" role="article" aria-label="Feed post">
    <div class="update-components-actor">
      ${avatar('AC', 'acme', 48)}
      <div class="update-components-actor__meta">
        <a class="update-components-actor__title" href="/company/acme-corp/">Acme Corp</a>
        <span class="update-components-actor__description">12,345 followers</span>
        <span class="update-components-actor__sub-description">2h · ${icon('globe', 12)}</span>
      </div>
      <button class="update-components-actor__follow-button" type="button">${icon('plus', 16)}Follow</button>
    </div>
    <div class="feed-shared-update-v2__description update-components-text"><span dir="ltr">${POST_TEXT.replace(/#(\w+)/g, '<a class="hashtag" href="/feed/hashtag/$1/">#$1</a>')}</span></div>
    ${postMedia()}
    ${socialBar('128', '14 comments · 3 reposts')}
    <div class="comments-comment-box comments-comment-box--cr">
      ${avatar('JD', 'jane', 40, 'comments-comment-box__avatar')}
      <form class="comments-comment-box__form">
        <div class="comments-comment-box__form-container">
          <div class="comments-comment-texteditor">
            <div class="editor-container"><div class="editor-content"></div></div>
          </div>
          <div class="comments-comment-box__detour-icons">
            <button class="comments-comment-box__detour-button" type="button" aria-label="Open Emoji Keyboard">${icon('emoji', 20)}</button>
            <button class="comments-comment-box__detour-button" type="button" aria-label="Add a photo">${icon('media', 20)}</button>
          </div>
        </div>
        <button class="comments-comment-box__submit-button--cr artdeco-button artdeco-button--1 artdeco-button--primary" type="submit" hidden>Comment</button>
      </form>
    </div>
  </div>`;
}

/** The classic comment box's look (Quill 1 inside a rounded field, Comment button once there is text). */
export const CLASSIC_COMMENT_CSS = `
  .comments-comment-box { display: flex; gap: 8px; padding: 8px 16px 16px; }
  .comments-comment-box__avatar { margin-top: 2px; }
  .comments-comment-box__form { flex: 1; min-width: 0; display: flex; flex-direction: column; align-items: flex-start; gap: 8px; }
  .comments-comment-box__form-container { width: 100%; display: flex; align-items: flex-end; min-height: 44px; border: 1px solid rgba(140, 140, 140, 0.6);
    border-radius: 22px; background: #fff; }
  .comments-comment-box__form-container:focus-within { box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.9); border-color: rgba(0, 0, 0, 0.9); }
  .comments-comment-texteditor { flex: 1; min-width: 0; }
  .comments-comment-texteditor .ql-container { font: inherit; height: auto; }
  .comments-comment-texteditor .ql-editor { padding: 11px 0 11px 16px; font-size: 14px; line-height: 1.42857; min-height: 42px; overflow-y: visible; }
  .comments-comment-texteditor .ql-editor.ql-blank::before { left: 16px; right: 0; font-style: normal; color: rgba(0, 0, 0, 0.6); }
  .comments-comment-box__detour-icons { display: flex; padding: 4px 6px; }
  .comments-comment-box__detour-button { width: 34px; height: 34px; border: 0; border-radius: 50%; display: grid; place-items: center; background: none;
    color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  .comments-comment-box__detour-button:hover { background: rgba(140, 140, 140, 0.15); }
  .comments-comment-box__submit-button--cr { min-height: 24px; padding: 2px 12px; border-radius: 9999px; background: #0a66c2; color: #fff;
    font-size: 14px; font-weight: 600; }
`;

/** `/feed/` (and any path this fixture does not know): editors composer, comment, chat. */
export function renderClassicFeed(): void {
  const root = mountPoint();
  classicFrame(root);
  root.replaceChildren(
    ...htmlNodes(`
    ${globalNav('home')}
    <div class="scaffold-layout scaffold-layout--feed" id="main">
      <aside class="scaffold-layout__sidebar" aria-label="Side Bar">${profileCard()}</aside>
      <main class="scaffold-layout__main" aria-label="Main Feed">
        ${shareBoxMarkup({ actor: { name: JANE.name, avatar: avatar('JD', 'jane', 56) } })}
        ${shareBoxFeedEntry()}
        <div class="feed-sort-toggle">Sort by: <strong>Top</strong>${icon('caret', 16)}</div>
        ${classicPost()}
      </main>
      <aside class="scaffold-layout__aside" aria-label="LinkedIn News">${newsCard()}</aside>
    </div>
    ${overlayBubbleMarkup()}`),
  );
  addStyle(quillCss);
  addStyle(PAGE_CSS);
  addStyle(CLASSIC_COMMENT_CSS);
  addStyle(MESSAGING_CSS);

  const composer = mountShareComposer(find(root, '.share-box-v2__modal'), initialDraft());
  const commentForm = find(root, '.comments-comment-box__form');
  const submit = find<HTMLButtonElement>(commentForm, '.comments-comment-box__submit-button--cr');
  const comment = quillBox({
    host: find(commentForm, '.editor-content'),
    placeholder: 'Add a comment…',
    onChange: (hasText) => (submit.hidden = !hasText),
  });
  // Submitting would reload the page; the fixture only needs the button to be there.
  commentForm.addEventListener('submit', (event) => event.preventDefault());
  const chat = mountMessageBox(find(root, '#msg-overlay .msg-form'));

  exposeFixture('Feed | LinkedIn', { composer: () => composer.text(), comment: () => comment.text(), chat: () => chat.text() });
}
