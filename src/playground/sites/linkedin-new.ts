/**
 * LinkedIn's new front end (React, server-driven UI): `body[data-rehydrated]`, the app in `body > #root` with
 * hashed class names and `data-view-name` markers, and `div#interop-outlet` — a direct child of body with an open
 * shadow root — into which the legacy share box (Quill 1, same markers as the classic one) renders when it opens.
 * A document-level querySelectorAll or MutationObserver sees nothing of it. Feed comment boxes are TipTap:
 * `div[data-view-name="comment-box"] div.tiptap.ProseMirror[contenteditable=true]`. Editors: composer, comment.
 */
import { Editor, Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import quillCss from 'quill1/dist/quill.core.css?inline';
import { addStyle, exposeFixture, find, initialDraft, mountPoint } from './page';
import { htmlNodes } from '../html';
import {
  AVATAR_CSS,
  avatar,
  globalNav,
  icon,
  JANE,
  mountShareComposer,
  newsCard,
  PAGE_CSS,
  POST_TEXT,
  postMedia,
  profileCard,
  SHARE_BOX_CSS,
  shareBoxMarkup,
} from './linkedin-chrome';
import type { QuillBox } from './linkedin-quill';

/** How long after load the share box opens into the interop shadow root (LinkedIn mounts it when the modal opens). */
const COMPOSER_DELAY_MS = 200;
const COMMENT_PLACEHOLDER = 'Add a comment…';

/** TipTap's placeholder, as its Placeholder extension draws it: a class and `data-placeholder` on the empty paragraph. */
const EmptyPlaceholder = Extension.create({
  name: 'commentPlaceholder',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          decorations: ({ doc }) => {
            const first = doc.firstChild;
            if (doc.childCount !== 1 || !first?.isTextblock || first.content.size > 0) return null;
            return DecorationSet.create(doc, [
              Decoration.node(0, first.nodeSize, { class: 'is-empty is-editor-empty', 'data-placeholder': COMMENT_PLACEHOLDER }),
            ]);
          },
        },
      }),
    ];
  },
});

function newFeedMarkup(): string {
  return `
    ${globalNav('home')}
    <div class="_5d8e2a1f" id="workspace">
      <aside class="_0c4b7e93" aria-label="Side Bar">${profileCard()}</aside>
      <main class="_a17f3c60" aria-label="Main Feed">
        <div class="_8ba049e9 _e2c4f6a8" componentkey="feed-sharebox-entry">
          <div class="_7b1d9f02">
            ${avatar('JD', 'jane', 48)}
            <div class="f1598412 _3e9a0b7c" role="button" tabindex="0" aria-label="Start a post">Start a post</div>
          </div>
          <div class="_c8f05d21">
            <button class="_b2e74a90 _b2e74a90--video" type="button">${icon('video')}<span>Video</span></button>
            <button class="_b2e74a90 _b2e74a90--photo" type="button">${icon('media')}<span>Photo</span></button>
            <button class="_b2e74a90 _b2e74a90--article" type="button">${icon('article')}<span>Write article</span></button>
          </div>
        </div>
        <div class="_9f31c7d4" data-testid="mainFeed" role="list" aria-label="Feed">
          <div class="_e54a08b1" role="listitem" componentkey="expanded-urn:li:activity:7312345678901234567-FeedType_MAIN_FEED">
            <div class="_61cf2e0a" data-view-name="feed-full-update">
              <div class="_2a7e1f9c">
                ${avatar('AC', 'acme', 48)}
                <div class="_f06b3d18">
                  <a class="_ad41c5e2" href="/company/acme-corp/">Acme Corp</a>
                  <span class="_9e0d1b37">12,345 followers</span>
                  <span class="_9e0d1b37">2h · ${icon('globe', 12)}</span>
                </div>
                <button class="_4f9a2c6e" type="button">${icon('plus', 16)}Follow</button>
              </div>
              <p class="_0b8e6f4d" dir="ltr">${POST_TEXT.replace(/#(\w+)/g, '<a class="_hashtag" href="/feed/hashtag/$1/">#$1</a>')}</p>
              ${postMedia()}
              <div class="_7d2f90c3">
                <span class="_1c6e3a5b"><span class="reactions-icon reactions-icon--like">${icon('like', 10)}</span><span class="reactions-icon reactions-icon--celebrate">${icon('celebrate', 10)}</span><span>128</span></span>
                <span>14 comments · 3 reposts</span>
              </div>
              <div class="_5b3a8d71" role="group" aria-label="Post actions">
                <button class="_d93e0f26" type="button" aria-label="Reaction button state: no reaction">${icon('like', 20)}<span>Like</span></button>
                <button class="_d93e0f26" type="button" aria-label="Comment">${icon('comment', 20)}<span>Comment</span></button>
                <button class="_d93e0f26" type="button" aria-label="Repost">${icon('repost', 20)}<span>Repost</span></button>
                <button class="_d93e0f26" type="button" aria-label="Send">${icon('send', 20)}<span>Send</span></button>
              </div>
            </div>
            <div class="_3f7c1e88">
              ${avatar('JD', 'jane', 40)}
              <div class="_6a0e4b95">
                <div class="_8c2d5f17" aria-label="Text editor for creating comment">
                  <div class="_e7b3a402">
                    <div componentkey="commentBox-urn:li:activity:7312345678901234567">
                      <div class="_0f5d9c63" data-view-name="comment-box"></div>
                    </div>
                  </div>
                  <div class="_b64f1a3e">
                    <button class="_2e8c7b40" type="button" data-view-name="comment-emoji-picker" aria-label="Open Emoji Keyboard">${icon('emoji', 20)}</button>
                    <button class="_2e8c7b40" type="button" data-view-name="comment-add-image" aria-label="Add a photo">${icon('media', 20)}</button>
                  </div>
                </div>
                <button class="_f48a0d2c" type="button" data-view-name="feed-comment-button" hidden>Comment</button>
              </div>
            </div>
          </div>
        </div>
      </main>
      <aside class="_71e9d5b0" aria-label="LinkedIn News">${newsCard()}</aside>
    </div>`;
}

/** The new feed's own styles: the same look as the classic feed, on its hashed class names. */
const NEW_FEED_CSS = `
  ._5d8e2a1f { width: min(1128px, calc(100% - 48px)); margin: 24px auto; display: grid; gap: 24px;
    grid-template-columns: 225px minmax(0, 555px) 300px; align-items: start; }
  ._0c4b7e93, ._71e9d5b0 { position: sticky; top: 76px; display: flex; flex-direction: column; gap: 8px; }
  ._a17f3c60 { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
  ._8ba049e9, ._e54a08b1 { background: #fff; border-radius: 8px; box-shadow: 0 0 0 1px rgba(140, 140, 140, 0.2); }
  ._8ba049e9 { padding: 12px 16px 4px; }
  ._7b1d9f02 { display: flex; align-items: center; gap: 8px; }
  ._3e9a0b7c { flex: 1; display: flex; align-items: center; height: 48px; padding: 0 16px; border: 1px solid rgba(140, 140, 140, 0.6);
    border-radius: 35px; font-weight: 600; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  ._3e9a0b7c:hover { background: rgba(140, 140, 140, 0.1); }
  ._c8f05d21 { display: flex; justify-content: space-around; padding: 4px 0; }
  ._b2e74a90 { display: flex; align-items: center; gap: 8px; height: 48px; padding: 0 16px; border: 0; border-radius: 4px; background: none;
    font-weight: 600; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  ._b2e74a90:hover { background: rgba(140, 140, 140, 0.1); }
  ._b2e74a90--video .li-icon { color: #5f9b41; }
  ._b2e74a90--photo .li-icon { color: #378fe9; }
  ._b2e74a90--article .li-icon { color: #e06847; }
  ._9f31c7d4 { display: flex; flex-direction: column; gap: 8px; }
  ._e54a08b1 { overflow: hidden; }
  ._2a7e1f9c { display: flex; gap: 8px; padding: 12px 16px 0; }
  ._f06b3d18 { display: flex; flex-direction: column; min-width: 0; }
  ._ad41c5e2 { font-weight: 600; }
  ._9e0d1b37 { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; line-height: 1.33; color: rgba(0, 0, 0, 0.6); }
  ._4f9a2c6e { margin-left: auto; align-self: flex-start; display: flex; align-items: center; gap: 4px; height: 32px; padding: 0 8px; border: 0;
    border-radius: 4px; background: none; color: #0a66c2; font-weight: 600; font-size: 16px; cursor: pointer; }
  ._0b8e6f4d { padding: 8px 16px 4px; }
  ._hashtag { color: #0a66c2; font-weight: 600; }
  ._7d2f90c3 { display: flex; justify-content: space-between; align-items: center; margin: 0 16px; padding: 8px 0;
    border-bottom: 1px solid rgba(140, 140, 140, 0.2); font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  ._1c6e3a5b { display: inline-flex; align-items: center; gap: 0; }
  ._1c6e3a5b > span:last-child { margin-left: 4px; }
  ._5b3a8d71 { display: flex; padding: 4px 8px; }
  ._d93e0f26 { flex: 1; display: flex; align-items: center; justify-content: center; gap: 6px; height: 44px; border: 0; border-radius: 4px;
    background: none; color: rgba(0, 0, 0, 0.6); font-weight: 600; cursor: pointer; }
  ._d93e0f26:hover { background: rgba(140, 140, 140, 0.1); color: rgba(0, 0, 0, 0.9); }
  ._3f7c1e88 { display: flex; gap: 8px; padding: 8px 16px 16px; }
  ._6a0e4b95 { flex: 1; min-width: 0; display: flex; flex-direction: column; align-items: flex-start; gap: 8px; }
  ._8c2d5f17 { width: 100%; display: flex; align-items: flex-end; min-height: 44px; border: 1px solid rgba(140, 140, 140, 0.6); border-radius: 22px; }
  ._8c2d5f17:focus-within { border-color: rgba(0, 0, 0, 0.9); box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.9); }
  ._e7b3a402 { flex: 1; min-width: 0; }
  ._0f5d9c63 .tiptap { padding: 11px 0 11px 16px; min-height: 42px; line-height: 1.42857; outline: none; }
  ._0f5d9c63 .tiptap p { margin: 0; }
  ._0f5d9c63 .tiptap p.is-editor-empty:first-child::before { content: attr(data-placeholder); float: left; height: 0; pointer-events: none;
    color: rgba(0, 0, 0, 0.6); }
  ._b64f1a3e { display: flex; padding: 4px 6px; }
  ._2e8c7b40 { width: 34px; height: 34px; border: 0; border-radius: 50%; display: grid; place-items: center; background: none; color: rgba(0, 0, 0, 0.6); cursor: pointer; }
  ._2e8c7b40:hover { background: rgba(140, 140, 140, 0.15); }
  ._f48a0d2c { min-height: 24px; padding: 2px 12px; border: 0; border-radius: 9999px; background: #0a66c2; color: #fff; font-weight: 600; cursor: pointer; }
  #interop-outlet { position: relative; height: 0; }
  @media (max-width: 1199px) {
    ._5d8e2a1f { grid-template-columns: 225px minmax(0, 1fr); max-width: 804px; }
    ._71e9d5b0 { display: none; }
  }
`;

/** `/feed/?frontend=new`: editors composer (in the interop shadow root, after ~200 ms) and comment (TipTap). */
export function renderNewFeed(): void {
  document.body.setAttribute('data-rehydrated', '');
  const root = mountPoint(); // `body > #root`, which the new front end renders into
  root.replaceChildren(...htmlNodes(newFeedMarkup()));
  addStyle(PAGE_CSS);
  addStyle(NEW_FEED_CSS);

  const commentHost = find(root, '[data-view-name="comment-box"]');
  const commentButton = find<HTMLButtonElement>(root, '[data-view-name="feed-comment-button"]');
  const comment = new Editor({
    element: commentHost,
    extensions: [StarterKit, EmptyPlaceholder],
    editorProps: {
      attributes: { 'aria-label': 'Text editor for creating comment', 'aria-multiline': 'true', 'aria-placeholder': COMMENT_PLACEHOLDER },
    },
  });
  const commentText = () => comment.getText({ blockSeparator: '\n' });
  comment.on('update', () => (commentButton.hidden = commentText().trim() === ''));

  // The interop outlet: a zero-height host at the end of body whose open shadow root carries its own styles.
  const outlet = document.createElement('div');
  outlet.id = 'interop-outlet';
  outlet.setAttribute('data-testid', 'interop-shadowdom');
  document.body.append(outlet);
  const shadow = outlet.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = quillCss + SHARE_BOX_CSS + AVATAR_CSS;
  const outletRoot = document.createElement('div');
  outletRoot.className = 'theme--light';
  shadow.append(style, outletRoot);

  let composer: QuillBox | undefined;
  setTimeout(() => {
    outletRoot.append(...htmlNodes(shareBoxMarkup({ actor: { name: JANE.name, avatar: avatar('JD', 'jane', 56) } })));
    composer = mountShareComposer(find(outletRoot, '.share-box-v2__modal'), initialDraft());
  }, COMPOSER_DELAY_MS);

  exposeFixture('Feed | LinkedIn', { composer: () => composer?.text() ?? '', comment: commentText });
}
